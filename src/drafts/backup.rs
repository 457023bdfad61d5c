//! Backup files (one or all drafts as JSON) and imports of backups or of a bare case.

use super::migrate::{migrate, MigrateError};
use super::model::Draft;
use crate::engine::case::{Case, CaseJsonError};
use crate::form::CaseForm;
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
        Err(CaseJsonError::NewerSchema(_)) => Err(ImportError::Newer),
        Err(CaseJsonError::NotACase) => Err(ImportError::NotOverdue),
        Err(CaseJsonError::Shape(s)) | Err(CaseJsonError::Syntax(s)) => {
            Err(ImportError::Damaged(s))
        }
    }
}

impl CaseForm {
    /// A form holding exactly this case, for imports and share links.
    pub fn from_case(case: Case) -> CaseForm {
        let mut form = CaseForm::new(case.jurisdiction, case.calculation_date.unwrap_or_default());
        form.claims.clear();
        form.calc_date = case
            .calculation_date
            .map(|d| d.to_string())
            .unwrap_or_default();
        form.in_eur = case.currency == crate::engine::locale::Currency::Eur;
        form.contract_rate = case
            .interest
            .contract_rate
            .map(|r| r.to_string())
            .unwrap_or_default();
        form.eur_rate = case
            .interest
            .eur_rate
            .map(|r| r.to_string())
            .unwrap_or_default();
        for c in &case.claims {
            let id = form.add_claim();
            if let Some(row) = form.claims.iter_mut().find(|r| r.id == id) {
                row.number = c.number.clone();
                row.issue = c.issue_date.map(|d| d.to_string()).unwrap_or_default();
                row.due = c.due_date.to_string();
                row.amount = c.amount.to_string();
            }
        }
        for p in &case.payments {
            let id = form.add_payment();
            if let Some(row) = form.payments.iter_mut().find(|r| r.id == id) {
                row.date = p.date.to_string();
                row.amount = p.amount.to_string();
                row.claim = p.claim.clone().unwrap_or_default();
            }
        }
        for r in &case.interest.user_rates {
            let id = form.add_rate();
            if let Some(row) = form.rates.iter_mut().find(|x| x.id == id) {
                row.from = r.from.to_string();
                row.to = r.to.to_string();
                row.percent = r.percent.to_string();
            }
        }
        for e in &case.limitation.events {
            let id = form.add_event(e.kind);
            if let Some(row) = form.events.iter_mut().find(|x| x.id == id) {
                row.date = e.date.to_string();
                row.end = e.end.map(|d| d.to_string()).unwrap_or_default();
                row.claim = e.claim.clone().unwrap_or_default();
            }
        }
        if form.claims.is_empty() {
            form.add_claim();
        }
        let mut structured = case;
        form.contacts_from_case(&mut structured);
        structured.claims.clear();
        structured.payments.clear();
        structured.interest.user_rates.clear();
        structured.limitation.events.clear();
        form.case = structured;
        form
    }
}
