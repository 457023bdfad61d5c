//! The Letter tool: a demand letter, final demand, interest note, somație or notice, filled in
//! from the case, with free-text parts, a live preview and print / text / e-mail / DOCX output.

pub mod checks;
pub mod preview;

use super::Tool;
use crate::app::components::{Checkbox, FormInput};
use crate::app::documents;
use crate::app::drafts::share::copy_to_clipboard;
use crate::app::store::{today, use_store};
use crate::app::tools::interest::names::field_error;
use crate::app::tools::limitation::UrgentDeadlines;
use crate::app::{tr, trs, use_ctx};
use crate::engine::letter::{compose, plain_text, Bureau, Letter, LetterKind};
use crate::engine::locale::Lang;
use crate::engine::words::romanian_count;
use crate::export::document::Format;
use crate::export::names::{file_name, Doc};
use crate::form::checks::{gaps, Document};
use crate::form::Field;
use leptos::prelude::*;

#[component]
pub fn LetterTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().letter();
    // The kind in force: one that fits the jurisdiction.
    let kind = Memo::new(move |_| {
        let j = ctx.jurisdiction.get();
        store.form.with(|f| f.case.letter.kind_in(j))
    });
    // The case as the letter sees it, evaluated on the letter's date.
    let evaluated = Memo::new(move |_| {
        let mut case = store.parsed.with(|p| p.case.clone());
        if case.claims.is_empty() {
            return None;
        }
        case.letter.kind = kind.get();
        if let Some(date) = case.letter.date {
            case.calculation_date = Some(date);
        }
        let report = (store.engine.get()?.evaluate)(&case).ok()?;
        Some((case, report))
    });
    let letter = Memo::new(move |_| -> Option<Letter> {
        let (case, report) = evaluated.get()?;
        let plan = store.schedule.get().and_then(Result::ok);
        Some(compose(&case, &report, plan.as_ref(), &case.letter))
    });
    let gaps = Memo::new(move |_| {
        evaluated.with(|e| {
            let report = e.as_ref().map(|(_, r)| r);
            store
                .form
                .with(|f| store.parsed.with(|p| gaps(f, p, report, Document::Letter)))
        })
    });
    let notice = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let Some(l) = letter.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&plain_text(&l)).await {
                notice.set(Some(ctx.texts().letter().copied));
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
        let (debtor, date) = store.parsed.with_untracked(|p| {
            let c = &p.case;
            (c.debtor.name.clone(), c.letter.date.or(c.calculation_date))
        });
        let kind = kind.get_untracked();
        let name = move |ext: &str| {
            file_name(
                Doc::Letter(kind),
                kind.lang(),
                &debtor,
                date.unwrap_or_else(today),
                ext,
            )
        };
        log_letter();
        documents::start_download(
            letter.get_untracked().map(|l| l.document),
            name,
            format,
            export_error,
        )
    };
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
    let days_error = field_error(ctx, store, Field::LetterDays);
    // A memo, so the options are rebuilt only when the days or the kind change.
    let days = Memo::new(move |_| {
        let k = kind.get();
        store.form.with(|f| f.case.letter.days(k))
    });
    let iban_error = field_error(ctx, store, Field::LetterIban);
    view! {
        <section class="panel tool-letter" data-testid="tool-letter">
            <h1>{move || Tool::Letter.label(ctx.texts())}</h1>
            <p class="intro">{tr(|t| t.letter_intro)}</p>
            <UrgentDeadlines/>
            <div class="split">
                <div class="inputs">
                    <div class="field">
                        <label for="letter-kind">{tr(|t| t.letter().kind)}</label>
                        <select id="letter-kind" data-testid="letter-kind" on:change=move |ev| {
                            let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                            if let Some(k) = LetterKind::ALL.get(i) {
                                store.form.update(|f| {
                                    let l = &mut f.case.letter;
                                    l.kind = *k;
                                    // Days chosen for another kind that this one does not allow
                                    // give way to this kind's default (a somație: 15).
                                    if l.days(*k) < k.min_days() {
                                        l.deadline_days = None;
                                    }
                                });
                            }
                        }>
                            {move || LetterKind::for_jurisdiction(ctx.jurisdiction.get()).iter().map(|k| {
                                let i = LetterKind::ALL.iter().position(|x| x == k).unwrap_or(0);
                                let k = *k;
                                view! { <option value=i.to_string() selected=move || kind.get() == k>{t().kind(k)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="row">
                        <FormInput id="letter-place".to_string() label=trs(|t| t.letter().place)
                            value=Signal::derive(move || store.form.with(|f| f.case.letter.place.clone()))
                            on_input=set_letter(|l, v| l.place = v) error=Signal::derive(|| None::<String>)/>
                        <FormInput id="letter-date".to_string() label=trs(|t| t.letter().date) kind="date"
                            value=Signal::derive(move || store.form.with(|f| f.letter.date.clone()))
                            on_input=Callback::new(move |v| store.form.update(|f| f.letter.date = v))
                            error=field_error(ctx, store, Field::LetterDate)/>
                    </div>
                    <p class="hint">{tr(|t| t.letter().date_hint)}</p>
                    <div class="row">
                        <div class="field" class:invalid=move || days_error.get().is_some()>
                            <label for="letter-days">{tr(|t| t.letter().deadline)}</label>
                            <select id="letter-days" data-testid="letter-days"
                                aria-invalid=move || days_error.get().is_some().to_string()
                                aria-describedby="letter-days-error letter-days-hint"
                                on:change=move |ev| {
                                    if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                                        store.form.update(|f| f.case.letter.deadline_days = Some(n));
                                    }
                                }>
                                {move || {
                                    let k = kind.get();
                                    let current = days.get();
                                    // A stored count the kind does not offer stays visible (with
                                    // its error) instead of silently showing another.
                                    let mut choices = k.day_choices().to_vec();
                                    if !choices.contains(&current) {
                                        choices.insert(0, current);
                                    }
                                    choices.into_iter().map(|n| view! {
                                        <option value=n.to_string() selected=n == current>
                                            {t().days.replace("{n}", &match ctx.lang.get() {
                                                Lang::Ro => romanian_count(u64::from(n)),
                                                _ => n.to_string(),
                                            })}
                                        </option>
                                    }).collect_view()
                                }}
                            </select>
                            <p class="error" id="letter-days-error" role="alert">{days_error}</p>
                        </div>
                        <Show when=move || kind.get() != LetterKind::RoSomatie>
                            <FormInput id="letter-fixed".to_string() label=trs(|t| t.letter().fixed_deadline) kind="date"
                                value=Signal::derive(move || store.form.with(|f| f.letter.fixed_deadline.clone()))
                                on_input=Callback::new(move |v| store.form.update(|f| f.letter.fixed_deadline = v))
                                error=field_error(ctx, store, Field::LetterDeadline)/>
                        </Show>
                    </div>
                    <Show when=move || kind.get() == LetterKind::RoSomatie>
                        <p class="hint" id="letter-days-hint">{tr(|t| t.letter().somatie_days)}</p>
                    </Show>
                    <FormInput id="letter-iban".to_string() label=trs(|t| t.letter().iban)
                        value=Signal::derive(move || store.form.with(|f| f.letter.iban.clone()))
                        on_input=Callback::new(move |v| store.form.update(|f| f.letter.iban = v))
                        on_leave=Callback::new(move |_| {
                            let grouped = store.form.with_untracked(|f| f.grouped_account(ctx.jurisdiction.get_untracked()));
                            if let Some(g) = grouped.filter(|g| store.form.with_untracked(|f| &f.letter.iban != g)) {
                                store.form.update(|f| f.letter.iban = g);
                            }
                        })
                        error=iban_error/>
                    <Show when=move || kind.get() == LetterKind::PlInterestNote>
                        <FormInput id="letter-number".to_string() label=trs(|t| t.letter().number)
                            value=Signal::derive(move || store.form.with(|f| f.case.letter.number.clone()))
                            on_input=set_letter(|l, v| l.number = v) error=Signal::derive(|| None::<String>)/>
                    </Show>
                    <div class="field wide">
                        <label for="letter-extra">{tr(|t| t.letter().extra)}</label>
                        <textarea id="letter-extra" data-testid="letter-extra" rows="4" aria-describedby="letter-extra-hint"
                            prop:value=move || store.form.with(|f| f.case.letter.extra.clone())
                            on:input=move |ev| set_letter(|l, v| l.extra = v).run(event_target_value(&ev))></textarea>
                        <p class="hint" id="letter-extra-hint">{tr(|t| t.letter().extra_hint)}</p>
                    </div>
                    <FormInput id="letter-signatory".to_string() label=trs(|t| t.letter().signatory)
                        value=Signal::derive(move || store.form.with(|f| f.case.letter.signatory.clone()))
                        on_input=set_letter(|l, v| l.signatory = v) error=Signal::derive(|| None::<String>)/>
                    <Checkbox id="letter-annex" label=Signal::derive(tr(|t| t.letter().annex))
                        checked=Signal::derive(move || store.form.with(|f| f.case.letter.include_annex))
                        on_change=check(|l, v| l.include_annex = v)/>
                    <Show when=move || kind.get().lang() == Lang::Pl && kind.get() != LetterKind::PlInterestNote>
                        <div class="field wide">
                            <label for="letter-registry">{tr(|t| t.letter().big)}</label>
                            <select id="letter-registry" data-testid="letter-registry" aria-describedby="letter-registry-hint"
                                on:change=move |ev| {
                                    let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Bureau::ALL.get(i).copied());
                                    store.form.update(|f| f.case.letter.registry = chosen);
                                }>
                                <option value="" selected=move || store.form.with(|f| f.case.letter.registry.is_none())>
                                    {tr(|t| t.letter().registry_none)}
                                </option>
                                {Bureau::ALL.iter().enumerate().map(|(i, b)| {
                                    let b = *b;
                                    view! {
                                        <option value=i.to_string() selected=move || store.form.with(|f| f.case.letter.registry == Some(b))>
                                            {format!("{} — {}", b.name(), b.address())}
                                        </option>
                                    }
                                }).collect_view()}
                            </select>
                            <p class="hint" id="letter-registry-hint">{tr(|t| t.letter().registry_hint)}</p>
                        </div>
                    </Show>
                    <Checkbox id="letter-plan" label=Signal::derive(tr(|t| t.letter().offer_plan))
                        checked=Signal::derive(move || store.form.with(|f| f.case.letter.offer_plan))
                        on_change=check(|l, v| l.offer_plan = v)/>
                </div>
                <aside class="results">
                    <checks::PreSendCheck gaps=gaps test_id="letter-gaps"/>
                    <h2>{tr(|t| t.letter().guidance)}</h2>
                    <ul class="guidance" data-testid="letter-guidance">
                        {move || letter.get().map(|l| l.guidance.into_iter().map(|g| view! { <li>{t().guidance(g)}</li> }).collect_view())}
                    </ul>
                    // Rows that could not be read are in no figure of the letter: say so first.
                    {move || crate::app::tools::interest::names::left_out_line(ctx, store).map(|line| view! {
                        <p class="error-box" role="status" data-testid="letter-left-out">{line}</p>
                    })}
                    <div class="export-buttons">
                        <checks::GuardedDownloads gaps=gaps export=Callback::new(export) prefix="letter"/>
                        <button type="button" data-testid="letter-print" on:click=print>{tr(|t| t.letter().print)}</button>
                        <button type="button" data-testid="letter-copy" on:click=copy>{tr(|t| t.letter().copy)}</button>
                        <a class="button-link" data-testid="letter-email" href=move || mailto().unwrap_or_default()>{tr(|t| t.letter().email)}</a>
                    </div>
                    {move || notice.get().map(|n| view! { <p class="note" role="status">{n}</p> })}
                    <Show when=move || export_error.get()>
                        <p class="error-box" role="alert">{tr(|t| t.letter().export_failed)}</p>
                    </Show>
                </aside>
            </div>
            <h2>{tr(|t| t.letter().preview)}</h2>
            {move || match letter.get() {
                Some(l) => preview::document(&l).into_any(),
                None => view! { <p class="hint">{tr(|t| t.letter().no_claims)}</p> }.into_any(),
            }}
        </section>
    }
}
