use super::*;
use chrono::Datelike;

use crate::engine::testkit::date as d;
use crate::engine::testkit::dec;

#[test]
fn every_kind_loads_with_sources() {
    for (kind, at_least) in [
        (RateKind::PlDelay, 40),
        (RateKind::PlCapital, 40),
        (RateKind::PlCommercial, 22),
        (RateKind::PlCommercialHealthcare, 14),
        (RateKind::NbpReference, 48),
        (RateKind::BnrReference, 38),
        (RateKind::BnrSemester, 31),
    ] {
        let list: Vec<_> = rows(kind).collect();
        assert!(list.len() >= at_least, "{kind:?}: {}", list.len());
        assert!(
            list.iter().all(|r| !r.source.is_empty()),
            "{kind:?} sources"
        );
        assert!(
            list.windows(2).all(|w| w[0].from < w[1].from),
            "{kind:?} sorted, unique"
        );
    }
}

/// Since 2016 the statutory rates are the NBP reference rate plus a fixed margin.
#[test]
fn polish_statutory_rates_follow_the_reference_rate() {
    for r in rows(RateKind::PlDelay).filter(|r| r.from >= d("2016-01-01")) {
        let reference = in_force(RateKind::NbpReference, r.from).unwrap();
        assert_eq!(r.percent, reference.percent + dec("5.5"), "{}", r.from);
        let capital = in_force(RateKind::PlCapital, r.from).unwrap();
        assert_eq!(
            capital.percent,
            reference.percent + dec("3.5"),
            "{}",
            r.from
        );
    }
}

/// Art. 11b UPNO: the reference rate in force on 1 January / 1 July, plus 8 pp (2016–2019) or
/// 10 pp (from 2020); healthcare debtors plus 8 pp.
#[test]
fn polish_commercial_rates_are_fixed_per_half_year() {
    for r in rows(RateKind::PlCommercial) {
        assert!(r.from.day() == 1 && (r.from.month() == 1 || r.from.month() == 7));
        let reference = in_force(RateKind::NbpReference, r.from).unwrap().percent;
        let margin = if r.from.year() >= 2020 {
            dec("10")
        } else {
            dec("8")
        };
        assert_eq!(r.percent, reference + margin, "{}", r.from);
    }
    for r in rows(RateKind::PlCommercialHealthcare) {
        let reference = in_force(RateKind::NbpReference, r.from).unwrap().percent;
        assert_eq!(r.percent, reference + dec("8"), "{}", r.from);
    }
    // The pitfalls named in reference/pl/rules.md §1.2.
    assert_eq!(
        in_force(RateKind::PlCommercial, d("2025-08-01"))
            .unwrap()
            .percent,
        dec("15.25")
    );
    assert_eq!(
        in_force(RateKind::PlCommercial, d("2022-03-01"))
            .unwrap()
            .percent,
        dec("11.75")
    );
}

/// CPC art. 1018(1): the semester rows equal the BNR rate in force on the semester's first day.
#[test]
fn romanian_semester_rows_match_the_reference_rate() {
    for r in rows(RateKind::BnrSemester) {
        let reference = in_force(RateKind::BnrReference, r.from).unwrap();
        assert_eq!(r.percent, reference.percent, "{}", r.from);
    }
    // Circulars quoted in reference/ro/examples.md B6.
    assert_eq!(
        in_force(RateKind::BnrReference, d("2014-01-09"))
            .unwrap()
            .percent,
        dec("3.75")
    );
    assert_eq!(
        in_force(RateKind::BnrReference, d("2024-07-08"))
            .unwrap()
            .percent,
        dec("6.75")
    );
    assert_eq!(
        in_force(RateKind::BnrReference, d("2024-07-07"))
            .unwrap()
            .percent,
        dec("7.00")
    );
}

#[test]
fn nbp_eur_rate_is_from_the_month_before_the_due_month() {
    // reference/pl/examples.md G.1: due 12.09.2016 -> 31.08.2016, 4.3555.
    let rate = nbp_eur_for_due_date(d("2016-09-12")).unwrap();
    assert_eq!(rate.date, d("2016-08-31"));
    assert_eq!(rate.per_eur, dec("4.3555"));
    assert_eq!(
        nbp_eur_for_due_date(d("2014-01-15")).unwrap().date,
        d("2013-12-31")
    );
    assert!(nbp_eur_for_due_date(d("2013-03-15")).is_none());
    assert!(nbp_eur_for_due_date(d("2030-01-15")).is_none());
}

/// reference/pl/nbp_eur_month_end.csv adds May and July 2026; June 2026 was not found, so an
/// invoice due in July 2026 needs a typed rate.
#[test]
fn nbp_eur_2026_rows_and_the_june_gap() {
    let may = nbp_eur_for_due_date(d("2026-06-15")).unwrap();
    assert_eq!(
        (may.date, may.table.as_str(), may.per_eur),
        (d("2026-05-29"), "103/A/NBP/2026", dec("4.2322"))
    );
    assert!(nbp_eur_for_due_date(d("2026-07-10")).is_none());
    let july = nbp_eur_for_due_date(d("2026-08-03")).unwrap();
    assert_eq!(
        (july.date, july.table.as_str(), july.per_eur),
        (d("2026-07-31"), "147/A/NBP/2026", dec("4.3128"))
    );
}

/// The verified-through dates are what the references support (reference/pl/rules.md §8.1: no
/// RPP change through 2026-07-23; reference/ro/rules.md §10: holds confirmed through
/// 2026-02-17), and no row is dated after them.
#[test]
fn verified_through_dates_match_the_references() {
    assert_eq!(PL_VERIFIED_THROUGH, d("2026-07-23"));
    assert_eq!(RO_VERIFIED_THROUGH, d("2026-02-17"));
    assert_eq!(
        in_force(RateKind::NbpReference, PL_VERIFIED_THROUGH)
            .unwrap()
            .percent,
        dec("3.75")
    );
    for kind in [
        RateKind::PlDelay,
        RateKind::PlCapital,
        RateKind::PlCommercial,
        RateKind::PlCommercialHealthcare,
        RateKind::NbpReference,
    ] {
        assert!(
            rows(kind).all(|r| r.from <= PL_VERIFIED_THROUGH),
            "{kind:?}"
        );
    }
    for kind in [RateKind::BnrReference, RateKind::BnrSemester] {
        assert!(
            rows(kind).all(|r| r.from <= RO_VERIFIED_THROUGH),
            "{kind:?}"
        );
    }
}

/// The sources state the margin the row was derived with: + 3.5 for capital interest (the
/// references once said + 5.5), + 5.5 for delay interest.
#[test]
fn derived_sources_name_their_own_margin() {
    for r in rows(RateKind::PlCapital).filter(|r| r.source.contains("DERIVED")) {
        assert!(!r.source.contains("+ 5.5"), "{}: {}", r.from, r.source);
    }
    for r in rows(RateKind::PlDelay).filter(|r| r.source.contains("DERIVED")) {
        assert!(!r.source.contains("+ 3.5"), "{}: {}", r.from, r.source);
    }
}
