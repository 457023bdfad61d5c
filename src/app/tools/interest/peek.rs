//! On a phone the results panel comes after the whole form: the total due stays in view at the
//! bottom of the screen, and takes the person to the results (style/main.css shows it only on
//! narrow screens).

use crate::app::store::{computed, use_store};
use crate::app::use_ctx;
use crate::engine::money::format_amount;
use leptos::prelude::*;

#[component]
pub fn TotalPeek() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let total = move || {
        let currency = store.parsed.with(|p| p.case.currency);
        store
            .report
            .with(|r| computed(r).map(|r| r.totals.total_due))
            .filter(|_| store.parsed.with(|p| !p.case.claims.is_empty()))
            .map(|v| format_amount(v, currency, ctx.lang.get()))
    };
    move || {
        total().map(|value| {
            view! {
                <a class="total-peek" href="#results" data-testid="total-peek">
                    <span>{ctx.texts().interest.total_due}</span>
                    <strong>{value}</strong>
                </a>
            }
        })
    }
}
