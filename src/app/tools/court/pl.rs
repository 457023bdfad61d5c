//! The Polish route: the e-Sąd (EPU) data sheet and XML, and the paper pozew o zapłatę.

use crate::app::use_ctx;
use leptos::prelude::*;

#[component]
pub fn PlCourt() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <div class="court-pl" data-testid="court-pl">
            <h2>{move || ctx.texts().court.poland.heading}</h2>
        </div>
    }
}
