//! NBP table A EUR mid rates on the last business day of each month (art. 10 UPNO conversion).

use super::csv;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;

const NBP_EUR_CSV: &str = include_str!("../../../data/pl_nbp_eur_month_end.csv");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EurRate {
    /// The day the NBP table was published.
    pub date: NaiveDate,
    pub table: String,
    pub pln_per_eur: Decimal,
}

fn table() -> &'static [EurRate] {
    static ROWS: OnceLock<Vec<EurRate>> = OnceLock::new();
    ROWS.get_or_init(|| {
        csv::parse(NBP_EUR_CSV)
            .into_iter()
            .skip(1)
            .filter_map(|r| {
                Some(EurRate {
                    date: r.get(1)?.parse().ok()?,
                    table: r.get(2)?.clone(),
                    pln_per_eur: Decimal::from_str(r.get(3)?.trim()).ok()?,
                })
            })
            .collect()
    })
}

/// The rate of the last business day of the month before the month the claim fell due
/// (art. 10 ust. 1 UPNO), if the bundled table has it.
pub fn nbp_eur_for_due_date(due: NaiveDate) -> Option<&'static EurRate> {
    let (year, month) = if due.month() == 1 {
        (due.year() - 1, 12)
    } else {
        (due.year(), due.month() - 1)
    };
    table()
        .iter()
        .find(|r| r.date.year() == year && r.date.month() == month)
}
