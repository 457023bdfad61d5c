//! Due dates of a plan.

use super::model::{Frequency, MonthEnd};
use crate::engine::calendar::next_working_day;
use crate::engine::locale::Jurisdiction;
use chrono::{Datelike, Days, Months, NaiveDate};

fn month_step(first: NaiveDate, months: u32, rule: MonthEnd) -> NaiveDate {
    let Some(start) = first
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(months)))
    else {
        return first;
    };
    match start.with_day(first.day()) {
        Some(d) => d,
        None => match rule {
            // chrono clamps to the month's last day.
            MonthEnd::LastDay => first
                .checked_add_months(Months::new(months))
                .unwrap_or(start),
            MonthEnd::NextMonth => start.checked_add_months(Months::new(1)).unwrap_or(start),
        },
    }
}

/// `n` due dates from `first`, each counted from the first one (so 31 January, 28 February,
/// 31 March — never drifting to the 28th), optionally moved to the next working day.
pub fn due_dates(
    first: NaiveDate,
    n: u32,
    frequency: Frequency,
    rule: MonthEnd,
    shift: Option<Jurisdiction>,
) -> Vec<NaiveDate> {
    (0..n)
        .map(|k| {
            let d = match frequency {
                Frequency::Monthly => month_step(first, k, rule),
                Frequency::Quarterly => month_step(first, 3 * k, rule),
                // At most 360 weeks on from a bounded date: far inside chrono's range.
                Frequency::Biweekly => first
                    .checked_add_days(Days::new(14 * u64::from(k)))
                    .unwrap_or(first),
                Frequency::Weekly => first
                    .checked_add_days(Days::new(7 * u64::from(k)))
                    .unwrap_or(first),
            };
            match shift {
                Some(j) => next_working_day(j, d),
                None => d,
            }
        })
        .collect()
}
