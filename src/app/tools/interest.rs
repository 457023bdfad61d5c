//! The Interest tool. For now: the amount entry every later calculation starts from.

use super::Tool;
use crate::app::components::AmountInput;
use crate::app::use_ctx;
use crate::engine::money::format_amount;
use crate::engine::words::{amount_in_words, WordsStyle};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn InterestTool() -> impl IntoView {
    let ctx = use_ctx();
    let amount = RwSignal::new(None::<Decimal>);
    let currency = move || ctx.jurisdiction.get().home_currency();
    let read_as = move || {
        amount
            .get()
            .map(|v| format_amount(v, currency(), ctx.lang.get()))
    };
    let words = move || {
        amount
            .get()
            .and_then(|v| amount_in_words(v, currency(), ctx.lang.get(), WordsStyle::Full).ok())
    };
    view! {
        <section class="panel" data-testid="tool-interest">
            <h1>{move || Tool::Interest.label(ctx.texts())}</h1>
            <p class="intro">{move || ctx.texts().interest_intro}</p>
            <AmountInput
                id="principal"
                label=Signal::derive(move || ctx.texts().amount_label)
                hint=Signal::derive(move || ctx.texts().amount_hint)
                value=amount
            />
            <Show when=move || amount.get().is_some()>
                <dl class="readback">
                    <dt>{move || ctx.texts().amount_read_as}</dt>
                    <dd data-testid="principal-formatted">{read_as}</dd>
                    <dt>{move || ctx.texts().in_words}</dt>
                    <dd data-testid="principal-words">{words}</dd>
                </dl>
            </Show>
            <p class="note">{move || ctx.texts().in_preparation}</p>
        </section>
    }
}
