//! Amounts in words, as written in demand letters and judgments ("słownie", "în litere").

mod en;
mod pl;
mod ro;

pub use pl::form as polish_plural;

use super::error::InputError;
use super::locale::{Currency, Lang};
use super::money::{round_money, MAX_AMOUNT};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// How the minor unit is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordsStyle {
    /// Main unit in words, minor unit as a fraction: "… złotych 16/100".
    Fraction,
    /// Everything in words: "… złotych szesnaście groszy".
    Full,
}

/// Splits a money amount into whole units and hundredths after the one money rounding.
pub(crate) fn split(amount: Decimal) -> Result<(u64, u64), InputError> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(InputError::Negative);
    }
    let amount = round_money(amount);
    if amount > MAX_AMOUNT {
        return Err(InputError::TooLarge);
    }
    let cents = (amount * Decimal::ONE_HUNDRED)
        .to_u64()
        .ok_or(InputError::TooLarge)?;
    Ok((cents / 100, cents % 100))
}

/// Splits n into groups of three digits, least significant first.
pub(crate) fn triples(mut n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    while n > 0 {
        out.push(n % 1000);
        n /= 1000;
    }
    out
}

pub fn amount_in_words(
    amount: Decimal,
    currency: Currency,
    lang: Lang,
    style: WordsStyle,
) -> Result<String, InputError> {
    let (units, cents) = split(amount)?;
    Ok(match lang {
        Lang::Pl => pl::amount(units, cents, currency, style),
        Lang::Ro => ro::amount(units, cents, currency, style),
        Lang::En => en::amount(units, cents, currency, style),
    })
}

#[cfg(test)]
mod tests;

/// A count as Romanian writes it before its noun: "15 zile" but "21 de zile" (the "de" of
/// numbers whose last two digits are 00 or 20–99).
pub fn romanian_count(n: u64) -> String {
    if ro::needs_de(n) {
        format!("{n} de")
    } else {
        n.to_string()
    }
}
