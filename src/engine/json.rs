//! The JSON entry points besides `evaluate_json`: a case in its documented JSON form and a date
//! in, JSON out (docs/json.md). Errors are JSON too, `{"kind": …}`, one of the kinds listed
//! there, so a host page can branch on `kind` and never sees Rust debug text.

use super::case::Case;
use super::evaluate;
use super::limitation::deadlines_checked;
use super::plan::schedule;
use chrono::NaiveDate;
use serde::Serialize;

/// An error as the JSON the docs promise. Every error type here serialises to an object with a
/// `kind`; the fallback only guards against a serializer that cannot fail in practice.
pub(crate) fn error_json(e: &impl Serialize) -> String {
    serde_json::to_string(e).unwrap_or_else(|_| r#"{"kind":"internal"}"#.to_string())
}

pub(crate) fn output_json(value: &impl Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|_| r#"{"kind":"internal"}"#.to_string())
}

/// The `today` argument is not an ISO date.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum DateError {
    NotADate { item: &'static str },
}

fn read(case_json: &str, today: &str) -> Result<(Case, NaiveDate), String> {
    let case = Case::from_json(case_json).map_err(|e| error_json(&e))?;
    let today = today
        .trim()
        .parse::<NaiveDate>()
        .map_err(|_| error_json(&DateError::NotADate { item: "today" }))?;
    Ok((case, today))
}

/// Limitation deadlines of every claim as of `today` (`YYYY-MM-DD`), as the Limitation tool
/// shows them: the case is evaluated first (on its calculation date, or `today` if it has none)
/// so that Romanian partial payments count as acknowledgements.
pub fn deadlines_json(case_json: &str, today: &str) -> Result<String, String> {
    let (case, today) = read(case_json, today)?;
    let mut at = case.clone();
    at.calculation_date.get_or_insert(today);
    let report = evaluate(&at).ok();
    let list = deadlines_checked(&case, today, report.as_ref()).map_err(|e| error_json(&e))?;
    output_json(&list)
}

/// The instalment plan of the case (`case.plan`) as of `today` (`YYYY-MM-DD`): which
/// instalments are paid, overdue or upcoming.
pub fn schedule_json(case_json: &str, today: &str) -> Result<String, String> {
    let (case, today) = read(case_json, today)?;
    let plan = schedule(&case, today).map_err(|e| error_json(&e))?;
    output_json(&plan)
}
