//! The case's timeline as the engine gives it (`engine::portfolio::timeline_of`): a list in
//! date order, what happened above today, what is planned below. A list, not a drawing, so it
//! reads aloud in order and fits a phone.

use crate::app::store::use_store;
use crate::app::tools::interest::names::with_namer;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::portfolio::{TimelineEntry, TimelineEvent};
use leptos::prelude::*;

#[component]
pub fn Timeline(#[prop(into)] entries: Signal<Vec<TimelineEntry>>) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    move || {
        let t = ctx.texts().overview();
        let lang = ctx.lang.get();
        let list = entries.get();
        let (currency, contacts) = store
            .parsed
            .with(|p| (p.case.currency, p.case.contacts.clone()));
        let money = move |v| crate::engine::money::format_amount(v, currency, lang);
        let lines: Vec<(String, String, Option<&'static str>, &'static str)> =
            with_namer(ctx, store, |n| {
                let of_claim = |c: Option<usize>| {
                    c.map(|c| format!(" · {}", t.tl_of_claim.replace("{claim}", &(n.claim)(c))))
                        .unwrap_or_default()
                };
                list.iter()
                    .map(|e| {
                        let (text, basis) = match &e.event {
                            TimelineEvent::Due { claim, amount } => (
                                t.tl_due
                                    .replace("{claim}", &(n.claim)(*claim))
                                    .replace("{amount}", &money(*amount)),
                                None,
                            ),
                            TimelineEvent::Contact {
                                entry,
                                channel,
                                direction,
                                document,
                            } => {
                                let head = match document {
                                    Some(d) => t
                                        .tl_letter
                                        .replace("{document}", t.document(*d))
                                        .replace("{channel}", t.channel(*channel)),
                                    None => t
                                        .tl_contact
                                        .replace("{channel}", t.channel(*channel))
                                        .replace("{direction}", t.direction(*direction)),
                                };
                                let summary = contacts
                                    .get(*entry)
                                    .map(|c| c.summary.trim().to_string())
                                    .filter(|s| !s.is_empty());
                                (
                                    match summary {
                                        Some(s) => format!("{head}: {s}"),
                                        None => head,
                                    },
                                    None,
                                )
                            }
                            TimelineEvent::Delivered { document, .. } => (
                                t.tl_delivered.replace(
                                    "{document}",
                                    document.map(|d| t.document(d)).unwrap_or(t.no_document),
                                ),
                                None,
                            ),
                            TimelineEvent::PromiseDue { amount, .. } => (
                                match amount {
                                    Some(a) => format!("{} {}", t.tl_promise, money(*a)),
                                    None => t.tl_promise.to_string(),
                                },
                                None,
                            ),
                            TimelineEvent::Payment { amount } => {
                                (format!("{} {}", t.tl_payment, money(*amount)), None)
                            }
                            TimelineEvent::InstalmentPaid { amount } => {
                                (format!("{} {}", t.tl_instalment, money(*amount)), None)
                            }
                            TimelineEvent::Today => (t.timeline_today.to_string(), None),
                            TimelineEvent::Step {
                                action,
                                alternative,
                            } => (
                                format!(
                                    "{}: {} ({})",
                                    if *alternative {
                                        t.tl_alternative
                                    } else {
                                        t.tl_step
                                    },
                                    t.action(action.kind),
                                    t.reason(action.reason)
                                ),
                                Some(action.basis),
                            ),
                            TimelineEvent::Deadline(d) => (
                                format!("{}{}", t.deadline(d.kind), of_claim(d.claim)),
                                Some(d.basis),
                            ),
                            TimelineEvent::SomatieWaitEnds { .. } => (
                                t.tl_somatie_wait.to_string(),
                                Some("art. 1015 alin. (1), art. 181 CPC"),
                            ),
                            TimelineEvent::Milestone {
                                milestone,
                                claim,
                                until,
                                basis,
                            } => (
                                format!(
                                    "{}{}",
                                    if *until {
                                        t.tl_milestone_until
                                    } else {
                                        t.tl_milestone_from
                                    }
                                    .replace("{milestone}", t.milestone(*milestone)),
                                    of_claim(Some(*claim))
                                ),
                                Some(*basis),
                            ),
                        };
                        let class = match e.event {
                            TimelineEvent::Today => "tl-today",
                            ref ev if ev.is_plan() => "tl-plan",
                            _ => "tl-past",
                        };
                        (format_date(e.date, lang), text, basis, class)
                    })
                    .collect()
            });
        view! {
            <section class="case-timeline" aria-labelledby="case-timeline-title">
                <h2 id="case-timeline-title">{t.timeline_title}</h2>
                <ol data-testid="case-timeline">
                    {lines.into_iter().enumerate().map(|(k, (date, text, basis, class))| view! {
                        <li class=class data-testid=format!("tl-{k}") aria-current=(class == "tl-today").then_some("date")>
                            <span class="tl-date" data-testid=format!("tl-date-{k}")>{date}</span>
                            <span class="tl-text" data-testid=format!("tl-text-{k}")>{text}
                                {basis.map(|b| view! { <span class="hint basis">" · "{t.basis}": "{b}</span> })}
                            </span>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    }
}
