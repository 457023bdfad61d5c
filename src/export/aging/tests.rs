//! Three debtors as at Tue 30.06.2026, aged by hand: A (PLN) 1 000,00 due Fri 29.05.2026 is 32
//! days overdue (31–60); B (PLN) 500,50 due Mon 06.07.2026 falls due in 6 days (within 14);
//! C (RON) 2 000,00 due Mon 01.12.2025, a public holiday in Romania (Ziua Națională), so due on
//! Tue 02.12.2025 (art. 2554 C.civ.) and 210 days overdue (181–365).

use super::*;
use crate::engine::case::{Case, Claim};
use crate::engine::interest::InterestKind;
use crate::engine::locale::Jurisdiction;
use crate::engine::portfolio::overview;
use chrono::NaiveDate;
use icalendar::{Calendar, CalendarComponent, Component};
use rust_decimal::Decimal;
use std::str::FromStr;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn case(j: Jurisdiction, debtor: &str, number: &str, due: &str, amount: &str) -> Case {
    let mut c = Case::new(j);
    c.interest.kind = InterestKind::Statutory;
    c.interest.compensation = false;
    c.debtor.name = debtor.into();
    c.debtor.tax_id = format!("{debtor}-1");
    c.claims.push(Claim::new(
        number,
        day(due),
        Decimal::from_str(amount).unwrap(),
        c.currency,
    ));
    c
}

fn portfolio() -> Overview {
    overview(
        &[
            case(
                Jurisdiction::Pl,
                "A; sp. j.",
                "FV 1",
                "2026-05-29",
                "1000.00",
            ),
            case(Jurisdiction::Pl, "B", "FV 2", "2026-07-06", "500.50"),
            case(Jurisdiction::Ro, "C", "F 3", "2025-12-01", "2000.00"),
        ],
        day("2026-06-30"),
    )
}

fn labels() -> Labels<'static> {
    Labels {
        stage: &|s| format!("{s:?}"),
        action: &|a| format!("{a:?}"),
        deadline: &|d| format!("{d:?}"),
        reason: &|r| format!("{r:?}"),
    }
}

#[test]
fn the_polish_aging_csv_has_its_columns_buckets_and_totals_per_currency() {
    let csv = aging_csv(&portfolio(), Lang::Pl, &labels());
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    let head: Vec<&str> = lines[0].split(';').collect();
    assert_eq!(head.len(), 23);
    assert_eq!(head[0], "Dłużnik");
    assert_eq!(head[9], "Płatne w ciągu 14 dni");
    assert_eq!(head[12], "31–60 dni");
    assert_eq!(head[22], "Ostatni kontakt");
    // The separator inside a name is quoted.
    assert!(
        lines[1].starts_with("\"A; sp. j.\";\"A; sp. j.-1\";PLN;1;1000,00;"),
        "{}",
        lines[1]
    );
    let a: Vec<&str> = lines[1].rsplit(';').collect();
    assert_eq!(
        a.len(),
        23 + 2,
        "the quoted name and tax ID hold one separator each"
    );
    assert_eq!(a[22 - 12], "1000,00", "31–60 days");
    assert_eq!(a[22 - 8], "32", "days overdue");
    let b: Vec<&str> = lines[2].split(';').collect();
    assert_eq!(&b[..4], ["B", "B-1", "PLN", "1"]);
    assert_eq!(b[8], "", "not overdue");
    assert_eq!(b[9], "500,50", "due within 14 days");
    let c: Vec<&str> = lines[3].split(';').collect();
    assert_eq!(c[2], "RON");
    assert_eq!(c[8], "210");
    assert_eq!(c[15], "2000,00", "181–365 days");
    // Totals per currency, never added across them.
    let pln: Vec<&str> = lines[4].split(';').collect();
    assert_eq!(&pln[..5], ["RAZEM PLN", "", "PLN", "2", "1500,50"]);
    assert_eq!(pln[9], "500,50");
    assert_eq!(pln[12], "1000,00");
    let ron: Vec<&str> = lines[5].split(';').collect();
    assert_eq!(&ron[..5], ["RAZEM RON", "", "RON", "1", "2000,00"]);
    assert_eq!(lines[6], "");
    assert_eq!(lines.len(), 7);
}

#[test]
fn the_english_aging_csv_uses_commas_and_points() {
    let csv = aging_csv(&portfolio(), Lang::En, &labels());
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("Debtor,Tax ID,Currency,Open invoices,Principal,"));
    assert!(lines[2].starts_with("B,B-1,PLN,1,500.50,"), "{}", lines[2]);
    let ro = portfolio();
    let csv = aging_csv(&ro, Lang::Ro, &labels());
    assert!(csv.contains("Debitor;CUI;Moneda;"));
    assert!(csv.contains("TOTAL RON;;RON;1;2000,00;"));
}

fn read_back(ics: &str) -> Vec<(String, NaiveDate, String)> {
    let calendar: Calendar = ics.parse().expect("parses");
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let date = match e.get_start() {
                Some(icalendar::DatePerhapsTime::Date(d)) => d,
                other => panic!("{other:?}"),
            };
            (
                e.get_uid().unwrap().to_string(),
                date,
                e.get_summary().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn one_calendar_of_every_step_and_deadline_with_stable_uids() {
    let ov = portfolio();
    let ids = vec!["d-a".to_string(), "d-b".to_string(), "d-c".to_string()];
    let stamp = day("2026-06-30").and_hms_opt(9, 0, 0).unwrap();
    let events = calendar_events(&ov, &ids, Lang::Pl, &labels());
    let ics = crate::export::ics::calendar("Overdue", &events, stamp);
    let read = read_back(&ics);
    // Each case has a next step, and every open claim a limitation deadline ahead.
    let steps = ov.rows.iter().filter(|r| r.next.is_some()).count();
    let deadlines: usize = ov
        .rows
        .iter()
        .map(|r| r.deadlines.iter().filter(|d| d.date >= ov.as_at).count())
        .sum();
    assert_eq!(steps, 3);
    assert!(deadlines >= 3);
    assert_eq!(read.len(), steps + deadlines);
    for r in &ov.rows {
        let a = r.next.as_ref().unwrap();
        let summary = format!("{:?}: {}", a.kind, r.debtor);
        assert!(
            read.iter().any(|(_, d, s)| *d == a.date && *s == summary),
            "{summary} on {}",
            a.date
        );
    }
    // Every UID differs; the same portfolio again gives the same UIDs (a later stamp too).
    let mut uids: Vec<&String> = read.iter().map(|(u, _, _)| u).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), read.len());
    let later = day("2026-07-01").and_hms_opt(9, 0, 0).unwrap();
    let again = read_back(&crate::export::ics::calendar("Overdue", &events, later));
    assert_eq!(
        again.iter().map(|e| &e.0).collect::<Vec<_>>(),
        read.iter().map(|e| &e.0).collect::<Vec<_>>()
    );
    // Another case id (another draft) gets other UIDs.
    let other = vec!["x".to_string(), "y".to_string(), "z".to_string()];
    let moved = calendar_events(&ov, &other, Lang::Pl, &labels());
    assert!(moved.iter().all(|m| events.iter().all(|e| e.key != m.key)));
    // Steps remind a day before, deadlines 60 and 14 days before.
    assert_eq!(ics.matches("TRIGGER:-P1D").count(), steps);
    assert_eq!(ics.matches("TRIGGER:-P60D").count(), deadlines);
}

/// Issue 15: a step or deadline whose date moves keeps its UID, so a second import moves the
/// event. B's reminder before the due date (Mon 6.07.2026) moves from D − 3 = 3.07 to D − 5 =
/// 1.07 when the person changes the timing; A's limitation moves from the earliest possible day
/// to the end of 2029 once its kind (services of a business, 3 years, art. 118 KC) is chosen.
#[test]
fn a_moved_date_keeps_its_uid_and_the_second_export_is_a_revision() {
    let cases = || {
        vec![
            case(Jurisdiction::Pl, "A", "FV 1", "2026-05-29", "1000.00"),
            case(Jurisdiction::Pl, "B", "FV 2", "2026-07-06", "500.50"),
        ]
    };
    let ids = vec!["d-a".to_string(), "d-b".to_string()];
    let as_at = day("2026-06-30");
    let export = |cases: &[Case], stamp: &str| {
        let ov = overview(cases, as_at);
        let events = calendar_events(&ov, &ids, Lang::Pl, &labels());
        let stamp = day(stamp).and_hms_opt(9, 0, 0).unwrap();
        crate::export::ics::calendar("Overdue", &events, stamp)
    };
    let first = export(&cases(), "2026-06-30");
    let mut moved = cases();
    moved[1]
        .collection
        .timings
        .set(crate::engine::case::Timing::ReminderBefore, Some(5));
    moved[0].claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Business);
    let second = export(&moved, "2026-07-01");
    let (a, b) = (read_back(&first), read_back(&second));
    assert_eq!(a.len(), b.len(), "no event added or lost");
    let find = |events: &[(String, NaiveDate, String)], summary: &str| {
        events
            .iter()
            .find(|e| e.2 == summary)
            .cloned()
            .unwrap_or_else(|| panic!("{summary} in {events:?}"))
    };
    let step = "PreDueReminder: B";
    let (before, after) = (find(&a, step), find(&b, step));
    assert_eq!((before.1, after.1), (day("2026-07-03"), day("2026-07-01")));
    assert_eq!(before.0, after.0, "the moved step keeps its UID");
    let limitation = "Limitation: A";
    let (before, after) = (find(&a, limitation), find(&b, limitation));
    assert_ne!(before.1, after.1);
    assert_eq!(after.1, day("2029-12-31"));
    assert_eq!(before.0, after.0, "the moved deadline keeps its UID");
    // Every UID of the first export is in the second: an import replaces, never duplicates.
    let mut ua: Vec<&String> = a.iter().map(|e| &e.0).collect();
    let mut ub: Vec<&String> = b.iter().map(|e| &e.0).collect();
    ua.sort();
    ub.sort();
    assert_eq!(ua, ub);
    // The later export is a revision: a higher SEQUENCE (minutes since 2020).
    let sequence = |ics: &str| -> i64 {
        let calendar: Calendar = ics.parse().unwrap();
        let CalendarComponent::Event(e) = &calendar.components[0] else {
            panic!("an event first");
        };
        e.property_value("SEQUENCE").unwrap().parse().unwrap()
    };
    // 1.01.2020 to 30.06.2026 09:00 is 2 372 days and 9 hours.
    assert_eq!(sequence(&first), 2_372 * 1440 + 9 * 60);
    assert_eq!(sequence(&second), sequence(&first) + 1440);
}
