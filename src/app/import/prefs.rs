//! What the import remembers in this browser: the person's own tax ID and the column mapping of
//! each list layout (by its headers), in `overdue.import` ("delete all my data" removes it).

use crate::app::drafts::LocalBackend;
use crate::drafts::Backend;
use crate::import::list::Mapping;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const KEY: &str = "overdue.import";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportPrefs {
    pub v: u32,
    pub own_tax_id: String,
    /// Header signature -> the mapping the person confirmed.
    pub mappings: BTreeMap<String, Mapping>,
}

/// The headers, folded, as one key: the same export layout gives the same key.
pub fn signature(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

pub fn load() -> ImportPrefs {
    LocalBackend::new()
        .get(KEY)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// Best effort: without storage the import still works, it just forgets.
pub fn save(prefs: &ImportPrefs) {
    let prefs = ImportPrefs {
        v: 1,
        ..prefs.clone()
    };
    if let Ok(json) = serde_json::to_string(&prefs) {
        let _ = LocalBackend::new().set(KEY, &json);
    }
}
