//! Method & sources: the conventions, legal bases and the privacy promise, in plain words.

use crate::app::use_ctx;
use leptos::prelude::*;

/// The last day the bundled rate tables were checked against their sources.
pub const RATES_VERIFIED_THROUGH: &str = "2026-03-31";

#[component]
pub fn MethodPage() -> impl IntoView {
    let ctx = use_ctx();
    let m = move || &ctx.texts().method;
    view! {
        <section class="panel prose" data-testid="tool-method">
            <h1>{move || m().title}</h1>
            <p class="callout">{move || m().disclaimer}</p>
            <h2>{move || m().privacy_title}</h2>
            <p>{move || m().privacy}</p>
            <h2>{move || m().conventions_title}</h2>
            <ul>
                {move || m().conventions.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}
            </ul>
            <h2>{move || m().holidays_title}</h2>
            <p>{move || m().holidays_pl}</p>
            <p>{move || m().holidays_ro}</p>
            <h2>{move || m().rates_title}</h2>
            <p>{move || m().rates}</p>
            <p>{move || m().verified_through} " " <time datetime=RATES_VERIFIED_THROUGH>{RATES_VERIFIED_THROUGH}</time></p>
        </section>
    }
}
