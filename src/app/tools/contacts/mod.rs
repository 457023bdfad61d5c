//! The contact and evidence log of the current case, its stage and next step, and the ready
//! reminders. The log lives in the form (rows parsed into `case.contacts`); the stage and the
//! next step come from the engine (`engine::portfolio::row`), never from here.

mod annex;
mod reminders;
mod timeline;
mod timings;

use super::Tool;
use crate::app::components::{FormInput, RowHandle};
use crate::app::i18n::overview::{CHANNELS, DOCUMENTS};
use crate::app::store::{today, use_store};
use crate::app::tools::interest::names::field_error;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::case::{Direction, Stage};
use crate::engine::portfolio::{row, timeline_of, Row, TimelineEntry};
use crate::form::{ContactRow, Field};
use leptos::prelude::*;

#[component]
pub fn ContactsTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().overview();
    let has_case = move || store.parsed.with(|p| !p.case.claims.is_empty());
    // The engine's view of this case today; the stage as the log makes it (the person's choice
    // set aside) next to the stage in force.
    let plan = Memo::new(move |_| -> Option<(Row, Stage, Vec<TimelineEntry>)> {
        store.engine.track();
        let case = store.parsed.with(|p| p.case.clone());
        if case.claims.is_empty() {
            return None;
        }
        let day = today();
        let mut derived = case.clone();
        derived.collection.stage = None;
        let derived = row(0, &derived, day).stage;
        let r = row(0, &case, day);
        let line = timeline_of(&case, &r, day);
        Some((r, derived, line))
    });
    let entries =
        Signal::derive(move || plan.with(|p| p.as_ref().map(|p| p.2.clone()).unwrap_or_default()));
    let ids = Memo::new(move |_| {
        store
            .form
            .with(|f| f.contacts.iter().map(|r| r.id).collect::<Vec<_>>())
    });
    let add = move |_| {
        store.form.update(|f| {
            f.add_contact(today());
        })
    };
    let stage_choice = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let stage = v
            .parse::<usize>()
            .ok()
            .and_then(|i| Stage::ALL.get(i).copied());
        store.form.update(|f| f.case.collection.stage = stage);
    };
    view! {
        <section class="panel tool-contacts" data-testid="tool-contacts">
            <h1>{move || Tool::Contacts.label(ctx.texts())}</h1>
            <p class="hint">{move || t().contacts_intro}</p>
            <Show when=has_case fallback=move || view! { <p class="hint" data-testid="contacts-no-case">{move || t().no_case}</p> }>
                <div class="split">
                    <div>
                        <h2>{move || t().log_title}</h2>
                        <For each=move || ids.get() key=|id| *id let:id>
                            <Entry id=id/>
                        </For>
                        <Show when=move || ids.with(Vec::is_empty)>
                            <p class="hint">{move || t().log_empty}</p>
                        </Show>
                        <button type="button" data-testid="contact-add" on:click=add>{move || t().add_entry}</button>
                    </div>
                    <aside class="results" data-testid="contacts-plan">
                        <h2>{move || t().stage_title}</h2>
                        <div class="field">
                            <label for="contacts-stage">{move || t().stage_title}</label>
                            <select id="contacts-stage" data-testid="contacts-stage" on:change=stage_choice>
                                <option value="" selected=move || store.form.with(|f| f.case.collection.stage.is_none())>
                                    {move || t().stage_follows}
                                </option>
                                {Stage::ALL.into_iter().enumerate().map(|(i, s)| view! {
                                    <option value=i.to_string()
                                        selected=move || store.form.with(|f| f.case.collection.stage == Some(s))>
                                        {move || t().stage(s)}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                        {move || plan.get().map(|(r, derived, _)| {
                            let lang = ctx.lang.get();
                            let tx = t();
                            view! {
                                <p class="hint" data-testid="contacts-derived">
                                    {tx.stage_derived.replace("{stage}", tx.stage(derived))}
                                </p>
                                <h3>{tx.next_step}</h3>
                                {r.next.map(|a| view! {
                                    <p data-testid="contacts-next">
                                        <strong>{tx.action(a.kind)}</strong>": "{format_date(a.date, lang)}<br/>
                                        <span class="hint">{tx.reason(a.reason)}" · "{tx.basis}": "{a.basis}</span>
                                    </p>
                                })}
                                {(!r.alternatives.is_empty()).then(|| view! {
                                    <ul class="hint">
                                        {r.alternatives.iter().map(|a| view! {
                                            <li>{tx.or}" "{tx.action(a.kind)}": "{format_date(a.date, lang)}" ("{a.basis}")"</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(!r.milestones.is_empty()).then(|| view! {
                                    <h3>{tx.milestones_title}</h3>
                                    <ul class="hint" data-testid="contacts-milestones">
                                        {r.milestones.iter().map(|m| {
                                            let when = match m.until {
                                                Some(u) => tx.from_until.replace("{from}", &format_date(m.from, lang)).replace("{until}", &format_date(u, lang)),
                                                None => format_date(m.from, lang),
                                            };
                                            view! { <li>{tx.milestone(m.kind)}": "{when}" ("{m.basis}")"</li> }
                                        }).collect_view()}
                                    </ul>
                                })}
                            }
                        })}
                        <timings::Timings/>
                    </aside>
                </div>
                <timeline::Timeline entries=entries/>
                <reminders::Reminders/>
                <annex::Annex/>
            </Show>
        </section>
    }
}

#[component]
fn Entry(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().overview();
    let handle = RowHandle::new(store, id, |f| &f.contacts, |f| &mut f.contacts);
    let row = move || handle.get();
    let edit = move |g: fn(&mut ContactRow, String)| handle.edit(g);
    let label = move |f: fn(&crate::app::i18n::overview::OverviewTexts) -> &'static str| {
        Signal::derive(move || f(ctx.texts().overview()).to_string())
    };
    let set_channel = move |ev: leptos::ev::Event| {
        if let Some(c) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| CHANNELS.get(i))
        {
            let c = *c;
            store.form.update(|f| {
                if let Some(r) = f.contacts.iter_mut().find(|r| r.id == id) {
                    r.channel = c;
                }
            });
        }
    };
    let set_direction = move |ev: leptos::ev::Event| {
        let incoming = event_target_value(&ev) == "1";
        store.form.update(|f| {
            if let Some(r) = f.contacts.iter_mut().find(|r| r.id == id) {
                r.direction = if incoming {
                    Direction::Incoming
                } else {
                    Direction::Outgoing
                };
            }
        });
    };
    let set_document = move |ev: leptos::ev::Event| {
        let d = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| DOCUMENTS.get(i).copied());
        store.form.update(|f| {
            if let Some(r) = f.contacts.iter_mut().find(|r| r.id == id) {
                r.document = d;
            }
        });
    };
    let ack_id = format!("contact-{id}-ack");
    view! {
        <fieldset class="contact-entry" data-testid=format!("contact-{id}")>
            <legend>{move || format!("{} {}", t().entry, handle.position())}</legend>
            <div class="row-fields">
                <FormInput id=format!("contact-{id}-date") label=label(|t| t.date) kind="date"
                    value=Signal::derive(move || row().date) on_input=edit(|r, v| r.date = v)
                    error=field_error(ctx, store, Field::ContactDate(id))/>
                <FormInput id=format!("contact-{id}-time") label=label(|t| t.time) kind="time"
                    value=Signal::derive(move || row().time) on_input=edit(|r, v| r.time = v)
                    error=Signal::derive(|| None::<String>)/>
                <div class="field">
                    <label for=format!("contact-{id}-channel")>{move || t().channel}</label>
                    <select id=format!("contact-{id}-channel") data-testid=format!("contact-{id}-channel") on:change=set_channel>
                        {CHANNELS.into_iter().enumerate().map(|(i, c)| view! {
                            <option value=i.to_string() selected=move || row().channel == c>{move || t().channel(c)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=format!("contact-{id}-direction")>{move || t().direction}</label>
                    <select id=format!("contact-{id}-direction") data-testid=format!("contact-{id}-direction") on:change=set_direction>
                        <option value="0" selected=move || row().direction == Direction::Outgoing>{move || t().directions[0]}</option>
                        <option value="1" selected=move || row().direction == Direction::Incoming>{move || t().directions[1]}</option>
                    </select>
                </div>
            </div>
            <FormInput id=format!("contact-{id}-summary") label=label(|t| t.summary)
                value=Signal::derive(move || row().summary) on_input=edit(|r, v| r.summary = v)
                error=Signal::derive(|| None::<String>)/>
            <div class="row-fields">
                <FormInput id=format!("contact-{id}-promise-date") label=label(|t| t.promise_date) kind="date"
                    value=Signal::derive(move || row().promise_date) on_input=edit(|r, v| r.promise_date = v)
                    error=field_error(ctx, store, Field::ContactPromiseDate(id))/>
                <FormInput id=format!("contact-{id}-promise-amount") label=label(|t| t.promise_amount) inputmode="decimal"
                    value=Signal::derive(move || row().promise_amount) on_input=edit(|r, v| r.promise_amount = v)
                    error=field_error(ctx, store, Field::ContactPromiseAmount(id))/>
                <div class="field">
                    <label for=format!("contact-{id}-document")>{move || t().document}</label>
                    <select id=format!("contact-{id}-document") data-testid=format!("contact-{id}-document") on:change=set_document>
                        <option value="" selected=move || row().document.is_none()>{move || t().no_document}</option>
                        {DOCUMENTS.into_iter().enumerate().map(|(i, d)| view! {
                            <option value=i.to_string() selected=move || row().document == Some(d)>{move || t().document(d)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <FormInput id=format!("contact-{id}-delivered") label=label(|t| t.delivered) kind="date"
                    value=Signal::derive(move || row().delivered) on_input=edit(|r, v| r.delivered = v)
                    error=field_error(ctx, store, Field::ContactDelivered(id))/>
            </div>
            <div class="check">
                <input type="checkbox" id=ack_id.clone() data-testid=ack_id.clone()
                    prop:checked=move || row().acknowledges
                    on:change=move |ev| {
                        let v = event_target_checked(&ev);
                        store.form.update(|f| {
                            if let Some(r) = f.contacts.iter_mut().find(|r| r.id == id) {
                                r.acknowledges = v;
                            }
                        });
                    }/>
                <label for=ack_id>{move || t().acknowledges}</label>
            </div>
            <button type="button" class="remove" data-testid=format!("contact-{id}-delete")
                on:click=move |_| handle.remove()>{move || t().delete_entry}</button>
        </fieldset>
    }
}

/// Prints the page; style/main.css shows only the log annex or the overview on paper.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
