//! The open draft and the drafts list: restore on start, debounced autosave (the one effect that
//! writes outside the reactive graph), open/new/duplicate/delete with undo, import, share.

use super::backend::LocalBackend;
use super::share;
use crate::app::store::{computed, today, Store};
use crate::app::Ctx;
use crate::drafts::{self, Draft, DraftMeta, Entry, Saved, StorageError, DRAFT_VERSION};
use crate::form::CaseForm;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saving,
    Saved,
    Full,
    Unavailable,
}

/// A message for the person, with an undo when it can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub undo: bool,
}

/// An imported draft whose id already exists: the person chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingImport {
    pub incoming: Draft,
}

#[derive(Clone, Copy)]
pub struct Drafts {
    pub(super) store: Store,
    pub(super) ctx: Ctx,
    pub id: RwSignal<String>,
    pub name: RwSignal<String>,
    pub(super) rev: RwSignal<u64>,
    pub list: RwSignal<Vec<Entry>>,
    pub status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
    pub pending: RwSignal<Option<PendingImport>>,
    pub(super) deleted: RwSignal<Option<Draft>>,
    pub tab: StoredValue<String>,
    pub(super) timer: StoredValue<Option<TimeoutHandle>>,
    /// False while a draft is being loaded into the form, so loading is not a change.
    pub(super) armed: StoredValue<bool>,
}

pub(super) fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("{now:x}-{rand:x}")
}

impl Drafts {
    pub fn start(ctx: Ctx, store: Store) -> Drafts {
        let d = Drafts {
            store,
            ctx,
            id: RwSignal::new(new_id()),
            name: RwSignal::new(String::new()),
            rev: RwSignal::new(0),
            list: RwSignal::new(Vec::new()),
            status: RwSignal::new(SaveStatus::Idle),
            notice: RwSignal::new(None),
            pending: RwSignal::new(None),
            deleted: RwSignal::new(None),
            tab: StoredValue::new(new_id()),
            timer: StoredValue::new(None),
            armed: StoredValue::new(false),
        };
        let backend = LocalBackend::new();
        if !backend.available() {
            d.status.set(SaveStatus::Unavailable);
        }
        if let Some(payload) = share::take_fragment() {
            d.open_shared(payload);
        } else if let Some(Some(Ok(draft))) =
            drafts::last_open(&backend).map(|id| drafts::read(&backend, &id))
        {
            d.load(draft);
        } else {
            if store.form.with_untracked(|f| f.has_typed_rows()) {
                // Drafts arrive after the first screen: what was typed before is saved at once,
                // rows with typing errors too (they are kept as typed).
                d.armed.set_value(true);
            }
            d.fill_profile();
        }
        d.refresh();
        d.autosave();
        d.listen_to_other_tabs();
        d
    }

    pub(super) fn texts(&self) -> &'static crate::app::i18n::drafts::DraftTexts {
        self.ctx.texts().drafts()
    }

    pub fn refresh(&self) {
        self.list.set(drafts::list(&LocalBackend::new()));
    }

    pub(super) fn load(&self, draft: Draft) {
        self.armed.set_value(false);
        self.id.set(draft.meta.id.clone());
        self.name.set(draft.meta.name.clone());
        self.rev.set(draft.meta.rev);
        self.store.form.set(draft.form);
        let mut backend = LocalBackend::new();
        drafts::set_last_open(&mut backend, &draft.meta.id);
    }

    /// Saves when the form or the name changes, at most every 400 ms.
    fn autosave(self) {
        Effect::new(move |_| {
            self.store.form.track();
            self.name.track();
            if !self.armed.get_value() {
                self.armed.set_value(true);
                return;
            }
            if let Some(handle) = self.timer.get_value() {
                handle.clear();
            }
            if matches!(
                self.status.get_untracked(),
                SaveStatus::Idle | SaveStatus::Saved
            ) {
                self.status.set(SaveStatus::Saving);
            }
            let handle = set_timeout_with_handle(
                move || {
                    self.timer.set_value(None);
                    self.save_now();
                },
                std::time::Duration::from_millis(400),
            )
            .ok();
            self.timer.set_value(handle);
        });
    }

    /// The metadata of a new, unsaved draft opened in this tab.
    pub(super) fn blank_meta(&self) -> DraftMeta {
        DraftMeta {
            id: new_id(),
            name: String::new(),
            updated: 0,
            debtor: String::new(),
            total: None,
            currency: Default::default(),
            deadline: None,
            rev: 0,
            tab: self.tab.get_value(),
            deadline_kind_unknown: false,
            left_out_claims: 0,
            left_out_payments: 0,
        }
    }

    pub(super) fn meta(&self) -> DraftMeta {
        let case = self.store.parsed.with_untracked(|p| p.case.clone());
        let total = self
            .store
            .report
            .with_untracked(|r| computed(r).map(|r| r.totals.total_due))
            .filter(|_| !case.claims.is_empty());
        let (deadline, deadline_kind_unknown) = self.store.deadlines.with_untracked(|d| {
            let nearest = d
                .iter()
                .filter_map(|d| d.end)
                .filter(|e| *e >= today())
                .min();
            // Any deadline that is only the earliest possible (kind not chosen) is flagged.
            (nearest, d.iter().any(|d| d.kind_unknown))
        });
        let (left_out_claims, left_out_payments) = self.store.parsed.with_untracked(|p| {
            (
                p.left_out_claims.len() as u32,
                p.left_out_payments.len() as u32,
            )
        });
        DraftMeta {
            id: self.id.get_untracked(),
            name: self.name.get_untracked(),
            updated: js_sys::Date::now() as i64,
            debtor: case.debtor.name.clone(),
            total,
            currency: case.currency,
            deadline,
            rev: self.rev.get_untracked(),
            tab: self.tab.get_value(),
            deadline_kind_unknown,
            left_out_claims,
            left_out_payments,
        }
    }

    pub fn save_now(&self) {
        let meta = self.meta();
        let draft = Draft {
            v: DRAFT_VERSION,
            meta: meta.clone(),
            form: self.store.form.get_untracked(),
        };
        let mut backend = LocalBackend::new();
        match drafts::save(
            &mut backend,
            draft,
            &new_id(),
            self.texts().other_tab_suffix,
        ) {
            Ok(Saved::Plain { rev }) => {
                self.rev.set(rev);
                self.status.set(SaveStatus::Saved);
                drafts::set_last_open(&mut backend, &self.id.get_untracked());
                // Only this draft changed: the list is updated in place, not read again.
                self.list
                    .update(|l| drafts::with_saved(l, DraftMeta { rev, ..meta }));
                return;
            }
            Ok(Saved::KeptOursCopiedTheirs { rev, copy }) => {
                self.rev.set(rev);
                self.status.set(SaveStatus::Saved);
                let text = self.texts().conflict.replace("{name}", &copy.name);
                self.notice.set(Some(Notice { text, undo: false }));
            }
            Err(StorageError::Full) => self.status.set(SaveStatus::Full),
            Err(StorageError::Unavailable) => self.status.set(SaveStatus::Unavailable),
        }
        drafts::set_last_open(&mut backend, &self.id.get_untracked());
        self.refresh();
    }

    pub fn new_case(&self) {
        self.flush();
        let mut form = CaseForm::new(self.ctx.jurisdiction.get_untracked(), today());
        if let Some(profile) = drafts::load_profile(&LocalBackend::new()) {
            profile.apply(&mut form);
        }
        let meta = self.blank_meta();
        self.load(Draft {
            v: DRAFT_VERSION,
            meta,
            form,
        });
        self.status.set(SaveStatus::Idle);
        self.refresh();
    }

    /// Saves a pending change now (before switching drafts).
    pub fn flush(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
            self.save_now();
        }
    }

    pub fn open(&self, id: &str) {
        self.flush();
        if let Some(Ok(draft)) = drafts::read(&LocalBackend::new(), id) {
            self.load(draft);
        }
    }

    /// Makes a copy and opens it, saying so: what is edited next is the copy, never the
    /// original.
    pub fn duplicate(&self, id: &str) {
        self.flush();
        let Some(Ok(mut draft)) = drafts::read(&LocalBackend::new(), id) else {
            return;
        };
        let original = if draft.meta.name.is_empty() {
            self.texts().untitled.to_string()
        } else {
            draft.meta.name.clone()
        };
        draft.meta.id = new_id();
        draft.meta.name = format!("{} {}", draft.meta.name, self.texts().copy_suffix)
            .trim()
            .to_string();
        draft.meta.rev = 0;
        draft.meta.tab = self.tab.get_value();
        let copy = draft.meta.name.clone();
        if drafts::save(&mut LocalBackend::new(), draft.clone(), &new_id(), "").is_ok() {
            self.load(draft);
            self.status.set(SaveStatus::Saved);
            self.notice.set(Some(Notice {
                text: self
                    .texts()
                    .duplicated
                    .replace("{copy}", &copy)
                    .replace("{name}", &original),
                undo: false,
            }));
        }
        self.refresh();
    }

    /// A case that starts empty (nothing restored) gets the creditor's saved details, unless
    /// something was typed into them already.
    fn fill_profile(&self) {
        let Some(profile) = drafts::load_profile(&LocalBackend::new()) else {
            return;
        };
        if self.store.form.with_untracked(drafts::creditor_untouched) {
            self.store.form.update(|f| profile.apply(f));
        }
    }

    pub fn delete(&self, id: &str) {
        let mut backend = LocalBackend::new();
        let Some(Ok(draft)) = drafts::read(&backend, id) else {
            drafts::delete(&mut backend, id);
            self.refresh();
            return;
        };
        drafts::delete(&mut backend, id);
        let name = if draft.meta.name.is_empty() {
            self.texts().untitled.to_string()
        } else {
            draft.meta.name.clone()
        };
        self.notice.set(Some(Notice {
            text: self.texts().deleted.replace("{name}", &name),
            undo: true,
        }));
        self.deleted.set(Some(draft));
        if self.id.get_untracked() == id {
            self.new_case();
        }
        self.refresh();
    }

    pub fn undo_delete(&self) {
        if let Some(draft) = self.deleted.get_untracked() {
            let _ = drafts::save(&mut LocalBackend::new(), draft.clone(), &new_id(), "");
            self.deleted.set(None);
            self.notice.set(None);
            self.open(&draft.meta.id);
            self.refresh();
        }
    }

    pub fn delete_all(&self) {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(self.texts().delete_all_confirm).ok())
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        drafts::delete_all(&mut LocalBackend::new());
        self.armed.set_value(false);
        self.id.set(new_id());
        self.name.set(String::new());
        self.rev.set(0);
        self.store.form.set(CaseForm::new(
            self.ctx.jurisdiction.get_untracked(),
            today(),
        ));
        self.status.set(SaveStatus::Idle);
        self.notice.set(Some(Notice {
            text: self.texts().deleted_all.to_string(),
            undo: false,
        }));
        self.refresh();
    }

    /// Another tab changed storage: refresh the list (the `storage` event fires only in the
    /// other tabs of the same origin).
    fn listen_to_other_tabs(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let handler =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
                let ours = drafts::key(&self.id.get_untracked());
                if ev
                    .key()
                    .is_some_and(|k| k.starts_with(drafts::DRAFT_PREFIX))
                {
                    self.refresh();
                    if ev.key().as_deref() != Some(ours.as_str()) {
                        return;
                    }
                    self.notice.set(Some(Notice {
                        text: self.texts().changed_elsewhere.to_string(),
                        undo: false,
                    }));
                }
            });
        let _ =
            window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
        // The app lives as long as the page.
        handler.forget();
        // A share link opened in this tab (pasted into the address bar, or clicked in the
        // widget's host page) changes only the fragment: open it like at start.
        let shared = Closure::<dyn Fn()>::new(move || {
            if let Some(payload) = share::take_fragment() {
                self.open_shared(payload);
            }
        });
        let _ =
            window.add_event_listener_with_callback("hashchange", shared.as_ref().unchecked_ref());
        shared.forget();
        // Leaving or hiding the page saves a pending change at once: no keystroke is lost to
        // the debounce.
        let flush = Closure::<dyn Fn()>::new(move || self.flush());
        for event in ["pagehide", "visibilitychange"] {
            let _ = window.add_event_listener_with_callback(event, flush.as_ref().unchecked_ref());
        }
        flush.forget();
    }
}

pub fn use_drafts() -> Drafts {
    expect_context::<Drafts>()
}
