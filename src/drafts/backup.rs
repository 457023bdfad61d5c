//! Backup files (one or all drafts as JSON) and imports of backups or of a bare case.

use super::migrate::{migrate, MigrateError};
use super::model::Draft;
use crate::engine::case::{Case, CaseJsonError};
use serde::Serialize;
use serde_json::Value;

pub const BACKUP_KIND: &str = "overdue-backup";

#[derive(Serialize)]
struct BackupFile<'a> {
    kind: &'static str,
    v: u32,
    /// Each draft also carries the case in its documented JSON form (docs/json.md), so other
    /// tools can read a backup without knowing the form.
    drafts: Vec<BackupEntry<'a>>,
}

#[derive(Serialize)]
struct BackupEntry<'a> {
    draft: &'a Draft,
    case: &'a Option<Case>,
}

/// The stored drafts `ids` (those that read back) with the case each one means, read in `lang`,
/// ready for `backup_json`: the backup of the drafts bar and the archive of closed cases.
pub fn stored_for_backup(
    backend: &dyn super::Backend,
    ids: &[String],
    lang: crate::engine::locale::Lang,
) -> Vec<(Draft, Option<Case>)> {
    ids.iter()
        .filter_map(|id| super::read(backend, id).and_then(Result::ok))
        .map(|d| {
            let case = d.form.parse(d.form.case.jurisdiction, lang).case;
            (d, Some(case))
        })
        .collect()
}

pub fn backup_json(drafts: &[(Draft, Option<Case>)]) -> String {
    let file = BackupFile {
        kind: BACKUP_KIND,
        v: 1,
        drafts: drafts
            .iter()
            .map(|(draft, case)| BackupEntry { draft, case })
            .collect(),
    };
    // Compact, like every JSON Overdue writes: one serializer per type in the wasm.
    serde_json::to_string(&file).unwrap_or_default()
}

/// What an import brings: whole drafts (from a backup) or a case to open as a new draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Imported {
    Drafts(Vec<Draft>),
    Case(Box<Case>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotJson,
    NotOverdue,
    Newer,
    Damaged(String),
}

/// Reads a backup, a single draft or a case (docs/json.md). Nothing is stored here: a bad file
/// changes nothing.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| ImportError::NotJson)?;
    let from_migrate = |e: MigrateError| match e {
        MigrateError::Newer(_) => ImportError::Newer,
        MigrateError::NotADraft => ImportError::NotOverdue,
        MigrateError::Shape(s) => ImportError::Damaged(s),
    };
    if value.get("kind").and_then(Value::as_str) == Some(BACKUP_KIND) {
        if value.get("v").and_then(Value::as_u64).unwrap_or(0) > 1 {
            return Err(ImportError::Newer);
        }
        let entries = value
            .get("drafts")
            .and_then(Value::as_array)
            .ok_or(ImportError::NotOverdue)?;
        let drafts = entries
            .iter()
            .map(|e| {
                migrate(&e.get("draft").cloned().unwrap_or(Value::Null).to_string())
                    .map_err(from_migrate)
            })
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(Imported::Drafts(drafts));
    }
    if value.get("meta").is_some() && value.get("form").is_some() {
        return migrate(text.trim_start_matches('\u{feff}'))
            .map(|d| Imported::Drafts(vec![d]))
            .map_err(from_migrate);
    }
    match Case::from_json(text.trim_start_matches('\u{feff}')) {
        Ok(case) => Ok(Imported::Case(Box::new(case))),
        Err(CaseJsonError::NewerSchema { .. }) => Err(ImportError::Newer),
        Err(CaseJsonError::NotACase) => Err(ImportError::NotOverdue),
        Err(CaseJsonError::Shape { message }) | Err(CaseJsonError::Syntax { message }) => {
            Err(ImportError::Damaged(message))
        }
    }
}
