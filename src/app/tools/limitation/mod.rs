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
        Status::ChooseKind => "status soon",
    }
}

fn kind_code(k: PlClaimKind) -> String {
    format!("{k:?}").to_lowercase()
}

/// A select of what was invoiced (PL claim kinds, the usual invoice kinds first), with "choose"
/// while nothing is chosen. Changing it calls `on_pick`.
fn kind_select(
    id: String,
    label: Signal<String>,
    current: Signal<Option<PlClaimKind>>,
    on_pick: Callback<Option<PlClaimKind>>,
    // Whether to say, while nothing is chosen, what is shown meanwhile (said once, not per row).
    remind: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.texts().limitation();
    view! {
        <div class="field wide">
            <label for=id.clone()>{label}</label>
            <select id=id.clone() data-testid=id.clone() on:change=move |ev| {
                let code = event_target_value(&ev);
                on_pick.run(PlClaimKind::ALL.into_iter().find(|k| kind_code(*k) == code));
            }>
                <option value="" selected=move || current.get().is_none()>{move || t().kind_not_chosen}</option>
                {PlClaimKind::INVOICE_ORDER.into_iter().map(|k| view! {
                    <option value=kind_code(k) selected=move || current.get() == Some(k)>{move || t().kind(k).0}</option>
                }).collect_view()}
            </select>
            <p class="hint">{move || current.get().map(|k| t().kind(k).1).or(remind.then(|| t().choose_kind_note))}</p>
        </div>
    }
}

/// What was invoiced, asked per invoice. Kept apart from the deadline cards (which are rebuilt
/// on every change) and keyed by row, so a select keeps its focus while the deadlines move.
#[component]
fn InvoiceKinds() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let rows = move || {
        store.form.with(|f| {
            f.claims
                .iter()
                .filter(|r| {
                    !(r.number.trim().is_empty()
                        && r.due.trim().is_empty()
                        && r.amount.trim().is_empty())
                })
                .map(|r| r.id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="invoice-kinds" data-testid="invoice-kinds">
            <For each=rows key=|id| *id let:id>
                {
                    let name = move || {
                        store.form.with(|f| {
                            let i = f.claims.iter().position(|r| r.id == id).unwrap_or(0);
                            let number = f.claims.get(i).map(|r| r.number.trim().to_string()).unwrap_or_default();
                            if number.is_empty() {
                                ctx.texts().interest.invoice_fallback.replace("{n}", &(i + 1).to_string())
                            } else {
                                number
                            }
                        })
                    };
                    kind_select(
                        format!("claim-{id}-kind"),
                        Signal::derive(move || format!("{} — {}", name(), ctx.texts().limitation().invoice_kind_label)),
                        Signal::derive(move || {
                            store.form.with(|f| f.claims.iter().find(|r| r.id == id).and_then(|r| r.pl_kind))
                        }),
                        Callback::new(move |k| {
                            store.form.update(|f| {
                                if let Some(r) = f.claims.iter_mut().find(|r| r.id == id) {
                                    r.pl_kind = k;
                                }
                            })
                        }),
                        false,
                    )
                }
            </For>
        </div>
    }
}

/// Sets what was invoiced for every invoice at once (most cases bill one kind of thing).
#[component]
fn KindForAll() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let current = Signal::derive(move || {
        store.form.with(|f| {
            let mut kinds = f.claims.iter().map(|r| r.pl_kind);
            let first = kinds.next().flatten();
            kinds.all(|k| k == first).then_some(first).flatten()
        })
    });
    kind_select(
        "pl-kind".to_string(),
        Signal::derive(move || ctx.texts().limitation().set_all_kinds.to_string()),
        current,
        Callback::new(move |k| {
            store
                .form
                .update(|f| f.claims.iter_mut().for_each(|r| r.pl_kind = k));
        }),
        true,
    )
}

#[component]
fn DeadlineCard(deadline: Deadline) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = ctx.texts().limitation();
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
    let unknown = deadline
        .kind_unknown
        .then(|| view! { <p class="note" data-testid=format!("deadline-choose-{}", deadline.claim)>{t.choose_kind_note}</p> });
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
            {unknown}
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
        let t = ctx.texts().limitation();
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
                        description: if d.kind_unknown {
                            format!(
                                "{} {}",
                                t.choose_kind_note,
                                t.ics_description.replace("{basis}", d.basis)
                            )
                        } else {
                            t.ics_description.replace("{basis}", d.basis)
                        },
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
                <Checkbox id="ro-start-next-day" label=Signal::derive(tr(|t| t.limitation().ro_start_next_day))
                    checked=Signal::derive(move || store.form.with(|f| f.case.limitation.ro_start_next_day))
                    on_change=Callback::new(move |v| store.form.update(|f| f.case.limitation.ro_start_next_day = v))/>
                <Checkbox id="ro-payments-interrupt" label=Signal::derive(tr(|t| t.limitation().ro_payments_interrupt))
                    checked=Signal::derive(move || store.form.with(|f| f.case.limitation.ro_payments_interrupt))
                    on_change=Callback::new(move |v| store.form.update(|f| f.case.limitation.ro_payments_interrupt = v))/>
            }>
                <KindForAll/>
                <InvoiceKinds/>
            </Show>
            <events::Events/>
            <h2>{tr(|t| t.limitation().deadlines)}</h2>
            <Show when=move || store.deadlines.with(|d| !d.is_empty())
                fallback=move || view! { <p class="hint">{tr(|t| t.limitation().no_claims)}</p> }>
                <timeline::Timeline/>
                <div class="deadlines">
                    {move || store.deadlines.get().into_iter().map(|d| view! { <DeadlineCard deadline=d/> }).collect_view()}
                </div>
                <button type="button" class="primary" data-testid="export-ics" on:click=export>{tr(|t| t.limitation().export_ics)}</button>
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
        let t = ctx.texts().limitation();
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
                    let unknown = if d.kind_unknown {
                        format!(" · {}", t.status(Status::ChooseKind))
                    } else {
                        String::new()
                    };
                    format!(
                        "{}: {} — {} {}{unknown}",
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
