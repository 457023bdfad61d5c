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
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}

/// Stored preferences, or the browser's language on a first visit. Damaged or missing storage
/// falls back to the browser's language.
pub fn load() -> Prefs {
    LocalStorage::get::<Prefs>(KEY).unwrap_or_else(|_| {
        let tags = browser_languages();
        Prefs::for_lang(Lang::negotiate(tags.iter().map(String::as_str)))
    })
}

/// Best effort: with storage disabled the app still works, it just forgets.
pub fn save(prefs: &Prefs) {
    let _ = LocalStorage::set(KEY, prefs);
}
