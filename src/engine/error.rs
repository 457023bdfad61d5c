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
    /// An identifier (an IBAN, later a tax id) whose check digits do not match.
    BadChecksum,
    /// An identifier with too few or too many characters for its kind.
    WrongLength,
    /// Text in the account field that is no IBAN at all.
    NotAnAccount,
    /// An amount that must be more than nothing (a payment of 0).
    Zero,
    /// A period whose end is before its start (a typed rate period, proceedings).
    EndBeforeStart,
    /// A contact delivered before it was sent.
    DeliveredBeforeSent,
    /// A pasted or imported line with a number of cells no column layout has.
    WrongColumns,
    /// A count (of instalments) that is not a whole number.
    NotAWholeNumber,
}

impl InputError {
    pub const ALL: [InputError; 17] = [
        InputError::Empty,
        InputError::NotANumber,
        InputError::TooManyDecimals,
        InputError::Negative,
        InputError::TooLarge,
        InputError::BadGrouping,
        InputError::NotADate,
        InputError::DateOutOfRange,
        InputError::SomatieUnder15Days,
        InputError::BadChecksum,
        InputError::WrongLength,
        InputError::NotAnAccount,
        InputError::Zero,
        InputError::EndBeforeStart,
        InputError::DeliveredBeforeSent,
        InputError::WrongColumns,
        InputError::NotAWholeNumber,
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
            InputError::BadChecksum => "bad_checksum",
            InputError::WrongLength => "wrong_length",
            InputError::NotAnAccount => "not_an_account",
            InputError::Zero => "zero",
            InputError::EndBeforeStart => "end_before_start",
            InputError::DeliveredBeforeSent => "delivered_before_sent",
            InputError::WrongColumns => "wrong_columns",
            InputError::NotAWholeNumber => "not_a_whole_number",
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ALL` lists every variant once, each with a key of its own (the keys name texts and
    /// import problems, so two variants must never share one).
    #[test]
    fn every_variant_is_listed_once_with_a_key_of_its_own() {
        let variants: std::collections::HashSet<InputError> = InputError::ALL.into_iter().collect();
        let keys: std::collections::HashSet<&str> =
            InputError::ALL.iter().map(|e| e.key()).collect();
        assert_eq!(variants.len(), InputError::ALL.len());
        assert_eq!(keys.len(), InputError::ALL.len());
    }
}
