//! Money: the one rounding rule, and reading/writing amounts the way people type them.

mod format;
mod parse;

pub use format::{format_amount, format_fixed, format_number, format_percent};
pub use parse::{parse_amount, parse_decimal};

use rust_decimal::{Decimal, RoundingStrategy};

/// The largest amount Overdue accepts: 999 999 999 999,99.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(276_447_231, 23_283, 0, false, 2);

/// The single money rounding used everywhere: half away from zero to 0.01.
/// (`Decimal::round_dp` alone is banker's rounding: 2.125 -> 2.12.)
pub fn round_money(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::testkit::dec as d;

    #[test]
    fn max_amount_constant_is_what_it_says() {
        assert_eq!(MAX_AMOUNT, d("999999999999.99"));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_money(d("2.125")), d("2.13"));
        assert_eq!(round_money(d("2.135")), d("2.14"));
        assert_eq!(round_money(d("-2.125")), d("-2.13"));
        assert_eq!(round_money(d("2.1249999")), d("2.12"));
        assert_eq!(round_money(d("2949.5890410959")), d("2949.59"));
        assert_eq!(round_money(d("0.005")), d("0.01"));
        assert_eq!(round_money(d("7")), d("7"));
    }
}
