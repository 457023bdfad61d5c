//! Every change to the stored shape ships a migration from the previous version; fixtures of
//! each released version live in tests/fixtures and must keep loading.

use super::model::Draft;
use serde_json::Value;

pub const DRAFT_VERSION: u32 = 2;

/// `MIGRATIONS[n]` turns version n+1 into n+2. Version 1 is the first released shape.
const MIGRATIONS: &[fn(Value) -> Value] = &[v1_to_v2];

/// The stored form keeps the case (parties, choices) and the typed rows apart: the case-wide
/// claim kind a person chose goes into every invoice row, as `Case` does for the case JSON
/// (`engine::case::migrate_v1`).
fn v1_to_v2(mut draft: Value) -> Value {
    let Some(form) = draft.get_mut("form") else {
        return draft;
    };
    let kind = form
        .pointer("/case/limitation/pl_kind")
        .and_then(|k| k.as_str())
        .filter(|k| *k != "business")
        .map(str::to_string);
    if let (Some(kind), Some(rows)) = (kind, form.get_mut("claims").and_then(|c| c.as_array_mut()))
    {
        for row in rows {
            if let Some(r) = row.as_object_mut() {
                r.entry("pl_kind").or_insert_with(|| kind.clone().into());
            }
        }
    }
    if let Some(case) = form.get_mut("case") {
        crate::engine::case::migrate_v1(case);
    }
    draft
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    NotADraft,
    Newer(u64),
    Shape(String),
}

#[derive(serde::Deserialize)]
struct Header {
    #[serde(default)]
    v: Option<u64>,
}

/// Reads a stored draft of any released version.
///
/// The current version is read straight from the text; older ones go through `Value`
/// migrations and back to text, so only one deserializer per type is compiled into the wasm.
pub fn migrate(text: &str) -> Result<Draft, MigrateError> {
    let header: Header = serde_json::from_str(text).map_err(|_| MigrateError::NotADraft)?;
    let version = header.v.ok_or(MigrateError::NotADraft)?;
    if version == 0 {
        return Err(MigrateError::NotADraft);
    }
    if version > u64::from(DRAFT_VERSION) {
        return Err(MigrateError::Newer(version));
    }
    let shape = |e: serde_json::Error| MigrateError::Shape(e.to_string());
    if version == u64::from(DRAFT_VERSION) {
        return serde_json::from_str(text).map_err(shape);
    }
    let mut value: Value = serde_json::from_str(text).map_err(shape)?;
    for step in &MIGRATIONS[(version as usize - 1)..] {
        value = step(value);
    }
    if let Some(v) = value.get_mut("v") {
        *v = Value::from(DRAFT_VERSION);
    }
    serde_json::from_str(&value.to_string()).map_err(shape)
}
