//! Calendar law: public holidays per country and which days count as working days.

mod dates;
mod easter;
mod pl;
mod ro;

pub use dates::{
    add_months, add_years, end_of_year, format_date, parse_date, ymd, MAX_DATE, MIN_DATE,
};
pub use easter::{orthodox_easter, western_easter};

use crate::engine::locale::Jurisdiction;
use chrono::{Datelike, NaiveDate, Weekday};

/// A public holiday with its name in the country's own language (as courts and letters write it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: &'static str,
}

/// The statutory public holidays of a year, in date order.
pub fn holidays(jurisdiction: Jurisdiction, year: i32) -> Vec<Holiday> {
    let mut list = match jurisdiction {
        Jurisdiction::Pl => pl::holidays(year),
        Jurisdiction::Ro => ro::holidays(year),
    };
    crate::engine::sorting::sort_by_key(&mut list, |h| h.date);
    list.dedup_by_key(|h| h.date);
    list
}

pub fn holiday_on(jurisdiction: Jurisdiction, date: NaiveDate) -> Option<Holiday> {
    holidays(jurisdiction, date.year())
        .into_iter()
        .find(|h| h.date == date)
}

/// Whether a performance deadline falling on this day moves to the next day.
///
/// Poland, art. 115 KC: Sundays and public holidays, and Saturdays only from 1.01.2017
/// (Dz.U. 2016 poz. 2255). Romania, Civil Code art. 2554 / CPC art. 181(2): Saturdays, Sundays
/// and public holidays.
pub fn is_non_working(jurisdiction: Jurisdiction, date: NaiveDate) -> bool {
    let weekend = match (jurisdiction, date.weekday()) {
        (_, Weekday::Sun) => true,
        (Jurisdiction::Pl, Weekday::Sat) => date >= pl::SATURDAY_FROM,
        (Jurisdiction::Ro, Weekday::Sat) => true,
        _ => false,
    };
    weekend || holiday_on(jurisdiction, date).is_some()
}

/// The deadline after the non-working-day rule: the date itself, or the next working day.
pub fn next_working_day(jurisdiction: Jurisdiction, date: NaiveDate) -> NaiveDate {
    let mut day = date;
    // At most a handful of consecutive non-working days exist; the bound keeps this total.
    for _ in 0..14 {
        if !is_non_working(jurisdiction, day) {
            return day;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => return day,
        }
    }
    day
}

#[cfg(test)]
mod tests;
