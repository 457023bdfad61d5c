//! The Polish route: the e-Sąd (EPU) data sheet with a copy button per field, the EPU XML, and
//! the paper pozew o zapłatę with its preview and PDF / DOCX / print. Every figure, precondition
//! and sentence comes from `engine::court::pl`; this module only lays them out and words the
//! issues in the person's language.

use crate::app::components::{Checkbox, FormInput};
use crate::app::documents;
use crate::app::drafts::share::copy_to_clipboard;
use crate::app::i18n::court::poland::PolandCourtTexts;
use crate::app::store::{today, use_store};
use crate::app::tools::letter::preview;
use crate::app::use_ctx;
use crate::engine::calendar::{format_date, parse_date};
use crate::engine::court::pl::{
    epu_sheet, epu_xml, pozew, AddressParts, EpuSheet, EvidenceKind, Filer, Issue, PartySheet,
    PartyType, PozewOptions, XmlGap, JUSTIFICATION_LIMIT,
};
use crate::engine::locale::Lang;
use crate::engine::money::format_amount;
use crate::export::document::Format;
use crate::export::names::{file_name, Doc};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Route {
    Epu,
    Paper,
}

fn issue_text(t: &PolandCourtTexts, i: &Issue, lang: Lang) -> String {
    let day = |d| format_date(d, lang);
    match i {
        Issue::EpuTooOld { number, due } => t
            .issue_epu_too_old
            .replace("{number}", number)
            .replace("{date}", &day(*due)),
        Issue::NotServedInPoland => t.issue_not_in_poland.into(),
        Issue::CurrencyNotInEpu { currency } => {
            t.issue_currency.replace("{currency}", currency.code())
        }
        Issue::FeeNeedsPln { currency } => t.issue_fee_pln.replace("{currency}", currency.code()),
        Issue::MissingTaxId { plaintiff: true } => t.issue_tax_id_plaintiff.into(),
        Issue::MissingTaxId { plaintiff: false } => t.issue_tax_id_defendant.into(),
        Issue::AddressIncomplete { plaintiff: true } => t.issue_address_plaintiff.into(),
        Issue::AddressIncomplete { plaintiff: false } => t.issue_address_defendant.into(),
        Issue::CompensationWithoutRate { number } => {
            t.issue_compensation_rate.replace("{number}", number)
        }
        Issue::NothingOwed => t.issue_nothing_owed.into(),
        Issue::NoAmicableAttempt => t.issue_no_amicable.into(),
        Issue::ConsumerDebtor => t.issue_consumer.into(),
        Issue::RatesToCheck { verified_through } => {
            t.issue_rates.replace("{date}", &day(*verified_through))
        }
        Issue::MayBeTimeBarred { deadline } => {
            t.issue_time_barred.replace("{date}", &day(*deadline))
        }
        Issue::CourtToCheck => t.issue_court.into(),
    }
}

fn gap_text(t: &PolandCourtTexts, g: XmlGap) -> &'static str {
    match g {
        XmlGap::FilerName => t.gap_filer_name,
        XmlGap::FilerPesel => t.gap_filer_pesel,
        XmlGap::PersonName { plaintiff: true } => t.gap_person_plaintiff,
        XmlGap::PersonName { plaintiff: false } => t.gap_person_defendant,
        XmlGap::Address { plaintiff: true } => t.gap_address_plaintiff,
        XmlGap::Address { plaintiff: false } => t.gap_address_defendant,
        XmlGap::NoClaims => t.gap_no_claims,
        XmlGap::Currency => t.gap_currency,
    }
}

/// One field of the e-Sąd form: its label, its value and a button that copies it. The button
/// says "Copied" until another field is copied.
#[component]
fn CopyField(
    id: String,
    label: String,
    value: String,
    copied: RwSignal<Option<String>>,
    #[prop(optional)] long: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.texts().court().poland;
    let label_id = format!("epu-{id}-label");
    let empty = value.trim().is_empty();
    let text = value.clone();
    let key = id.clone();
    let copy = move |_| {
        let text = text.clone();
        let key = key.clone();
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&text).await {
                copied.set(Some(key));
            }
        });
    };
    let is_copied = {
        let id = id.clone();
        Signal::derive(move || copied.with(|c| c.as_deref() == Some(id.as_str())))
    };
    view! {
        <div class="copy-field" class:long=long data-testid=format!("epu-{id}")>
            <span class="copy-label" id=label_id.clone()>{label}</span>
            <span class="copy-value" data-testid=format!("epu-{id}-value")>
                {if empty { t().empty.to_string() } else { value }}
            </span>
            <button type="button" class="copy-button" data-testid=format!("epu-copy-{id}")
                aria-describedby=label_id disabled=empty on:click=copy
                data-copied=move || is_copied.get().to_string()>
                {move || if is_copied.get() { t().copied } else { t().copy }}
            </button>
        </div>
    }
}

fn party_fields(
    prefix: &'static str,
    p: &PartySheet,
    t: &'static PolandCourtTexts,
    copied: RwSignal<Option<String>>,
) -> impl IntoView {
    let kind = t.party_kinds[match p.kind {
        PartyType::Person => 0,
        PartyType::SoleTrader => 1,
        PartyType::LegalPerson => 2,
    }];
    let AddressParts {
        street,
        number,
        flat,
        postcode,
        town,
    } = p.address.clone();
    let fields: Vec<(&str, &str, String)> = vec![
        ("kind", t.party_kind, kind.to_string()),
        ("name", t.name, p.name.clone()),
        ("nip", t.nip, p.nip.clone()),
        ("pesel", t.pesel, p.pesel.clone()),
        ("krs", t.krs, p.krs.clone()),
        ("regon", t.regon, p.regon.clone()),
        ("street", t.street, street),
        ("number", t.number, number),
        ("flat", t.flat, flat),
        ("postcode", t.postcode, postcode),
        ("town", t.town, town),
    ];
    fields
        .into_iter()
        .map(|(key, label, value)| {
            view! { <CopyField id=format!("{prefix}-{key}") label=label.to_string() value=value copied=copied/> }
        })
        .collect_view()
}

fn sheet_view(
    s: EpuSheet,
    t: &'static PolandCourtTexts,
    lang: Lang,
    copied: RwSignal<Option<String>>,
) -> impl IntoView {
    let currency = crate::engine::locale::Currency::from_code(
        s.claims.first().map(|c| c.currency).unwrap_or("PLN"),
    )
    .unwrap_or_default();
    let money = move |v| format_amount(v, currency, lang);
    let plain = |v: rust_decimal::Decimal| format!("{:.2}", v.round_dp(2)).replace('.', ",");
    let day = move |d| format_date(d, lang);
    let evidence = s
        .evidence
        .iter()
        .map(|e| {
            let n = e.number;
            let kind = t.evidence_kinds[match e.kind {
                EvidenceKind::Invoice => 0,
                EvidenceKind::Contract => 1,
                EvidenceKind::Other => 2,
            }];
            view! {
                <fieldset class="copy-group" data-testid=format!("epu-evidence-{n}")>
                    <legend>{t.evidence_item.replace("{n}", &n.to_string())}</legend>
                    <CopyField id=format!("evidence-{n}-kind") label=t.evidence_kind.to_string() value=kind.to_string() copied=copied/>
                    <CopyField id=format!("evidence-{n}-label") label=t.evidence_label.to_string() value=e.label.clone() copied=copied/>
                    <CopyField id=format!("evidence-{n}-date") label=t.evidence_date.to_string()
                        value=e.date.map(day).unwrap_or_default() copied=copied/>
                    <CopyField id=format!("evidence-{n}-fact") label=t.evidence_fact.to_string() value=e.fact.clone() copied=copied/>
                </fieldset>
            }
        })
        .collect_view();
    let claims = s
        .claims
        .iter()
        .map(|c| {
            let n = c.number;
            let interest = if c.interest_text.is_empty() {
                t.claim_no_interest.to_string()
            } else {
                c.interest_text.clone()
            };
            let refs = c
                .evidence
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <fieldset class="copy-group" data-testid=format!("epu-claim-{n}")>
                    <legend>{t.claim_item.replace("{n}", &n.to_string())}</legend>
                    <CopyField id=format!("claim-{n}-value") label=t.claim_value.to_string() value=plain(c.value) copied=copied/>
                    <CopyField id=format!("claim-{n}-currency") label=t.claim_currency.to_string() value=c.currency.to_string() copied=copied/>
                    <CopyField id=format!("claim-{n}-type") label=t.claim_type.to_string()
                        value=t.claim_types[usize::from(c.commercial)].to_string() copied=copied/>
                    <CopyField id=format!("claim-{n}-due") label=t.claim_due.to_string() value=day(c.due_date) copied=copied/>
                    <CopyField id=format!("claim-{n}-interest") label=t.claim_interest.to_string() value=interest copied=copied long=true/>
                    <CopyField id=format!("claim-{n}-description") label=t.claim_description.to_string() value=c.description.clone() copied=copied long=true/>
                    <CopyField id=format!("claim-{n}-evidence") label=t.claim_evidence.to_string() value=refs copied=copied/>
                </fieldset>
            }
        })
        .collect_view();
    let count = t
        .justification_count
        .replace("{n}", &s.justification.chars().count().to_string())
        .replace("{limit}", &JUSTIFICATION_LIMIT.to_string());
    let fee = s
        .fee
        .map(money)
        .unwrap_or_else(|| t.fee_unknown.to_string());
    view! {
        <section class="epu-sheet" data-testid="epu-sheet">
            <h3>{t.step_defendant}</h3>
            {party_fields("defendant", &s.defendant, t, copied)}
            <h3>{t.step_evidence}</h3>
            {evidence}
            <h3>{t.step_claims}</h3>
            {claims}
            <h3>{t.step_justification}</h3>
            <CopyField id="justification".to_string() label=t.step_justification.to_string()
                value=s.justification.clone() copied=copied long=true/>
            <p class="hint">{count}</p>
            <h3>{t.step_plaintiff}</h3>
            {party_fields("plaintiff", &s.plaintiff, t, copied)}
            <CopyField id="plaintiff-account".to_string() label=t.account.to_string() value=s.account.clone() copied=copied/>
            <h3>{t.step_fee}</h3>
            <CopyField id="court".to_string() label=t.court.to_string() value=s.court.to_string() copied=copied/>
            <CopyField id="division".to_string() label=t.division.to_string() value=s.division.to_string() copied=copied/>
            <CopyField id="value".to_string() label=t.value.to_string() value=plain(s.value) copied=copied/>
            <CopyField id="fee".to_string() label=t.fee.to_string() value=fee copied=copied/>
            <p class="hint">{t.fee_rounding}</p>
        </section>
    }
}

#[component]
pub fn PlCourt() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().court().poland;
    let filing_text = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let filing = Memo::new(move |_| filing_text.with(|s| parse_date(s).ok()));
    let route = RwSignal::new(Route::Epu);
    let copied = RwSignal::new(None::<String>);
    let case = Memo::new(move |_| {
        // The engine part is fetched with the other tools; wait for it like the letter does.
        store.engine.get()?;
        let case = store.parsed.with(|p| p.case.clone());
        (!case.claims.is_empty()).then_some(case)
    });
    let sheet = Memo::new(move |_| {
        let case = case.get()?;
        epu_sheet(&case, filing.get()?).ok()
    });
    let summary = RwSignal::new(false);
    let court = RwSignal::new(String::new());
    let document = Memo::new(move |_| {
        let case = case.get()?;
        let o = PozewOptions {
            summary: summary.get(),
            court: court.get(),
        };
        pozew(&case, filing.get()?, &o).ok()
    });
    let filer = RwSignal::new(Filer::default());
    let xml = Memo::new(move |_| {
        let s = sheet.get()?;
        Some(filer.with(|f| epu_xml(&s, f)))
    });
    let export_error = RwSignal::new(false);
    let export = move |format: Format| {
        let debtor = store.parsed.with_untracked(|p| p.case.debtor.name.clone());
        let day = filing.get_untracked().unwrap_or_else(today);
        let name = move |ext: &str| file_name(Doc::PlPozew, Lang::Pl, &debtor, day, ext);
        documents::start_download(
            document.get_untracked().map(|(d, _)| d),
            name,
            format,
            export_error,
        );
    };
    let download_xml = move |_| {
        let Some(Ok(text)) = xml.get_untracked() else {
            return;
        };
        let debtor = store.parsed.with_untracked(|p| p.case.debtor.name.clone());
        let day = filing.get_untracked().unwrap_or_else(today);
        let name = file_name(Doc::PlEpu, Lang::Pl, &debtor, day, "xml");
        export_error.set(
            crate::app::download::download(&name, "application/xml", text.as_bytes()).is_err(),
        );
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let set_filer =
        move |g: fn(&mut Filer, String)| Callback::new(move |v: String| filer.update(|f| g(f, v)));
    let no_error = || Signal::derive(|| None::<String>);
    let needs_person = move |plaintiff: bool| {
        sheet.with(|s| {
            s.as_ref().is_some_and(|s| {
                let p = if plaintiff {
                    &s.plaintiff
                } else {
                    &s.defendant
                };
                matches!(p.kind, PartyType::Person | PartyType::SoleTrader)
            })
        })
    };
    let issues = move || -> Vec<Issue> {
        match route.get() {
            Route::Epu => sheet.with(|s| s.as_ref().map(|s| s.issues.clone())),
            Route::Paper => document.with(|d| d.as_ref().map(|(_, f)| f.issues.clone())),
        }
        .unwrap_or_default()
    };
    let limitation = move || match route.get() {
        Route::Epu => sheet.with(|s| s.as_ref().and_then(|s| s.limitation)),
        Route::Paper => document.with(|d| d.as_ref().and_then(|(_, f)| f.limitation)),
    };
    view! {
        <div class="court-pl" data-testid="court-pl">
            <h2>{move || t().heading}</h2>
            <Show when=move || case.with(Option::is_some)
                fallback=move || view! { <p class="note" data-testid="court-no-claims">{move || t().no_claims}</p> }>
                <div class="row">
                    <FormInput id="court-filing".to_string() label=Signal::derive(move || t().filing_date.to_string()) kind="date"
                        value=Signal::derive(move || filing_text.get())
                        on_input=Callback::new(move |v| filing_text.set(v))
                        error=Signal::derive(move || filing.get().is_none().then(|| ctx.texts().errors.date_out_of_range.to_string()))/>
                </div>
                <p class="hint">{move || t().filing_hint}</p>
                <fieldset class="court-route">
                    <legend>{move || t().route}</legend>
                    <label class="radio">
                        <input type="radio" name="court-route" data-testid="court-route-epu"
                            prop:checked=move || route.get() == Route::Epu on:change=move |_| route.set(Route::Epu)/>
                        <span><span class="radio-title">{move || t().route_epu}</span>
                        <span class="radio-help">{move || t().route_epu_hint}</span></span>
                    </label>
                    <label class="radio">
                        <input type="radio" name="court-route" data-testid="court-route-paper"
                            prop:checked=move || route.get() == Route::Paper on:change=move |_| route.set(Route::Paper)/>
                        <span><span class="radio-title">{move || t().route_paper}</span>
                        <span class="radio-help">{move || t().route_paper_hint}</span></span>
                    </label>
                </fieldset>
                <section class="court-checks" data-testid="court-checks" aria-live="polite">
                    <h3>{move || t().checks}</h3>
                    {move || limitation().map(|d| view! {
                        <p data-testid="court-limitation">{t().limitation.replace("{date}", &format_date(d, ctx.lang.get()))}</p>
                    })}
                    <Show when=move || route.get() == Route::Epu>
                        {move || sheet.get().map(|s| view! {
                            <p data-testid="court-epu-window">{t().epu_window.replace("{date}", &format_date(s.oldest_due, ctx.lang.get()))}</p>
                        })}
                    </Show>
                    {move || {
                        let list = issues();
                        if list.is_empty() {
                            view! { <p class="note" data-testid="court-checks-clear">{t().checks_clear}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="court-issues" data-testid="court-issues">
                                    {list.iter().map(|i| view! { <li>{issue_text(t(), i, ctx.lang.get())}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                    }}
                </section>
                <Show when=move || route.get() == Route::Epu>
                    <h2>{move || t().epu_heading}</h2>
                    <p class="hint">{move || t().epu_intro}</p>
                    {move || sheet.get().map(|s| sheet_view(s, t(), ctx.lang.get(), copied))}
                    <section class="epu-xml" data-testid="epu-xml">
                        <h2>{move || t().xml_heading}</h2>
                        <p class="hint">{move || t().xml_intro}</p>
                        <p class="error-box" role="note" data-testid="epu-xml-confirm">{move || t().xml_confirm}</p>
                        <div class="row">
                            <FormInput id="epu-filer-first".to_string() label=Signal::derive(move || t().filer_first.to_string())
                                value=Signal::derive(move || filer.with(|f| f.first_name.clone()))
                                on_input=set_filer(|f, v| f.first_name = v) error=no_error()/>
                            <FormInput id="epu-filer-last".to_string() label=Signal::derive(move || t().filer_last.to_string())
                                value=Signal::derive(move || filer.with(|f| f.last_name.clone()))
                                on_input=set_filer(|f, v| f.last_name = v) error=no_error()/>
                            <FormInput id="epu-filer-pesel".to_string() label=Signal::derive(move || t().filer_pesel.to_string())
                                inputmode="numeric"
                                value=Signal::derive(move || filer.with(|f| f.pesel.clone()))
                                on_input=set_filer(|f, v| f.pesel = v.trim().to_string()) error=no_error()/>
                        </div>
                        <FormInput id="epu-filer-basis".to_string() label=Signal::derive(move || t().filer_basis.to_string())
                            value=Signal::derive(move || filer.with(|f| f.basis.clone()))
                            on_input=set_filer(|f, v| f.basis = v) error=no_error()/>
                        <Checkbox id="epu-filer-attorney" label=Signal::derive(move || t().filer_attorney)
                            checked=Signal::derive(move || filer.with(|f| f.attorney))
                            on_change=Callback::new(move |v| filer.update(|f| f.attorney = v))/>
                        <Show when=move || needs_person(true)>
                            <div class="row">
                                <FormInput id="epu-plaintiff-first".to_string() label=Signal::derive(move || t().plaintiff_first.to_string())
                                    value=Signal::derive(move || filer.with(|f| f.plaintiff_person.0.clone()))
                                    on_input=set_filer(|f, v| f.plaintiff_person.0 = v) error=no_error()/>
                                <FormInput id="epu-plaintiff-last".to_string() label=Signal::derive(move || t().plaintiff_last.to_string())
                                    value=Signal::derive(move || filer.with(|f| f.plaintiff_person.1.clone()))
                                    on_input=set_filer(|f, v| f.plaintiff_person.1 = v) error=no_error()/>
                            </div>
                        </Show>
                        <Show when=move || needs_person(false)>
                            <div class="row">
                                <FormInput id="epu-defendant-first".to_string() label=Signal::derive(move || t().defendant_first.to_string())
                                    value=Signal::derive(move || filer.with(|f| f.defendant_person.0.clone()))
                                    on_input=set_filer(|f, v| f.defendant_person.0 = v) error=no_error()/>
                                <FormInput id="epu-defendant-last".to_string() label=Signal::derive(move || t().defendant_last.to_string())
                                    value=Signal::derive(move || filer.with(|f| f.defendant_person.1.clone()))
                                    on_input=set_filer(|f, v| f.defendant_person.1 = v) error=no_error()/>
                            </div>
                        </Show>
                        {move || match xml.get() {
                            Some(Err(gaps)) => Some(view! {
                                <div class="note" data-testid="epu-xml-gaps">
                                    <p>{t().xml_missing}</p>
                                    <ul>{gaps.into_iter().map(|g| view! { <li>{gap_text(t(), g)}</li> }).collect_view()}</ul>
                                </div>
                            }),
                            _ => None,
                        }}
                        <div class="export-buttons">
                            <button type="button" data-testid="epu-xml-download"
                                disabled=move || !matches!(xml.get(), Some(Ok(_)))
                                on:click=download_xml>{move || t().xml_download}</button>
                        </div>
                    </section>
                </Show>
                <Show when=move || route.get() == Route::Paper>
                    <section class="pozew" data-testid="pozew">
                        <h2>{move || t().pozew_heading}</h2>
                        <Checkbox id="pozew-summary" label=Signal::derive(move || t().summary)
                            checked=Signal::derive(move || summary.get())
                            on_change=Callback::new(move |v| summary.set(v))/>
                        <p class="hint">{move || t().summary_hint}</p>
                        <FormInput id="pozew-court".to_string() label=Signal::derive(move || t().court_input.to_string())
                            value=Signal::derive(move || court.get())
                            on_input=Callback::new(move |v| court.set(v)) error=no_error()/>
                        <p class="hint">{move || t().court_hint}</p>
                        {move || document.with(|d| d.as_ref().map(|(_, f)| {
                            let money = |v| format_amount(v, store.parsed.with_untracked(|p| p.case.currency), ctx.lang.get());
                            view! {
                                <p class="hint" data-testid="pozew-court-default">
                                    {t().court_default.replace("{court}", &f.court).replace("{division}", f.division)}
                                </p>
                                <p data-testid="pozew-facts">
                                    {t().pozew_facts
                                        .replace("{value}", &money(f.value))
                                        .replace("{fee}", &f.fee.map(money).unwrap_or_else(|| t().fee_unknown.to_string()))}
                                </p>
                            }
                        }))}
                        <div class="export-buttons">
                            <button type="button" data-testid="pozew-pdf" on:click=move |_| export(Format::Pdf)>{move || t().pdf}</button>
                            <button type="button" data-testid="pozew-docx" on:click=move |_| export(Format::Docx)>{move || t().docx}</button>
                            <button type="button" data-testid="pozew-print" on:click=print>{move || t().print}</button>
                        </div>
                        <h3>{move || t().preview}</h3>
                        {move || document.get().map(|(d, _)| preview::document(&d))}
                    </section>
                </Show>
                <Show when=move || export_error.get()>
                    <p class="error-box" role="alert">{move || t().export_failed}</p>
                </Show>
            </Show>
        </div>
    }
}
