//! The Romanian route: the cerere de emitere a ordonanței de plată and the cerere de valoare
//! redusă (filled in by the Romanian part of issue 16).

use crate::app::use_ctx;
use leptos::prelude::*;

#[component]
pub fn RoCourt() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <div class="court-ro" data-testid="court-ro">
            <h2>{move || ctx.texts().court.romania.heading}</h2>
        </div>
    }
}
