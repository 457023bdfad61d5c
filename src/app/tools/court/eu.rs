//! The cross-border part: which EU procedure applies when the debtor sits in another member
//! state (the European order for payment, or small claims up to 5 000 EUR), and the Form A
//! data sheet with the case's figures. Everything comes from `engine::court::eu`.

use crate::app::components::FormInput;
use crate::app::documents;
use crate::app::store::{today, use_store};
use crate::app::tools::letter::{checks::GuardedDownloads, preview};
use crate::app::use_ctx;
use crate::engine::calendar::parse_date;
use crate::engine::court::eu::{
    assess, compose_sheet, country, country_of_tax_id, home, EuBlocker, EuCheck, EuReason,
    Procedure, MEMBER_STATES,
};
use crate::engine::locale::Lang;
use crate::engine::money::format_fixed;
use crate::export::document::Format;
use crate::export::names::{file_name, Doc};
use leptos::prelude::*;

#[component]
pub fn EuCourt() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().court().eu;
    let case = Memo::new(move |_| store.parsed.with(|p| p.case.clone()));
    let chosen_country = RwSignal::new(String::new());
    let filing_text = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let parsed_filing = Memo::new(move |_| parse_date(&filing_text.get()));
    let from_vat = Memo::new(move |_| case.with(|c| country_of_tax_id(&c.debtor.tax_id)));
    let abroad = Memo::new(move |_| {
        let home = home(ctx.jurisdiction.get());
        from_vat.get().is_some_and(|c| c.code != home.code)
    });
    let assessed = Memo::new(
        move |_| -> Option<(EuCheck, crate::engine::interest::Report)> {
            let filing = parsed_filing.get().ok()?;
            let debtor = country(&chosen_country.get());
            case.with(|c| {
                if c.claims.is_empty() {
                    return None;
                }
                assess(c, filing, debtor).ok()
            })
        },
    );
    let chosen = RwSignal::new(None::<Procedure>);
    let procedure = Signal::derive(move || {
        let open = assessed.with(|a| {
            a.as_ref()
                .map(|(c, _)| c.procedures.clone())
                .unwrap_or_default()
        });
        match chosen.get() {
            Some(p) if open.contains(&p) => p,
            _ => open.first().copied().unwrap_or(Procedure::OrderForPayment),
        }
    });
    let sheet = Memo::new(move |_| {
        let (check, report) = assessed.get()?;
        case.with(|c| compose_sheet(c, &report, &check, procedure.get()))
    });
    let export_error = RwSignal::new(false);
    let export = move |format: Format| {
        let debtor = case.with_untracked(|c| c.debtor.name.clone());
        let date = parsed_filing.get_untracked().unwrap_or_else(|_| today());
        let small_claims = procedure.get_untracked() == Procedure::SmallClaims;
        documents::start_download(
            sheet.get_untracked(),
            move |ext| file_name(Doc::EuFormA { small_claims }, Lang::En, &debtor, date, ext),
            format,
            export_error,
        );
    };
    let filing_error = Signal::derive(move || {
        parsed_filing
            .get()
            .err()
            .map(|e| ctx.texts().error(e).to_string())
    });
    view! {
        <details class="court-eu" data-testid="court-eu" prop:open=move || abroad.get()>
            <summary><h2>{move || t().heading}</h2></summary>
            <div class="row">
                <div class="field">
                    <label for="court-eu-country">{move || t().country}</label>
                    <select id="court-eu-country" data-testid="court-eu-country"
                        on:change=move |ev| chosen_country.set(event_target_value(&ev))>
                        <option value="" selected=move || chosen_country.with(String::is_empty)>
                            {move || match from_vat.get() {
                                Some(c) => t().country_from_vat.replace("{country}", t().country_name(c.code)),
                                None => t().country_choose.to_string(),
                            }}
                        </option>
                        {MEMBER_STATES.iter().map(|c| {
                            let code = c.code;
                            view! {
                                <option value=code selected=move || chosen_country.get() == code>
                                    {move || format!("{} ({code})", t().country_name(code))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <FormInput id="court-eu-filing".to_string() kind="date"
                    label=Signal::derive(move || ctx.texts().court().romania.filing_date.to_string())
                    value=filing_text on_input=Callback::new(move |v| filing_text.set(v))
                    error=filing_error/>
            </div>
            {move || {
                let Some((check, _)) = assessed.get() else {
                    return view! { <p class="hint">{ctx.texts().court().romania.no_claims}</p> }.into_any();
                };
                let tx = t();
                let lines: Vec<String> = check.blockers.iter().map(|b| match b {
                    EuBlocker::CountryUnknown => tx.country_unknown.to_string(),
                    EuBlocker::NotCrossBorder => tx.not_cross_border.replace("{country}", tx.country_name(check.creditor_country.code)),
                    EuBlocker::Denmark => tx.denmark.to_string(),
                    EuBlocker::NothingDue => tx.nothing_due.to_string(),
                }).collect();
                let procedures: Vec<(String, bool)> = check.procedures.iter().enumerate().map(|(i, p)| (
                    match p {
                        Procedure::OrderForPayment => tx.order,
                        Procedure::SmallClaims => tx.small,
                    }.to_string(),
                    i == 0,
                )).collect();
                let mut reasons: Vec<String> = check.principal_eur
                    .filter(|_| check.admissible())
                    .map(|e| tx.principal_eur.replace("{eur}", &format_fixed(e, 2, ctx.lang.get())))
                    .into_iter()
                    .collect();
                reasons.extend(check.reasons.iter().map(|r| match r {
                    EuReason::OverSmallLimit => tx.over_limit,
                    EuReason::LimitNotAssessed => tx.limit_not_assessed,
                    EuReason::Uncontested => tx.uncontested,
                    EuReason::OppositionRisk => tx.opposition,
                }.to_string()));
                view! {
                    <ul class="court-checks" data-testid="court-eu-checks">
                        {lines.into_iter().map(|l| view! { <li class="court-bad">{l}</li> }).collect_view()}
                    </ul>
                    {(!procedures.is_empty()).then(|| view! {
                        <p>{tx.open}</p>
                        <ul class="court-checks" data-testid="court-eu-procedures">
                            {procedures.into_iter().map(|(p, first)| view! {
                                <li class="court-ok">{p}{first.then(|| format!(" ({})", tx.recommended))}</li>
                            }).collect_view()}
                        </ul>
                        <ul class="court-checks">
                            {reasons.into_iter().map(|r| view! { <li class="court-note">{r}</li> }).collect_view()}
                        </ul>
                    })}
                }.into_any()
            }}
            {move || sheet.get().map(|doc| {
                let open = assessed.with(|a| a.as_ref().map(|(c, _)| c.procedures.clone()).unwrap_or_default());
                view! {
                    <h3>{t().sheet}</h3>
                    <p class="hint">{t().sheet_hint}</p>
                    {(open.len() > 1).then(|| view! {
                        <fieldset class="court-choice">
                            <legend>{t().sheet}</legend>
                            {open.into_iter().map(|p| view! {
                                <label class="radio">
                                    <input type="radio" name="court-eu-doc"
                                        prop:checked=move || procedure.get() == p
                                        on:change=move |_| chosen.set(Some(p))/>
                                    <span>{match p {
                                        Procedure::OrderForPayment => t().order,
                                        Procedure::SmallClaims => t().small,
                                    }}</span>
                                </label>
                            }).collect_view()}
                        </fieldset>
                    })}
                    <div class="export-buttons">
                        <GuardedDownloads gaps=Signal::derive(Vec::new) export=Callback::new(export) prefix="court-eu"/>
                        <button type="button" data-testid="court-eu-print" on:click=move |_| super::ro::print("court-eu")>
                            {ctx.texts().letter().print}
                        </button>
                    </div>
                    <Show when=move || export_error.get()>
                        <p class="error-box" role="alert">{move || ctx.texts().letter().export_failed}</p>
                    </Show>
                    {preview::document(&doc)}
                }
            })}
        </details>
    }
}
