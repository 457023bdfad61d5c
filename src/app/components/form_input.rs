//! A labelled input bound to a piece of the form, with its error underneath. In tables the
//! label is visually hidden but still read by screen readers. Errors show once the field has
//! been left (or when it already holds text, e.g. a restored draft), never while a person is
//! still on the way to typing it.

use leptos::prelude::*;

#[component]
pub fn FormInput(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] hide_label: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Runs when the person leaves the field (e.g. to show an amount back in local format).
    #[prop(optional)]
    on_leave: Option<Callback<()>>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Shared with the row, so a row can tell whether any of its fields was left; set here on
    /// leaving, and by a caller that wants the error shown now (e.g. on a button press).
    #[prop(optional)]
    touched: Option<RwSignal<bool>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let left = touched.unwrap_or_else(|| RwSignal::new(false));
    if !value.get_untracked().trim().is_empty() {
        left.set(true);
    }
    let shown = move || error.get().filter(|_| left.get());
    view! {
        <div class="field" class:invalid=move || shown().is_some()>
            <label for=id.clone() class:cell-label=hide_label>{label}</label>
            <input
                id=id.clone()
                type=kind
                inputmode=inputmode
                autocomplete="off"
                data-testid=id.clone()
                prop:value=value
                aria-invalid=move || shown().is_some().to_string()
                aria-describedby=error_id.clone()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:blur=move |_| left.set(true)
                on:change=move |_| {
                    // `change` fires as a changed field is left (and for date pickers on choosing).
                    left.set(true);
                    if let Some(leave) = on_leave {
                        leave.run(());
                    }
                }
            />
            <p class="error" id=error_id role="alert">{shown}</p>
        </div>
    }
}

#[component]
pub fn Checkbox(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input type="checkbox" id=id data-testid=id prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))/>
            <label for=id>{label}</label>
        </div>
    }
}
