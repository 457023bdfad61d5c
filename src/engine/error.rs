//! Typed input errors. Each variant is a message key the UI translates; the engine never formats prose.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputError {
    Empty,
    NotANumber,
    TooManyDecimals,
    Negative,
    TooLarge,
    BadGrouping,
    NotADate,
    DateOutOfRange,
    /// RO CPC art. 1015 alin. (1): a somație gives at least 15 days from receipt.
    SomatieUnder15Days,
}

impl InputError {
    pub const ALL: [InputError; 9] = [
        InputError::Empty,
        InputError::NotANumber,
        InputError::TooManyDecimals,
        InputError::Negative,
        InputError::TooLarge,
        InputError::BadGrouping,
        InputError::NotADate,
        InputError::DateOutOfRange,
        InputError::SomatieUnder15Days,
    ];

    pub fn key(self) -> &'static str {
        match self {
            InputError::Empty => "empty",
            InputError::NotANumber => "not_a_number",
            InputError::TooManyDecimals => "too_many_decimals",
            InputError::Negative => "negative",
            InputError::TooLarge => "too_large",
            InputError::BadGrouping => "bad_grouping",
            InputError::NotADate => "not_a_date",
            InputError::DateOutOfRange => "date_out_of_range",
            InputError::SomatieUnder15Days => "somatie_under_15_days",
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl std::error::Error for InputError {}
