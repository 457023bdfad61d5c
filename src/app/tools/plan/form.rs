//! The plan form.

use crate::app::components::{Checkbox, FormInput};
use crate::app::store::use_store;
use crate::app::tools::interest::names::field_error;
use crate::app::{tr, trs, use_ctx};
use crate::engine::plan::{Frequency, Method, MonthEnd, PlanInterest, PlanOptions, Size};
use crate::form::{Field, PlanForm as Typed};
use leptos::prelude::*;

/// A text of the current language, chosen by a function of the texts.
type Text = fn(&'static crate::app::i18n::Texts) -> &'static str;

/// A select bound to one choice of `case.plan`.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    label: Text,
    options: Vec<(T, Text)>,
    get: fn(&PlanOptions) -> T,
    set: fn(&mut PlanOptions, T),
) -> impl IntoView {
    let store = use_store();
    let values: Vec<T> = options.iter().map(|o| o.0).collect();
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <select id=id data-testid=id on:change=move |ev| {
                if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i).copied()) {
                    store.form.update(|f| set(&mut f.case.plan, v));
                }
            }>
                {options.into_iter().enumerate().map(|(i, (v, text))| view! {
                    <option value=i.to_string() selected=move || store.form.with(|f| get(&f.case.plan) == v)>{tr(text)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

fn text(
    id: &'static str,
    label: Text,
    field: Field,
    kind: &'static str,
    get: fn(&Typed) -> String,
    set: fn(&mut Typed, String),
) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    view! {
        <FormInput id=id.to_string() label=trs(label) kind=kind
            inputmode="decimal"
            value=Signal::derive(move || store.form.with(|f| get(&f.plan)))
            on_input=Callback::new(move |v| store.form.update(|f| set(&mut f.plan, v)))
            error=field_error(ctx, store, field)/>
    }
}

#[component]
pub fn PlanForm() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let size = move || store.form.with(|f| f.case.plan.size);
    let interest = move || store.form.with(|f| f.case.plan.interest);
    view! {
        {text("plan-amount", |t| t.plan().amount, Field::PlanAmount, "text", |p| p.amount.clone(), |p, v| p.amount = v)}
        <p class="hint">{tr(|t| t.plan().amount_hint)}</p>
        <div class="row">
            <FormInput id="plan-agreement".to_string() label=trs(|t| t.plan().agreement_date) kind="date"
                value=Signal::derive(move || store.form.with(|f| f.plan.agreement.clone()))
                on_input=Callback::new(move |v| store.form.update(|f| f.set_plan_agreement(v, ctx.jurisdiction.get_untracked())))
                error=field_error(ctx, store, Field::PlanAgreement)/>
            {text("plan-down", |t| t.plan().down_payment, Field::PlanDownPayment, "text", |p| p.down_payment.clone(), |p, v| p.down_payment = v)}
        </div>
        {choice("plan-size", |t| t.plan().size, vec![(Size::Count, |t| t.plan().size_count), (Size::MaxInstalment, |t| t.plan().size_max)], |p| p.size, |p, v| p.size = v)}
        <Show when=move || size() == Size::Count
            fallback=|| text("plan-max", |t| t.plan().max_instalment, Field::PlanMax, "text", |p| p.max_instalment.clone(), |p, v| p.max_instalment = v)>
            {text("plan-count", |t| t.plan().count, Field::PlanCount, "text", |p| p.count.clone(), |p, v| p.count = v)}
        </Show>
        <div class="row">
            {choice("plan-frequency", |t| t.plan().frequency, vec![
                (Frequency::Monthly, |t| t.plan().frequencies[0]), (Frequency::Quarterly, |t| t.plan().frequencies[1]),
                (Frequency::Biweekly, |t| t.plan().frequencies[2]), (Frequency::Weekly, |t| t.plan().frequencies[3]),
            ], |p| p.frequency, |p, v| p.frequency = v)}
            {text("plan-first", |t| t.plan().first_due, Field::PlanFirstDue, "date", |p| p.first_due.clone(), |p, v| p.first_due = v)}
        </div>
        {choice("plan-month-end", |t| t.plan().month_end, vec![(MonthEnd::LastDay, |t| t.plan().month_end_last), (MonthEnd::NextMonth, |t| t.plan().month_end_next)], |p| p.month_end, |p, v| p.month_end = v)}
        <Checkbox id="plan-shift" label=Signal::derive(tr(|t| t.plan().shift))
            checked=Signal::derive(move || store.form.with(|f| f.case.plan.shift_non_working))
            on_change=Callback::new(move |v| store.form.update(|f| f.case.plan.shift_non_working = v))/>
        {choice("plan-interest", |t| t.plan().interest, vec![
            (PlanInterest::None, |t| t.plan().interest_none), (PlanInterest::Fixed, |t| t.plan().interest_fixed), (PlanInterest::Statutory, |t| t.plan().interest_statutory),
        ], |p| p.interest, |p, v| p.interest = v)}
        <Show when=move || interest() == PlanInterest::Fixed>
            {text("plan-rate", |t| t.plan().rate, Field::PlanRate, "text", |p| p.rate.clone(), |p, v| p.rate = v)}
        </Show>
        <Show when=move || interest() == PlanInterest::Statutory>
            <p class="hint">{tr(|t| t.plan().interest_statutory_note)}</p>
        </Show>
        {choice("plan-method", |t| t.plan().method, vec![(Method::Annuity, |t| t.plan().method_annuity), (Method::EqualPrincipal, |t| t.plan().method_equal)], |p| p.method, |p, v| p.method = v)}
    }
}
