//! EUR month-end rates for the fixed compensation: NBP table A mid rates (PL, art. 10 UPNO) and
//! BNR reference rates (RO, the default rule of `bnr_eur_for_due_date`), each of the last bank
//! day of a month. `scripts/update-rates` fills both tables.

use super::csv;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;

const NBP_EUR_CSV: &str = include_str!("../../../data/pl_nbp_eur_month_end.csv");
const BNR_EUR_CSV: &str = include_str!("../../../data/ro_bnr_eur_month_end.csv");

/// What `Compensation::eur_rate_table` holds for a BNR rate (BNR numbers no tables).
pub const BNR_TABLE: &str = "BNR";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EurRate {
    /// The day the rate was published.
    pub date: NaiveDate,
    /// The NBP table number, or [`BNR_TABLE`].
    pub table: String,
    /// Local currency (PLN or RON) per EUR.
    pub per_eur: Decimal,
}

/// `month,date,table_no,eur_pln_mid,source` (NBP) or `month,date,eur_ron,source` (BNR).
fn parse(text: &str, with_table_column: bool) -> Vec<EurRate> {
    csv::parse(text)
        .into_iter()
        .skip(1)
        .filter_map(|r| {
            let (table, rate) = if with_table_column {
                (r.get(2)?.clone(), r.get(3)?)
            } else {
                (BNR_TABLE.to_string(), r.get(2)?)
            };
            Some(EurRate {
                date: r.get(1)?.parse().ok()?,
                table,
                per_eur: Decimal::from_str(rate.trim()).ok()?,
            })
        })
        .collect()
}

fn nbp_table() -> &'static [EurRate] {
    static ROWS: OnceLock<Vec<EurRate>> = OnceLock::new();
    ROWS.get_or_init(|| parse(NBP_EUR_CSV, true))
}

fn bnr_table() -> &'static [EurRate] {
    static ROWS: OnceLock<Vec<EurRate>> = OnceLock::new();
    ROWS.get_or_init(|| parse(BNR_EUR_CSV, false))
}

/// The row of the month before the month the claim fell due, if the table has it.
fn month_before(table: &[EurRate], due: NaiveDate) -> Option<&EurRate> {
    let (year, month) = if due.month() == 1 {
        (due.year() - 1, 12)
    } else {
        (due.year(), due.month() - 1)
    };
    table
        .iter()
        .find(|r| r.date.year() == year && r.date.month() == month)
}

/// The NBP rate of the last business day of the month before the month the claim fell due
/// (art. 10 ust. 1 UPNO), if the bundled table has it.
pub fn nbp_eur_for_due_date(due: NaiveDate) -> Option<&'static EurRate> {
    month_before(nbp_table(), due)
}

/// The BNR reference rate of the last bank day of the month before the month the claim fell due.
///
/// Legea 72/2013 does not say which BNR rate converts the 40 EUR (reference/ro/rules.md §2,
/// UNCONFIRMED). This default mirrors the rule Poland wrote for the same directive (art. 10
/// ust. 1 UPNO), so both jurisdictions convert alike; the result names the rate and its date
/// (`Warning::RoEurRateDefault`) and a typed rate replaces it.
pub fn bnr_eur_for_due_date(due: NaiveDate) -> Option<&'static EurRate> {
    month_before(bnr_table(), due)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::testkit::date as d;

    /// The BNR table's shape, read as the bundled file is (rows as scripts/update-rates writes
    /// them; the rate is BNR's of 13.12.2024, tests/fixtures/rates/bnr/nbrfxrates-2024-12-13.xml,
    /// standing in for a month end).
    #[test]
    fn bnr_rows_are_read_and_looked_up_by_the_month_before() {
        let rows = parse(
            "month,date,eur_ron,source\r\n2024-11,2024-11-29,4.9732,\"BNR nbrfxrates2024.xml, test\"\r\n",
            false,
        );
        assert_eq!(
            rows,
            vec![EurRate {
                date: d("2024-11-29"),
                table: BNR_TABLE.into(),
                per_eur: Decimal::new(49732, 4),
            }]
        );
        assert_eq!(month_before(&rows, d("2024-12-02")), rows.first());
        assert_eq!(month_before(&rows, d("2024-11-30")), None);
        // The bundled table parses (it may still be empty: the upkeep fills it).
        assert!(bnr_table().iter().all(|r| r.table == BNR_TABLE));
    }
}
