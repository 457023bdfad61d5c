//! The Letter tool: a demand letter, final demand, interest note, somație or notice, filled in
//! from the case, with free-text parts, a live preview and print / text / e-mail / DOCX output.

pub mod preview;

use super::Tool;
use crate::app::components::{Checkbox, FormInput};
use crate::app::documents;
use crate::app::drafts::share::copy_to_clipboard;
use crate::app::store::use_store;
use crate::app::tools::interest::names::field_error;
use crate::app::tools::limitation::UrgentDeadlines;
use crate::app::{tr, trs, use_ctx};
use crate::engine::letter::{compose, plain_text, Letter, LetterKind};
use crate::engine::locale::Jurisdiction;
use crate::export::document::Format;
use crate::form::Field;
use leptos::prelude::*;

fn kinds(j: Jurisdiction) -> &'static [LetterKind] {
    match j {
        Jurisdiction::Pl => &[
            LetterKind::PlDemand,
            LetterKind::PlFinalDemand,
            LetterKind::PlInterestNote,
            LetterKind::EnDemand,
        ],
        Jurisdiction::Ro => &[
            LetterKind::RoSomatie,
            LetterKind::RoNotice,
            LetterKind::EnDemand,
        ],
    }
}

#[component]
pub fn LetterTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().letter;
    // The kind in force: one that fits the jurisdiction.
    let kind = Memo::new(move |_| {
        let chosen = store.form.with(|f| f.case.letter.kind);
        let allowed = kinds(ctx.jurisdiction.get());
        if allowed.contains(&chosen) {
            chosen
        } else {
            allowed[0]
        }
    });
    let letter = Memo::new(move |_| -> Option<Letter> {
        let mut case = store.parsed.with(|p| p.case.clone());
        if case.claims.is_empty() {
            return None;
        }
        case.letter.kind = kind.get();
        if case.letter.kind == LetterKind::RoSomatie {
            case.letter.deadline_days = case.letter.deadline_days.max(15);
        }
        if let Some(date) = case.letter.date {
            case.calculation_date = Some(date);
        }
        let report = (store.engine.get()?.evaluate)(&case).ok()?;
        let plan = store.schedule.get().and_then(Result::ok);
        Some(compose(&case, &report, plan.as_ref(), &case.letter))
    });
    let notice = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let Some(l) = letter.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&plain_text(&l)).await {
                notice.set(Some(ctx.texts().letter.copied));
            }
        });
    };
    let export_error = RwSignal::new(false);
    // A letter that leaves the app is a step of the collection: it goes in the contact log,
    // dated with the letter (its delivery date is added later in the log).
    let log_letter = move || {
        let Some(l) = letter.get_untracked() else {
            return;
        };
        let date = store
            .parsed
            .with_untracked(|p| p.case.letter.date.or(p.case.calculation_date));
        let date = date.unwrap_or_else(crate::app::store::today);
        store.form.update(|f| {
            f.log_sent(
                date,
                crate::engine::case::Channel::Letter,
                Some(crate::form::letter_document(l.kind)),
                &l.title,
            );
        });
    };
    let export = move |format: Format| {
        log_letter();
        documents::start_download(letter.get_untracked(), format, export_error)
    };
    let docx = move |_| export(Format::Docx);
    let pdf = move |_| export(Format::Pdf);
    let mailto = move || {
        letter.get().map(|l| {
            let subject = String::from(js_sys::encode_uri_component(&l.title));
            let body = String::from(js_sys::encode_uri_component(&plain_text(&l)));
            format!("mailto:?subject={subject}&body={body}")
        })
    };
    let print = move |_| {
        log_letter();
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let set_letter = move |g: fn(&mut crate::engine::letter::LetterOptions, String)| {
        Callback::new(move |v: String| store.form.update(|f| g(&mut f.case.letter, v)))
    };
    let check = move |g: fn(&mut crate::engine::letter::LetterOptions, bool)| {
        Callback::new(move |v: bool| store.form.update(|f| g(&mut f.case.letter, v)))
    };
    let iban_error = Signal::derive(move || {
        store
            .parsed
            .with(|p| p.error(Field::LetterIban))
            .map(|_| ctx.texts().letter.iban_invalid.to_string())
    });
    view! {
        <section class="panel tool-letter" data-testid="tool-letter">
            <h1>{move || Tool::Letter.label(ctx.texts())}</h1>
            <p class="intro">{tr(|t| t.letter_intro)}</p>
            <UrgentDeadlines/>
            <div class="split">
                <div class="inputs">
                    <div class="field">
                        <label for="letter-kind">{tr(|t| t.letter.kind)}</label>
                        <select id="letter-kind" data-testid="letter-kind" on:change=move |ev| {
                            let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                            if let Some(k) = LetterKind::ALL.get(i) {
                                store.form.update(|f| f.case.letter.kind = *k);
                            }
                        }>
                            {move || kinds(ctx.jurisdiction.get()).iter().map(|k| {
                                let i = LetterKind::ALL.iter().position(|x| x == k).unwrap_or(0);
                                let k = *k;
                                view! { <option value=i.to_string() selected=move || kind.get() == k>{t().kind(k)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="row">
                        <FormInput id="letter-place".to_string() label=trs(|t| t.letter.place)
                            value=Signal::derive(move || store.form.with(|f| f.case.letter.place.clone()))
                            on_input=set_letter(|l, v| l.place = v) error=Signal::derive(|| None::<String>)/>
                        <FormInput id="letter-date".to_string() label=trs(|t| t.letter.date) kind="date"
                            value=Signal::derive(move || store.form.with(|f| f.letter.date.clone()))
                            on_input=Callback::new(move |v| store.form.update(|f| f.letter.date = v))
                            error=field_error(ctx, store, Field::LetterDate)/>
                    </div>
                    <p class="hint">{tr(|t| t.letter.date_hint)}</p>
                    <div class="row">
                        <div class="field">
                            <label for="letter-days">{tr(|t| t.letter.deadline)}</label>
                            <select id="letter-days" data-testid="letter-days" on:change=move |ev| {
                                let n: u32 = event_target_value(&ev).parse().unwrap_or(7);
                                store.form.update(|f| f.case.letter.deadline_days = n);
                            }>
                                {[7u32, 14, 15, 21, 30].into_iter().map(|n| view! {
                                    <option value=n.to_string() selected=move || store.form.with(|f| f.case.letter.deadline_days == n)>
                                        {move || t().days.replace("{n}", &n.to_string())}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                        <FormInput id="letter-fixed".to_string() label=trs(|t| t.letter.fixed_deadline) kind="date"
                            value=Signal::derive(move || store.form.with(|f| f.letter.fixed_deadline.clone()))
                            on_input=Callback::new(move |v| store.form.update(|f| f.letter.fixed_deadline = v))
                            error=field_error(ctx, store, Field::LetterDeadline)/>
                    </div>
                    <Show when=move || kind.get() == LetterKind::RoSomatie>
                        <p class="hint">{tr(|t| t.letter.somatie_days)}</p>
                    </Show>
                    <FormInput id="letter-iban".to_string() label=trs(|t| t.letter.iban)
                        value=Signal::derive(move || store.form.with(|f| f.letter.iban.clone()))
                        on_input=Callback::new(move |v| store.form.update(|f| f.letter.iban = v))
                        error=iban_error/>
                    <Show when=move || kind.get() == LetterKind::PlInterestNote>
                        <FormInput id="letter-number".to_string() label=trs(|t| t.letter.number)
                            value=Signal::derive(move || store.form.with(|f| f.case.letter.number.clone()))
                            on_input=set_letter(|l, v| l.number = v) error=Signal::derive(|| None::<String>)/>
                    </Show>
                    <div class="field wide">
                        <label for="letter-extra">{tr(|t| t.letter.extra)}</label>
                        <textarea id="letter-extra" data-testid="letter-extra" rows="4" aria-describedby="letter-extra-hint"
                            prop:value=move || store.form.with(|f| f.case.letter.extra.clone())
                            on:input=move |ev| set_letter(|l, v| l.extra = v).run(event_target_value(&ev))></textarea>
                        <p class="hint" id="letter-extra-hint">{tr(|t| t.letter.extra_hint)}</p>
                    </div>
                    <FormInput id="letter-signatory".to_string() label=trs(|t| t.letter.signatory)
                        value=Signal::derive(move || store.form.with(|f| f.case.letter.signatory.clone()))
                        on_input=set_letter(|l, v| l.signatory = v) error=Signal::derive(|| None::<String>)/>
                    <Checkbox id="letter-annex" label=Signal::derive(tr(|t| t.letter.annex))
                        checked=Signal::derive(move || store.form.with(|f| f.case.letter.include_annex))
                        on_change=check(|l, v| l.include_annex = v)/>
                    <Show when=move || ctx.jurisdiction.get() == Jurisdiction::Pl>
                        <Checkbox id="letter-big" label=Signal::derive(tr(|t| t.letter.big))
                            checked=Signal::derive(move || store.form.with(|f| f.case.letter.big_warning))
                            on_change=check(|l, v| l.big_warning = v)/>
                    </Show>
                    <Checkbox id="letter-plan" label=Signal::derive(tr(|t| t.letter.offer_plan))
                        checked=Signal::derive(move || store.form.with(|f| f.case.letter.offer_plan))
                        on_change=check(|l, v| l.offer_plan = v)/>
                </div>
                <aside class="results">
                    <h2>{tr(|t| t.letter.guidance)}</h2>
                    <ul class="guidance" data-testid="letter-guidance">
                        {move || letter.get().map(|l| l.guidance.into_iter().map(|g| view! { <li>{g}</li> }).collect_view())}
                    </ul>
                    <div class="export-buttons">
                        <button type="button" class="primary" data-testid="letter-pdf" on:click=pdf>{tr(|t| t.letter.pdf)}</button>
                        <button type="button" class="primary" data-testid="letter-docx" on:click=docx>{tr(|t| t.letter.docx)}</button>
                        <button type="button" data-testid="letter-print" on:click=print>{tr(|t| t.letter.print)}</button>
                        <button type="button" data-testid="letter-copy" on:click=copy>{tr(|t| t.letter.copy)}</button>
                        <a class="button-link" data-testid="letter-email" href=move || mailto().unwrap_or_default()>{tr(|t| t.letter.email)}</a>
                    </div>
                    {move || notice.get().map(|n| view! { <p class="note" role="status">{n}</p> })}
                    <Show when=move || export_error.get()>
                        <p class="error-box" role="alert">{tr(|t| t.letter.export_failed)}</p>
                    </Show>
                </aside>
            </div>
            <h2>{tr(|t| t.letter.preview)}</h2>
            {move || match letter.get() {
                Some(l) => preview::document(&l).into_any(),
                None => view! { <p class="hint">{tr(|t| t.letter.no_claims)}</p> }.into_any(),
            }}
        </section>
    }
}
