//! A choice among the invoices typed so far (or none): which invoice a payment pays, which one
//! a limitation event concerns.

use crate::app::store::use_store;
use crate::form::CaseForm;
use leptos::prelude::*;

#[component]
pub fn InvoiceChoice(
    id: String,
    #[prop(into)] label: Signal<String>,
    /// The label's class ("cell-label" inside table rows).
    #[prop(optional)]
    label_class: &'static str,
    /// What choosing no invoice means ("as the law says", "all invoices").
    none: fn(&'static crate::app::i18n::Texts) -> &'static str,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let store = use_store();
    let numbers = move || store.form.with(CaseForm::invoice_numbers);
    view! {
        <div class="field">
            <label for=id.clone() class=label_class>{label}</label>
            <select id=id.clone() data-testid=id.clone() on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" selected=move || value.get().is_empty()>{crate::app::tr(none)}</option>
                {move || numbers().into_iter().map(|n| {
                    let selected = value.get() == n;
                    view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
