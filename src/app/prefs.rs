//! Remembered preferences: language and jurisdiction, in localStorage.

use crate::engine::locale::{Jurisdiction, Lang};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const KEY: &str = "overdue.prefs";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub v: u32,
    pub lang: Lang,
    pub jurisdiction: Jurisdiction,
    /// Once the person picks a jurisdiction, changing the language no longer changes it.
    #[serde(default)]
    pub jurisdiction_chosen: bool,
}

impl Prefs {
    pub fn for_lang(lang: Lang) -> Self {
        Prefs {
            v: 1,
            lang,
            jurisdiction: lang.default_jurisdiction(),
            jurisdiction_chosen: false,
        }
    }
}

fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> =
        serde_wasm_bindgen::from_value(navigator.languages().into()).unwrap_or_default();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}

/// gloo-storage panics when localStorage cannot be reached (sandboxed frames, some private
/// modes), so it is only used after this check.
fn storage_usable() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Stored preferences, or the browser's language on a first visit. Damaged or missing storage
/// falls back to the browser's language.
pub fn load() -> Prefs {
    let stored = if storage_usable() {
        LocalStorage::get::<Prefs>(KEY).ok()
    } else {
        None
    };
    stored.unwrap_or_else(|| {
        let tags = browser_languages();
        Prefs::for_lang(Lang::negotiate(tags.iter().map(String::as_str)))
    })
}

/// Best effort: with storage disabled the app still works, it just forgets.
pub fn save(prefs: &Prefs) {
    if storage_usable() {
        let _ = LocalStorage::set(KEY, prefs);
    }
}
