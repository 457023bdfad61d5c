//! What the tests share, in one place (fend's `test_utils`): dates and decimals from text, the
//! case builders, the documented example case and the check of pinned ("golden") files. Unit
//! tests use it as `crate::engine::testkit`, integration tests through `tests/common`. No part of
//! the app calls it, so the linker leaves it out of the wasm. Its helpers panic on bad input:
//! they read literals written in the tests.

use crate::engine::case::{Case, Claim, Payment};
use crate::engine::interest::InterestKind;
use crate::engine::locale::Jurisdiction;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

/// `2025-06-20` as a date.
pub fn date(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .unwrap_or_else(|e| panic!("{iso:?} is not a YYYY-MM-DD date: {e}"))
}

/// `1234.56` as a decimal.
pub fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap_or_else(|e| panic!("{text:?} is not a decimal: {e}"))
}

/// An empty case under `j` with the interest kind and calculation date given.
pub fn case(j: Jurisdiction, kind: InterestKind, calculation_date: &str) -> Case {
    let mut c = Case::new(j);
    c.interest.kind = kind;
    c.calculation_date = Some(date(calculation_date));
    c
}

/// Adds an invoice in the case's currency, nothing chosen beyond number, due date and amount.
pub fn claim(c: &mut Case, number: &str, due: &str, amount: &str) {
    c.claims
        .push(Claim::new(number, date(due), dec(amount), c.currency));
}

/// Adds a payment, designated to an invoice number or not.
pub fn pay(c: &mut Case, day: &str, amount: &str, designated: Option<&str>) {
    c.payments.push(Payment {
        date: date(day),
        amount: dec(amount),
        claim: designated.map(str::to_string),
    });
}

/// `docs/case.example.json`, the case of the documented JSON contract, as text.
pub fn example_json() -> String {
    read("docs/case.example.json")
}

/// The documented example case: three Polish invoices (FV 1/2025 12 300,00, FV 2/2025 4 000,00,
/// FV 3/2025 1 000,00) and one undesignated payment of 5 000,00 on 15.05.2025 (docs/json.md).
pub fn example_case() -> Case {
    Case::from_json(&example_json())
        .unwrap_or_else(|e| panic!("docs/case.example.json is a case: {e:?}"))
}

/// A file of the repository, by its path from the crate root.
pub fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The pinned text at `path` (from the crate root), first rewritten with `text` when the run
/// has `OVERDUE_BLESS` set; empty when the file does not exist yet. Read the diff after a
/// blessed run: every change must be one that was meant.
pub fn pinned(path: &str, text: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("OVERDUE_BLESS").is_some() {
        std::fs::write(&full, text).unwrap_or_else(|e| panic!("{full}: {e}"));
    }
    std::fs::read_to_string(&full).unwrap_or_default()
}

/// Asserts that `text` is the pinned text at `path` (see `pinned`).
pub fn golden(path: &str, text: &str) {
    let expected = pinned(path, text);
    assert_eq!(
        text, expected,
        "{path} differs (after an intended change: OVERDUE_BLESS=1)"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builders_make_what_they_say() {
        let mut c = case(Jurisdiction::Pl, InterestKind::Commercial, "2025-12-31");
        claim(&mut c, "FV 1", "2025-03-31", "1000.50");
        pay(&mut c, "2025-04-30", "200", Some("FV 1"));
        assert_eq!(c.calculation_date, Some(date("2025-12-31")));
        assert_eq!(c.interest.kind, InterestKind::Commercial);
        assert_eq!(c.claims[0].amount, Decimal::new(100050, 2));
        assert_eq!(c.claims[0].currency, c.currency);
        assert_eq!(c.payments[0].claim.as_deref(), Some("FV 1"));
        assert_eq!(example_case().claims.len(), 3);
    }

    #[test]
    #[should_panic(expected = "not a YYYY-MM-DD date")]
    fn a_mistyped_date_fails_the_test_that_wrote_it() {
        date("2025-02-30");
    }
}
