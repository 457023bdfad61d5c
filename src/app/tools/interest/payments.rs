//! Payments received: date, amount and, optionally, the invoice the debtor said it pays.

use super::names::field_error;
use crate::app::components::{focus_when_rendered, RowHandle};
use crate::app::components::{FormInput, InvoiceChoice};
use crate::app::store::use_store;
use crate::app::tr;
use crate::app::use_ctx;
use crate::form::{Field, PaymentRow};
use leptos::prelude::*;

#[component]
fn PaymentRowView(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let handle = RowHandle::new(store, id, |f| &f.payments, |f| &mut f.payments);
    let row = move || handle.get();
    let position = move || handle.position();
    let edit = move |g: fn(&mut PaymentRow, String)| handle.edit(g);
    let label = move |text: fn(&crate::app::i18n::interest::InterestTexts) -> &'static str| {
        Signal::derive(move || {
            t().cell_payment
                .replace("{n}", &position().to_string())
                .replace("{field}", text(t()))
        })
    };
    // What was left after every debt was paid, explained next to the payment.
    let overpaid = move || {
        let index = store
            .parsed
            .with(|p| p.payment_rows.iter().position(|r| *r == id))?;
        let (unapplied, currency) = store.report.with(|r| {
            let report = crate::app::store::computed(r)?;
            let p = report.payments.get(index)?;
            // A payment after the calculation date is not counted at all; its warning says so.
            (p.date <= report.calculation_date && p.unapplied > rust_decimal::Decimal::ZERO)
                .then_some((p.unapplied, report.currency))
        })?;
        Some(t().payment_overpaid.replace(
            "{amount}",
            &crate::engine::money::format_amount(unapplied, currency, ctx.lang.get()),
        ))
    };
    let select_id = format!("payment-{id}-claim");
    view! {
        <div class="row-item payment-row" data-testid=format!("payment-row-{id}")>
            <FormInput id=format!("payment-{id}-date") label=label(|t| t.payment_date) hide_label=true kind="date"
                value=Signal::derive(move || row().date)
                on_input=edit(|r, v| r.date = v)
                error=field_error(ctx, store, Field::PaymentDate(id))/>
            <FormInput id=format!("payment-{id}-amount") label=label(|t| t.amount) hide_label=true inputmode="decimal"
                value=Signal::derive(move || row().amount)
                on_input=edit(|r, v| r.amount = v)
                on_leave=Callback::new(move |_| {
                    if let Some(text) = super::names::reformat_amount(&row().amount, ctx.lang.get_untracked()) {
                        edit(|r, v| r.amount = v).run(text);
                    }
                })
                error=field_error(ctx, store, Field::PaymentAmount(id))/>
            <InvoiceChoice id=select_id.clone() label=label(|t| t.pays_invoice) label_class="cell-label"
                none=|t| t.interest.pays_any
                value=Signal::derive(move || row().claim) on_change=edit(|r, v| r.claim = v)/>
            <button type="button" class="remove" data-testid=format!("payment-{id}-remove")
                aria-label=move || format!("{} ({})", t().remove, position())
                on:click=move |_| handle.remove()>
                "×"
            </button>
            {move || overpaid().map(|text| view! {
                <p class="row-note" data-testid=format!("payment-{id}-overpaid")>{text}</p>
            })}
        </div>
    }
}

#[component]
pub fn Payments() -> impl IntoView {
    let store = use_store();
    view! {
        <h2>{tr(|t| t.interest.payments)}</h2>
        <div class="rows payments">
            <Show when=move || store.form.with(|f| !f.payments.is_empty())>
                <div class="row-head payment-row" aria-hidden="true">
                    <span>{tr(|t| t.interest.payment_date)}</span>
                    <span>{tr(|t| t.interest.amount)}</span>
                    <span>{tr(|t| t.interest.pays_invoice)}</span>
                    <span></span>
                </div>
            </Show>
            <For each=move || store.form.with(|f| f.payments.iter().map(|r| r.id).collect::<Vec<_>>())
                key=|id| *id let:id>
                <PaymentRowView id=id/>
            </For>
        </div>
        <button type="button" class="add" data-testid="add-payment"
            on:click=move |_| {
                let id = store.form.try_update(|f| f.add_payment());
                if let Some(id) = id {
                    focus_when_rendered(format!("payment-{id}-date"));
                }
            }>
            "+ " {tr(|t| t.interest.add_payment)}
        </button>
    }
}
