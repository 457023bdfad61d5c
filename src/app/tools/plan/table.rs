//! The schedule table, the remaining-balance chart and the tracking of actual payments.

use crate::app::components::FormInput;
use crate::app::components::RowHandle;
use crate::app::store::use_store;
use crate::app::tools::interest::names::field_error;
use crate::app::{tr, trs, use_ctx};
use crate::engine::calendar::format_date;
use crate::engine::money::format_amount;
use crate::engine::plan::Schedule as Plan;
use crate::form::{Field, PaymentRow};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

#[component]
pub fn Chart(schedule: Plan) -> impl IntoView {
    let ctx = use_ctx();
    let (w, h, pad) = (320.0_f64, 120.0_f64, 4.0_f64);
    let start = schedule.principal.to_f64().unwrap_or(0.0).max(0.01);
    let n = schedule.instalments.len().max(1) as f64;
    let points: Vec<String> = std::iter::once((0.0, start))
        .chain(
            schedule
                .instalments
                .iter()
                .enumerate()
                .map(|(i, r)| ((i + 1) as f64, r.remaining.to_f64().unwrap_or(0.0))),
        )
        .map(|(x, y)| {
            format!(
                "{:.1},{:.1}",
                pad + x / n * (w - 2.0 * pad),
                pad + (1.0 - y / start) * (h - 2.0 * pad)
            )
        })
        .collect();
    let area = format!(
        "M{pad},{} L{} L{},{} Z",
        h - pad,
        points.join(" L"),
        w - pad,
        h - pad
    );
    let label = ctx.texts().plan().chart;
    view! {
        <figure class="balance-chart">
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=label data-testid="plan-chart">
                <path d=area fill="#dbe9ee"/>
                <polyline points=points.join(" ") fill="none" stroke="#1f4e5f" stroke-width="2"/>
            </svg>
            <figcaption class="hint">{label}</figcaption>
        </figure>
    }
}

#[component]
pub fn Schedule() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    move || {
        let Some(Ok(s)) = store.schedule.get() else {
            return ().into_any();
        };
        let t = ctx.texts().plan();
        let lang = ctx.lang.get();
        let currency = store.parsed.with(|p| p.case.currency);
        let money = move |v| format_amount(v, currency, lang);
        view! {
            <div class="table-scroll schedule" tabindex="0" role="region" aria-label=t.schedule_region>
                <table class="cards" data-testid="plan-table">
                    <thead><tr>
                        <th scope="col" class="num">{t.col_no}</th><th scope="col">{t.col_due}</th>
                        <th scope="col" class="num">{t.col_instalment}</th><th scope="col" class="num">{t.col_principal}</th>
                        <th scope="col" class="num">{t.col_interest}</th><th scope="col" class="num">{t.col_remaining}</th>
                        <th scope="col">{t.col_status}</th>
                    </tr></thead>
                    <tbody>
                        {s.instalments.iter().map(|r| {
                            // Every cell named, so tests find a column by what it holds.
                            let id = |col: &str| format!("plan-{}-{col}", r.number);
                            view! { <tr class=format!("st-{:?}", r.status).to_lowercase() data-testid=format!("plan-row-{}", r.number)>
                                <td class="num card-title" data-label=t.col_no data-testid=id("no")>{r.number}</td><td data-label=t.col_due data-testid=id("due")>{format_date(r.due, lang)}</td>
                                <td class="num amount" data-label=t.col_instalment data-testid=id("instalment")>{money(r.amount)}</td><td class="num" data-label=t.col_principal data-testid=id("principal")>{money(r.principal)}</td>
                                <td class="num" data-label=t.col_interest data-testid=id("interest")>{money(r.interest)}</td><td class="num" data-label=t.col_remaining data-testid=id("remaining")>{money(r.remaining)}</td>
                                <td data-label=t.col_status data-testid=id("status")>{t.status(r.status)}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

#[component]
fn PaymentRowView(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let handle = RowHandle::new(store, id, |f| &f.plan.payments, |f| &mut f.plan.payments);
    let row = move || handle.get();
    let edit = move |g: fn(&mut PaymentRow, String)| handle.edit(g);
    view! {
        <div class="row-item rate-row">
            <FormInput id=format!("plan-payment-{id}-date") label=trs(|t| t.interest.payment_date) kind="date"
                value=Signal::derive(move || row().date) on_input=edit(|r, v| r.date = v)
                error=field_error(ctx, store, Field::PlanPaymentDate(id))/>
            <FormInput id=format!("plan-payment-{id}-amount") label=trs(|t| t.interest.amount) inputmode="decimal"
                value=Signal::derive(move || row().amount) on_input=edit(|r, v| r.amount = v)
                error=field_error(ctx, store, Field::PlanPaymentAmount(id))/>
            <span></span>
            <button type="button" class="remove" aria-label=tr(|t| t.interest.remove)
                on:click=move |_| handle.remove()>"×"</button>
        </div>
    }
}

#[component]
pub fn Tracking() -> impl IntoView {
    let store = use_store();
    view! {
        <h2>{tr(|t| t.plan().tracking)}</h2>
        <p class="hint">{tr(|t| t.plan().tracking_hint)}</p>
        <For each=move || store.form.with(|f| f.plan.payments.iter().map(|r| r.id).collect::<Vec<_>>()) key=|id| *id let:id>
            <PaymentRowView id=id/>
        </For>
        <button type="button" class="add" data-testid="plan-add-payment"
            on:click=move |_| {
                if let Some(id) = store.form.try_update(|f| f.add_plan_payment()) {
                    crate::app::components::focus_when_rendered(format!("plan-payment-{id}-date"));
                }
            }>
            "+ " {tr(|t| t.plan().add_payment)}
        </button>
    }
}
