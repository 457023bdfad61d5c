//! The totals as of the calculation date, the warnings, and the CSV export.

use super::names::{left_out_line, with_namer};
use crate::app::download::download;
use crate::app::store::{computed, use_store};
use crate::app::tr;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::interest::{RateToCheck, Warning};
use crate::engine::money::format_amount;
use crate::export::csv::breakdown_csv;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let has_claims = move || store.parsed.with(|p| !p.case.claims.is_empty());
    let money = move |v| {
        let currency = store.parsed.with(|p| p.case.currency);
        format_amount(v, currency, ctx.lang.get())
    };
    let export = move |_| {
        let lang = ctx.lang.get_untracked();
        let case = store.parsed.with_untracked(|p| p.case.clone());
        if let Some(Ok(report)) = store.report.get_untracked() {
            let csv = breakdown_csv(&case, &report, lang);
            let name = crate::export::names::file_name(
                crate::export::names::Doc::Interest,
                lang,
                &case.debtor.name,
                report.calculation_date,
                "csv",
            );
            let _ = download(&name, "text/csv;charset=utf-8", csv.as_bytes());
        }
    };
    let totals = move || {
        store
            .report
            .with(|r| computed(r).map(|r| (r.totals.clone(), r.calculation_date)))
    };
    // What the creditor must give back: the part of counted payments no debt absorbed.
    let owes_back = move || {
        store.report.with(|r| {
            computed(r).map(|r| {
                r.warnings
                    .iter()
                    .map(|w| match w {
                        crate::engine::interest::Warning::Overpayment { amount, .. } => *amount,
                        _ => rust_decimal::Decimal::ZERO,
                    })
                    .sum::<rust_decimal::Decimal>()
            })
        })
    };
    let row = move |label: &'static str, value: String, id: &'static str| {
        view! { <div class="total-row"><dt>{label}</dt><dd data-testid=id>{value}</dd></div> }
    };
    // Which of loading, error or results is shown: a memo, so the results are built once and
    // not again on every key press (the totals and warnings inside follow the report).
    let shown = Memo::new(move |_| {
        store.report.with(|r| match r {
            None => None,
            Some(Err(e)) => Some(Err(e.clone())),
            Some(Ok(_)) => Some(Ok(())),
        })
    });
    view! {
        <h2>{tr(|t| t.interest.results)}</h2>
        {move || left_out_line(ctx, store).map(|line| view! {
            <p class="error-box" role="status" data-testid="left-out">{line}</p>
        })}
        <Show when=has_claims fallback=move || view! { <p class="hint">{tr(|t| t.interest.no_claims)}</p> }>
            {move || match shown.get() {
                None if store.engine_failed.get() => view! {
                    <crate::app::lazy::LoadFailed retry=Some(Callback::new(move |()| crate::app::lazy::fetch_engine(store)))/>
                }.into_any(),
                None => view! { <p class="hint loading" role="status">"…"</p> }.into_any(),
                Some(Err(e)) => {
                    let message = with_namer(ctx, store, |n| t().case_error(&e, n));
                    view! { <p class="error-box" role="alert" data-testid="case-error">{message}</p> }.into_any()
                }
                Some(Ok(())) => view! {
                    {move || totals().map(|(totals, date)| view! {
                        <p class="as-of">{t().as_of} " " <time data-testid="calc-date-shown">{format_date(date, ctx.lang.get())}</time></p>
                        <dl class="totals">
                            {row(t().principal_outstanding, money(totals.principal_outstanding), "total-principal")}
                            {row(t().interest, money(totals.interest_outstanding), "total-interest")}
                            {(!totals.compensation.is_zero()).then(|| row(t().compensation, money(totals.compensation), "total-compensation"))}
                            {(!totals.paid.is_zero()).then(|| row(t().paid, money(totals.paid), "total-paid"))}
                            <div class="total-row grand"><dt>{t().total_due}</dt><dd data-testid="total-due">{money(totals.total_due)}</dd></div>
                            {owes_back().filter(|v| !v.is_zero()).map(|v| row(t().owes_back, money(v), "total-owes-back"))}
                        </dl>
                        <p class="per-day" data-testid="per-day">{t().per_day.replace("{amount}", &money(totals.daily_interest))}</p>
                    })}
                    <ul class="warnings" data-testid="warnings">
                        {move || {
                            let warnings = store.report.with(|r| computed(r).map(|r| r.warnings.clone()).unwrap_or_default());
                            let texts = with_namer(ctx, store, |n| warnings.iter().map(|w| t().warning(w, n)).collect::<Vec<_>>());
                            warnings.into_iter().zip(texts).map(|(w, text)| match w {
                                Warning::PastVerifiedThrough { verified_through, check } => {
                                    view! { <PastVerified text verified_through check/> }.into_any()
                                }
                                _ => view! { <li>{text}</li> }.into_any(),
                            }).collect_view()
                        }}
                    </ul>
                    <super::super::limitation::UrgentDeadlines/>
                    <button type="button" class="primary" data-testid="export-csv" on:click=export>
                        {tr(|t| t.interest.export_csv)}
                    </button>
                }.into_any(),
            }}
        </Show>
    }
}

/// The past-verified-through warning: which rate to check and where, and the rate period for the
/// days after that date in one step (dates filled, the new rate for the user to type).
#[component]
fn PastVerified(text: String, verified_through: NaiveDate, check: RateToCheck) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let (href, site) = match check {
        RateToCheck::NbpReference => ("https://nbp.pl/", "nbp.pl"),
        RateToCheck::BnrReference => ("https://www.bnr.ro/", "bnr.ro"),
    };
    let from = verified_through.succ_opt().unwrap_or(verified_through);
    let label = move || {
        ctx.texts()
            .interest
            .add_rate_from
            .replace("{date}", &format_date(from, ctx.lang.get()))
    };
    let add = move |_| {
        let Some(to) = store
            .report
            .with_untracked(|r| computed(r).map(|r| r.calculation_date))
        else {
            return;
        };
        let mut id = 0;
        store
            .form
            .update(|f| id = f.add_rate_period(from, to.max(from)));
        open_rate_period(id);
    };
    view! {
        <li class="past-verified" data-testid="past-verified">
            {text} " "
            <a href=href target="_blank" rel="noopener noreferrer">{site}</a>
            <br/>
            <button type="button" class="add" data-testid="add-rate-after-verified" on:click=add>
                "+ " {label}
            </button>
        </li>
    }
}

/// Opens the settings panel and puts the cursor in the new period's rate, once it is drawn.
fn open_rate_period(id: u32) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        let doc = document();
        if let Some(details) = doc
            .query_selector("[data-testid=settings]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            details.set_open(true);
        }
        if let Some(input) = doc
            .get_element_by_id(&format!("rate-{id}-percent"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = input.focus();
            input.scroll_into_view();
        }
    });
}
