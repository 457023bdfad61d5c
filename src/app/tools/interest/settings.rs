//! Calculation settings: each convention the peers disagree on is a visible choice.

use super::names::field_error;
use crate::app::components::RowHandle;
use crate::app::components::{Checkbox, FormInput};
use crate::app::store::use_store;
use crate::app::use_ctx;
use crate::app::{tr, trs};
use crate::engine::interest::{Allocation, DayCount, InterestKind, InterestOptions};
use crate::engine::locale::Jurisdiction;
use crate::form::{Field, RateRow};
use leptos::prelude::*;

#[component]
fn OwnRate(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let handle = RowHandle::new(store, id, |f| &f.rates, |f| &mut f.rates);
    let row = move || handle.get();
    let edit = move |g: fn(&mut RateRow, String)| handle.edit(g);
    view! {
        <div class="row-item rate-row">
            <FormInput id=format!("rate-{id}-from") label=trs(|t| t.interest.rate_from) kind="date"
                value=Signal::derive(move || row().from) on_input=edit(|r, v| r.from = v)
                error=field_error(ctx, store, Field::RateFrom(id))/>
            <FormInput id=format!("rate-{id}-to") label=trs(|t| t.interest.rate_to) kind="date"
                value=Signal::derive(move || row().to) on_input=edit(|r, v| r.to = v)
                error=field_error(ctx, store, Field::RateTo(id))/>
            <FormInput id=format!("rate-{id}-percent") label=trs(|t| t.interest.rate_percent) inputmode="decimal"
                value=Signal::derive(move || row().percent) on_input=edit(|r, v| r.percent = v)
                error=field_error(ctx, store, Field::RatePercent(id))/>
            <button type="button" class="remove" aria-label=move || t().remove
                on:click=move |_| handle.remove()>"×"</button>
        </div>
    }
}

#[component]
pub fn Settings() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let opt = move |get: fn(&InterestOptions) -> bool| {
        Signal::derive(move || store.form.with(|f| get(&f.case.interest)))
    };
    let set = move |put: fn(&mut InterestOptions, bool)| {
        Callback::new(move |v| store.form.update(|f| put(&mut f.case.interest, v)))
    };
    let pl = move || ctx.jurisdiction.get() == Jurisdiction::Pl;
    let commercial = move || {
        store
            .form
            .with(|f| f.case.interest.kind == InterestKind::Commercial)
    };
    view! {
        <details class="settings-panel" data-testid="settings">
            <summary>{tr(|t| t.interest.options)}</summary>
            <div class="field">
                <label for="day-count">{tr(|t| t.interest.day_count)}</label>
                <select id="day-count" data-testid="day-count" on:change=move |ev| {
                    let v = if event_target_value(&ev) == "actact" { DayCount::ActAct } else { DayCount::Act365 };
                    store.form.update(|f| f.case.interest.day_count = v);
                }>
                    <option value="act365" selected=move || store.form.with(|f| f.case.interest.day_count == DayCount::Act365)>{tr(|t| t.interest.act365)}</option>
                    <option value="actact" selected=move || store.form.with(|f| f.case.interest.day_count == DayCount::ActAct)>{tr(|t| t.interest.actact)}</option>
                </select>
            </div>
            <div class="field">
                <label for="allocation">{tr(|t| t.interest.allocation)}</label>
                <select id="allocation" data-testid="allocation" on:change=move |ev| {
                    let v = if event_target_value(&ev) == "principal" { Allocation::PrincipalFirst } else { Allocation::Statutory };
                    store.form.update(|f| f.case.interest.allocation = v);
                }>
                    <option value="statutory" selected=move || store.form.with(|f| f.case.interest.allocation == Allocation::Statutory)>{tr(|t| t.interest.allocation_statutory)}</option>
                    <option value="principal" selected=move || store.form.with(|f| f.case.interest.allocation == Allocation::PrincipalFirst)>{tr(|t| t.interest.allocation_principal)}</option>
                </select>
            </div>
            <Checkbox id="shift-due" label=Signal::derive(tr(|t| t.interest.shift_due))
                checked=opt(|o| o.shift_due_dates) on_change=set(|o, v| o.shift_due_dates = v)/>
            <Show when=move || !pl()>
                <Checkbox id="ro-semester" label=Signal::derive(tr(|t| t.interest.ro_semester))
                    checked=opt(|o| o.ro_semester_rate) on_change=set(|o, v| o.ro_semester_rate = v)/>
                <Checkbox id="ro-non-enterprise" label=Signal::derive(tr(|t| t.interest.ro_non_enterprise))
                    checked=opt(|o| o.ro_non_enterprise) on_change=set(|o, v| o.ro_non_enterprise = v)/>
            </Show>
            <Show when=move || pl() && commercial()>
                <Checkbox id="pl-pre-2020" label=Signal::derive(tr(|t| t.interest.pl_pre_2020))
                    checked=opt(|o| o.pl_pre_2020_transaction) on_change=set(|o, v| o.pl_pre_2020_transaction = v)/>
            </Show>
            <Show when=commercial>
                <Checkbox id="compensation" label=Signal::derive(tr(|t| t.interest.compensation_on))
                    checked=opt(|o| o.compensation) on_change=set(|o, v| o.compensation = v)/>
                <FormInput id="eur-rate".to_string() label=trs(|t| t.interest.eur_rate) inputmode="decimal"
                    value=Signal::derive(move || store.form.with(|f| f.eur_rate.clone()))
                    on_input=Callback::new(move |v| store.form.update(|f| f.eur_rate = v))
                    error=field_error(ctx, store, Field::EurRate)/>
                <p class="hint">{tr(|t| t.interest.eur_rate_hint)}</p>
            </Show>
            <h3>{tr(|t| t.interest.own_rates)}</h3>
            <p class="hint">{tr(|t| t.interest.own_rates_hint)}</p>
            <For each=move || store.form.with(|f| f.rates.iter().map(|r| r.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <OwnRate id=id/>
            </For>
            <button type="button" class="add" data-testid="add-rate"
                on:click=move |_| {
                    if let Some(id) = store.form.try_update(|f| f.add_rate()) {
                        crate::app::components::focus_when_rendered(format!("rate-{id}-from"));
                    }
                }>
                "+ " {tr(|t| t.interest.add_rate)}
            </button>
        </details>
    }
}
