//! Reading dates as people type them and writing them as each language's documents do.

use crate::engine::error::InputError;
use crate::engine::locale::Lang;
use chrono::{Datelike, NaiveDate};

/// The calendar range Overdue's tables cover.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1990, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

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
