//! Events that interrupt or suspend limitation, typed by the person.

use crate::app::components::RowHandle;
use crate::app::components::{FormInput, InvoiceChoice};
use crate::app::store::use_store;
use crate::app::tools::interest::names::field_error;
use crate::app::use_ctx;
use crate::app::{tr, trs};
use crate::engine::limitation::EventKind;
use crate::form::{EventRow, Field};
use leptos::prelude::*;

fn kind_code(k: EventKind) -> String {
    format!("{k:?}").to_lowercase()
}

#[component]
fn EventRowView(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().limitation();
    let handle = RowHandle::new(store, id, |f| &f.events, |f| &mut f.events);
    let row = move || handle.get();
    let edit = move |g: fn(&mut EventRow, String)| handle.edit(g);
    let kind_id = format!("event-{id}-kind");
    let claim_id = format!("event-{id}-claim");
    view! {
        <div class="row-item event-row" data-testid=format!("event-row-{id}")>
            <div class="field">
                <label for=kind_id.clone()>{tr(|t| t.limitation().event_kind)}</label>
                <select id=kind_id.clone() data-testid=kind_id.clone() on:change=move |ev| {
                    let code = event_target_value(&ev);
                    if let Some(k) = EventKind::ALL.into_iter().find(|k| kind_code(*k) == code) {
                        store.form.update(|f| {
                            if let Some(r) = f.events.iter_mut().find(|r| r.id == id) {
                                r.kind = k;
                            }
                        });
                    }
                }>
                    {EventKind::ALL.into_iter().map(|k| view! {
                        <option value=kind_code(k) selected=move || row().kind == k>
                            {move || t().event_kind(k)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <FormInput id=format!("event-{id}-date") label=trs(|t| t.limitation().event_date) kind="date"
                value=Signal::derive(move || row().date)
                on_input=edit(|r, v| r.date = v) error=field_error(ctx, store, Field::EventDate(id))/>
            <FormInput id=format!("event-{id}-end") label=trs(|t| t.limitation().event_end) kind="date"
                value=Signal::derive(move || row().end)
                on_input=edit(|r, v| r.end = v) error=field_error(ctx, store, Field::EventEnd(id))/>
            <InvoiceChoice id=claim_id.clone() label=trs(|t| t.limitation().event_claim)
                none=|t| t.limitation().all_claims
                value=Signal::derive(move || row().claim) on_change=edit(|r, v| r.claim = v)/>
            <button type="button" class="remove" aria-label=move || ctx.texts().interest.remove
                on:click=move |_| handle.remove()>"×"</button>
        </div>
    }
}

#[component]
pub fn Events() -> impl IntoView {
    let store = use_store();
    view! {
        <h2>{tr(|t| t.limitation().events)}</h2>
        <p class="hint">{tr(|t| t.limitation().events_hint)}</p>
        <div class="rows">
            <For each=move || store.form.with(|f| f.events.iter().map(|r| r.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <EventRowView id=id/>
            </For>
        </div>
        <button type="button" class="add" data-testid="add-event"
            on:click=move |_| {
                if let Some(id) = store.form.try_update(|f| f.add_event(EventKind::Acknowledgement)) {
                    crate::app::components::focus_when_rendered(format!("event-{id}-kind"));
                }
            }>
            "+ " {tr(|t| t.limitation().add_event)}
        </button>
    }
}
