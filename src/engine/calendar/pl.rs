//! Polish public holidays: ustawa z 18.01.1951 o dniach wolnych od pracy, art. 1
//! (t.j. Dz.U. 2025 poz. 296), with the dates each day was added.

use super::{western_easter, ymd, Holiday};
use chrono::{Days, NaiveDate};

/// Art. 115 KC counts Saturday as a non-working day from this date (Dz.U. 2016 poz. 2255).
pub const SATURDAY_FROM: NaiveDate = ymd(2017, 1, 1);

pub fn holidays(year: i32) -> Vec<Holiday> {
    let easter = western_easter(year);
    // Checked: the calendar answers for any date chrono holds, not only the bounded ones.
    let after_easter = |days: u64, name| Holiday {
        date: easter.checked_add_days(Days::new(days)).unwrap_or(easter),
        name,
    };
    let fixed = |month, day, name| Holiday {
        date: ymd(year, month, day),
        name,
    };
    let mut list = vec![
        fixed(1, 1, "Nowy Rok"),
        after_easter(0, "Wielkanoc"),
        after_easter(1, "Poniedziałek Wielkanocny"),
        fixed(5, 1, "Święto Państwowe"),
        fixed(5, 3, "Święto Narodowe Trzeciego Maja"),
        after_easter(49, "Zielone Świątki"),
        after_easter(60, "Boże Ciało"),
        fixed(8, 15, "Wniebowzięcie Najświętszej Maryi Panny"),
        fixed(11, 1, "Wszystkich Świętych"),
        fixed(11, 11, "Narodowe Święto Niepodległości"),
        fixed(12, 25, "Boże Narodzenie (pierwszy dzień)"),
        fixed(12, 26, "Boże Narodzenie (drugi dzień)"),
    ];
    // Epiphany again a holiday from 2011 (Dz.U. 2010 nr 224 poz. 1459).
    if year >= 2011 {
        list.push(fixed(1, 6, "Święto Trzech Króli"));
    }
    // One-off day off for the centenary of independence (Dz.U. 2018 poz. 2117).
    if year == 2018 {
        list.push(fixed(11, 12, "Dzień wolny (100-lecie Niepodległości)"));
    }
    // Christmas Eve a holiday from 2025 (ustawa z 6.12.2024).
    if year >= 2025 {
        list.push(fixed(12, 24, "Wigilia Bożego Narodzenia"));
    }
    list
}
