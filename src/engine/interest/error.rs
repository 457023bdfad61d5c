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
    // The bounds of `engine::bounds` (issue 17 §3).
    /// An amount whose magnitude is above `bounds::MAX_AMOUNT`.
    AmountTooLarge {
        #[serde(flatten)]
        item: Item,
    },
    /// An annual rate above `bounds::MAX_RATE_PERCENT`.
    RateOutOfRange {
        #[serde(flatten)]
        item: Item,
    },
    /// The typed EUR rate is not in `(0, bounds::MAX_EUR_RATE]`.
    EurRateOutOfRange,
    /// A date outside `bounds::MIN_DATE..=bounds::MAX_DATE`, the years the holiday tables cover.
    DateOutOfRange {
        #[serde(flatten)]
        item: Item,
        date: NaiveDate,
    },
    /// More limitation events than `bounds::MAX_EVENTS`.
    TooManyEvents,
    /// More rate periods than `bounds::MAX_USER_RATES`.
    TooManyUserRates,
    /// A limitation event whose proceedings end before they begin.
    EventEndsBeforeStart {
        event: usize,
    },
    /// A figure left the range of exact decimal arithmetic (about 7.9 × 10²⁸) although every
    /// input was within bounds.
    Overflow,
}

/// The input a bound refers to: `{"item": "claim", "claim": 0}`, `{"item": "calculation_date"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum Item {
    Claim {
        claim: usize,
    },
    Payment {
        payment: usize,
    },
    CalculationDate,
    ContractRate,
    UserRate {
        index: usize,
    },
    Event {
        event: usize,
    },
    /// The date a JSON entry point computes for (`deadlines_json`, `schedule_json`).
    Today,
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
