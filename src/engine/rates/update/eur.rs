//! The EUR month-end tables (NBP for PL, BNR for RO): one row per month that has ended, the
//! quote of the month's last bank day.

use super::{Added, DailyEur, Month, Summary, Table};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

pub(super) const PL_EUR_FILE: &str = "data/pl_nbp_eur_month_end.csv";
pub(super) const RO_EUR_FILE: &str = "data/ro_bnr_eur_month_end.csv";

/// NBP and BNR quote EUR to four places; JSON drops trailing zeros (4.26 for 4.2600).
pub(super) fn four_places(v: Decimal) -> String {
    format!("{:.4}", v)
}

/// The last bank day of a month by the holiday calendar (Saturdays never count). A file whose
/// last quote of a month is on another day is incomplete or unusual: the month is left out and
/// listed for a look by hand rather than filled with a mid-month rate.
fn last_bank_day(month: Month, jurisdiction: crate::engine::locale::Jurisdiction) -> NaiveDate {
    let mut day = month.last_day();
    for _ in 0..10 {
        let weekend = matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
        if !weekend && crate::engine::calendar::holiday_on(jurisdiction, day).is_none() {
            break;
        }
        day = day.pred_opt().unwrap_or(day);
    }
    day
}

#[allow(clippy::too_many_arguments)]
pub(super) fn update_eur(
    text: &str,
    file_name: &'static str,
    months: &[Month],
    quotes: &[DailyEur],
    source: impl Fn(&DailyEur) -> String,
    fields: impl Fn(Month, &DailyEur, String) -> Vec<String>,
    jurisdiction: crate::engine::locale::Jurisdiction,
    summary: &mut Summary,
) -> String {
    let mut table = Table::read(text);
    for &month in months {
        let Some(quote) = quotes
            .iter()
            .filter(|q| Month::of(q.date) == month)
            .max_by_key(|q| q.date)
        else {
            summary.missing.push(format!(
                "{file_name}: no quote for {month} in the downloaded file"
            ));
            continue;
        };
        let expected = last_bank_day(month, jurisdiction);
        if quote.date != expected {
            summary.missing.push(format!(
                "{file_name}: {month} not added: the file's last quote is dated {}, the last bank day is {expected}",
                quote.date
            ));
            continue;
        }
        table.insert_by_month(&fields(month, quote, source(quote)));
        summary.added.push(Added {
            file: file_name,
            kind: month.to_string(),
            date: quote.date,
            value: four_places(quote.rate),
        });
    }
    table.text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::locale::Jurisdiction;

    /// The month-end rule the upkeep applies to new rows holds for every NBP row already
    /// bundled (158 months from 2013, each read from NBP's own tables).
    #[test]
    fn the_last_bank_day_rule_matches_every_bundled_nbp_month_end() {
        let table = Table::read(include_str!("../../../../data/pl_nbp_eur_month_end.csv"));
        let rows = table.rows();
        assert!(rows.len() > 150);
        for r in rows {
            let month = Month::parse(&r[0]).unwrap();
            assert_eq!(
                last_bank_day(month, Jurisdiction::Pl).to_string(),
                r[1],
                "{month}"
            );
        }
    }
}
