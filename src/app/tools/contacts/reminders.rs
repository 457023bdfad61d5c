//! Ready reminders filled from the case (engine::portfolio::reminder), editable before they
//! leave; copying or sending one writes it in the log.

use crate::app::drafts::share::copy_to_clipboard;
use crate::app::store::{computed, today, use_store};
use crate::app::use_ctx;
use crate::engine::case::{Channel, Document};
use crate::engine::portfolio::reminder::{reminder, Reminder, ReminderKind};
use leptos::prelude::*;

#[component]
pub fn Reminders() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().overview();
    let kind = RwSignal::new(None::<ReminderKind>);
    let generated = Memo::new(move |_| -> Option<(ReminderKind, Reminder)> {
        let lang = ctx.lang.get();
        store.parsed.with(|p| {
            store.report.with(|r| {
                let report = computed(r)?;
                let day = p.case.calculation_date.unwrap_or_else(today);
                let overdue = report.claims.iter().any(|c| {
                    c.principal_outstanding > rust_decimal::Decimal::ZERO
                        && c.effective_due_date < day
                });
                let k = kind.get().unwrap_or(if overdue {
                    ReminderKind::Overdue
                } else {
                    ReminderKind::BeforeDue
                });
                Some((k, reminder(&p.case, report, day, k, lang)))
            })
        })
    });
    // What the person typed over the ready text; cleared when another kind is chosen.
    let body = RwSignal::new(None::<String>);
    let sms = RwSignal::new(None::<String>);
    let body_text = move || {
        body.get()
            .or_else(|| generated.get().map(|(_, r)| r.body))
            .unwrap_or_default()
    };
    let sms_text = move || {
        sms.get()
            .or_else(|| generated.get().map(|(_, r)| r.sms))
            .unwrap_or_default()
    };
    let subject = move || generated.get().map(|(_, r)| r.subject).unwrap_or_default();
    let notice = RwSignal::new(None::<&'static str>);
    let log = move |channel: Channel| {
        let summary = subject();
        store.form.update(|f| {
            f.log_sent(today(), channel, Some(Document::Reminder), &summary);
        });
        notice.set(Some(ctx.texts().overview().logged));
    };
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    let copy = move |_| {
        let text = body_text();
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&text).await {
                log(Channel::Email);
                notice.set(Some(ctx.texts().overview().copied));
            }
        });
    };
    view! {
        <section class="reminders" data-testid="reminders">
            <h2>{move || t().reminders_title}</h2>
            <div class="field">
                <label for="reminder-kind">{move || t().reminder_kind}</label>
                <select id="reminder-kind" data-testid="reminder-kind" on:change=move |ev| {
                    let k = event_target_value(&ev).parse::<usize>().ok().and_then(|i| ReminderKind::ALL.get(i).copied());
                    body.set(None);
                    sms.set(None);
                    kind.set(k);
                }>
                    {ReminderKind::ALL.into_iter().enumerate().map(|(i, k)| view! {
                        <option value=i.to_string() selected=move || generated.get().is_some_and(|(g, _)| g == k)>
                            {move || t().reminder(k)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <p data-testid="reminder-subject"><strong>{subject}</strong></p>
            <div class="field">
                <label for="reminder-body">{move || t().reminder_text}</label>
                <textarea id="reminder-body" data-testid="reminder-body" rows="12"
                    prop:value=body_text on:input=move |ev| body.set(Some(event_target_value(&ev)))></textarea>
            </div>
            <div class="field">
                <label for="reminder-sms">"SMS"</label>
                <textarea id="reminder-sms" data-testid="reminder-sms" rows="3"
                    prop:value=sms_text on:input=move |ev| sms.set(Some(event_target_value(&ev)))></textarea>
            </div>
            <div class="export-buttons">
                <button type="button" data-testid="reminder-copy" on:click=copy>{move || t().copy}</button>
                <a class="button-link" data-testid="reminder-email"
                    href=move || format!("mailto:?subject={}&body={}", enc(&subject()), enc(&body_text()))
                    on:click=move |_| log(Channel::Email)>{move || t().send_email}</a>
                <a class="button-link" data-testid="reminder-sms-link"
                    href=move || format!("sms:?body={}", enc(&sms_text()))
                    on:click=move |_| log(Channel::Sms)>{move || t().send_sms}</a>
            </div>
            {move || notice.get().map(|n| view! { <p class="note" role="status" data-testid="reminder-notice">{n}</p> })}
        </section>
    }
}
