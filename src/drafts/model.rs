use crate::engine::locale::Currency;
use crate::form::CaseForm;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the drafts list shows without opening the draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    /// Milliseconds since 1970 of the last change.
    pub updated: i64,
    #[serde(default)]
    pub debtor: String,
    #[serde(default)]
    pub total: Option<Decimal>,
    #[serde(default)]
    pub currency: Currency,
    /// The nearest limitation deadline.
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// Bumped on every save; with `tab` it tells whether another tab saved in between.
    #[serde(default)]
    pub rev: u64,
    #[serde(default)]
    pub tab: String,
    /// A claim's kind is not chosen, so its deadline is only the earliest possible one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deadline_kind_unknown: bool,
    /// Typed invoice and payment rows that could not be read and are left out of the figures.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_out_claims: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_out_payments: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One stored draft: the form exactly as typed (invalid text included), so nothing is lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Envelope version; see `migrate`.
    pub v: u32,
    pub meta: DraftMeta,
    pub form: CaseForm,
}
