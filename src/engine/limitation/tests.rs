//! reference/pl/examples.md H and reference/ro/examples.md B1, B2, C7, plus events and properties.

use super::*;
use crate::engine::case::{Case, Claim};
use rust_decimal::Decimal;

use crate::engine::testkit::date as d;

fn case_with(j: Jurisdiction, due: &str) -> Case {
    let mut c = Case::new(j);
    c.claims.push(Claim {
        number: "A".into(),
        issue_date: None,
        due_date: d(due),
        amount: Decimal::ONE_HUNDRED,
        currency: c.currency,
        // The tests below name the period they exercise; "not chosen" has tests of its own.
        pl_kind: Some(PlClaimKind::Business),
        eur_rate: None,
    });
    c
}

fn end(c: &Case) -> Option<NaiveDate> {
    deadlines(c, d("2026-11-22"), None)[0].end
}

fn pl(kind: PlClaimKind, due: &str) -> Option<NaiveDate> {
    let mut c = case_with(Jurisdiction::Pl, due);
    c.claims[0].pl_kind = Some(kind);
    end(&c)
}

fn event(kind: EventKind, date: &str, until: Option<&str>) -> LimitationEvent {
    LimitationEvent {
        kind,
        date: d(date),
        end: until.map(d),
        claim: None,
    }
}

/// H.1–H.3 (PUBLISHED): the end-of-year rule of art. 118 zd. 2.
#[test]
fn pl_end_of_year_rule() {
    assert_eq!(
        pl(PlClaimKind::Business, "2022-12-20"),
        Some(d("2025-12-31"))
    );
    assert_eq!(
        pl(PlClaimKind::General, "2022-12-20"),
        Some(d("2028-12-31"))
    );
    assert_eq!(
        pl(PlClaimKind::Business, "2019-03-15"),
        Some(d("2022-12-31"))
    );
    // Two years is not "shorter than two years": art. 554 claims end on 31 December too.
    assert_eq!(pl(PlClaimKind::Sale, "2023-05-10"), Some(d("2025-12-31")));
    // One year (carriage): the corresponding day, art. 112.
    assert_eq!(
        pl(PlClaimKind::Carriage, "2024-02-29"),
        Some(d("2025-02-28"))
    );
    assert_eq!(
        pl(PlClaimKind::Judgment, "2024-03-01"),
        Some(d("2030-12-31"))
    );
}

/// Issue 18 A1, the walkthrough's wholesaler: an invoice due 15.06.2025 for goods sold ends
/// 31.12.2027 (art. 554 KC: 2 years, then art. 118 zd. 2 to the end of the year), not
/// 31.12.2028 as a business claim. Until the kind is chosen, the earliest any kind allows is
/// shown: carriage, 1 year to the corresponding day (art. 778, art. 112 KC) -> 15.06.2026.
#[test]
fn pl_unknown_kind_shows_the_earliest_deadline_never_safe() {
    let today = d("2025-12-01");
    let mut c = case_with(Jurisdiction::Pl, "2025-06-15");
    c.claims[0].pl_kind = None;
    let dl = &deadlines(&c, today, None)[0];
    assert_eq!(dl.end, Some(d("2026-06-15")));
    assert!(dl.kind_unknown);
    assert_eq!((dl.years, dl.basis), (1, "art. 778 KC"));
    assert_eq!(
        dl.status,
        Status::ChooseKind,
        "196 days left, yet never 'safe'"
    );
    assert!(dl.steps.contains(&Step::KindNotChosen {
        years: 1,
        basis: "art. 778 KC"
    }));
    assert!(!dl.steps.iter().any(|s| matches!(s, Step::Period { .. })));

    c.claims[0].pl_kind = Some(PlClaimKind::Sale);
    let dl = &deadlines(&c, today, None)[0];
    assert_eq!((dl.end, dl.status), (Some(d("2027-12-31")), Status::Safe));
    assert!(!dl.kind_unknown);
    assert!(dl.steps.contains(&Step::Period {
        years: 2,
        basis: "art. 554 KC"
    }));
    c.claims[0].pl_kind = Some(PlClaimKind::Business);
    assert_eq!(end(&c), Some(d("2028-12-31")));

    // Close to the earliest end the urgency shows, and the kind is still flagged as unknown.
    c.claims[0].pl_kind = None;
    let dl = &deadlines(&c, d("2026-06-01"), None)[0];
    assert_eq!((dl.status, dl.kind_unknown), (Status::Under30Days, true));
    // The stored case-wide kind of older versions does not count as a choice.
    c.limitation.pl_kind = PlClaimKind::General;
    assert_eq!(end(&c), Some(d("2026-06-15")));
}

/// An unknown kind with proceedings pending for the long kinds but an expiry before them for
/// carriage: the known, earlier end wins over "paused".
#[test]
fn pl_unknown_kind_prefers_a_known_end_to_a_pause() {
    let mut c = case_with(Jurisdiction::Pl, "2024-01-10");
    c.claims[0].pl_kind = None;
    c.limitation.events = vec![event(EventKind::CourtAction, "2025-03-01", None)];
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.end, Some(d("2025-01-10")));
    assert_eq!(dl.status, Status::Expired);
    // RO has one general period (art. 2517 C.civ.): nothing to choose.
    let c = case_with(Jurisdiction::Ro, "2024-01-10");
    assert!(!deadlines(&c, d("2026-11-22"), None)[0].kind_unknown);
}

/// H.4 (PUBLISHED): due 10.05.2010, old 10 years -> 10.05.2020 beats 31.12.2024 (art. 5 ust. 2).
#[test]
fn pl_transitional_earlier_end_wins() {
    let mut c = case_with(Jurisdiction::Pl, "2010-05-10");
    c.claims[0].pl_kind = Some(PlClaimKind::General);
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.end, Some(d("2020-05-10")));
    assert!(dl.steps.contains(&Step::Transitional {
        old_end: d("2020-05-10"),
        new_end: d("2024-12-31"),
        chosen: d("2020-05-10")
    }));
    assert_eq!(dl.status, Status::Expired);
    // Art. 5 ust. 3: a consumer's own claim keeps the old 10 years.
    c.creditor.kind = crate::engine::case::PartyKind::Consumer;
    c.claims[0].due_date = d("2012-05-10");
    assert_eq!(end(&c), Some(d("2022-05-10")));
}

/// H.5 (PUBLISHED): a 2-year sale claim due 25.11.2015 ended on Saturday 25.11.2017; art. 115
/// does not move it (SN III CZP 21/23).
#[test]
fn pl_limitation_is_not_moved_off_a_saturday() {
    let mut c = case_with(Jurisdiction::Pl, "2015-11-25");
    c.claims[0].pl_kind = Some(PlClaimKind::Sale);
    let dl = &deadlines(&c, d("2017-11-27"), None)[0];
    assert_eq!(dl.end, Some(d("2017-11-25")));
    assert!(dl.steps.contains(&Step::NotMovedOffWeekend {
        date: d("2017-11-25")
    }));
    assert_eq!(
        dl.status,
        Status::Expired,
        "suing on Monday 27.11.2017 is too late"
    );
}

#[test]
fn pl_events_interrupt_and_suspend() {
    let mut c = case_with(Jurisdiction::Pl, "2023-03-15");
    assert_eq!(end(&c), Some(d("2026-12-31")));
    c.limitation.events = vec![event(EventKind::Acknowledgement, "2025-06-10", None)];
    assert_eq!(end(&c), Some(d("2028-12-31")));
    c.limitation.events = vec![event(
        EventKind::CourtAction,
        "2024-02-01",
        Some("2024-09-30"),
    )];
    assert_eq!(end(&c), Some(d("2027-12-31")));
    c.limitation.events = vec![event(EventKind::CourtAction, "2024-02-01", None)];
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!((dl.end, dl.status), (None, Status::Paused));
    // From 30.06.2022 mediation suspends: 61 days push the raw end 15.03.2026 -> 15.05.2026,
    // still within 2026.
    c.limitation.events = vec![event(
        EventKind::Mediation,
        "2024-01-10",
        Some("2024-03-10"),
    )];
    assert_eq!(end(&c), Some(d("2026-12-31")));
    c.claims[0].due_date = d("2023-12-01");
    assert_eq!(end(&c), Some(d("2027-12-31")));
    // Before 30.06.2022 a settlement summons interrupted.
    c.claims[0].due_date = d("2021-03-15");
    c.limitation.events = vec![event(
        EventKind::SettlementSummons,
        "2022-03-01",
        Some("2022-05-31"),
    )];
    assert_eq!(end(&c), Some(d("2025-12-31")));
    // A demand letter does not interrupt; an acknowledgement after expiry does not revive.
    c.limitation.events = vec![
        event(EventKind::Notice, "2023-01-10", None),
        event(EventKind::Acknowledgement, "2025-01-10", None),
    ];
    assert_eq!(end(&c), Some(d("2024-12-31")));
}

/// An event names its invoice the way payments do (trimmed, so imported numbers with stray
/// spaces match); a blank claim means every claim. Each deadline lists the events it used.
#[test]
fn events_name_invoices_trimmed_and_deadlines_list_them() {
    let mut c = case_with(Jurisdiction::Pl, "2023-03-15");
    c.claims[0].number = " FV 1 ".into();
    let mut second = c.claims[0].clone();
    second.number = "FV 2".into();
    c.claims.push(second);
    let for_claim = |claim: &str| LimitationEvent {
        claim: Some(claim.into()),
        ..event(EventKind::Acknowledgement, "2025-06-10", None)
    };
    c.limitation.events = vec![
        event(EventKind::Notice, "2024-01-10", None),
        for_claim("FV 1  "),
        for_claim("  "),
        for_claim("FV 3"),
    ];
    let list = deadlines(&c, d("2026-11-22"), None);
    assert_eq!(list[0].end, Some(d("2028-12-31")), "acknowledged");
    assert_eq!(
        list[1].end,
        Some(d("2028-12-31")),
        "the blank one names every claim"
    );
    assert_eq!(list[0].events, [0, 1, 2]);
    assert_eq!(list[1].events, [0, 2]);
    c.limitation.events.remove(2);
    let list = deadlines(&c, d("2026-11-22"), None);
    assert_eq!(
        list[1].end,
        Some(d("2026-12-31")),
        "FV 1's acknowledgement is not FV 2's"
    );
    assert_eq!(list[1].events, [0]);
    // Oldest first, whatever order they were typed in.
    c.limitation.events.reverse();
    assert_eq!(deadlines(&c, d("2026-11-22"), None)[0].events, [2, 1]);
}

#[test]
fn pl_status_interest_and_consumer_flags() {
    let mut c = case_with(Jurisdiction::Pl, "2023-03-15");
    c.debtor.kind = crate::engine::case::PartyKind::Consumer;
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.days_left, Some(39));
    assert_eq!(dl.status, Status::Under90Days);
    assert!(dl.consumer_debtor);
    assert_eq!(
        dl.interest_barred_before, None,
        "due in 2023: no interest day is barred yet"
    );
    c.claims[0].due_date = d("2021-06-30");
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.interest_barred_before, Some(d("2023-01-01")));
    assert_eq!(Status::from_days_left(29), Status::Under30Days);
    assert_eq!(Status::from_days_left(90), Status::Safe);
}

/// reference/ro/examples.md C7 (DERIVED) and B1 (PUBLISHED: CA București 1324A/2017).
#[test]
fn ro_three_years_corresponding_day_rolled_to_working_day() {
    let ro = |due: &str| end(&case_with(Jurisdiction::Ro, due));
    assert_eq!(ro("2022-03-15"), Some(d("2025-03-17")));
    assert_eq!(ro("2021-01-31"), Some(d("2024-01-31")));
    assert_eq!(ro("2016-02-29"), Some(d("2019-02-28")));
    assert_eq!(ro("2011-10-06"), Some(d("2014-10-06")));
    assert_eq!(ro("2011-12-05"), Some(d("2014-12-05")));
    // C7 gives 28.02.2023 for 29.02.2020 ignoring the 2020 suspension it applies in its own
    // next row; with the suspension: + 60 days = 29.04.2023 (Sat) -> 2.05.2023 (1 May holiday).
    assert_eq!(ro("2020-02-29"), Some(d("2023-05-02")));
    // Start the day after the due date (the unsettled option).
    let mut c = case_with(Jurisdiction::Ro, "2021-01-31");
    c.limitation.ro_start_next_day = true;
    assert_eq!(end(&c), Some(d("2024-02-01")));
}

/// C7: COVID suspension row, and B2 (onvlaw.ro): the 6-month floor after 14.05.2020.
#[test]
fn ro_state_of_emergency_suspension() {
    let c = case_with(Jurisdiction::Ro, "2019-12-20");
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.end, Some(d("2023-02-20")));
    assert!(dl
        .steps
        .iter()
        .any(|s| matches!(s, Step::Suspended { days: 60, .. })));
    // 2 years 9 months elapsed on 16.03.2020: not completed before 14.11.2020 -> Monday 16.11.2020.
    assert_eq!(
        end(&case_with(Jurisdiction::Ro, "2017-06-16")),
        Some(d("2020-11-16"))
    );
}

#[test]
fn ro_events() {
    // C7: enforcement of a judgment final on 10.05.2022 -> 10.05.2025 (Sat) -> 12.05.2025.
    let mut c = case_with(Jurisdiction::Ro, "2021-01-31");
    c.limitation.events = vec![event(
        EventKind::CourtAction,
        "2021-06-01",
        Some("2022-05-10"),
    )];
    assert_eq!(end(&c), Some(d("2025-05-12")));
    // A notice interrupts only if a court action follows within 6 months (art. 2540).
    c.limitation.events = vec![event(EventKind::Notice, "2023-06-01", None)];
    let dl = &deadlines(&c, d("2026-11-22"), None)[0];
    assert_eq!(dl.end, Some(d("2024-01-31")));
    assert!(dl.steps.contains(&Step::NoticeNeedsCourtAction {
        by: d("2023-12-01")
    }));
    c.limitation
        .events
        .push(event(EventKind::CourtAction, "2023-11-20", None));
    assert_eq!(end(&c), None);
    // Acknowledgement restarts: 3 years from 1.02.2023 -> 1.02.2026.
    c.limitation.events = vec![event(EventKind::Acknowledgement, "2023-02-01", None)];
    assert_eq!(end(&c), Some(d("2026-02-02")), "1.02.2026 is a Sunday");
}

#[test]
fn ro_partial_payments_are_tacit_acknowledgements() {
    use crate::engine::case::Payment;
    let mut c = case_with(Jurisdiction::Ro, "2021-01-31");
    c.calculation_date = Some(d("2026-11-22"));
    c.payments.push(Payment {
        date: d("2022-03-01"),
        amount: Decimal::TEN,
        claim: None,
    });
    let report = crate::engine::evaluate(&c).unwrap();
    assert_eq!(
        deadlines(&c, d("2026-11-22"), Some(&report))[0].end,
        Some(d("2024-01-31"))
    );
    c.limitation.ro_payments_interrupt = true;
    let dl = &deadlines(&c, d("2026-11-22"), Some(&report))[0];
    assert_eq!(dl.end, Some(d("2025-03-03")), "1.03.2025 is a Saturday");
    assert!(dl.steps.contains(&Step::PartialPayment {
        date: d("2022-03-01")
    }));
}

mod properties {
    use super::*;
    use chrono::Days;
    use proptest::prelude::*;

    fn kind() -> impl Strategy<Value = PlClaimKind> {
        prop::sample::select(PlClaimKind::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn end_never_before_start_and_acknowledgement_never_shortens(
            j in prop_oneof![Just(Jurisdiction::Pl), Just(Jurisdiction::Ro)],
            k in kind(),
            due in 0u32..12000,
            ack in 0u32..5000,
        ) {
            let due = d("1995-01-01") + Days::new(u64::from(due));
            let mut c = case_with(j, "2000-01-01");
            c.claims[0].due_date = due;
            c.claims[0].pl_kind = Some(k);
            let before = end(&c).unwrap();
            prop_assert!(before >= due);
            c.limitation.events.push(LimitationEvent { kind: EventKind::Acknowledgement, date: due + Days::new(u64::from(ack)), end: None, claim: None });
            let after = end(&c).unwrap();
            prop_assert!(after >= before, "{after} < {before}");
        }

        #[test]
        fn an_unknown_kind_never_ends_later_than_any_chosen_one(
            k in kind(),
            due in 0u32..12000,
            ack in proptest::option::of(0u32..3000),
        ) {
            let due = d("1995-01-01") + Days::new(u64::from(due));
            let mut c = case_with(Jurisdiction::Pl, "2000-01-01");
            c.claims[0].due_date = due;
            if let Some(a) = ack {
                c.limitation.events.push(LimitationEvent { kind: EventKind::Acknowledgement, date: due + Days::new(u64::from(a)), end: None, claim: None });
            }
            c.claims[0].pl_kind = Some(k);
            let chosen = end(&c).unwrap();
            c.claims[0].pl_kind = None;
            let unknown = &deadlines(&c, d("2026-11-22"), None)[0];
            prop_assert!(unknown.end.unwrap() <= chosen);
            prop_assert!(unknown.kind_unknown && unknown.status != Status::Safe);
        }

        #[test]
        fn polish_periods_of_two_years_or_more_end_on_31_december(k in kind(), due in 0u32..6000) {
            prop_assume!(k.years() >= 2);
            let mut c = case_with(Jurisdiction::Pl, "2018-07-09");
            c.claims[0].due_date = d("2018-07-09") + Days::new(u64::from(due));
            c.claims[0].pl_kind = Some(k);
            let e = end(&c).unwrap();
            prop_assert_eq!((e.month(), e.day()), (12, 31));
        }
    }
}
