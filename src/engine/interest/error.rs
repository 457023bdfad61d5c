//! Why a case cannot be evaluated. Each variant names the item so the UI can show it there.

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CaseError {
    MissingCalculationDate,
    /// Every claim of a case is in the case currency.
    MixedCurrency {
        claim: usize,
    },
    NegativeClaim {
        claim: usize,
    },
    NonPositivePayment {
        payment: usize,
    },
    ContractRateMissing,
    NegativeRate,
    /// No rate is known for this day: add a rate period of your own.
    RateMissing {
        claim: usize,
        date: NaiveDate,
    },
    BadUserRate {
        index: usize,
    },
    TooManyItems,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match serde_json::to_string(self) {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "{self:?}"),
        }
    }
}

impl std::error::Error for CaseError {}
