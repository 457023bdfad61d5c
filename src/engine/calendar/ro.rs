//! Romanian public holidays: Codul muncii art. 139(1), with the year each day was added
//! (reference/ro/rules.md §9).

use super::{orthodox_easter, ymd, Holiday};
use chrono::Days;

pub fn holidays(year: i32) -> Vec<Holiday> {
    let easter = orthodox_easter(year);
    let around_easter = |days: i64| easter.checked_add_signed(chrono::Duration::days(days));
    let fixed = |month, day, name| Holiday {
        date: ymd(year, month, day),
        name,
    };
    let movable = |offset: i64, name| around_easter(offset).map(|date| Holiday { date, name });
    let mut list = vec![
        fixed(1, 1, "Anul Nou"),
        fixed(1, 2, "Anul Nou (a doua zi)"),
        Holiday {
            date: easter,
            name: "Paștele",
        },
        Holiday {
            date: easter.checked_add_days(Days::new(1)).unwrap_or(easter),
            name: "A doua zi de Paște",
        },
        fixed(5, 1, "Ziua Muncii"),
        fixed(12, 1, "Ziua Națională a României"),
        fixed(12, 25, "Crăciunul"),
        fixed(12, 26, "A doua zi de Crăciun"),
    ];
    // Rusalii and the Dormition: Legea 202/2008, first kept in 2009.
    if year >= 2009 {
        list.extend(movable(49, "Rusaliile"));
        list.extend(movable(50, "A doua zi de Rusalii"));
        list.push(fixed(8, 15, "Adormirea Maicii Domnului"));
    }
    // St Andrew: Legea 147/2012, first kept 30.11.2012.
    if year >= 2012 {
        list.push(fixed(11, 30, "Sfântul Apostol Andrei"));
    }
    // Union Day and Children's Day: Legea 176/2016 and Legea 220/2016, first kept in 2017.
    if year >= 2017 {
        list.push(fixed(1, 24, "Ziua Unirii Principatelor Române"));
        list.push(fixed(6, 1, "Ziua Copilului"));
    }
    // Good Friday: Legea 64/2018, first kept 6.04.2018.
    if year >= 2018 {
        list.extend(movable(-2, "Vinerea Mare"));
    }
    // Epiphany and St John: Legea 52/2023, from 2024.
    if year >= 2024 {
        list.push(fixed(1, 6, "Boboteaza"));
        list.push(fixed(1, 7, "Sfântul Ioan Botezătorul"));
    }
    list
}
