//! Dates: built in constants, stepped by months and years, read as people type them and written
//! as each language's documents do. The one home of these helpers for the whole engine.

use crate::engine::error::InputError;
use crate::engine::locale::Lang;
use chrono::{Datelike, Months, NaiveDate};

/// A date known to exist, usable in constants (the rate tables, the reforms' start days). An
/// impossible day would be a typo in the code; it becomes `NaiveDate::MIN`, which every table
/// test would notice, rather than a panic.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(v) => v,
        None => NaiveDate::MIN,
    }
}

/// 31 December of the day's year (PL art. 118 zd. 2 KC ends periods there; interest periods are
/// split there because the rate's divisor may change with the year).
pub fn end_of_year(day: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day)
}

/// N years after `day` on the corresponding day; 29 February -> 28 February (PL art. 112,
/// RO art. 2552). Past the end of the calendar the day itself.
pub fn add_years(day: NaiveDate, years: u32) -> NaiveDate {
    add_months(day, 12 * years)
}

/// N months after `day` on the corresponding day, or the month's last day when it has none.
pub fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months)).unwrap_or(day)
}

/// The calendar range Overdue's tables cover.
pub const MIN_DATE: NaiveDate = ymd(1990, 1, 1);
pub const MAX_DATE: NaiveDate = ymd(2100, 12, 31);

/// Accepts ISO `2025-06-20` (what date inputs send) and day-first `20.06.2025`, `20/06/2025`,
/// `20-06-2025`.
pub fn parse_date(input: &str) -> Result<NaiveDate, InputError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let parts: Vec<&str> = s.split(['-', '.', '/']).map(str::trim).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(InputError::NotADate);
    }
    let num = |p: &str| p.parse::<u32>().map_err(|_| InputError::NotADate);
    let (y, m, d) = if parts[0].len() == 4 {
        (num(parts[0])?, num(parts[1])?, num(parts[2])?)
    } else if parts[2].len() == 4 {
        (num(parts[2])?, num(parts[1])?, num(parts[0])?)
    } else {
        return Err(InputError::NotADate);
    };
    let date = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(InputError::NotADate)?;
    if !(MIN_DATE..=MAX_DATE).contains(&date) {
        return Err(InputError::DateOutOfRange);
    }
    Ok(date)
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// pl/ro `20.06.2025` (as in judgments and letters), en `20 Jun 2025` (unambiguous abroad).
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Pl | Lang::Ro => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
        Lang::En => format!(
            "{} {} {}",
            date.day(),
            EN_MONTHS[date.month0() as usize],
            date.year()
        ),
    }
}
