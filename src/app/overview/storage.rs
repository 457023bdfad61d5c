//! How much of the browser's storage the drafts use; when it runs short, a backup and the
//! archiving of closed cases (downloaded as a backup file, then removed here) before saving
//! fails.

use super::data::Item;
use crate::app::drafts::LocalBackend;
use crate::app::lazy::DraftsSlot;
use crate::app::use_ctx;
use crate::drafts::{self, usage};
use leptos::prelude::*;

/// Millions of characters, as browsers state their "5 MB".
fn mb(units: usize, lang: crate::engine::locale::Lang) -> String {
    let value = rust_decimal::Decimal::from(units) / rust_decimal::Decimal::from(1_000_000);
    format!("{} MB", crate::engine::money::format_fixed(value, 1, lang))
}

#[component]
pub fn StorageBox(items: Memo<Vec<Item>>) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || ctx.texts().overview();
    let slot = use_context::<DraftsSlot>();
    let drafts = move || slot.and_then(|s| s.started.get().map(|(d, _)| d));
    let notice = RwSignal::new(None::<String>);
    let used = Memo::new(move |_| {
        // Measured again whenever the drafts list changes (a save).
        if let Some(d) = drafts() {
            d.list.track();
        }
        usage(&LocalBackend::new())
    });
    let backup = move |_| {
        if let Some(d) = drafts() {
            let json = d.backup(false);
            let _ = crate::app::download::download(
                "overdue-backup.json",
                "application/json",
                json.as_bytes(),
            );
        }
    };
    let archive = move |_| {
        let Some(d) = drafts() else {
            return;
        };
        let closed: Vec<String> = items.with_untracked(|all| {
            all.iter()
                .filter(|i| i.row.stage.is_closed() && !i.current)
                .map(|i| i.id.clone())
                .collect()
        });
        let tx = ctx.texts().overview();
        if closed.is_empty() {
            notice.set(Some(tx.nothing_to_archive.to_string()));
            return;
        }
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    &tx.archive_confirm.replace("{n}", &closed.len().to_string()),
                )
                .ok()
            })
            .unwrap_or(false);
        if !ok {
            return;
        }
        let mut backend = LocalBackend::new();
        let lang = ctx.lang.get_untracked();
        let chosen = drafts::stored_for_backup(&backend, &closed, lang);
        let json = drafts::backup_json(&chosen);
        // Removed only once the file is handed to the browser.
        if crate::app::download::download(
            "overdue-archive.json",
            "application/json",
            json.as_bytes(),
        )
        .is_ok()
        {
            for (draft, _) in &chosen {
                drafts::delete(&mut backend, &draft.meta.id);
            }
            d.refresh();
            notice.set(Some(tx.archived.replace("{n}", &chosen.len().to_string())));
        }
    };
    view! {
        <div class="storage-box no-print" data-testid="ov-storage" class:warning=move || used.get().short()>
            <p data-testid="ov-storage-used">
                {move || {
                    let u = used.get();
                    let lang = ctx.lang.get();
                    t().storage_used
                        .replace("{used}", &mb(u.used, lang))
                        .replace("{quota}", &mb(u.quota, lang))
                        .replace("{percent}", &u.percent().to_string())
                }}
            </p>
            <Show when=move || used.get().short()>
                <p class="error-box" role="alert" data-testid="ov-storage-short">{move || t().storage_short}</p>
            </Show>
            <div class="export-buttons">
                <button type="button" data-testid="ov-backup" on:click=backup>{move || t().backup}</button>
                <button type="button" data-testid="ov-archive" on:click=archive>{move || t().archive}</button>
            </div>
            {move || notice.get().map(|n| view! { <p class="note" role="status">{n}</p> })}
        </div>
    }
}
