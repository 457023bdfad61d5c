//! The cross-border part: the European order for payment or small claims procedure when the
//! debtor sits in another member state (filled in by the EU part of issue 16).

use leptos::prelude::*;

#[component]
pub fn EuCourt() -> impl IntoView {}
