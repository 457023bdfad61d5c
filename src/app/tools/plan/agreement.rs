//! The instalment agreement with acknowledgement of debt, ready to print and sign, and the
//! hand-off of its date to the Limitation tool.

use crate::app::store::use_store;
use crate::app::{tr, use_ctx};
use crate::engine::calendar::format_date;
use crate::engine::limitation::EventKind;
use crate::engine::money::{format_amount, format_percent};
use crate::engine::plan::PlanInterest;
use crate::engine::words::{amount_in_words, WordsStyle};
use leptos::prelude::*;

#[component]
pub fn Agreement() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let added = RwSignal::new(false);
    let add_acknowledgement = move |_| {
        let Some(date) = store.parsed.with_untracked(|p| p.case.plan.agreement_date) else {
            return;
        };
        store.form.update(|f| {
            let id = f.add_event(EventKind::Acknowledgement);
            if let Some(e) = f.events.iter_mut().find(|e| e.id == id) {
                e.date = date.to_string();
            }
        });
        added.set(true);
    };
    let document = move || {
        let Ok(s) = store.schedule.get() else {
            return ().into_any();
        };
        let case = store.parsed.with(|p| p.case.clone());
        let t = ctx.texts().plan;
        let d = &t.doc;
        let lang = ctx.lang.get();
        let money = |v| format_amount(v, case.currency, lang);
        let words =
            amount_in_words(s.amount, case.currency, lang, WordsStyle::Full).unwrap_or_default();
        let date = case
            .plan
            .agreement_date
            .map(|x| format_date(x, lang))
            .unwrap_or_default();
        let interest = match case.plan.interest {
            PlanInterest::None => d.interest_none.to_string(),
            PlanInterest::Fixed => d.interest_fixed.replace(
                "{rate}",
                &case
                    .plan
                    .rate
                    .map(|r| format_percent(r, lang))
                    .unwrap_or_default()
                    .replace('%', ""),
            ),
            PlanInterest::Statutory => d.interest_statutory.to_string(),
        };
        let party = |p: &crate::engine::case::Party| {
            [p.name.as_str(), p.address.as_str(), p.tax_id.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        };
        view! {
            <article class="agreement" data-testid="agreement">
                <h2 class="doc-title">{d.title}</h2>
                <p class="doc-center">{d.made_on.replace("{date}", &date)}</p>
                <p>{d.between}</p>
                <p>{d.creditor} " " <strong>{party(&case.creditor)}</strong></p>
                <p>{d.debtor} " " <strong>{party(&case.debtor)}</strong></p>
                <p>{d.acknowledgement.replace("{amount}", &money(s.amount))} " (" {d.in_words.replace("{words}", &words)} ")."</p>
                {(!s.down_payment.is_zero()).then(|| view! { <p>{d.down_payment.replace("{amount}", &money(s.down_payment))}</p> })}
                <p>{d.schedule_intro} " " {interest}</p>
                <table class="doc-table">
                    <thead><tr><th class="num">{t.col_no}</th><th>{t.col_due}</th><th class="num">{t.col_instalment}</th></tr></thead>
                    <tbody>{s.instalments.iter().map(|r| view! {
                        <tr><td class="num">{r.number}</td><td>{format_date(r.due, lang)}</td><td class="num">{money(r.amount)}</td></tr>
                    }).collect_view()}</tbody>
                </table>
                <p>{d.acceleration.replace("{n}", &case.plan.acceleration_instalments.to_string()).replace("{days}", &case.plan.acceleration_days.to_string())}</p>
                <p>{d.limitation}</p>
                <pre class="signatures">"\n\n................................          ................................\n"{d.signatures}</pre>
            </article>
        }
        .into_any()
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="agreement-section">
            <h2>{tr(|t| t.plan.agreement)}</h2>
            <p class="callout">{tr(|t| t.plan.acknowledgement_note)}</p>
            <div class="export-buttons">
                <button type="button" data-testid="plan-acknowledge" on:click=add_acknowledgement>{tr(|t| t.plan.add_acknowledgement)}</button>
                <button type="button" data-testid="plan-print" on:click=print>{tr(|t| t.plan.print)}</button>
            </div>
            <Show when=move || added.get()>
                <p class="note" role="status">{tr(|t| t.plan.acknowledgement_added)}</p>
            </Show>
            {document}
        </section>
    }
}
