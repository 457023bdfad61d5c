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

/// The first due date a new plan proposes: the first working day of the month after the
/// agreement (never a holiday such as 1 January, when a calendar month from 1 December lands).
pub fn default_first_due(jurisdiction: Jurisdiction, agreement: NaiveDate) -> NaiveDate {
    let next_month = agreement
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(agreement);
    next_working_day(jurisdiction, next_month)
}

#[cfg(test)]
mod default_tests {
    use super::*;

    use crate::engine::testkit::date as d;

    /// Worked from the calendars: 1.01.2027 is a Friday and a holiday in both countries (RO also
    /// 2 January), then the weekend; 1.05.2026 is a Friday holiday, 2–3 May the weekend; 1.06.2026
    /// is a Monday, a working day in Poland (Corpus Christi is 4 June) but in Romania both
    /// Children's Day and the second day of Orthodox Pentecost (Easter 12 April + 50 days).
    #[test]
    fn first_working_day_of_the_next_month() {
        use Jurisdiction::{Pl, Ro};
        assert_eq!(default_first_due(Pl, d("2026-12-01")), d("2027-01-04"));
        assert_eq!(default_first_due(Ro, d("2026-12-31")), d("2027-01-04"));
        assert_eq!(default_first_due(Pl, d("2026-04-10")), d("2026-05-04"));
        assert_eq!(default_first_due(Pl, d("2026-05-15")), d("2026-06-01"));
        assert_eq!(default_first_due(Ro, d("2026-05-15")), d("2026-06-02"));
        assert_eq!(default_first_due(Pl, d("2026-01-31")), d("2026-02-02"));
    }
}
