//! A money field: accepts every common way of typing an amount, explains what is wrong in the
//! person's language, and shows the amount back in the local format when the field is left.

use crate::app::use_ctx;
use crate::engine::error::InputError;
use crate::engine::money::{format_number, parse_amount};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn AmountInput(
    /// DOM id of the input; the label, hint and error ids derive from it.
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(optional, into)] hint: Option<Signal<&'static str>>,
    value: RwSignal<Option<Decimal>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let initial = value
        .get_untracked()
        .map(|v| format_number(v, ctx.lang.get_untracked()))
        .unwrap_or_default();
    let raw = RwSignal::new(initial);
    let error = RwSignal::new(None::<InputError>);
    let touched = RwSignal::new(false);

    let read = move |text: String| {
        match parse_amount(&text, ctx.lang.get_untracked()) {
            Ok(v) => {
                value.set(Some(v));
                error.set(None);
            }
            Err(e) => {
                value.set(None);
                error.set(Some(e));
            }
        }
        raw.set(text);
    };
    // Show the amount in the new language's format when the language changes.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        if let Some(v) = value.get_untracked() {
            raw.set(format_number(v, lang));
        }
    });

    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() && touched.get() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let shown_error = move || {
        error
            .get()
            .filter(|_| touched.get())
            .map(|e| ctx.texts().error(e))
    };

    view! {
        <div class="field" class:invalid=move || shown_error().is_some()>
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                data-testid=id
                prop:value=move || raw.get()
                aria-invalid=move || shown_error().is_some().to_string()
                aria-describedby=described_by
                on:input=move |ev| read(event_target_value(&ev))
                on:change=move |_| {
                    touched.set(true);
                    if let Some(v) = value.get_untracked() {
                        raw.set(format_number(v, ctx.lang.get_untracked()));
                    }
                }
            />
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <p class="error" id=error_id.clone() role="alert" data-testid=format!("{id}-error")>
                {shown_error}
            </p>
        </div>
    }
}
