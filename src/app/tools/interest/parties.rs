//! Who owes whom, which interest, and up to which day.

use super::names::with_namer;
use crate::app::components::{Checkbox, FormInput};
use crate::app::store::{computed, use_store, Store};
use crate::app::use_ctx;
use crate::app::{tr, trs};
use crate::engine::case::{Party, PartyKind};
use crate::engine::interest::{InterestKind, Warning};
use crate::engine::letter::{check_cui, check_krs, check_nip, check_regon};
use crate::engine::locale::Jurisdiction;
use crate::form::{CaseForm, Field};
use leptos::prelude::*;

const KINDS: [PartyKind; 4] = [
    PartyKind::Business,
    PartyKind::Consumer,
    PartyKind::PublicEntity,
    PartyKind::PublicHealthcare,
];

fn kind_code(k: PartyKind) -> &'static str {
    match k {
        PartyKind::Business => "business",
        PartyKind::Consumer => "consumer",
        PartyKind::PublicEntity => "public",
        PartyKind::PublicHealthcare => "healthcare",
    }
}

/// The creditor's or the debtor's details as typed.
fn party_of(f: &CaseForm, creditor: bool) -> Party {
    if creditor {
        f.case.creditor.clone()
    } else {
        f.case.debtor.clone()
    }
}

fn edit_party(store: Store, creditor: bool, g: &dyn Fn(&mut Party)) {
    store.form.update(|f| {
        g(if creditor {
            &mut f.case.creditor
        } else {
            &mut f.case.debtor
        })
    })
}

#[component]
fn PartyFields(creditor: bool) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let role = if creditor { "creditor" } else { "debtor" };
    let party = move |f: &CaseForm| party_of(f, creditor);
    let edit = move |g: &dyn Fn(&mut Party)| edit_party(store, creditor, g);
    let kind_label = move |k: PartyKind| {
        let t = t();
        match k {
            PartyKind::Business => t.kind_business,
            PartyKind::Consumer => t.kind_consumer,
            PartyKind::PublicEntity => t.kind_public,
            PartyKind::PublicHealthcare => t.kind_healthcare,
        }
    };
    let select_id = format!("{role}-kind");
    view! {
        <fieldset class="party">
            <legend>{move || if creditor { t().creditor } else { t().debtor }}</legend>
            <FormInput
                id=format!("{role}-name")
                label=trs(|t| t.interest.name)
                value=Signal::derive(move || store.form.with(|f| party(f).name))
                on_input=Callback::new(move |v: String| edit(&|p| p.name = v.clone()))
                error=Signal::derive(|| None::<String>)
            />
            <FormInput
                id=format!("{role}-address")
                label=trs(|t| t.interest.address)
                value=Signal::derive(move || store.form.with(|f| party(f).address))
                on_input=Callback::new(move |v: String| edit(&|p| p.address = v.clone()))
                error=Signal::derive(|| None::<String>)
            />
            <FormInput
                id=format!("{role}-tax-id")
                label=Signal::derive(move || match ctx.jurisdiction.get() {
                    Jurisdiction::Pl => "NIP".to_string(),
                    Jurisdiction::Ro => "CUI".to_string(),
                })
                value=Signal::derive(move || store.form.with(|f| party(f).tax_id))
                on_input=Callback::new(move |v: String| edit(&|p| p.tax_id = v.clone()))
                error=Signal::derive(move || {
                    let id = store.form.with(|f| party(f).tax_id);
                    let kind = store.form.with(|f| party(f).kind);
                    // Consumers have no NIP/CUI; a PESEL or CNP is not checked here.
                    if id.trim().is_empty() || kind == PartyKind::Consumer {
                        return None;
                    }
                    let ok = match ctx.jurisdiction.get() {
                        Jurisdiction::Pl => check_nip(&id).is_ok(),
                        Jurisdiction::Ro => check_cui(&id).is_ok(),
                    };
                    (!ok).then(|| ctx.texts().interest.tax_id_invalid.to_string())
                })
            />
            <RegistryFields creditor=creditor/>
            <div class="field">
                <label for=select_id.clone()>{tr(|t| t.interest.kind)}</label>
                <select id=select_id.clone() data-testid=select_id.clone()
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        if let Some(k) = KINDS.into_iter().find(|k| kind_code(*k) == code) {
                            edit(&|p| p.kind = k);
                        }
                    }>
                    {KINDS.into_iter().map(|k| view! {
                        <option value=kind_code(k)
                            selected=move || store.form.with(|f| party(f).kind == k)>
                            {move || kind_label(k)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </fieldset>
    }
}

/// KRS and REGON (PL) or the trade-register number (RO), folded away: most letters do without,
/// court claims need them.
#[component]
fn RegistryFields(creditor: bool) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let role = if creditor { "creditor" } else { "debtor" };
    let party = move |f: &CaseForm| party_of(f, creditor);
    let edit = move |g: &dyn Fn(&mut Party)| edit_party(store, creditor, g);
    let pl = move || ctx.jurisdiction.get() == Jurisdiction::Pl;
    // A number is checked once it is typed; an empty field is fine (the numbers are optional).
    let checked = move |text: String,
                        check: fn(&str) -> Result<(), crate::engine::letter::IdError>,
                        message: &'static str| {
        (!text.trim().is_empty() && check(&text).is_err()).then(|| message.to_string())
    };
    view! {
        <details class="registry" open=move || store.form.with(|f| {
            let p = party(f);
            !p.registry_number.is_empty() || !p.regon.is_empty()
        })>
            <summary>{tr(|t| t.interest.registry_ids)}</summary>
            <FormInput
                id=format!("{role}-registry")
                label=Signal::derive(move || if pl() {
                    "KRS".to_string()
                } else {
                    ctx.texts().interest.registry_ro.to_string()
                })
                value=Signal::derive(move || store.form.with(|f| party(f).registry_number))
                on_input=Callback::new(move |v: String| edit(&|p| p.registry_number = v.clone()))
                error=Signal::derive(move || {
                    let text = store.form.with(|f| party(f).registry_number);
                    pl().then(|| checked(text, check_krs, ctx.texts().interest.krs_invalid)).flatten()
                })
            />
            <Show when=pl>
                <FormInput
                    id=format!("{role}-regon")
                    label=Signal::derive(|| "REGON".to_string())
                    inputmode="numeric"
                    value=Signal::derive(move || store.form.with(|f| party(f).regon))
                    on_input=Callback::new(move |v: String| edit(&|p| p.regon = v.clone()))
                    error=Signal::derive(move || {
                        let text = store.form.with(|f| party(f).regon);
                        checked(text, check_regon, ctx.texts().interest.regon_invalid)
                    })
                />
            </Show>
        </details>
    }
}

const REGIMES: [InterestKind; 4] = [
    InterestKind::Commercial,
    InterestKind::Statutory,
    InterestKind::Capital,
    InterestKind::Contractual,
];

fn regime_code(k: InterestKind) -> &'static str {
    match k {
        InterestKind::Statutory => "statutory",
        InterestKind::Commercial => "commercial",
        InterestKind::Capital => "capital",
        InterestKind::Contractual => "contractual",
    }
}

#[component]
pub fn Parties() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let kind = move || store.form.with(|f| f.case.interest.kind);
    let slot = use_context::<crate::app::lazy::DraftsSlot>();
    let error = move |field: Field| super::names::field_error(ctx, store, field);
    let regime_text = move |k: InterestKind| {
        let t = t();
        match k {
            InterestKind::Statutory => (t.regime_statutory, t.regime_statutory_help),
            InterestKind::Commercial => (t.regime_commercial, t.regime_commercial_help),
            InterestKind::Capital => (t.regime_capital, t.regime_capital_help),
            InterestKind::Contractual => (t.regime_contractual, t.regime_contractual_help),
        }
    };
    // Said where the rate is typed, as soon as the report knows the maximum on the calculation date.
    let rate_hint = move || {
        store.report.with(|r| {
            let warning = computed(r)?.warnings.iter().find(|w| {
                matches!(
                    w,
                    Warning::ContractRateHigh { .. } | Warning::RoContractAboveCeiling { .. }
                )
            })?;
            Some(with_namer(ctx, store, |n| t().warning(warning, n)))
        })
    };
    view! {
        <h2>{tr(|t| t.interest.parties)}</h2>
        <div class="parties">
            <PartyFields creditor=true/>
            <PartyFields creditor=false/>
        </div>
        // "My details" comes with drafts (they hold the storage code), after the first screen.
        {move || slot.and_then(|s| s.started.get())
            .map(|(d, parts)| (parts.profile)(d))}
        <fieldset class="regime">
            <legend>{tr(|t| t.interest.regime)}</legend>
            {REGIMES.into_iter().map(|k| {
                let id = format!("regime-{}", regime_code(k));
                view! {
                    <div class="radio">
                        <input type="radio" name="regime" id=id.clone() data-testid=id.clone()
                            prop:checked=move || kind() == k
                            on:change=move |_| store.form.update(|f| f.case.interest.kind = k)/>
                        <label for=id.clone()>
                            <span class="radio-title">{move || regime_text(k).0}</span>
                            <span class="radio-help">{move || regime_text(k).1}</span>
                        </label>
                    </div>
                }
            }).collect_view()}
            <Show when=move || kind() == InterestKind::Contractual>
                <FormInput
                    id="contract-rate".to_string()
                    label=trs(|t| t.interest.contract_rate)
                    inputmode="decimal"
                    value=Signal::derive(move || store.form.with(|f| f.contract_rate.clone()))
                    on_input=Callback::new(move |v| store.form.update(|f| f.contract_rate = v))
                    error=error(Field::ContractRate)
                />
                <p class="hint" role="status" data-testid="contract-rate-hint">{rate_hint}</p>
            </Show>
        </fieldset>
        <div class="row">
            <FormInput
                id="calc-date".to_string()
                label=trs(|t| t.interest.calc_date)
                kind="date"
                value=Signal::derive(move || store.form.with(|f| f.calc_date.clone()))
                on_input=Callback::new(move |v| store.form.update(|f| f.calc_date = v))
                error=error(Field::CalcDate)
            />
            <Checkbox id="in-eur" label=Signal::derive(tr(|t| t.interest.in_eur))
                checked=Signal::derive(move || store.form.with(|f| f.in_eur))
                on_change=Callback::new(move |v| store.form.update(|f| f.in_eur = v))/>
        </div>
    }
}
