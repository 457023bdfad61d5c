//! The instalment agreement with acknowledgement of debt, ready to sign: rendered, printed and
//! exported (PDF, DOCX) like the letters, and its date handed to the Limitation tool.

use crate::app::documents;
use crate::app::store::{today, use_store};
use crate::app::tools::letter::checks::{GuardedDownloads, PreSendCheck};
use crate::app::tools::letter::preview;
use crate::app::{tr, use_ctx};
use crate::engine::letter::compose_agreement;
use crate::engine::limitation::EventKind;
use crate::export::document::Format;
use crate::export::names::{file_name, Doc};
use crate::form::checks::{gaps, Document};
use leptos::prelude::*;

#[component]
pub fn Agreement() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let added = RwSignal::new(false);
    // The acknowledgement interrupts limitation on the day the debtor signs (art. 123 § 1 pkt 2
    // KC, art. 2537 C.civ.), which the app cannot know: it asks instead of assuming a date.
    let signed = RwSignal::new(String::new());
    let signed_error = RwSignal::new(None::<String>);
    let signed_touched = RwSignal::new(false);
    let agreement = Memo::new(move |_| {
        let schedule = store.schedule.get()?.ok()?;
        let case = store.parsed.with(|p| p.case.clone());
        Some(compose_agreement(&case, &schedule, ctx.lang.get()))
    });
    let add_acknowledgement = move |_| {
        let Ok(date) = crate::engine::calendar::parse_date(&signed.get_untracked()) else {
            signed_error.set(Some(ctx.texts().plan().signing_date_missing.to_string()));
            signed_touched.set(true);
            return;
        };
        signed_error.set(None);
        store.form.update(|f| {
            let id = f.add_event(EventKind::Acknowledgement);
            if let Some(e) = f.events.iter_mut().find(|e| e.id == id) {
                e.date = date.to_string();
            }
        });
        added.set(true);
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let export_error = RwSignal::new(false);
    let export = move |format: Format| {
        let (debtor, date) = store
            .parsed
            .with_untracked(|p| (p.case.debtor.name.clone(), p.case.plan.agreement_date));
        let lang = ctx.lang.get_untracked();
        let name = move |ext: &str| {
            file_name(
                Doc::Agreement,
                lang,
                &debtor,
                date.unwrap_or_else(today),
                ext,
            )
        };
        documents::start_download(agreement.get_untracked(), name, format, export_error)
    };
    // The case on the agreement date, as the plan's amount is computed.
    let gaps = Memo::new(move |_| {
        let report = store.engine.get().and_then(|e| {
            let mut case = store.parsed.with(|p| p.case.clone());
            if let Some(date) = case.plan.agreement_date {
                case.calculation_date = Some(date);
            }
            (e.evaluate)(&case).ok()
        });
        store.form.with(|f| {
            store
                .parsed
                .with(|p| gaps(f, p, report.as_ref(), Document::Agreement))
        })
    });
    view! {
        <section class="agreement-section">
            <h2>{tr(|t| t.plan().agreement)}</h2>
            <p class="callout">{tr(|t| t.plan().acknowledgement_note)}</p>
            <PreSendCheck gaps=gaps test_id="plan-gaps"/>
            <div class="acknowledge">
                <crate::app::components::FormInput id="plan-signed".to_string() kind="date"
                    label=Signal::derive(move || ctx.texts().plan().signing_date.to_string())
                    value=Signal::derive(move || signed.get())
                    on_input=Callback::new(move |v: String| { signed.set(v); added.set(false); })
                    touched=signed_touched
                    error=Signal::derive(move || signed_error.get())/>
                <p class="hint">{tr(|t| t.plan().signing_date_hint)}</p>
                <button type="button" data-testid="plan-acknowledge" on:click=add_acknowledgement>{tr(|t| t.plan().add_acknowledgement)}</button>
            </div>
            <div class="export-buttons">
                <GuardedDownloads gaps=gaps export=Callback::new(export) prefix="plan"/>
                <button type="button" data-testid="plan-print" on:click=print>{tr(|t| t.plan().print)}</button>
            </div>
            <Show when=move || export_error.get()>
                <p class="error-box" role="alert">{tr(|t| t.letter().export_failed)}</p>
            </Show>
            <Show when=move || added.get()>
                <p class="note" role="status">{tr(|t| t.plan().acknowledgement_added)}</p>
            </Show>
            <div data-testid="agreement">
                {move || agreement.get().map(|a| preview::document(&a))}
            </div>
        </section>
    }
}
