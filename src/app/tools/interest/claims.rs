//! The invoice table: add, remove, edit, and paste rows from a spreadsheet.

use super::names::field_error;
use crate::app::components::FormInput;
use crate::app::components::{focus_when_rendered, RowHandle};
use crate::app::store::use_store;
use crate::app::tr;
use crate::app::use_ctx;
use crate::engine::money::format_number;
use crate::engine::paste::parse_claim_rows;
use crate::form::{ClaimRow, Field};
use leptos::prelude::*;

/// What the compensation of the claim in `row` still needs: `Some(day)` when no table has its EUR
/// rate (`day` is the one the law names, if it names one).
fn rate_wanted(store: crate::app::store::Store, id: u32) -> Option<Option<chrono::NaiveDate>> {
    let index = store
        .parsed
        .with(|p| p.claim_rows.iter().position(|r| *r == id))?;
    store.report.with(|r| {
        let comp = crate::app::store::computed(r)?
            .claims
            .get(index)?
            .compensation
            .as_ref()?;
        comp.eur_rate_date.is_none().then_some(comp.rate_needed)
    })
}

#[component]
fn ClaimRowView(id: u32) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let handle = RowHandle::new(store, id, |f| &f.claims, |f| &mut f.claims);
    let row = move || handle.get();
    let position = move || handle.position();
    let edit = move |g: fn(&mut ClaimRow, String)| handle.edit(g);
    let label = move |text: fn(&crate::app::i18n::interest::InterestTexts) -> &'static str| {
        Signal::derive(move || {
            t().cell_claim
                .replace("{n}", &position().to_string())
                .replace("{field}", text(t()))
        })
    };
    let touched = [(); 4].map(|_| RwSignal::new(false));
    let fields = [
        Field::ClaimIssue(id),
        Field::ClaimDue(id),
        Field::ClaimAmount(id),
        Field::ClaimEurRate(id),
    ];
    // Announced once one of the row's fields with an error was left.
    let left_out = move || {
        store.parsed.with(|p| {
            p.left_out_claims.contains(&id)
                && fields
                    .iter()
                    .zip(&touched)
                    .any(|(f, t)| t.get() && p.error(*f).is_some())
        })
    };
    let wanted = Memo::new(move |_| rate_wanted(store, id));
    let show_rate = move || wanted.get().is_some() || !row().eur_rate.is_empty();
    let rate_label = Signal::derive(move || {
        let day = wanted.get().flatten();
        let text = match (ctx.jurisdiction.get(), day) {
            (crate::engine::locale::Jurisdiction::Pl, Some(day)) => t().eur_rate_for.replace(
                "{date}",
                &crate::engine::calendar::format_date(day, ctx.lang.get()),
            ),
            _ => t().eur_rate_for_ro.to_string(),
        };
        t().cell_claim
            .replace("{n}", &position().to_string())
            .replace("{field}", &text)
    });
    view! {
        <div class="row-item claim-row" data-testid=format!("claim-row-{id}")>
            <FormInput id=format!("claim-{id}-number") label=label(|t| t.number) hide_label=true
                value=Signal::derive(move || row().number)
                on_input=edit(|r, v| r.number = v)
                error=Signal::derive(|| None::<String>)/>
            <FormInput id=format!("claim-{id}-issue") label=label(|t| t.issue_date) hide_label=true kind="date"
                value=Signal::derive(move || row().issue)
                on_input=edit(|r, v| r.issue = v)
                touched=touched[0]
                error=field_error(ctx, store, Field::ClaimIssue(id))/>
            <FormInput id=format!("claim-{id}-due") label=label(|t| t.due_date) hide_label=true kind="date"
                value=Signal::derive(move || row().due)
                on_input=edit(|r, v| r.due = v)
                touched=touched[1]
                error=field_error(ctx, store, Field::ClaimDue(id))/>
            <FormInput id=format!("claim-{id}-amount") label=label(|t| t.amount) hide_label=true inputmode="decimal"
                value=Signal::derive(move || row().amount)
                on_input=edit(|r, v| r.amount = v)
                on_leave=Callback::new(move |_| {
                    if let Some(text) = super::names::reformat_amount(&row().amount, ctx.lang.get_untracked()) {
                        edit(|r, v| r.amount = v).run(text);
                    }
                })
                touched=touched[2]
                error=field_error(ctx, store, Field::ClaimAmount(id))/>
            <button type="button" class="remove" data-testid=format!("claim-{id}-remove")
                aria-label=move || format!("{} ({})", t().remove, position())
                on:click=move |_| handle.remove()>
                "×"
            </button>
            <Show when=show_rate>
                <div class="row-extra" data-testid=format!("claim-{id}-eur-rate-box")>
                    <FormInput id=format!("claim-{id}-eur-rate") label=rate_label inputmode="decimal"
                        value=Signal::derive(move || row().eur_rate)
                        on_input=edit(|r, v| r.eur_rate = v)
                        touched=touched[3]
                        error=field_error(ctx, store, Field::ClaimEurRate(id))/>
                    <Show when=move || {
                        ctx.jurisdiction.get() == crate::engine::locale::Jurisdiction::Pl
                            && wanted.get().flatten().is_some()
                    }>
                        <p class="hint">{tr(|t| t.interest.eur_rate_for_hint)}</p>
                    </Show>
                </div>
            </Show>
            <Show when=left_out>
                <p class="row-note" data-testid=format!("claim-{id}-left-out")>{tr(|t| t.interest.row_left_out)}</p>
            </Show>
        </div>
    }
}

#[component]
fn Paste() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().interest;
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new(Vec::<String>::new());
    let add = move |_| {
        let lang = ctx.lang.get_untracked();
        let rows = parse_claim_rows(&text.get_untracked(), lang);
        let mut messages = Vec::new();
        let mut added = 0;
        store.form.update(|f| {
            f.claims
                .retain(|r| !(r.number.is_empty() && r.due.is_empty() && r.amount.is_empty()));
            for row in rows {
                match row.result {
                    Ok(c) => {
                        let id = f.add_claim();
                        if let Some(r) = f.claims.iter_mut().find(|r| r.id == id) {
                            r.number = c.number;
                            r.issue = c.issue_date.map(|d| d.to_string()).unwrap_or_default();
                            r.due = c.due_date.to_string();
                            r.amount = format_number(c.amount, lang);
                        }
                        added += 1;
                    }
                    Err(e) => messages.push(
                        t().paste_line_error
                            .replace("{line}", &row.line.to_string())
                            .replace("{error}", ctx.texts().error(e)),
                    ),
                }
            }
        });
        messages.insert(0, t().pasted.replace("{n}", &added.to_string()));
        outcome.set(messages);
        if added > 0 {
            text.set(String::new());
        }
    };
    view! {
        <details class="paste">
            <summary>{tr(|t| t.interest.paste_label)}</summary>
            <label for="paste-rows" class="sr-only">{tr(|t| t.interest.paste_label)}</label>
            <textarea id="paste-rows" data-testid="paste-rows" rows="4"
                aria-describedby="paste-hint"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <p class="hint" id="paste-hint">{tr(|t| t.interest.paste_hint)}</p>
            <button type="button" data-testid="paste-add" on:click=add>{tr(|t| t.interest.paste_button)}</button>
            <ul class="paste-outcome" role="status">
                {move || outcome.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </details>
    }
}

#[component]
pub fn Claims() -> impl IntoView {
    let store = use_store();
    view! {
        <h2>{tr(|t| t.interest.claims)}</h2>
        <div class="rows claims">
            <div class="row-head claim-row" aria-hidden="true">
                <span>{tr(|t| t.interest.number)}</span>
                <span>{tr(|t| t.interest.issue_date)}</span>
                <span>{tr(|t| t.interest.due_date)}</span>
                <span>{tr(|t| t.interest.amount)}</span>
                <span></span>
            </div>
            <For each=move || store.form.with(|f| f.claims.iter().map(|r| r.id).collect::<Vec<_>>())
                key=|id| *id let:id>
                <ClaimRowView id=id/>
            </For>
        </div>
        <button type="button" class="add" data-testid="add-claim"
            on:click=move |_| {
                let id = store.form.try_update(|f| f.add_claim());
                if let Some(id) = id {
                    focus_when_rendered(format!("claim-{id}-number"));
                }
            }>
            "+ " {tr(|t| t.interest.add_claim)}
        </button>
        <Paste/>
    }
}
