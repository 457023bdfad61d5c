use super::*;

#[test]
fn invalid_rows_are_kept_in_the_form_and_left_out_of_the_case() {
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    let id = form.claims[0].id;
    form.claims[0] = ClaimRow {
        id,
        number: "A".into(),
        issue: String::new(),
        due: "2025-01-31".into(),
        amount: "1 000,00".into(),
    };
    let bad = form.add_claim();
    if let Some(r) = form.claims.iter_mut().find(|r| r.id == bad) {
        r.number = "B".into();
        r.amount = "12,345".into();
    }
    form.add_claim();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(parsed.case.claims.len(), 1);
    assert_eq!(parsed.claim_rows, vec![id]);
    assert_eq!(
        parsed.error(Field::ClaimAmount(bad)),
        Some(InputError::TooManyDecimals)
    );
    assert_eq!(parsed.error(Field::ClaimDue(bad)), Some(InputError::Empty));
    assert_eq!(parsed.case.calculation_date, Some(today));
}

#[test]
fn a_single_dot_or_comma_in_a_percentage_is_the_decimal_mark() {
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(percent("1.125"), Ok(d("1.125")));
    assert_eq!(percent("1,125%"), Ok(d("1.125")));
    assert_eq!(percent("11,25"), Ok(d("11.25")));
    assert_eq!(percent(" 7.5 % "), Ok(d("7.5")));
    assert_eq!(percent("12"), Ok(d("12")));
    assert_eq!(percent("1.12345"), Err(InputError::TooManyDecimals));
    assert!(percent("1.2.3").is_err());
    assert!(percent("abc").is_err());
    assert_eq!(percent(""), Err(InputError::Empty));
}

/// The documented example (docs/case.example.json) with every part a person can fill in: an
/// account, letter dates, a plan of 6 with its payments, events, typed rates, a designated
/// payment. Used by the round-trip tests here and by the share-link tests.
pub(crate) fn full_case() -> Case {
    use crate::engine::case::PartyKind;
    use crate::engine::plan::{Frequency, PlanInterest, PlanPayment};
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/case.example.json"
    ))
    .unwrap();
    let mut case = Case::from_json(&text).unwrap();
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let dec = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    case.debtor.kind = PartyKind::Business;
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
    case.letter.iban = "PL61 1090 1014 0000 0712 1981 2874".into();
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
    assert_eq!(form.plan.first_due, "2026-01-31");
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
