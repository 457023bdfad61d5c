//! Rates as data: the bundled tables from reference/{pl,ro}/rates.csv, each row with its
//! effective date, value and source. Adding a rate change is one line in data/*.csv plus a test.

mod csv;
mod eur;
#[cfg(not(target_arch = "wasm32"))]
pub mod update;
mod verified;

pub use eur::{bnr_eur_for_due_date, nbp_eur_for_due_date, EurRate, BNR_TABLE};
pub use verified::{PL_VERIFIED_THROUGH, RO_VERIFIED_THROUGH};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RateKind {
    /// PL odsetki ustawowe za opóźnienie (art. 481 § 2 KC; before 2016 the single statutory rate).
    PlDelay,
    /// PL odsetki ustawowe kapitałowe (art. 359 § 2 KC).
    PlCapital,
    /// PL commercial-transaction interest, fixed per half-year (art. 4 pkt 3, art. 11b UPNO).
    PlCommercial,
    /// PL commercial interest when the debtor is a public healthcare entity (art. 4 pkt 3 lit. a).
    PlCommercialHealthcare,
    /// NBP reference rate.
    NbpReference,
    /// BNR reference rate (rata dobânzii de referință), OG 13/2011 art. 3(1).
    BnrReference,
    /// BNR rate in force on the first day of each half-year (CPC art. 1018(1)).
    BnrSemester,
}

impl RateKind {
    fn from_csv(kind: &str) -> Option<RateKind> {
        Some(match kind {
            "ustawowe_za_opoznienie" => RateKind::PlDelay,
            "ustawowe_kapitalowe" => RateKind::PlCapital,
            "handlowe" => RateKind::PlCommercial,
            "handlowe_podmiot_leczniczy" => RateKind::PlCommercialHealthcare,
            "nbp_referencyjna" => RateKind::NbpReference,
            "bnr_referinta" => RateKind::BnrReference,
            "bnr_semestru" => RateKind::BnrSemester,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateRow {
    pub kind: RateKind,
    pub from: NaiveDate,
    /// Annual rate in percent.
    pub percent: Decimal,
    pub source: String,
}

const PL_CSV: &str = include_str!("../../../data/pl_rates.csv");
const RO_CSV: &str = include_str!("../../../data/ro_rates.csv");

/// The calendar's constructor, under the name `verified.rs` is written with (its two lines are
/// rewritten by the upkeep and keep their shape).
pub(crate) use crate::engine::calendar::ymd as date;

fn parse_table(text: &str) -> Vec<RateRow> {
    let mut rows: Vec<RateRow> = csv::parse(text)
        .into_iter()
        .skip(1)
        .filter_map(|r| {
            Some(RateRow {
                kind: RateKind::from_csv(r.first()?)?,
                from: r.get(1)?.parse().ok()?,
                percent: Decimal::from_str(r.get(2)?.trim()).ok()?,
                source: r.get(3).cloned().unwrap_or_default(),
            })
        })
        .collect();
    crate::engine::sorting::sort_by_key(&mut rows, |r| r.from);
    rows
}

fn all_rows() -> &'static [RateRow] {
    static ROWS: OnceLock<Vec<RateRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows = parse_table(PL_CSV);
        rows.extend(parse_table(RO_CSV));
        rows
    })
}

/// The rows of one kind, oldest first.
pub fn rows(kind: RateKind) -> impl Iterator<Item = &'static RateRow> {
    all_rows().iter().filter(move |r| r.kind == kind)
}

/// The row in force on a day (the last row whose effective date is not after it).
pub fn in_force(kind: RateKind, day: NaiveDate) -> Option<&'static RateRow> {
    rows(kind).take_while(|r| r.from <= day).last()
}

#[cfg(test)]
mod tests;
