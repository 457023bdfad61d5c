//! `CaseForm::from_case` is the exact inverse of `parse`: a full case survives the round trip
//! in every language, as do the variants of the plan and the contractual rate.

use super::*;

/// The documented example (docs/case.example.json) with every part a person can fill in: an
/// account, letter dates, a plan of 6 with its payments, events, typed rates, a designated
/// payment. Used by the round-trip tests here and by the share-link tests.
pub(crate) fn full_case() -> Case {
    use crate::engine::case::PartyKind;
    use crate::engine::plan::{Frequency, PlanInterest, PlanPayment};
    use crate::engine::testkit::{date as d, dec};
    let mut case = crate::engine::testkit::example_case();
    case.debtor.kind = PartyKind::Business;
    case.creditor.registry_number = "0000123456".into();
    case.creditor.regon = "123456785".into();
    case.claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Sale);
    case.claims[1].eur_rate = Some(dec("4.3125"));
    case.contacts.push(crate::engine::case::Contact {
        date: d("2025-06-02"),
        time: "09:15".into(),
        channel: crate::engine::case::Channel::Phone,
        direction: crate::engine::case::Direction::Incoming,
        summary: "Obiecał zapłatę".into(),
        promise: Some(crate::engine::case::Promise {
            date: d("2025-06-20"),
            amount: Some(dec("1000")),
        }),
        document: None,
        delivered: None,
        acknowledges: false,
    });
    case.payments.push(Payment {
        date: d("2025-07-10"),
        amount: dec("1234567.89"),
        claim: Some("FV 2/2025".into()),
    });
    case.interest.eur_rate = Some(dec("4.2735"));
    case.interest.user_rates.push(UserRate {
        from: d("2025-01-01"),
        to: d("2025-03-31"),
        percent: dec("11.25"),
        note: "umowa §4".into(),
    });
    case.limitation.events.push(LimitationEvent {
        kind: EventKind::Acknowledgement,
        date: d("2025-08-01"),
        end: None,
        claim: Some("FV 1/2025".into()),
    });
    case.limitation.events.push(LimitationEvent {
        kind: EventKind::Mediation,
        date: d("2025-09-01"),
        end: Some(d("2025-10-15")),
        claim: None,
    });
    // The case holds the account in its electronic form (the form shows it grouped).
    case.letter.iban = "PL61109010140000071219812874".into();
    case.letter.date = Some(d("2026-01-05"));
    case.letter.fixed_deadline = Some(d("2026-01-20"));
    case.letter.place = "Warszawa".into();
    case.letter.signatory = "Anna Nowak, prezes zarządu".into();
    case.plan.count = 6;
    case.plan.amount = Some(dec("15000.00"));
    case.plan.agreement_date = Some(d("2026-01-10"));
    case.plan.first_due = Some(d("2026-02-10"));
    case.plan.down_payment = dec("1000.50");
    case.plan.frequency = Frequency::Quarterly;
    case.plan.shift_non_working = true;
    case.plan.interest = PlanInterest::Fixed;
    case.plan.rate = Some(dec("7.5"));
    case.plan.payments.push(PlanPayment {
        date: d("2026-02-09"),
        amount: dec("2400.00"),
    });
    case
}

#[test]
fn a_form_made_from_a_full_case_parses_back_to_the_same_case_in_every_language() {
    let case = full_case();
    for lang in [Lang::Pl, Lang::Ro, Lang::En] {
        let form = CaseForm::from_case(case.clone(), lang);
        let parsed = form.parse(case.jurisdiction, lang);
        assert!(parsed.errors.is_empty(), "{lang:?}: {:?}", parsed.errors);
        assert_eq!(parsed.case, case, "{lang:?}");
        // The very text a person would see: amounts in their language's format.
        let expected = match lang {
            Lang::Pl => "1\u{a0}234\u{a0}567,89",
            Lang::Ro => "1.234.567,89",
            Lang::En => "1,234,567.89",
        };
        assert_eq!(form.payments[1].amount, expected);
        assert_eq!(form.plan.count, "6");
        assert_eq!(form.letter.date, "2026-01-05");
    }
}

#[test]
fn a_contractual_rate_and_a_plan_by_largest_instalment_round_trip() {
    let mut case = full_case();
    case.interest.kind = InterestKind::Contractual;
    case.interest.contract_rate = Some("14.5".parse().unwrap());
    case.plan.size = crate::engine::plan::Size::MaxInstalment;
    case.plan.max_instalment = Some("999.99".parse().unwrap());
    case.plan.interest = crate::engine::plan::PlanInterest::None;
    case.plan.rate = None;
    case.currency = Currency::Eur;
    for c in &mut case.claims {
        c.currency = Currency::Eur;
    }
    for lang in [Lang::Pl, Lang::Ro, Lang::En] {
        let parsed = CaseForm::from_case(case.clone(), lang).parse(case.jurisdiction, lang);
        assert!(parsed.errors.is_empty(), "{lang:?}: {:?}", parsed.errors);
        assert_eq!(parsed.case, case, "{lang:?}");
    }
}

#[test]
fn a_case_without_a_plan_gets_the_defaults_of_a_new_case() {
    let mut case = full_case();
    case.plan = Default::default();
    let form = CaseForm::from_case(case.clone(), Lang::Pl);
    assert_eq!(form.plan.agreement, "2025-12-31");
    // The first working day of the next month (1 January is a holiday).
    assert_eq!(form.plan.first_due, "2026-01-02");
    assert_eq!(form.plan.count, "12");
    // Ids stay unique across all tables.
    let mut ids: Vec<u32> = form.claims.iter().map(|r| r.id).collect();
    ids.extend(form.payments.iter().map(|r| r.id));
    ids.extend(form.rates.iter().map(|r| r.id));
    ids.extend(form.events.iter().map(|r| r.id));
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert!(form.next_id >= *ids.last().unwrap());
}

#[cfg(not(target_arch = "wasm32"))]
mod property {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any amount with up to two decimals, any date in range, any language: what the form
        /// shows parses back to the same figures.
        #[test]
        fn amounts_and_dates_round_trip(
            cents in 0i64..100_000_000_000_000,
            down in 0i64..10_000_000,
            days in 0i64..40_000,
            lang in prop::sample::select(vec![Lang::Pl, Lang::Ro, Lang::En]),
            rate_bp in 0i64..1_000_000,
        ) {
            let mut case = full_case();
            let day = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(days as u64);
            case.claims[0].amount = rust_decimal::Decimal::new(cents, 2);
            case.claims[0].due_date = day;
            case.plan.down_payment = rust_decimal::Decimal::new(down, 2);
            case.plan.rate = Some(rust_decimal::Decimal::new(rate_bp, 4));
            case.interest.eur_rate = Some(rust_decimal::Decimal::new(rate_bp, 6));
            let parsed = CaseForm::from_case(case.clone(), lang).parse(case.jurisdiction, lang);
            prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
            prop_assert_eq!(parsed.case, case);
        }
    }
}
