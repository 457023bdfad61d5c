//! What a share link carries (before compression): the case in its documented JSON form and the
//! draft's name, so the link reproduces the whole case. Links made before the name was added
//! hold the bare case and still open.

use crate::engine::case::{Case, CaseJsonError};
use serde::Serialize;
use serde_json::Value;

pub const SHARE_KIND: &str = "overdue-share";

#[derive(Serialize)]
struct Payload<'a> {
    kind: &'static str,
    name: &'a str,
    case: &'a Case,
}

/// A shared case and the name it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub name: String,
    pub case: Case,
}

pub fn share_json(name: &str, case: &Case) -> String {
    serde_json::to_string(&Payload {
        kind: SHARE_KIND,
        name: name.trim(),
        case,
    })
    .unwrap_or_default()
}

/// Reads a share payload, or a bare case (links made before names were shared).
pub fn read_share(json: &str) -> Result<Shared, CaseJsonError> {
    let value: Value = serde_json::from_str(json).map_err(|e| CaseJsonError::Syntax {
        message: e.to_string(),
    })?;
    if value.get("kind").and_then(Value::as_str) != Some(SHARE_KIND) {
        return Case::from_json(json).map(|case| Shared {
            name: String::new(),
            case,
        });
    }
    let name = value
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let case = value.get("case").ok_or(CaseJsonError::NotACase)?;
    Case::from_json(&case.to_string()).map(|case| Shared { name, case })
}
