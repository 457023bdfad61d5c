//! Easter Sunday: Gregorian (Poland) and Orthodox (Romania).

use super::ymd;
use chrono::{Days, NaiveDate};

/// Gregorian Easter (Meeus/Jones/Butcher algorithm).
pub fn western_easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, month as u32, day as u32)
}

/// Orthodox Easter: the Julian computus (Meeus), moved to the Gregorian calendar.
/// The Julian–Gregorian gap is 13 days in 1900–2099 and 14 from March 2100.
pub fn orthodox_easter(year: i32) -> NaiveDate {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian_gap = (year / 100 - year / 400 - 2).max(0).unsigned_abs();
    let julian = ymd(year, month as u32, day as u32);
    julian
        .checked_add_days(Days::new(u64::from(julian_gap)))
        .unwrap_or(julian)
}
