use super::*;
use crate::engine::error::InputError;
use crate::engine::locale::{Jurisdiction, Lang};

use crate::engine::testkit::date as d;

fn dates(j: Jurisdiction, year: i32) -> Vec<String> {
    holidays(j, year)
        .into_iter()
        .map(|h| h.date.format("%m-%d").to_string())
        .collect()
}

/// Every Polish holiday of 2024–2027 (reference/pl/rules.md §4; movable feasts from Easter).
#[test]
fn polish_holidays_2024_to_2027() {
    let expected: [(i32, &[&str]); 4] = [
        (
            2024,
            &[
                "01-01", "01-06", "03-31", "04-01", "05-01", "05-03", "05-19", "05-30", "08-15",
                "11-01", "11-11", "12-25", "12-26",
            ],
        ),
        (
            2025,
            &[
                "01-01", "01-06", "04-20", "04-21", "05-01", "05-03", "06-08", "06-19", "08-15",
                "11-01", "11-11", "12-24", "12-25", "12-26",
            ],
        ),
        (
            2026,
            &[
                "01-01", "01-06", "04-05", "04-06", "05-01", "05-03", "05-24", "06-04", "08-15",
                "11-01", "11-11", "12-24", "12-25", "12-26",
            ],
        ),
        (
            2027,
            &[
                "01-01", "01-06", "03-28", "03-29", "05-01", "05-03", "05-16", "05-27", "08-15",
                "11-01", "11-11", "12-24", "12-25", "12-26",
            ],
        ),
    ];
    for (year, want) in expected {
        assert_eq!(dates(Jurisdiction::Pl, year), want, "{year}");
    }
}

/// Every Romanian holiday of 2024–2027 (reference/ro/rules.md §9 and its Easter table).
#[test]
fn romanian_holidays_2024_to_2027() {
    let expected: [(i32, &[&str]); 4] = [
        (
            2024,
            &[
                "01-01", "01-02", "01-06", "01-07", "01-24", "05-01", "05-03", "05-05", "05-06",
                "06-01", "06-23", "06-24", "08-15", "11-30", "12-01", "12-25", "12-26",
            ],
        ),
        (
            2025,
            &[
                "01-01", "01-02", "01-06", "01-07", "01-24", "04-18", "04-20", "04-21", "05-01",
                "06-01", "06-08", "06-09", "08-15", "11-30", "12-01", "12-25", "12-26",
            ],
        ),
        (
            2026,
            &[
                "01-01", "01-02", "01-06", "01-07", "01-24", "04-10", "04-12", "04-13", "05-01",
                "05-31", "06-01", "08-15", "11-30", "12-01", "12-25", "12-26",
            ],
        ),
        (
            2027,
            &[
                "01-01", "01-02", "01-06", "01-07", "01-24", "04-30", "05-01", "05-02", "05-03",
                "06-01", "06-20", "06-21", "08-15", "11-30", "12-01", "12-25", "12-26",
            ],
        ),
    ];
    for (year, want) in expected {
        assert_eq!(dates(Jurisdiction::Ro, year), want, "{year}");
    }
}

#[test]
fn holidays_appear_from_the_year_the_law_added_them() {
    let has = |j, date: &str| holiday_on(j, d(date)).is_some();
    assert!(!has(Jurisdiction::Pl, "2010-01-06"));
    assert!(has(Jurisdiction::Pl, "2011-01-06"));
    assert!(has(Jurisdiction::Pl, "2018-11-12"));
    assert!(!has(Jurisdiction::Pl, "2019-11-12"));
    assert!(!has(Jurisdiction::Pl, "2024-12-24"));
    assert!(has(Jurisdiction::Pl, "2025-12-24"));
    assert!(!has(Jurisdiction::Ro, "2016-01-24"));
    assert!(has(Jurisdiction::Ro, "2017-01-24"));
    assert!(
        !has(Jurisdiction::Ro, "2017-04-14"),
        "no Good Friday before 2018"
    );
    assert!(has(Jurisdiction::Ro, "2018-04-06"));
    assert!(!has(Jurisdiction::Ro, "2023-01-06"));
    assert!(!has(Jurisdiction::Ro, "2011-11-30"));
    assert!(has(Jurisdiction::Ro, "2012-11-30"));
}

#[test]
fn easter_dates() {
    for (year, want) in [
        (2000, "2000-04-23"),
        (2019, "2019-04-21"),
        (2038, "2038-04-25"),
        (2100, "2100-03-28"),
        (1990, "1990-04-15"),
    ] {
        assert_eq!(western_easter(year), d(want), "{year}");
    }
    // Orthodox Easter table of reference/ro/rules.md §9.
    let orthodox = [
        (2011, "04-24"),
        (2012, "04-15"),
        (2013, "05-05"),
        (2014, "04-20"),
        (2015, "04-12"),
        (2016, "05-01"),
        (2017, "04-16"),
        (2018, "04-08"),
        (2019, "04-28"),
        (2020, "04-19"),
        (2021, "05-02"),
        (2022, "04-24"),
        (2023, "04-16"),
        (2024, "05-05"),
        (2025, "04-20"),
        (2026, "04-12"),
        (2027, "05-02"),
        (2028, "04-16"),
        (2029, "04-08"),
        (2030, "04-28"),
    ];
    for (year, md) in orthodox {
        assert_eq!(orthodox_easter(year), d(&format!("{year}-{md}")), "{year}");
    }
}

#[test]
fn every_year_in_range_has_sane_holidays() {
    for year in 1990..=2100 {
        for j in Jurisdiction::ALL {
            let list = holidays(j, year);
            // Orthodox Easter can fall on 1 May (1994), merging two holidays.
            assert!(list.len() >= 7, "{j:?} {year}");
            assert!(list.iter().all(|h| chrono::Datelike::year(&h.date) == year));
        }
    }
}

#[test]
fn polish_deadline_shift_art_115() {
    // New Year's Day 2021 is a Friday; Saturday and Sunday follow (reference/pl/rules.md §1.5).
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2021-01-01")),
        d("2021-01-04")
    );
    // Saturdays did not count before 2017.
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2015-01-03")),
        d("2015-01-03")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2015-01-04")),
        d("2015-01-05")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2017-01-07")),
        d("2017-01-09")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2018-11-10")),
        d("2018-11-13")
    );
    // 24–26 December 2025 holidays, then a weekend.
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2025-12-24")),
        d("2025-12-29")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Pl, d("2025-06-20")),
        d("2025-06-20")
    );
}

#[test]
fn romanian_deadline_shift_art_2554() {
    // reference/ro/examples.md C7.
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2025-03-15")),
        d("2025-03-17")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2025-11-30")),
        d("2025-12-02")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2026-01-04")),
        d("2026-01-05")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2025-05-10")),
        d("2025-05-12")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2024-01-06")),
        d("2024-01-08")
    );
    assert_eq!(
        next_working_day(Jurisdiction::Ro, d("2024-01-31")),
        d("2024-01-31")
    );
}

#[test]
fn parses_dates_people_type() {
    assert_eq!(parse_date("2025-06-20"), Ok(d("2025-06-20")));
    assert_eq!(parse_date(" 20.06.2025 "), Ok(d("2025-06-20")));
    assert_eq!(parse_date("20/06/2025"), Ok(d("2025-06-20")));
    assert_eq!(parse_date("5.1.2024"), Ok(d("2024-01-05")));
    assert_eq!(parse_date(""), Err(InputError::Empty));
    assert_eq!(parse_date("31.02.2025"), Err(InputError::NotADate));
    assert_eq!(parse_date("tomorrow"), Err(InputError::NotADate));
    assert_eq!(parse_date("20.06.25"), Err(InputError::NotADate));
    assert_eq!(parse_date("1989-12-31"), Err(InputError::DateOutOfRange));
    assert_eq!(parse_date("2101-01-01"), Err(InputError::DateOutOfRange));
    assert_eq!(format_date(d("2025-06-20"), Lang::Pl), "20.06.2025");
    assert_eq!(format_date(d("2025-06-05"), Lang::En), "5 Jun 2025");
}

/// The date steps the periods use: the corresponding day, or the month's last day when the
/// month has none (PL art. 112 KC, RO art. 2552 C.civ.: 29.02 + 1 year = 28.02).
#[test]
fn date_steps_land_on_the_corresponding_day_or_the_months_last() {
    assert_eq!(add_years(d("2024-02-29"), 1), d("2025-02-28"));
    assert_eq!(add_years(d("2024-02-29"), 4), d("2028-02-29"));
    assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
    assert_eq!(add_months(d("2025-08-31"), 6), d("2026-02-28"));
    assert_eq!(end_of_year(d("2025-03-15")), d("2025-12-31"));
    assert_eq!(
        ymd(2025, 2, 29),
        NaiveDate::MIN,
        "an impossible constant is visible, not a panic"
    );
    assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
}
