//! The customary timings of the open case: practice, not law, each with its default and its
//! source. They live in the Case (`collection.timings`): the issue keeps the plan settings of a
//! case in the case, so they travel with its backups and share links, and a long-standing
//! client can be given a gentler ladder than a new one. An empty field keeps the default of the
//! case's country.

use crate::app::store::use_store;
use crate::app::use_ctx;
use crate::engine::case::{Timing, MAX_TIMING_DAYS};
use leptos::prelude::*;

#[component]
pub fn Timings() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.texts().overview();
    view! {
        <details class="timings" data-testid="timings">
            <summary>{move || t().timings_title}</summary>
            <p class="hint">{move || t().timings_intro}</p>
            {move || {
                let j = ctx.jurisdiction.get();
                Timing::ALL
                    .into_iter()
                    .filter(|x| x.applies(j))
                    .map(|x| view! { <TimingInput timing=x/> })
                    .collect_view()
            }}
        </details>
    }
}

fn code(t: Timing) -> &'static str {
    match t {
        Timing::ReminderBefore => "reminder-before",
        Timing::OverdueReminder => "overdue-reminder",
        Timing::Demand => "demand",
        Timing::AfterDeadline => "after-deadline",
        Timing::Somatie => "somatie",
    }
}

#[component]
fn TimingInput(timing: Timing) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let id = format!("timing-{}", code(timing));
    let stored = move || {
        store.form.with(|f| {
            f.case
                .collection
                .timings
                .get(timing)
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
    };
    // Text that is not a number of days stays in the field with its error; nothing is saved.
    let typed = RwSignal::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let days = match v.trim() {
            "" => Some(None),
            s => s
                .parse::<u32>()
                .ok()
                .filter(|d| *d <= MAX_TIMING_DAYS)
                .map(Some),
        };
        match days {
            Some(d) => {
                typed.set(None);
                store
                    .form
                    .update(|f| f.case.collection.timings.set(timing, d));
            }
            None => typed.set(Some(v)),
        }
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:invalid=move || typed.with(Option::is_some)>
            <label for=id.clone()>{move || ctx.texts().overview().timing(timing)}</label>
            <input id=id.clone() data-testid=id.clone() type="text" inputmode="numeric" autocomplete="off"
                prop:value=move || typed.get().unwrap_or_else(stored)
                placeholder=move || timing.default_days(ctx.jurisdiction.get()).to_string()
                aria-invalid=move || typed.with(Option::is_some).to_string()
                aria-describedby=format!("{hint_id} {error_id}")
                on:input=on_input/>
            <p class="hint" id=hint_id data-testid=format!("{id}-source")>{move || {
                let j = ctx.jurisdiction.get();
                ctx.texts().overview().timing_default
                    .replace("{days}", &timing.default_days(j).to_string())
                    .replace("{source}", timing.source(j))
            }}</p>
            <p class="error" id=error_id role="alert">{move || typed.with(Option::is_some).then(|| ctx.texts().overview().timing_error)}</p>
        </div>
    }
}
