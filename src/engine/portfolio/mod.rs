//! Receivables across many cases: aging as at a date, the stage of each case, its next step and
//! date, the hard deadlines and tax milestones. Pure: the cases and the dates come in as
//! arguments, so a past "as at" date shows the receivables as they stood then.

mod aging;
pub mod reminder;
mod stage;
mod steps;
mod timeline;

pub use aging::{aging, Aging, Bucket, Buckets};
pub use steps::{
    Action, ActionKind, DeadlineKind, HardDeadline, Milestone, MilestoneKind, PromiseState, Reason,
};
pub use timeline::{timeline, timeline_of, Entry as TimelineEntry, Event as TimelineEvent};

use crate::engine::case::{Case, Stage};
use crate::engine::interest::{evaluate, CaseError};
use crate::engine::limitation::deadlines;
use crate::engine::locale::Currency;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// One case (a debtor in one currency) in the overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The case's position in the list given.
    pub case: usize,
    pub debtor: String,
    pub tax_id: String,
    pub currency: Currency,
    pub principal: Decimal,
    pub interest: Decimal,
    pub compensation: Decimal,
    pub total_due: Decimal,
    pub aging: Aging,
    pub stage: Stage,
    /// The person set the stage; otherwise it follows from the log and the payments.
    pub stage_set: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Action>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Action>,
    /// Nearest first.
    pub deadlines: Vec<HardDeadline>,
    pub milestones: Vec<Milestone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promise: Option<PromiseState>,
    /// The case cannot be evaluated (the figures are zero); the tools say what to fix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<CaseError>,
}

impl Row {
    pub fn nearest_deadline(&self) -> Option<&HardDeadline> {
        self.deadlines.first()
    }
}

/// Totals of the cases in one currency (PLN, RON and EUR are never added together).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CurrencyTotals {
    pub currency: Currency,
    pub cases: usize,
    pub principal: Decimal,
    pub interest: Decimal,
    pub compensation: Decimal,
    pub total_due: Decimal,
    pub buckets: Buckets,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Overview {
    pub as_at: NaiveDate,
    pub rows: Vec<Row>,
    /// In the order of `Currency::ALL`, only currencies that occur.
    pub totals: Vec<CurrencyTotals>,
}

/// The case as it stood at the end of `as_at`: later payments, contacts and plan payments left
/// out, interest up to that day.
pub fn as_at(case: &Case, day: NaiveDate) -> Case {
    let mut c = case.clone();
    c.calculation_date = Some(day);
    c.payments.retain(|p| p.date <= day);
    c.contacts.retain(|x| x.date <= day);
    c.plan.payments.retain(|p| p.date <= day);
    c
}

/// One row of the overview.
pub fn row(index: usize, case: &Case, day: NaiveDate) -> Row {
    let case = as_at(case, day);
    let mut row = Row {
        case: index,
        debtor: case.debtor.name.trim().to_string(),
        tax_id: case.debtor.tax_id.trim().to_string(),
        currency: case.currency,
        principal: Decimal::ZERO,
        interest: Decimal::ZERO,
        compensation: Decimal::ZERO,
        total_due: Decimal::ZERO,
        aging: Aging::default(),
        stage: case.collection.stage.unwrap_or(Stage::NotYetDue),
        stage_set: case.collection.stage.is_some(),
        next: None,
        alternatives: Vec::new(),
        deadlines: Vec::new(),
        milestones: Vec::new(),
        last_contact: case.contacts.iter().map(|c| c.date).max(),
        promise: steps::promise_state(&case, day),
        error: None,
    };
    let report = match evaluate(&case) {
        Ok(r) => r,
        Err(e) => {
            row.error = Some(e);
            return row;
        }
    };
    let limits = deadlines(&case, day, Some(&report));
    let t = &report.totals;
    row.principal = t.principal_outstanding;
    row.interest = t.interest_outstanding;
    row.compensation = t.compensation;
    row.total_due = t.total_due;
    row.aging = aging(&report, day);
    row.stage = stage::derive(&case, &report, &limits, &row.aging, day);
    row.deadlines = steps::hard_deadlines(&case, &report, &limits);
    row.milestones = steps::milestones(&case, &report);
    let plan = steps::next_step(
        &case,
        &report,
        row.stage,
        row.aging.oldest_due,
        row.deadlines.iter().find(|d| d.date >= day),
        row.promise.as_ref(),
        day,
    );
    row.next = plan.next;
    row.alternatives = plan.alternatives;
    row
}

/// Every case as at `day`, with totals per currency.
pub fn overview(cases: &[Case], day: NaiveDate) -> Overview {
    let rows: Vec<Row> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| row(i, c, day))
        .collect();
    let totals = totals(&rows);
    Overview {
        as_at: day,
        rows,
        totals,
    }
}

/// Totals of `rows` per currency, in the order of `Currency::ALL` (rows computed one by one,
/// e.g. memoised per case, are summed here).
pub fn totals(rows: &[Row]) -> Vec<CurrencyTotals> {
    let mut totals = Vec::new();
    for currency in Currency::ALL {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.currency == currency).collect();
        if mine.is_empty() {
            continue;
        }
        let mut t = CurrencyTotals {
            currency,
            cases: mine.len(),
            principal: Decimal::ZERO,
            interest: Decimal::ZERO,
            compensation: Decimal::ZERO,
            total_due: Decimal::ZERO,
            buckets: Buckets::default(),
        };
        for r in mine {
            t.principal += r.principal;
            t.interest += r.interest;
            t.compensation += r.compensation;
            t.total_due += r.total_due;
            for (sum, v) in t.buckets.iter_mut().zip(r.aging.buckets) {
                *sum += v;
            }
        }
        totals.push(t);
    }
    totals
}

/// The JSON entry point (docs/json.md): `{"as_at": "YYYY-MM-DD", "cases": [case, …]}` in, the
/// overview out; errors as `{"kind": …}`.
pub fn overview_json(json: &str) -> Result<String, String> {
    #[derive(serde::Deserialize)]
    struct Input {
        as_at: NaiveDate,
        cases: Vec<serde_json::Value>,
    }
    let error = |kind: &str, detail: String| {
        serde_json::json!({ "kind": kind, "detail": detail }).to_string()
    };
    let input: Input = serde_json::from_str(json).map_err(|e| error("syntax", e.to_string()))?;
    let mut cases = Vec::with_capacity(input.cases.len());
    for (i, value) in input.cases.into_iter().enumerate() {
        let case = Case::from_json(&value.to_string())
            .map_err(|e| error("case", format!("case {i}: {e:?}")))?;
        cases.push(case);
    }
    serde_json::to_string(&overview(&cases, input.as_at))
        .map_err(|e| error("internal", e.to_string()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
