//! The Limitation tool: the claim kind, the events that interrupt or suspend limitation, and
//! per invoice the last day to act with the reasoning behind it.

mod events;
mod timeline;

use super::interest::names::with_namer;
use super::Tool;
use crate::app::components::Checkbox;
use crate::app::download::download;
use crate::app::store::{today, use_store};
use crate::app::tr;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::limitation::{Deadline, PlClaimKind, Status};
use crate::engine::locale::Jurisdiction;
use crate::export::ics::{calendar, IcsEvent};
use crate::export::names::{calendar_key, calendar_summary, file_name, Doc};
use leptos::prelude::*;

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Safe => "status safe",
        Status::Under90Days => "status soon",
        Status::Under30Days => "status urgent",
        Status::Expired => "status expired",
        Status::Paused => "status paused",
    }
}

fn kind_code(k: PlClaimKind) -> String {
    format!("{k:?}").to_lowercase()
}

#[component]
fn KindChooser() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().limitation;
    let current = move || store.form.with(|f| f.case.limitation.pl_kind);
    view! {
        <div class="field wide">
            <label for="pl-kind">{tr(|t| t.limitation.kind_label)}</label>
            <select id="pl-kind" data-testid="pl-kind" on:change=move |ev| {
                let code = event_target_value(&ev);
                if let Some(k) = PlClaimKind::ALL.into_iter().find(|k| kind_code(*k) == code) {
                    store.form.update(|f| f.case.limitation.pl_kind = k);
                }
            }>
                {PlClaimKind::ALL.into_iter().map(|k| view! {
                    <option value=kind_code(k) selected=move || current() == k>{move || t().kind(k).0}</option>
                }).collect_view()}
            </select>
            <p class="hint">{move || t().kind(current()).1}</p>
        </div>
    }
}

#[component]
fn DeadlineCard(deadline: Deadline) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = ctx.texts().limitation;
    let lang = ctx.lang.get_untracked();
    let date = move |d| format_date(d, lang);
    let name = with_namer(ctx, store, |n| (n.claim)(deadline.claim));
    let left = deadline.days_left.map(|days| {
        if days < 0 {
            t.expired_ago.replace("{days}", &(-days).to_string())
        } else {
            t.days_left.replace("{days}", &days.to_string())
        }
    });
    let steps: Vec<String> = deadline
        .steps
        .iter()
        .map(|s| t.step(s, &date))
        .filter(|s| !s.is_empty())
        .collect();
    let jurisdiction = ctx.jurisdiction.get_untracked();
    let consumer =
        (deadline.consumer_debtor && jurisdiction == Jurisdiction::Pl).then_some(t.consumer_note);
    let invoke = (jurisdiction == Jurisdiction::Ro).then_some(t.ro_invoke_note);
    let interest = deadline
        .interest_barred_before
        .map(|d| t.interest_barred.replace("{date}", &date(d)));
    view! {
        <article class="deadline" data-testid=format!("deadline-{}", deadline.claim)>
            <header>
                <h3>{name}</h3>
                <span class=status_class(deadline.status) data-testid=format!("deadline-status-{}", deadline.claim)>
                    {t.status(deadline.status)}
                </span>
            </header>
            <p class="last-day">{t.last_day} ": "
                <strong data-testid=format!("deadline-end-{}", deadline.claim)>
                    {deadline.end.map(date).unwrap_or_else(|| "—".into())}
                </strong>
                {left.map(|l| view! { " · " <span>{l}</span> })}
            </p>
            <details>
                <summary>{t.why}</summary>
                <ol class="steps">{steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            </details>
            {consumer.map(|c| view! { <p class="note">{c}</p> })}
            {invoke.map(|c| view! { <p class="note">{c}</p> })}
            {interest.map(|c| view! { <p class="note">{c}</p> })}
        </article>
    }
}

#[component]
pub fn LimitationTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let pl = move || ctx.jurisdiction.get() == Jurisdiction::Pl;
    let export = move |_| {
        let t = ctx.texts().limitation;
        let list = store.deadlines.get_untracked();
        let debtor = store.parsed.with_untracked(|p| p.case.debtor.name.clone());
        let events: Vec<IcsEvent> = with_namer(ctx, store, |n| {
            list.iter()
                .filter_map(|d| {
                    let end = d.end?;
                    let claim = (n.claim)(d.claim);
                    Some(IcsEvent {
                        key: calendar_key(&debtor, &format!("limitation/{}/{}", claim, d.start)),
                        date: end,
                        summary: calendar_summary(
                            &debtor,
                            &t.ics_summary.replace("{claim}", &claim),
                        ),
                        description: t.ics_description.replace("{basis}", d.basis),
                        reminders: vec![60, 14],
                    })
                })
                .collect()
        });
        let stamp = chrono::Utc::now().naive_utc();
        let ics = calendar(&calendar_summary(&debtor, "Overdue"), &events, stamp);
        let _ = download(
            &file_name(
                Doc::Limitation,
                ctx.lang.get_untracked(),
                &debtor,
                today(),
                "ics",
            ),
            "text/calendar;charset=utf-8",
            ics.as_bytes(),
        );
    };
    view! {
        <section class="panel" data-testid="tool-limitation">
            <h1>{move || Tool::Limitation.label(ctx.texts())}</h1>
            <p class="intro">{tr(|t| t.limitation_intro)}</p>
            <Show when=pl fallback=move || view! {
                <Checkbox id="ro-start-next-day" label=Signal::derive(tr(|t| t.limitation.ro_start_next_day))
                    checked=Signal::derive(move || store.form.with(|f| f.case.limitation.ro_start_next_day))
                    on_change=Callback::new(move |v| store.form.update(|f| f.case.limitation.ro_start_next_day = v))/>
                <Checkbox id="ro-payments-interrupt" label=Signal::derive(tr(|t| t.limitation.ro_payments_interrupt))
                    checked=Signal::derive(move || store.form.with(|f| f.case.limitation.ro_payments_interrupt))
                    on_change=Callback::new(move |v| store.form.update(|f| f.case.limitation.ro_payments_interrupt = v))/>
            }>
                <KindChooser/>
            </Show>
            <events::Events/>
            <h2>{tr(|t| t.limitation.deadlines)}</h2>
            <Show when=move || store.deadlines.with(|d| !d.is_empty())
                fallback=move || view! { <p class="hint">{tr(|t| t.limitation.no_claims)}</p> }>
                <timeline::Timeline/>
                <div class="deadlines">
                    {move || store.deadlines.get().into_iter().map(|d| view! { <DeadlineCard deadline=d/> }).collect_view()}
                </div>
                <button type="button" class="primary" data-testid="export-ics" on:click=export>{tr(|t| t.limitation.export_ics)}</button>
            </Show>
        </section>
    }
}

/// Claims that are time-barred or expire within 30 days, for the other tools' result panels
/// (a demand letter does not interrupt limitation).
#[component]
pub fn UrgentDeadlines() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    move || {
        let t = ctx.texts().limitation;
        let lang = ctx.lang.get();
        let urgent: Vec<Deadline> = store
            .deadlines
            .get()
            .into_iter()
            .filter(|d| matches!(d.status, Status::Under30Days | Status::Expired))
            .collect();
        let lines: Vec<String> = with_namer(ctx, store, |n| {
            urgent
                .iter()
                .map(|d| {
                    let end = d.end.map(|e| format_date(e, lang)).unwrap_or_default();
                    format!(
                        "{}: {} — {} {}",
                        (n.claim)(d.claim),
                        t.status(d.status),
                        t.last_day,
                        end
                    )
                })
                .collect()
        });
        (!lines.is_empty()).then(|| {
            view! {
                <ul class="warnings urgent" data-testid="urgent-deadlines">
                    {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ul>
            }
        })
    }
}
