//! Moving cases in and out: backups, imports and share links.

use super::backend::LocalBackend;
use super::share;
use super::state::{new_id, Drafts, Notice, PendingImport, SaveStatus};
use crate::drafts::{self, Draft, Entry, Imported, DRAFT_VERSION};
use crate::form::CaseForm;
use leptos::prelude::*;

impl Drafts {
    /// Every stored draft with its parsed case, for a backup file.
    pub fn backup(&self, only_current: bool) -> String {
        self.flush();
        let backend = LocalBackend::new();
        let lang = self.ctx.lang.get_untracked();
        let ids: Vec<String> = if only_current {
            vec![self.id.get_untracked()]
        } else {
            drafts::list(&backend)
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Ok(m) => Some(m.id),
                    _ => None,
                })
                .collect()
        };
        let mut items = drafts::stored_for_backup(&backend, &ids, lang);
        // Unsaved (storage full or unavailable): the backup comes from memory.
        if only_current && (items.is_empty() || self.status.get_untracked() != SaveStatus::Saved) {
            let draft = Draft {
                v: DRAFT_VERSION,
                meta: self.meta(),
                form: self.store.form.get_untracked(),
            };
            let case = self.store.parsed.with_untracked(|p| p.case.clone());
            items = vec![(draft, Some(case))];
        }
        drafts::backup_json(&items)
    }

    pub fn import_text(&self, text: &str) {
        let t = self.texts();
        let message = match drafts::import(text) {
            Ok(Imported::Case(case)) => {
                self.flush();
                let form = CaseForm::from_case(*case, self.ctx.lang.get_untracked());
                let meta = self.blank_meta();
                self.load(Draft {
                    v: DRAFT_VERSION,
                    meta,
                    form,
                });
                self.save_now();
                t.imported.replace("{n}", "1")
            }
            Ok(Imported::Drafts(list)) => {
                let backend = LocalBackend::new();
                let mut n = 0;
                for draft in list {
                    if drafts::read(&backend, &draft.meta.id).is_some() {
                        self.pending.set(Some(PendingImport { incoming: draft }));
                        continue;
                    }
                    let _ = drafts::save(&mut LocalBackend::new(), draft, &new_id(), "");
                    n += 1;
                }
                self.refresh();
                t.imported.replace("{n}", &n.to_string())
            }
            Err(drafts::ImportError::NotJson) => t.import_not_json.to_string(),
            Err(drafts::ImportError::NotOverdue) => t.import_not_overdue.to_string(),
            Err(drafts::ImportError::Newer) => t.import_newer.to_string(),
            Err(drafts::ImportError::Damaged(detail)) => {
                t.import_damaged.replace("{detail}", &detail)
            }
        };
        self.notice.set(Some(Notice {
            text: message,
            undo: false,
        }));
    }

    /// The person's answer about an imported draft that already exists.
    pub fn resolve_import(&self, replace: bool) {
        let Some(PendingImport { mut incoming }) = self.pending.get_untracked() else {
            return;
        };
        if !replace {
            incoming.meta.id = new_id();
            incoming.meta.name = format!("{} {}", incoming.meta.name, self.texts().copy_suffix);
        }
        incoming.meta.rev = drafts::read(&LocalBackend::new(), &incoming.meta.id)
            .and_then(Result::ok)
            .map_or(0, |d| d.meta.rev);
        incoming.meta.tab = self.tab.get_value();
        let id = incoming.meta.id.clone();
        let _ = drafts::save(&mut LocalBackend::new(), incoming, &new_id(), "");
        self.pending.set(None);
        if replace && id == self.id.get_untracked() {
            self.open(&id);
        }
        self.refresh();
    }

    /// Opens a shared case as a new draft, at start or when a link is opened in this tab
    /// (`hashchange`). The open case is saved first and stays in the list; when it cannot be
    /// saved (storage full or unavailable) the person is asked before it is replaced.
    pub(super) fn open_shared(&self, payload: String) {
        let d = *self;
        d.flush();
        let unsaved = matches!(
            d.status.get_untracked(),
            SaveStatus::Full | SaveStatus::Unavailable
        ) && d.store.parsed.with_untracked(|p| !p.case.claims.is_empty());
        if unsaved {
            let confirmed = web_sys::window()
                .and_then(|w| w.confirm_with_message(d.texts().share_replace_unsaved).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
        }
        leptos::task::spawn_local(async move {
            let t = d.texts();
            match share::decode(&payload)
                .await
                .ok()
                .and_then(|json| drafts::read_share(&json).ok())
            {
                Some(shared) => {
                    let mut meta = d.blank_meta();
                    meta.name = shared.name;
                    d.load(Draft {
                        v: DRAFT_VERSION,
                        meta,
                        form: CaseForm::from_case(shared.case, d.ctx.lang.get_untracked()),
                    });
                    d.save_now();
                    d.notice.set(Some(Notice {
                        text: t.share_opened.to_string(),
                        undo: false,
                    }));
                }
                None => d.notice.set(Some(Notice {
                    text: t.share_broken.to_string(),
                    undo: false,
                })),
            }
        });
    }

    /// The share link of the current case and its name (also the widget's "open the full
    /// version").
    pub async fn share_url(&self) -> Option<String> {
        let json = self
            .store
            .parsed
            .with_untracked(|p| drafts::share_json(&self.name.get_untracked(), &p.case));
        let encoded = share::encode(&json).await.ok()?;
        Some(format!("{}{}{encoded}", share::base_url(), share::FRAGMENT))
    }

    /// Builds the share link of the current case; copies it when the clipboard allows.
    pub async fn share_link(&self) -> Option<String> {
        let link = self.share_url().await?;
        if share::copy_to_clipboard(&link).await {
            self.notice.set(Some(Notice {
                text: self.texts().share_copied.to_string(),
                undo: false,
            }));
        }
        Some(link)
    }
}
