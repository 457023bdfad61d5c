//! Hand-computed portfolios. Dates were checked on a calendar; the legal counts come from
//! reference/pl/collection.md §4–§7 and reference/ro/collection.md §7, §11, §13 (cited per test).

use super::*;
use crate::engine::case::{
    Channel, Claim, Collection, Contact, Direction, Document, Payment, Promise,
};
use crate::engine::case::{Timing, Timings};
use crate::engine::interest::InterestKind;
use crate::engine::locale::Jurisdiction;
use std::str::FromStr;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn money(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn case(j: Jurisdiction, debtor: &str, invoices: &[(&str, &str, &str)]) -> Case {
    let mut c = Case::new(j);
    c.interest.kind = InterestKind::Statutory;
    c.interest.compensation = false;
    c.debtor.name = debtor.into();
    for (number, due, amount) in invoices {
        c.claims.push(Claim {
            number: (*number).into(),
            issue_date: None,
            due_date: day(due),
            amount: money(amount),
            currency: c.currency,
            pl_kind: None,
            eur_rate: None,
        });
    }
    c
}

fn sent(date: &str, document: Document, channel: Channel, delivered: Option<&str>) -> Contact {
    Contact {
        date: day(date),
        time: String::new(),
        channel,
        direction: Direction::Outgoing,
        summary: String::new(),
        promise: None,
        document: Some(document),
        delivered: delivered.map(day),
        acknowledges: false,
    }
}

fn call_with_promise(date: &str, promised: &str, amount: &str) -> Contact {
    Contact {
        date: day(date),
        time: "10:30".into(),
        channel: Channel::Phone,
        direction: Direction::Incoming,
        summary: "Will pay".into(),
        promise: Some(Promise {
            date: day(promised),
            amount: Some(money(amount)),
        }),
        document: None,
        delivered: None,
        acknowledges: false,
    }
}

fn next(c: &Case, as_at: &str) -> (ActionKind, NaiveDate, Reason) {
    let r = row(0, c, day(as_at));
    let a = r
        .next
        .clone()
        .unwrap_or_else(|| panic!("a next step: {r:?}"));
    (a.kind, a.date, a.reason)
}

#[test]
fn buckets_at_their_edges() {
    for (days, bucket) in [
        (-15, Bucket::DueLater),
        (-14, Bucket::DueSoon),
        (0, Bucket::DueSoon),
        (1, Bucket::Overdue1To30),
        (30, Bucket::Overdue1To30),
        (31, Bucket::Overdue31To60),
        (60, Bucket::Overdue31To60),
        (61, Bucket::Overdue61To90),
        (90, Bucket::Overdue61To90),
        (91, Bucket::Overdue91To180),
        (180, Bucket::Overdue91To180),
        (181, Bucket::Overdue181To365),
        (365, Bucket::Overdue181To365),
        (366, Bucket::OverdueOver365),
    ] {
        assert_eq!(Bucket::of(days), bucket, "{days}");
    }
}

/// As at Tuesday 30.06.2026. The due dates are working days, so nothing is shifted:
/// 10.07.2026 (Fri, due in 10 days), 31.08.2026 (Mon, in 62 days), 29.05.2026 (Fri, 32 days
/// overdue), 30.06.2025 (Mon, 365 days), 27.06.2025 (Fri, 368 days).
#[test]
fn aging_of_a_polish_debtor() {
    let c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[
            ("A", "2026-07-10", "1000"),
            ("B", "2026-08-31", "2000"),
            ("C", "2026-05-29", "3000"),
            ("D", "2025-06-30", "500"),
            ("E", "2025-06-27", "700"),
        ],
    );
    let r = row(0, &c, day("2026-06-30"));
    assert_eq!(r.error, None);
    let expected = ["1000", "2000", "0", "3000", "0", "0", "500", "700"].map(money);
    assert_eq!(r.aging.buckets, expected);
    assert_eq!(r.aging.open_invoices, 5);
    assert_eq!(r.aging.oldest_days_overdue, Some(368));
    assert_eq!(r.principal, money("7200"));
    assert_eq!(r.stage, Stage::Overdue);
}

/// A payment after the "as at" date does not count: on 10.06.2026 invoice C (due 29.05.2026)
/// was still open, on 30.06.2026 it was paid.
#[test]
fn a_past_as_at_date_ignores_later_payments() {
    let mut c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("C", "2026-05-29", "3000")],
    );
    c.interest.allocation = crate::engine::interest::Allocation::PrincipalFirst;
    c.payments.push(Payment {
        date: day("2026-06-15"),
        amount: money("3000"),
        claim: Some("C".into()),
    });
    let before = row(0, &c, day("2026-06-10"));
    assert_eq!(before.principal, money("3000"));
    assert_eq!(before.aging.oldest_days_overdue, Some(12));
    assert_eq!(before.stage, Stage::Overdue);
    let after = row(0, &c, day("2026-06-30"));
    assert_eq!(after.principal, Decimal::ZERO);
    assert_eq!(after.aging.open_invoices, 0);
    // Interest for 30.05–15.06 (17 days) remains, so the case is not paid yet.
    assert!(after.interest > Decimal::ZERO);
    assert_eq!(after.next, None, "nothing open to chase");
}

#[test]
fn totals_are_kept_per_currency() {
    let pl = case(Jurisdiction::Pl, "A", &[("1", "2026-05-29", "1000")]);
    let pl2 = case(Jurisdiction::Pl, "B", &[("2", "2026-05-29", "500.50")]);
    let ro = case(Jurisdiction::Ro, "C", &[("3", "2026-05-29", "2000")]);
    let mut eur = case(Jurisdiction::Pl, "D", &[("4", "2026-05-29", "300")]);
    eur.currency = Currency::Eur;
    eur.claims[0].currency = Currency::Eur;
    let o = overview(&[pl, ro, pl2, eur], day("2026-06-30"));
    let codes: Vec<Currency> = o.totals.iter().map(|t| t.currency).collect();
    assert_eq!(codes, [Currency::Pln, Currency::Ron, Currency::Eur]);
    assert_eq!(o.totals[0].cases, 2);
    assert_eq!(o.totals[0].principal, money("1500.50"));
    assert_eq!(
        o.totals[0].buckets[Bucket::Overdue31To60.index()],
        money("1500.50")
    );
    assert_eq!(o.totals[1].principal, money("2000"));
    assert_eq!(o.totals[2].principal, money("300"));
    assert_eq!(o.rows[1].debtor, "C");
}

/// The customary ladder (practice, reference/pl/collection.md §6): D−3 reminder, D+7 overdue
/// reminder, D+14 formal demand, court 2 days after the demand's deadline. D = Mon 16.03.2026.
#[test]
fn the_polish_ladder() {
    let mut c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("FV 1", "2026-03-16", "1000")],
    );
    assert_eq!(
        next(&c, "2026-03-10"),
        (
            ActionKind::PreDueReminder,
            day("2026-03-13"),
            Reason::Practice
        )
    );
    assert_eq!(
        next(&c, "2026-03-20"),
        (
            ActionKind::OverdueReminder,
            day("2026-03-23"),
            Reason::Practice
        )
    );
    // Nothing sent by 10.04: the demand is due now.
    assert_eq!(
        next(&c, "2026-04-10"),
        (
            ActionKind::FormalDemand,
            day("2026-04-10"),
            Reason::Practice
        )
    );
    c.contacts
        .push(sent("2026-03-23", Document::Reminder, Channel::Email, None));
    assert_eq!(row(0, &c, day("2026-03-25")).stage, Stage::Reminded);
    assert_eq!(
        next(&c, "2026-03-25"),
        (
            ActionKind::FormalDemand,
            day("2026-03-30"),
            Reason::Practice
        )
    );
    // Demand posted 30.03, delivered 2.04, 7 days to pay -> 9.04; court 2 days later.
    c.contacts.push(sent(
        "2026-03-30",
        Document::Demand,
        Channel::RegisteredLetter,
        Some("2026-04-02"),
    ));
    let r = row(0, &c, day("2026-04-03"));
    assert_eq!(r.stage, Stage::FormalDemand);
    let a = r.next.unwrap();
    assert_eq!((a.kind, a.date), (ActionKind::Court, day("2026-04-11")));
    assert!(r.alternatives.is_empty(), "no registry warning was sent");
}

/// Art. 15 ust. 1 UUIG: ≥ 500 zł, due ≥ 30 days, a month after a registered-letter warning.
/// D = 16.03.2026; warning posted 30.03.2026: max(D + 31 = 16.04, 30.04 + 1 day = 1.05) = 1.05.2026.
#[test]
fn the_registry_entry_and_its_preconditions() {
    let warned = |amount: &str, channel: Channel| {
        let mut c = case(
            Jurisdiction::Pl,
            "Hurtownia",
            &[("FV 1", "2026-03-16", amount)],
        );
        c.contacts
            .push(sent("2026-03-30", Document::RegistryWarning, channel, None));
        row(0, &c, day("2026-04-01"))
    };
    let r = warned("500", Channel::RegisteredLetter);
    assert_eq!(r.stage, Stage::RegistryWarned);
    let entry = &r.alternatives[0];
    assert_eq!(
        (entry.kind, entry.date, entry.reason),
        (
            ActionKind::RegistryEntry,
            day("2026-05-01"),
            Reason::Earliest
        )
    );
    assert_eq!(entry.basis, "art. 15 ust. 1 UUIG");
    assert!(
        warned("499.99", Channel::RegisteredLetter)
            .alternatives
            .is_empty(),
        "under 500 zł"
    );
    assert!(
        warned("500", Channel::Email).alternatives.is_empty(),
        "not by registered letter"
    );
    // The reference's worked example (§7 row 6): D = 15.03.2024, warning posted 18.03.2024:
    // max(15.04.2024, 19.04.2024) = 19.04.2024.
    let mut c = case(Jurisdiction::Pl, "X", &[("1", "2024-03-15", "1000")]);
    c.contacts.push(sent(
        "2024-03-18",
        Document::RegistryWarning,
        Channel::RegisteredLetter,
        None,
    ));
    let r = row(0, &c, day("2024-03-20"));
    assert_eq!(r.alternatives[0].date, day("2024-04-19"));
}

/// A promise that passes without payment brings the formal demand forward.
#[test]
fn a_broken_promise_brings_the_demand_forward() {
    let mut c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("FV 1", "2026-03-16", "1000")],
    );
    c.contacts
        .push(call_with_promise("2026-03-18", "2026-03-31", "1000"));
    let r = row(0, &c, day("2026-03-20"));
    assert_eq!(r.stage, Stage::Negotiating);
    assert_eq!(
        r.promise.as_ref().map(|p| (p.kept, p.broken)),
        Some((false, false))
    );
    assert_eq!(
        next(&c, "2026-03-20"),
        (
            ActionKind::FollowUpPromise,
            day("2026-04-01"),
            Reason::Practice
        )
    );
    assert_eq!(
        next(&c, "2026-04-02"),
        (
            ActionKind::FormalDemand,
            day("2026-04-02"),
            Reason::BrokenPromise
        )
    );
    // Paid as promised: kept, nothing to chase.
    c.payments.push(Payment {
        date: day("2026-03-30"),
        amount: money("1000"),
        claim: None,
    });
    let r = row(0, &c, day("2026-04-02"));
    assert_eq!(r.promise.map(|p| (p.kept, p.broken)), Some((true, false)));
}

/// A hard deadline within 90 days overrides the ladder: D = 15.01.2024 (Mon); the EPU window
/// closes 14.01.2027 (art. 505²⁹ᵃ KPC, conservative) and limitation on 31.12.2026 at the latest.
#[test]
fn a_near_deadline_means_file_now() {
    let mut c = case(Jurisdiction::Pl, "X", &[("1", "2024-01-15", "1000")]);
    // Services of a business: 3 years, to 31.12.2027 (art. 118 KC); the EPU window closes first.
    c.claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Business);
    let r = row(0, &c, day("2026-11-01"));
    assert!(r
        .deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::EpuWindow && d.date == day("2027-01-14")));
    let a = r.next.unwrap();
    assert_eq!(
        (a.kind, a.date, a.reason),
        (ActionKind::Court, day("2026-11-01"), Reason::DeadlineNear)
    );
}

/// RO: the somație's 15 clear days from receipt R; the order for payment from R + 17
/// (reference/ro/collection.md §13: R = 02.04.2024 -> 19.04.2024), and within 6 months of it
/// to keep the interruption of prescription.
#[test]
fn the_romanian_somatie_and_the_order_for_payment() {
    let mut c = case(
        Jurisdiction::Ro,
        "SC Client SRL",
        &[("F1", "2024-03-15", "12000")],
    );
    c.contacts
        .push(sent("2024-03-29", Document::Demand, Channel::Email, None));
    let r = row(0, &c, day("2024-03-30"));
    let a = r.next.unwrap();
    assert_eq!(a.kind, ActionKind::Somatie);
    assert_eq!(a.date, day("2024-04-14"), "D + 30");
    assert!(r.alternatives.is_empty(), "over 10 000 lei: no small claim");

    c.contacts.push(sent(
        "2024-03-28",
        Document::Somatie,
        Channel::RegisteredLetter,
        None,
    ));
    assert_eq!(
        next(&c, "2024-03-30"),
        (
            ActionKind::RecordDelivery,
            day("2024-03-30"),
            Reason::Missing
        )
    );
    c.contacts.last_mut().unwrap().delivered = Some(day("2024-04-02"));
    let r = row(0, &c, day("2024-04-05"));
    let a = r.next.as_ref().unwrap();
    assert_eq!(
        (a.kind, a.date, a.reason),
        (
            ActionKind::PaymentOrder,
            day("2024-04-19"),
            Reason::Earliest
        )
    );
    assert!(r
        .deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::SomatieInterruption && d.date == day("2024-09-28")));
    // ro/rules.md §6.1: received Mon 01.06.2026, payable until Wed 17.06.2026 -> 18.06.2026.
    c.contacts.last_mut().unwrap().delivered = Some(day("2026-06-01"));
    assert_eq!(next(&c, "2026-06-02").1, day("2026-06-18"));
}

#[test]
fn a_romanian_small_claim_is_offered_up_to_10000_lei() {
    let c = case(
        Jurisdiction::Ro,
        "SC Client SRL",
        &[("F1", "2026-03-16", "10000")],
    );
    let r = row(0, &c, day("2026-04-01"));
    assert_eq!(r.alternatives[0].kind, ActionKind::SmallClaim);
    assert_eq!(r.alternatives[0].basis, "art. 1026 CPC");
}

/// PL VAT relief (reference/pl/collection.md §7 row 8): D = 15.03.2024, issued 14.02.2024:
/// from 13.06.2024 until 31.12.2027. RO provision (§13 row 13): D + 271 = 11.12.2024.
#[test]
fn tax_milestones() {
    let mut c = case(Jurisdiction::Pl, "X", &[("1", "2024-03-15", "1000")]);
    c.claims[0].issue_date = Some(day("2024-02-14"));
    let r = row(0, &c, day("2024-04-01"));
    let vat = r
        .milestones
        .iter()
        .find(|m| m.kind == MilestoneKind::VatRelief)
        .unwrap();
    assert_eq!(
        (vat.from, vat.until),
        (day("2024-06-13"), Some(day("2027-12-31")))
    );
    let ro = case(Jurisdiction::Ro, "Y", &[("1", "2024-03-15", "1000")]);
    let r = row(0, &ro, day("2024-04-01"));
    assert_eq!(r.milestones[0].kind, MilestoneKind::ProfitTaxProvision);
    assert_eq!(r.milestones[0].from, day("2024-12-11"));
}

#[test]
fn the_persons_stage_wins_and_closed_cases_rest() {
    let mut c = case(Jurisdiction::Pl, "X", &[("1", "2026-03-16", "1000")]);
    c.collection = Collection {
        stage: Some(Stage::Agency),
        ..Collection::default()
    };
    let r = row(0, &c, day("2026-04-10"));
    assert_eq!((r.stage, r.stage_set, r.next), (Stage::Agency, true, None));
    c.collection = Collection::default();
    c.payments.push(Payment {
        date: day("2026-03-16"),
        amount: money("1000"),
        claim: None,
    });
    let r = row(0, &c, day("2026-04-10"));
    assert_eq!((r.stage, r.next), (Stage::Paid, None));
}

#[test]
fn the_json_entry_point() {
    let c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("FV 1", "2026-03-16", "1000")],
    );
    let input = format!(r#"{{"as_at": "2026-04-10", "cases": [{}]}}"#, c.to_json());
    let out: serde_json::Value = serde_json::from_str(&overview_json(&input).unwrap()).unwrap();
    assert_eq!(out["rows"][0]["next"]["kind"], "formal_demand");
    assert_eq!(out["totals"][0]["currency"], "PLN");
    let bad: serde_json::Value = serde_json::from_str(&overview_json("{").unwrap_err()).unwrap();
    assert_eq!(bad["kind"], "syntax");
    let not_case: serde_json::Value =
        serde_json::from_str(&overview_json(r#"{"as_at":"2026-01-01","cases":[{}]}"#).unwrap_err())
            .unwrap();
    assert_eq!(not_case["kind"], "case");
}

/// Until the person says what was invoiced, the earliest possible deadline (carriage: 1 year,
/// art. 778 KC) is shown, but the case is never closed as time-barred on that guess.
#[test]
fn an_unknown_claim_kind_never_closes_the_case() {
    let c = case(Jurisdiction::Pl, "X", &[("1", "2024-01-15", "1000")]);
    let r = row(0, &c, day("2026-11-01"));
    assert_ne!(r.stage, Stage::TimeBarred);
    assert!(r.next.is_some());
}

fn with_timing(mut c: Case, t: Timing, days: u32) -> Case {
    c.collection.timings.set(t, Some(days));
    c
}

/// Each customary timing moves its step, and only its step; the dates on each side of a
/// change worked by hand. D = Mon 16.03.2026 (PL).
#[test]
fn the_polish_timings_are_the_persons_to_change() {
    let c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("FV 1", "2026-03-16", "1000")],
    );
    // Reminder before the due date: D − 3 = 13.03; D − 5 = 11.03.
    assert_eq!(next(&c, "2026-03-10").1, day("2026-03-13"));
    let five = with_timing(c.clone(), Timing::ReminderBefore, 5);
    assert_eq!(next(&five, "2026-03-10").1, day("2026-03-11"));
    // Overdue reminder: D + 7 = 23.03. On 25.03 the default ladder is past it (the demand on
    // D + 14 = 30.03); with D + 10 = 26.03 the reminder is still ahead.
    assert_eq!(
        next(&c, "2026-03-20"),
        (
            ActionKind::OverdueReminder,
            day("2026-03-23"),
            Reason::Practice
        )
    );
    assert_eq!(
        next(&c, "2026-03-25"),
        (
            ActionKind::FormalDemand,
            day("2026-03-30"),
            Reason::Practice
        )
    );
    let ten = with_timing(c.clone(), Timing::OverdueReminder, 10);
    assert_eq!(
        next(&ten, "2026-03-25"),
        (
            ActionKind::OverdueReminder,
            day("2026-03-26"),
            Reason::Practice
        )
    );
    assert_eq!(next(&ten, "2026-03-27").0, ActionKind::FormalDemand);
    // The formal demand: D + 14 = 30.03; D + 21 = 6.04.
    let three_weeks = with_timing(c.clone(), Timing::Demand, 21);
    assert_eq!(
        next(&three_weeks, "2026-03-25"),
        (
            ActionKind::FormalDemand,
            day("2026-04-06"),
            Reason::Practice
        )
    );
    // After a reminder sent 23.03 the demand waits a week after it too: max(30.03, 30.03).
    let mut reminded = c.clone();
    reminded
        .contacts
        .push(sent("2026-03-23", Document::Reminder, Channel::Email, None));
    assert_eq!(next(&reminded, "2026-03-24").1, day("2026-03-30"));
    let reminded_late = with_timing(reminded.clone(), Timing::Demand, 21);
    assert_eq!(next(&reminded_late, "2026-03-24").1, day("2026-04-06"));
    // Court after the demand's deadline: delivered 2.04 + 7 days = 9.04; + 2 = 11.04; + 5 = 14.04.
    let mut demanded = c.clone();
    demanded.contacts.push(sent(
        "2026-03-30",
        Document::Demand,
        Channel::RegisteredLetter,
        Some("2026-04-02"),
    ));
    assert_eq!(
        next(&demanded, "2026-04-03"),
        (ActionKind::Court, day("2026-04-11"), Reason::Practice)
    );
    let patient = with_timing(demanded, Timing::AfterDeadline, 5);
    assert_eq!(
        next(&patient, "2026-04-03"),
        (ActionKind::Court, day("2026-04-14"), Reason::Practice)
    );
}

/// RO: the notificare on D + 15 (here D + 10), the somație on D + 30 or a day after the
/// notificare's own term, whichever is later. D = Fri 15.03.2024; a notificare e-mailed on
/// 29.03.2024 arrives that day, its 7 days end 5.04.2024.
#[test]
fn the_romanian_timings_are_the_persons_to_change() {
    let c = case(
        Jurisdiction::Ro,
        "SC Client SRL",
        &[("F1", "2024-03-15", "12000")],
    );
    assert_eq!(
        next(&c, "2024-03-25"),
        (
            ActionKind::FormalDemand,
            day("2024-03-30"),
            Reason::Practice
        )
    );
    let ten = with_timing(c.clone(), Timing::Demand, 10);
    assert_eq!(next(&ten, "2024-03-25").1, day("2024-03-25"));
    let mut noticed = c.clone();
    noticed
        .contacts
        .push(sent("2024-03-29", Document::Demand, Channel::Email, None));
    // max(D + 30 = 14.04, 5.04 + 1 = 6.04) = 14.04.
    assert_eq!(
        next(&noticed, "2024-03-30"),
        (ActionKind::Somatie, day("2024-04-14"), Reason::Practice)
    );
    // max(D + 40 = 24.04, 6.04) = 24.04.
    let forty = with_timing(noticed.clone(), Timing::Somatie, 40);
    assert_eq!(next(&forty, "2024-03-30").1, day("2024-04-24"));
    // max(14.04, 5.04 + 20 = 25.04) = 25.04.
    let twenty = with_timing(noticed, Timing::AfterDeadline, 20);
    assert_eq!(next(&twenty, "2024-03-30").1, day("2024-04-25"));
}

/// The timings are practice: they never move a legal date (the RO order for payment stays at
/// R + 17, the PL registry entry at the later of D + 31 and a month after the warning) and
/// never delay a near hard deadline.
#[test]
fn the_timings_never_move_a_legal_date() {
    let mut c = case(
        Jurisdiction::Ro,
        "SC Client SRL",
        &[("F1", "2024-03-15", "12000")],
    );
    for t in Timing::ALL {
        c.collection.timings.set(t, Some(60));
    }
    c.contacts.push(sent(
        "2024-03-28",
        Document::Somatie,
        Channel::RegisteredLetter,
        Some("2024-04-02"),
    ));
    assert_eq!(
        next(&c, "2024-04-05"),
        (
            ActionKind::PaymentOrder,
            day("2024-04-19"),
            Reason::Earliest
        )
    );
    let mut near = case(Jurisdiction::Pl, "X", &[("1", "2024-01-15", "1000")]);
    near.claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Business);
    for t in Timing::ALL {
        near.collection.timings.set(t, Some(365));
    }
    assert_eq!(
        next(&near, "2026-11-01"),
        (ActionKind::Court, day("2026-11-01"), Reason::DeadlineNear)
    );
}

#[test]
fn timings_are_stored_only_when_chosen_and_capped() {
    let mut c = case(Jurisdiction::Pl, "X", &[("1", "2026-03-16", "1000")]);
    assert!(!c.to_json().contains("timings"), "{}", c.to_json());
    c.collection.timings.set(Timing::Demand, Some(21));
    let json = c.to_json();
    assert!(json.contains(r#""timings":{"demand":21}"#), "{json}");
    assert_eq!(Case::from_json(&json).unwrap(), c);
    // A file with an absurd interval plans with a year at most.
    c.collection.timings.set(Timing::Demand, Some(u32::MAX));
    assert_eq!(
        c.collection.timings.days(Timing::Demand, Jurisdiction::Pl),
        365
    );
    assert_eq!(next(&c, "2026-03-25").1, day("2027-03-16"));
    // The other country's default when the case moves there.
    let none = Timings::default();
    assert_eq!(none.days(Timing::Demand, Jurisdiction::Pl), 14);
    assert_eq!(none.days(Timing::Demand, Jurisdiction::Ro), 15);
    assert!(!Timing::Somatie.applies(Jurisdiction::Pl));
}

fn kinds(t: &[TimelineEntry]) -> Vec<(NaiveDate, String)> {
    t.iter()
        .map(|e| {
            let what = match &e.event {
                TimelineEvent::Step {
                    action,
                    alternative,
                } => {
                    format!(
                        "step {:?}{}",
                        action.kind,
                        if *alternative { " (or)" } else { "" }
                    )
                }
                TimelineEvent::Deadline(d) => format!("deadline {:?}", d.kind),
                TimelineEvent::Milestone {
                    milestone, until, ..
                } => format!("{milestone:?}{}", if *until { " ends" } else { "" }),
                TimelineEvent::Contact { document, .. } => format!("contact {document:?}"),
                TimelineEvent::Delivered { document, .. } => format!("delivered {document:?}"),
                TimelineEvent::Payment { amount } => format!("payment {amount}"),
                TimelineEvent::PromiseDue { .. } => "promise".into(),
                TimelineEvent::Due { claim, .. } => format!("due {claim}"),
                TimelineEvent::InstalmentPaid { amount } => format!("instalment {amount}"),
                TimelineEvent::SomatieWaitEnds { .. } => "somatie wait ends".into(),
                TimelineEvent::Today => "today".into(),
            };
            (e.date, what)
        })
        .collect()
}

/// A Polish case as at Wed 8.04.2026, every date worked by hand: D = Mon 16.03.2026 (issued
/// 14.02.2026, services of a business: 3 years to the end of the year, art. 118 KC); reminder
/// e-mailed 23.03; demand posted 30.03, delivered 2.04, 7 days -> 9.04, the claim 2 days later
/// (11.04); 300 zł paid 5.04; a call on 8.04 with a promise for 20.04 (after the demand, so it
/// comes first: check on 21.04). EPU window D + 3 years − 1 day = 15.03.2029; limitation
/// 31.12.2029; VAT relief from D + 90 = 14.06.2026 until 31.12.2029 (2026 + 3).
#[test]
fn the_timeline_of_a_polish_case() {
    let mut c = case(
        Jurisdiction::Pl,
        "Hurtownia",
        &[("FV 1", "2026-03-16", "1000")],
    );
    c.claims[0].issue_date = Some(day("2026-02-14"));
    c.claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Business);
    c.contacts
        .push(sent("2026-03-23", Document::Reminder, Channel::Email, None));
    c.contacts.push(sent(
        "2026-03-30",
        Document::Demand,
        Channel::RegisteredLetter,
        Some("2026-04-02"),
    ));
    c.payments.push(Payment {
        date: day("2026-04-05"),
        amount: money("300"),
        claim: None,
    });
    // A contact after the "as at" day is not there yet.
    c.contacts.push(sent(
        "2026-05-01",
        Document::FinalDemand,
        Channel::Email,
        None,
    ));
    let t = timeline(&c, day("2026-04-08"));
    let expected = [
        ("2026-03-16", "due 0"),
        ("2026-03-23", "contact Some(Reminder)"),
        ("2026-03-30", "contact Some(Demand)"),
        ("2026-04-02", "delivered Some(Demand)"),
        ("2026-04-05", "payment 300"),
        ("2026-04-08", "today"),
        ("2026-04-11", "step Court"),
        ("2026-06-14", "VatRelief"),
        ("2026-06-14", "IncomeTaxRelief"),
        ("2029-03-15", "deadline EpuWindow"),
        ("2029-12-31", "deadline Limitation"),
        ("2029-12-31", "VatRelief ends"),
    ]
    .map(|(d, k)| (day(d), k.to_string()));
    assert_eq!(kinds(&t), expected);
    // A promise made today: the follow-up the day after it, the demand's court step gone.
    c.contacts
        .insert(2, call_with_promise("2026-04-08", "2026-04-20", "700"));
    let t = timeline(&c, day("2026-04-08"));
    let k = kinds(&t);
    let today = k.iter().position(|(_, w)| w == "today").unwrap();
    assert_eq!(k[today - 1], (day("2026-04-08"), "contact None".into()));
    assert_eq!(k[today + 1], (day("2026-04-20"), "promise".into()));
    assert_eq!(
        k[today + 2],
        (day("2026-04-21"), "step FollowUpPromise".into())
    );
    assert!(t
        .iter()
        .filter(|e| e.event.is_plan())
        .all(|e| e.date > day("2026-04-08")));
}

/// RO (reference/ro/collection.md §13): D = Fri 15.03.2024; somație posted 28.03, received
/// Tue 2.04.2024: payable until R + 16 = Thu 18.04, the order for payment from 19.04, and
/// within 6 months of sending (28.09.2024) to keep the interruption; the profit-tax provision
/// from D + 271 = 11.12.2024; prescription 3 years from D = 15.03.2027 (art. 2517, 2523).
#[test]
fn the_timeline_of_a_romanian_case() {
    let mut c = case(
        Jurisdiction::Ro,
        "SC Client SRL",
        &[("F1", "2024-03-15", "12000")],
    );
    c.contacts.push(sent(
        "2024-03-28",
        Document::Somatie,
        Channel::RegisteredLetter,
        Some("2024-04-02"),
    ));
    let t = timeline(&c, day("2024-04-05"));
    let expected = [
        ("2024-03-15", "due 0"),
        ("2024-03-28", "contact Some(Somatie)"),
        ("2024-04-02", "delivered Some(Somatie)"),
        ("2024-04-05", "today"),
        ("2024-04-18", "somatie wait ends"),
        ("2024-04-19", "step PaymentOrder"),
        ("2024-09-28", "deadline SomatieInterruption"),
        ("2024-12-11", "ProfitTaxProvision"),
        ("2027-03-15", "deadline Limitation"),
    ]
    .map(|(d, k)| (day(d), k.to_string()));
    assert_eq!(kinds(&t), expected);
}
