//! Issue 18: defaults a first-time user can trust (consumer debtors, dates that look wrong,
//! overpayments, the EUR rate of the compensation per invoice).

use super::*;
use crate::engine::interest::compensation::rate_day;

/// A2, PL: the J.1/J.2 claim (10 000 zł due 20.06.2025, to 15.01.2026). Against a consumer the
/// commercial rate (J.2: 869,45) is replaced by statutory interest for delay (J.1: 578,28),
/// because UPNO applies only between businesses (art. 1–2), and no compensation is added.
#[test]
fn pl_commercial_interest_against_a_consumer_becomes_statutory() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Commercial, "2026-01-15");
    claim(&mut c, "J", "2025-06-20", "10000");
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("869.45"));
    c.debtor.kind = PartyKind::Consumer;
    let r = evaluate(&c).unwrap();
    assert_eq!(r.totals.interest, dec("578.28"));
    assert_eq!(r.claims[0].segments[0].basis, timeline::PL_DELAY);
    assert!(r.claims[0].compensation.is_none());
    assert_eq!(r.totals.compensation, Decimal::ZERO);
    assert!(r
        .warnings
        .contains(&Warning::CommercialNotForConsumers { compensation: true }));
    assert!(!r.warnings.contains(&Warning::CompensationNotForConsumers));
    assert_eq!(effective_kind(&c), InterestKind::Statutory);
    // A consumer creditor is outside the act too.
    c.debtor.kind = PartyKind::Business;
    c.creditor.kind = PartyKind::Consumer;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("578.28"));
    // The choice itself is kept: back to two businesses, commercial interest again.
    c.creditor.kind = PartyKind::Business;
    assert_eq!(effective_kind(&c), InterestKind::Commercial);
    // Other regimes are not touched.
    c.debtor.kind = PartyKind::Consumer;
    c.interest.kind = InterestKind::Capital;
    assert_eq!(effective_kind(&c), InterestKind::Capital);
}

/// A2, RO: C1's facts (10 000 lei, interest from 1.07.2024, BNR 7 / 6,75 / 6,5 %). Between
/// professionals ref + 8 gives 368,56; with a consumer Legea 72/2013 does not apply (art. 1) and
/// the legal penalty interest is ref + 4 (OG 13/2011 art. 3 alin. (2)):
/// 10 000 × 11 % × 7/365 = 21,10; × 10,75 % × 31/365 = 91,30; × 10,5 % × 54/365 = 155,34;
/// 267,74 in all (worked by hand).
#[test]
fn ro_professional_rate_against_a_consumer_becomes_ref_plus_4() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Commercial, "2024-09-30");
    c.interest.shift_due_dates = false;
    claim(&mut c, "C1", "2024-06-30", "10000");
    c.debtor.kind = PartyKind::Consumer;
    c.interest.compensation = false;
    let r = evaluate(&c).unwrap();
    assert_eq!(
        segs(&r, 0),
        vec![
            seg("2024-07-01", "2024-07-07", 7, "11", "21.10"),
            seg("2024-07-08", "2024-08-07", 31, "10.75", "91.30"),
            seg("2024-08-08", "2024-09-30", 54, "10.5", "155.34"),
        ]
    );
    assert_eq!(r.totals.interest, dec("267.74"));
    assert_eq!(r.claims[0].segments[0].basis, timeline::RO_PENALTY);
    assert!(r.warnings.contains(&Warning::CommercialNotForConsumers {
        compensation: false
    }));
}

/// A3: an invoice not yet due on the calculation date says so; an issue date after the due
/// date is flagged; an overpayment is reported with what the creditor owes back.
#[test]
fn not_yet_due_issue_after_due_and_overpayment() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-01");
    claim(&mut c, "A", "2026-01-15", "1000");
    claim(&mut c, "B", "2025-10-10", "500");
    c.claims[1].issue_date = Some(d("2025-10-20"));
    let r = evaluate(&c).unwrap();
    assert!(r.claims[0].segments.is_empty());
    assert!(r.warnings.contains(&Warning::NotYetDue { claim: 0 }));
    assert!(!r.warnings.contains(&Warning::NotYetDue { claim: 1 }));
    assert!(r.warnings.contains(&Warning::IssueAfterDue { claim: 1 }));
    assert!(!r.warnings.contains(&Warning::IssueAfterDue { claim: 0 }));
    // Due on the calculation date itself: interest starts the next day, so not yet due either.
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-01");
    claim(&mut c, "A", "2025-12-01", "1000");
    assert!(evaluate(&c)
        .unwrap()
        .warnings
        .contains(&Warning::NotYetDue { claim: 0 }));

    // 600 paid on the due date of a 500 invoice: 100 too much, owed back by the creditor.
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-01");
    claim(&mut c, "B", "2025-10-10", "500");
    pay(&mut c, "2025-10-10", "600", None);
    let r = evaluate(&c).unwrap();
    assert_eq!(r.payments[0].unapplied, dec("100"));
    assert_eq!(r.totals.unapplied, dec("100"));
    assert_eq!(r.totals.total_due, Decimal::ZERO);
    assert!(r.warnings.contains(&Warning::Overpayment {
        payment: 0,
        amount: dec("100")
    }));
}

/// C12: art. 10 ust. 1 UPNO names the NBP rate of the last business day of the month before the
/// due month. Every date in the bundled table (published NBP tables) is that day for the month
/// after it, which checks `rate_day` against an independent source.
#[test]
fn the_rate_day_is_the_last_business_day_of_the_month_before() {
    assert_eq!(
        rate_day(Jurisdiction::Pl, d("2016-09-12")),
        Some(d("2016-08-31"))
    );
    // 31.05.2026 is a Sunday, 30.05 a Saturday.
    assert_eq!(
        rate_day(Jurisdiction::Pl, d("2026-06-10")),
        Some(d("2026-05-29"))
    );
    assert_eq!(
        rate_day(Jurisdiction::Pl, d("2025-01-02")),
        Some(d("2024-12-31"))
    );
    assert_eq!(rate_day(Jurisdiction::Ro, d("2025-01-02")), None);
    let csv = include_str!("../../../../data/pl_nbp_eur_month_end.csv");
    let mut checked = 0;
    for line in csv.lines().skip(1) {
        let published: NaiveDate = line.split(',').nth(1).unwrap().parse().unwrap();
        let due_next_month = published
            .checked_add_months(chrono::Months::new(1))
            .unwrap();
        assert_eq!(
            rate_day(Jurisdiction::Pl, due_next_month),
            Some(published),
            "{line}"
        );
        checked += 1;
    }
    assert!(checked > 100);
}

/// C12: a typed rate fills only the gaps of the table, per invoice; one warning names every
/// invoice still without a rate.
#[test]
fn typed_rates_fill_gaps_only_and_one_warning_lists_the_invoices() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Commercial, "2026-08-31");
    // G.1: due 12.09.2016, table rate 4,3555 of 31.08.2016 -> 40 EUR = 174,22 zł.
    claim(&mut c, "G", "2016-09-12", "3000");
    // Due in July 2026: the table has no June 2026 rate (reference/pl/nbp_eur_month_end.csv).
    claim(&mut c, "N1", "2026-07-10", "10000");
    claim(&mut c, "N2", "2026-07-15", "800");
    c.claims[0].eur_rate = Some(dec("5"));
    c.interest.eur_rate = Some(dec("6"));
    let r = evaluate(&c).unwrap();
    let g = r.claims[0].compensation.as_ref().unwrap();
    assert_eq!(
        (g.eur_rate, g.amount, g.rate_needed),
        (Some(dec("4.3555")), Some(dec("174.22")), None)
    );
    // The case-wide rate of older versions fills the gaps: 70 × 6 and 40 × 6.
    assert_eq!(
        r.claims[1].compensation.as_ref().unwrap().amount,
        Some(dec("420"))
    );
    assert_eq!(
        r.claims[2].compensation.as_ref().unwrap().amount,
        Some(dec("240"))
    );

    c.interest.eur_rate = None;
    let r = evaluate(&c).unwrap();
    let n1 = r.claims[1].compensation.as_ref().unwrap();
    assert_eq!(n1.amount, None);
    assert_eq!(n1.rate_needed, Some(d("2026-06-30")));
    let missing: Vec<&Warning> = r
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::EurRateMissing { .. }))
        .collect();
    assert_eq!(
        missing,
        vec![&Warning::EurRateMissing { claims: vec![1, 2] }]
    );
    assert_eq!(r.totals.compensation, dec("174.22"));

    // 10 000 zł > 5 000 -> 70 EUR × 4,2512 = 297,584 -> 297,58; 800 zł -> 40 EUR × 4,2512 = 170,05.
    c.claims[1].eur_rate = Some(dec("4.2512"));
    c.claims[2].eur_rate = Some(dec("4.2512"));
    let r = evaluate(&c).unwrap();
    let n1 = r.claims[1].compensation.as_ref().unwrap();
    assert_eq!((n1.eur, n1.amount), (dec("70"), Some(dec("297.58"))));
    assert_eq!(
        n1.rate_needed,
        Some(d("2026-06-30")),
        "still says which day it is"
    );
    assert_eq!(
        r.claims[2].compensation.as_ref().unwrap().amount,
        Some(dec("170.05"))
    );
    assert!(!r
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::EurRateMissing { .. })));
}
