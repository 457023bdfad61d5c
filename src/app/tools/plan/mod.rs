//! The Instalment plan tool: the plan form beside a live schedule, a balance chart, tracking of
//! actual payments, CSV and calendar exports, and the agreement to sign.

mod agreement;
mod form;
mod table;

use super::Tool;
use crate::app::download::download;
use crate::app::store::{today, use_store};
use crate::app::tr;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::money::format_amount;
use crate::export::csv::schedule_csv;
use crate::export::ics::{calendar, IcsEvent};
use crate::export::names::{calendar_key, calendar_summary, file_name, Doc};
use leptos::prelude::*;

#[component]
fn Summary() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    move || {
        let t = ctx.texts().plan();
        let lang = ctx.lang.get();
        let currency = store.parsed.with(|p| p.case.currency);
        let money = move |v| format_amount(v, currency, lang);
        match store.schedule.get() {
            None => ().into_any(),
            Some(Err(e)) => view! { <p class="error-box" role="alert" data-testid="plan-error">{t.error(e)}</p> }.into_any(),
            Some(Ok(s)) => {
                let row = |label: &'static str, value: String, id: &'static str| view! {
                    <div class="total-row"><dt>{label}</dt><dd data-testid=id>{value}</dd></div>
                };
                view! {
                    <dl class="totals">
                        {row(t.settled, money(s.amount), "plan-settled")}
                        {row(t.total_interest, money(s.total_interest), "plan-total-interest")}
                        {row(t.last_date, format_date(s.last_date, lang), "plan-last")}
                        {(!s.paid.is_zero()).then(|| row(t.paid_so_far, money(s.paid), "plan-paid"))}
                        {(!s.paid.is_zero()).then(|| row(t.outstanding, money(s.outstanding), "plan-outstanding"))}
                        <div class="total-row grand"><dt>{t.total_paid}</dt><dd data-testid="plan-total">{money(s.total_paid)}</dd></div>
                    </dl>
                    {s.acceleration.then(|| view! { <p class="warnings urgent" data-testid="plan-acceleration">{t.acceleration}</p> })}
                    <table::Chart schedule=s/>
                }
                .into_any()
            }
        }
    }
}

#[component]
pub fn PlanTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let export_csv = move |_| {
        if let Some(Ok(s)) = store.schedule.get_untracked() {
            let lang = ctx.lang.get_untracked();
            let csv = schedule_csv(&s, lang);
            let (debtor, date) = store
                .parsed
                .with_untracked(|p| (p.case.debtor.name.clone(), p.case.plan.agreement_date));
            let _ = download(
                &file_name(Doc::Plan, lang, &debtor, date.unwrap_or_else(today), "csv"),
                "text/csv;charset=utf-8",
                csv.as_bytes(),
            );
        }
    };
    let export_ics = move |_| {
        let Some(Ok(s)) = store.schedule.get_untracked() else {
            return;
        };
        let t = ctx.texts().plan();
        let lang = ctx.lang.get_untracked();
        let (currency, debtor, date) = store.parsed.with_untracked(|p| {
            let c = &p.case;
            (c.currency, c.debtor.name.clone(), c.plan.agreement_date)
        });
        let events: Vec<IcsEvent> = s
            .instalments
            .iter()
            .map(|r| IcsEvent {
                key: calendar_key(
                    &debtor,
                    &format!("plan/{}/{}", s.instalments[0].due, r.number),
                ),
                date: r.due,
                summary: calendar_summary(
                    &debtor,
                    &t.ics_summary
                        .replace("{n}", &r.number.to_string())
                        .replace("{amount}", &format_amount(r.amount, currency, lang)),
                ),
                description: t.ics_description.replace("{n}", &r.number.to_string()),
                reminders: vec![1],
            })
            .collect();
        let ics = calendar(
            &calendar_summary(&debtor, "Overdue"),
            &events,
            chrono::Utc::now().naive_utc(),
        );
        let _ = download(
            &file_name(Doc::Plan, lang, &debtor, date.unwrap_or_else(today), "ics"),
            "text/calendar;charset=utf-8",
            ics.as_bytes(),
        );
    };
    view! {
        <section class="panel tool-plan" data-testid="tool-plan">
            <h1>{move || Tool::Plan.label(ctx.texts())}</h1>
            <p class="intro">{tr(|t| t.plan_intro)}</p>
            <div class="split">
                <div class="inputs"><form::PlanForm/></div>
                <aside class="results" aria-live="polite">
                    <h2>{tr(|t| t.plan().schedule)}</h2>
                    <Summary/>
                    <div class="export-buttons">
                        <button type="button" class="primary" data-testid="plan-csv" on:click=export_csv>{tr(|t| t.plan().export_csv)}</button>
                        <button type="button" class="primary" data-testid="plan-ics" on:click=export_ics>{tr(|t| t.plan().export_ics)}</button>
                    </div>
                </aside>
            </div>
            <table::Schedule/>
            <table::Tracking/>
            <agreement::Agreement/>
        </section>
    }
}
