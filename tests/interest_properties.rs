#![cfg(not(target_arch = "wasm32"))]
//! Properties of the interest engine that must hold for every case.

use chrono::{Days, NaiveDate};
use overdue::engine::case::{Case, Claim, Payment};
use overdue::engine::evaluate;
use overdue::engine::interest::{Allocation, InterestKind};
use overdue::engine::locale::Jurisdiction;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2012, 1, 1).unwrap() + Days::new(u64::from(offset))
}

fn cents(c: u64) -> Decimal {
    Decimal::new(c as i64, 2)
}

prop_compose! {
    fn any_case()(
        jurisdiction in prop_oneof![Just(Jurisdiction::Pl), Just(Jurisdiction::Ro)],
        kind in prop_oneof![Just(InterestKind::Statutory), Just(InterestKind::Commercial), Just(InterestKind::Capital)],
        principal_first in any::<bool>(),
        claims in prop::collection::vec((0u32..4500, 1u64..5_000_000), 1..6),
        payments in prop::collection::vec((0u32..5000, 1u64..3_000_000, prop::option::of(0usize..6)), 0..6),
        calc in 0u32..5200,
    ) -> Case {
        let mut c = Case::new(jurisdiction);
        c.interest.kind = kind;
        if principal_first { c.interest.allocation = Allocation::PrincipalFirst; }
        c.calculation_date = Some(day(calc));
        for (i, (due, amount)) in claims.iter().enumerate() {
            c.claims.push(Claim { number: format!("F{i}"), issue_date: None, due_date: day(*due), amount: cents(*amount), currency: c.currency, pl_kind: None, eur_rate: None });
        }
        for (date, amount, target) in payments {
            c.payments.push(Payment { date: day(date), amount: cents(amount), claim: target.map(|t| format!("F{t}")) });
        }
        c
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Paid in full on or before the due date: no interest at all.
    #[test]
    fn no_interest_when_paid_on_time(due in 0u32..4500, amount in 1u64..10_000_000, early in 0u32..40, later in 0u32..800) {
        let mut c = Case::new(Jurisdiction::Pl);
        let due_date = day(due);
        c.calculation_date = Some(due_date + Days::new(u64::from(later)));
        c.claims.push(Claim { number: "A".into(), issue_date: None, due_date, amount: cents(amount), currency: c.currency, pl_kind: None, eur_rate: None });
        let paid = due_date.checked_sub_days(Days::new(u64::from(early))).unwrap();
        c.payments.push(Payment { date: paid, amount: cents(amount), claim: None });
        let r = evaluate(&c).unwrap();
        prop_assert_eq!(r.totals.interest, Decimal::ZERO);
        prop_assert_eq!(r.totals.total_due, Decimal::ZERO);
    }

    /// Moving the calculation date later never lowers the interest.
    #[test]
    fn interest_never_decreases_with_a_later_date(c in any_case(), extra in 1u32..400) {
        let r1 = evaluate(&c).unwrap();
        let mut later = c.clone();
        later.calculation_date = Some(c.calculation_date.unwrap() + Days::new(u64::from(extra)));
        let r2 = evaluate(&later).unwrap();
        prop_assert!(r2.totals.interest >= r1.totals.interest, "{} < {}", r2.totals.interest, r1.totals.interest);
    }

    /// Splitting a constant-rate period (a user period with the same rate) changes the total by
    /// at most 0.01 per split.
    #[test]
    fn splitting_a_period_moves_the_total_by_at_most_a_cent(due in 0u32..3000, amount in 1u64..10_000_000, len in 30u32..2000, cut in 1u32..29) {
        let mut c = Case::new(Jurisdiction::Pl);
        c.interest.kind = InterestKind::Contractual;
        c.interest.contract_rate = Some(Decimal::new(9, 0));
        let due_date = day(due);
        c.calculation_date = Some(due_date + Days::new(u64::from(len)));
        c.claims.push(Claim { number: "A".into(), issue_date: None, due_date, amount: cents(amount), currency: c.currency, pl_kind: None, eur_rate: None });
        c.interest.shift_due_dates = false;
        let whole = evaluate(&c).unwrap().totals.interest;
        let split_at = due_date + Days::new(u64::from(cut) + 1);
        c.interest.user_rates.push(overdue::engine::interest::UserRate {
            from: split_at, to: c.calculation_date.unwrap(), percent: Decimal::new(9, 0), note: String::new(),
        });
        let r = evaluate(&c).unwrap();
        let splits = r.claims[0].segments.len() as i64 - 1;
        prop_assert!((r.totals.interest - whole).abs() <= Decimal::new(splits.max(1), 2));
    }

    /// Allocation never makes a balance negative, and the books balance:
    /// paid + outstanding = principal + interest + compensation.
    #[test]
    fn allocation_keeps_the_books_balanced(c in any_case()) {
        let r = evaluate(&c).unwrap();
        for claim in &r.claims {
            prop_assert!(claim.principal_outstanding >= Decimal::ZERO);
            prop_assert!(claim.interest_outstanding >= Decimal::ZERO);
            prop_assert_eq!(claim.paid_principal + claim.principal_outstanding, claim.amount);
            prop_assert_eq!(claim.paid_interest + claim.interest_outstanding, claim.interest);
        }
        let t = &r.totals;
        prop_assert_eq!(
            t.paid - t.unapplied + t.principal_outstanding + t.interest_outstanding + t.compensation,
            t.principal + t.interest + t.compensation
        );
        prop_assert_eq!(t.total_due, t.principal_outstanding + t.interest_outstanding + t.compensation);
        for p in &r.payments {
            let applied: Decimal = p.applied.iter().map(|a| a.to_interest + a.to_principal).sum();
            prop_assert_eq!(applied + p.unapplied, p.amount);
        }
    }
}
