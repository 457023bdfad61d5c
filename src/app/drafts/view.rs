//! The drafts bar: the case name, whether it is saved, and the panel with every case.

use super::state::{use_drafts, SaveStatus};
use crate::app::download::download;
use crate::app::use_ctx;
use crate::drafts::Entry;
use crate::engine::calendar::format_date;
use crate::engine::money::format_amount;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn stamp(ms: i64, lang: crate::engine::locale::Lang) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| {
            use chrono::Timelike;
            let local = t.with_timezone(&chrono::Local);
            // Not `format("%H:%M")`: chrono's format-string engine is 8 KB of wasm.
            format!(
                "{} {:02}:{:02}",
                format_date(local.date_naive(), lang),
                local.hour(),
                local.minute()
            )
        })
        .unwrap_or_default()
}

#[component]
fn Panel() -> impl IntoView {
    let ctx = use_ctx();
    let current_tool = use_context::<crate::app::tools::CurrentTool>();
    let d = use_drafts();
    let t = move || ctx.texts().drafts();
    let link = RwSignal::new(None::<String>);
    let share = move |_| {
        leptos::task::spawn_local(async move {
            link.set(d.share_link().await);
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                d.import_text(&text.as_string().unwrap_or_default());
            }
        });
    };
    let backup = move |one: bool| {
        let json = d.backup(one);
        let debtor = d
            .store
            .parsed
            .with_untracked(|p| p.case.debtor.name.clone());
        let name = crate::export::names::file_name(
            crate::export::names::Doc::Case,
            ctx.lang.get_untracked(),
            &debtor,
            crate::app::store::today(),
            "json",
        );
        let _ = download(
            if one { &name } else { "overdue-backup.json" },
            "application/json",
            json.as_bytes(),
        );
    };
    let rows = move || {
        let lang = ctx.lang.get();
        let current = d.id.get();
        d.list.get().into_iter().map(|e| match e {
            Entry::Ok(m) => {
                let id = m.id.clone();
                let (open_id, dup_id, del_id) = (id.clone(), id.clone(), id.clone());
                let name = if m.name.is_empty() { t().untitled.to_string() } else { m.name.clone() };
                let is_current = id == current;
                view! {
                    <tr data-testid="draft-row" class:current=is_current>
                        <th scope="row">{name} {is_current.then(|| view! { <span class="badge">{t().current}</span> })}
                            {(m.left_out_claims + m.left_out_payments > 0).then(|| {
                                let line = (ctx.texts().interest.left_out)(m.left_out_claims as usize, m.left_out_payments as usize);
                                view! { <span class="row-note" data-testid="draft-left-out">{line}</span> }
                            })}
                        </th>
                        <td data-label=t().col_debtor>{m.debtor.clone()}</td>
                        <td class="num" data-label=t().col_total>{m.total.map(|v| format_amount(v, m.currency, lang)).unwrap_or_default()}</td>
                        <td data-label=t().col_deadline>{m.deadline.map(|v| format_date(v, lang)).unwrap_or_default()}
                            {m.deadline_kind_unknown.then(|| view! {
                                <span class="row-note" data-testid="draft-choose-kind">{ctx.texts().limitation().status(crate::engine::limitation::Status::ChooseKind)}</span>
                            })}
                        </td>
                        <td data-label=t().col_updated>{stamp(m.updated, lang)}</td>
                        <td class="actions">
                            <button type="button" data-testid="draft-open" disabled=is_current on:click=move |_| d.open(&open_id)>{t().open}</button>
                            <button type="button" data-testid="draft-duplicate" on:click=move |_| d.duplicate(&dup_id)>{t().duplicate}</button>
                            <button type="button" data-testid="draft-delete" on:click=move |_| d.delete(&del_id)>{t().delete}</button>
                        </td>
                    </tr>
                }.into_any()
            }
            Entry::Damaged { id, raw } => {
                let file = format!("overdue-damaged-{id}.txt");
                view! {
                    <tr class="damaged" data-testid="draft-damaged">
                        <td colspan="5">{t().damaged.replace("{id}", &id)}</td>
                        <td class="actions">
                            <button type="button" on:click=move |_| { let _ = download(&file, "text/plain", raw.as_bytes()); }>
                                {t().damaged_download}
                            </button>
                        </td>
                    </tr>
                }.into_any()
            }
        }).collect_view()
    };
    view! {
        <section class="drafts-panel" data-testid="drafts-panel">
            <div class="drafts-actions">
                <button type="button" class="primary" data-testid="new-case" on:click=move |_| d.new_case()>{move || t().new_case}</button>
                <button type="button" data-testid="backup-all" on:click=move |_| backup(false)>{move || t().backup_all}</button>
                <button type="button" data-testid="backup-one" on:click=move |_| backup(true)>{move || t().backup_one}</button>
                <label class="file-button">
                    {move || t().import}
                    <input type="file" accept=".json,application/json" data-testid="import-file" on:change=import/>
                </label>
                <button type="button" data-testid="drafts-import-invoices" on:click=move |_| {
                    if let Some(crate::app::tools::CurrentTool(tool)) = current_tool {
                        tool.set(crate::app::tools::Tool::Import);
                    }
                }>{move || ctx.texts().tools.import}</button>
                <button type="button" data-testid="share" on:click=share>{move || t().share}</button>
                <button type="button" class="danger" data-testid="delete-all" on:click=move |_| d.delete_all()>{move || t().delete_all}</button>
            </div>
            {move || link.get().map(|l| view! {
                <div class="share-link">
                    <p class="note">{t().share_warning}</p>
                    <label for="share-link" class="sr-only">{t().share}</label>
                    <input id="share-link" data-testid="share-link" readonly prop:value=l/>
                </div>
            })}
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t().drafts>
                <table class="drafts-table cards">
                    <thead><tr>
                        <th scope="col">{move || t().col_name}</th><th scope="col">{move || t().col_debtor}</th>
                        <th scope="col" class="num">{move || t().col_total}</th><th scope="col">{move || t().col_deadline}</th>
                        <th scope="col">{move || t().col_updated}</th><th scope="col"><span class="sr-only">{move || t().actions}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn DraftsBar() -> impl IntoView {
    let ctx = use_ctx();
    let d = use_drafts();
    let t = move || ctx.texts().drafts();
    let open = RwSignal::new(false);
    let status = move || match d.status.get() {
        SaveStatus::Idle => "",
        SaveStatus::Saving => t().saving,
        SaveStatus::Saved => t().saved,
        SaveStatus::Full => t().full,
        SaveStatus::Unavailable => t().unavailable,
    };
    let warn = move || matches!(d.status.get(), SaveStatus::Full | SaveStatus::Unavailable);
    view! {
        <div class="drafts-bar">
            <div class="field draft-name">
                <label for="draft-name">{move || t().name_label}</label>
                <input id="draft-name" data-testid="draft-name" type="text" autocomplete="off"
                    placeholder=move || t().untitled prop:value=move || d.name.get()
                    on:input=move |ev| d.name.set(event_target_value(&ev))/>
            </div>
            <p class="save-status" class:warn=warn role="status" data-testid="save-status">{status}</p>
            <button type="button" class="drafts-toggle" data-testid="drafts-toggle"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {move || t().drafts} " (" {move || d.list.with(|l| l.len())} ")"
            </button>
        </div>
        {move || d.notice.get().map(|n| view! {
            <div class="notice" role="status" data-testid="notice">
                <span>{n.text}</span>
                {n.undo.then(|| view! { <button type="button" data-testid="undo" on:click=move |_| d.undo_delete()>{t().undo}</button> })}
                <button type="button" class="close" aria-label="×" on:click=move |_| d.notice.set(None)>"×"</button>
            </div>
        })}
        {move || d.pending.get().map(|p| view! {
            <div class="notice" role="alertdialog" data-testid="import-conflict">
                <span>{t().import_exists.replace("{name}", &p.incoming.meta.name)}</span>
                <button type="button" data-testid="keep-both" on:click=move |_| d.resolve_import(false)>{t().keep_both}</button>
                <button type="button" data-testid="replace" on:click=move |_| d.resolve_import(true)>{t().replace}</button>
            </div>
        })}
        <Show when=move || open.get()>
            <Panel/>
        </Show>
    }
}
