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
        ..ClaimRow::default()
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
    // The bad row is announced as left out; the blank third row is not.
    assert_eq!(parsed.left_out_claims, vec![bad]);
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

/// The one-step period under the past-verified-through warning: dates filled, the rate typed
/// by the user; until then the row waits (an empty rate) and nothing else changes.
#[test]
fn a_prefilled_rate_period_becomes_a_user_rate_once_its_rate_is_typed() {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, day("2026-12-01"));
    let id = form.add_rate_period(day("2026-07-24"), day("2026-12-01"));
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert!(parsed.case.interest.user_rates.is_empty());
    assert_eq!(
        parsed.error(Field::RatePercent(id)),
        Some(InputError::Empty)
    );
    form.rates
        .iter_mut()
        .for_each(|r| r.percent = "9,25".into());
    let rates = form
        .parse(Jurisdiction::Pl, Lang::Pl)
        .case
        .interest
        .user_rates;
    assert_eq!(rates.len(), 1);
    assert_eq!(
        (rates[0].from, rates[0].to, rates[0].percent),
        (
            day("2026-07-24"),
            day("2026-12-01"),
            "9.25".parse().unwrap()
        )
    );
}

#[test]
fn a_polish_nrb_becomes_the_cases_iban_and_is_shown_grouped() {
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    form.letter.iban = "61109010140000071219812874".into();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(parsed.error(Field::LetterIban), None);
    assert_eq!(parsed.case.letter.iban, "PL61109010140000071219812874");
    assert_eq!(
        form.grouped_account(Jurisdiction::Pl).as_deref(),
        Some("PL61 1090 1014 0000 0712 1981 2874")
    );
    form.letter.iban = "61 1090 1014 0000 0712 1981 2875".into();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(
        parsed.error(Field::LetterIban),
        Some(InputError::BadChecksum)
    );
    assert_eq!(form.grouped_account(Jurisdiction::Pl), None);
}

/// Each mistake is named for what it is, so the person reads the message that fits: a wrong
/// account is a checksum, a length or no account at all; a payment of 0 is not "missing"; a
/// period ending before it starts is not "outside 1990–2100"; a count is a whole number.
#[test]
fn each_mistake_gets_the_error_that_names_it() {
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    let iban = |form: &mut CaseForm, text: &str| {
        form.letter.iban = text.into();
        form.parse(Jurisdiction::Pl, Lang::Pl)
            .error(Field::LetterIban)
    };
    assert_eq!(
        iban(&mut form, "PL61 1090 1014 0000 0712 1981 287"),
        Some(InputError::WrongLength)
    );
    assert_eq!(iban(&mut form, "konto?"), Some(InputError::NotAnAccount));
    assert_eq!(
        iban(&mut form, "PL62 1090 1014 0000 0712 1981 2874"),
        Some(InputError::BadChecksum)
    );
    form.letter.iban.clear();

    let payment = form.add_payment();
    if let Some(r) = form.payments.iter_mut().find(|r| r.id == payment) {
        r.date = "2025-05-01".into();
        r.amount = "0,00".into();
    }
    let rate = form.add_rate_period(
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        NaiveDate::from_ymd_opt(2025, 2, 28).unwrap(),
    );
    form.rates.iter_mut().for_each(|r| r.percent = "9".into());
    let event = form.add_event(EventKind::CourtAction);
    if let Some(r) = form.events.iter_mut().find(|r| r.id == event) {
        r.date = "2025-04-10".into();
        r.end = "2025-04-09".into();
    }
    form.plan.count = "2,5".into();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(
        parsed.error(Field::PaymentAmount(payment)),
        Some(InputError::Zero)
    );
    assert_eq!(
        parsed.error(Field::RateTo(rate)),
        Some(InputError::EndBeforeStart)
    );
    assert_eq!(
        parsed.error(Field::EventEnd(event)),
        Some(InputError::EndBeforeStart)
    );
    assert_eq!(
        parsed.error(Field::PlanCount),
        Some(InputError::NotAWholeNumber)
    );
    assert!(parsed.case.payments.is_empty() && parsed.case.limitation.events.is_empty());
    assert!(parsed.case.interest.user_rates.is_empty());
}

#[test]
fn a_new_plan_starts_on_a_working_day_of_the_next_month_with_the_shift_on() {
    // 1.12.2026: a calendar month later is 1 January, a holiday; 2–3 January are the weekend.
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    assert_eq!(form.plan.agreement, "2026-12-01");
    assert_eq!(form.plan.first_due, "2027-01-04");
    assert!(form.case.plan.shift_non_working);
    // Moving the agreement moves a default first due date…
    form.set_plan_agreement("2026-04-10".into(), Jurisdiction::Pl);
    assert_eq!(form.plan.first_due, "2026-05-04");
    // …but not one the person typed.
    form.plan.first_due = "2026-05-20".into();
    form.set_plan_agreement("2026-04-15".into(), Jurisdiction::Pl);
    assert_eq!(form.plan.first_due, "2026-05-20");
    assert_eq!(form.plan.agreement, "2026-04-15");
}

mod pre_send {
    use super::super::checks::{gaps, Document, Gap, Target};
    use super::super::*;
    use crate::engine::evaluate;

    use crate::engine::testkit::date as d;

    /// A complete Polish case: two invoices due in 2025, interest to 31.12.2025 (rates verified,
    /// NBP month-end EUR rates bundled), both parties and an account.
    fn complete() -> CaseForm {
        let mut form = CaseForm::new(Jurisdiction::Pl, d("2025-12-31"));
        form.case.creditor.name = "Drukarnia Nowak sp. z o.o.".into();
        form.case.creditor.address = "ul. Polna 1, 00-001 Warszawa".into();
        form.case.debtor.name = "Hurtownia Kowalski".into();
        form.case.debtor.address = "ul. Leśna 2, 30-001 Kraków".into();
        form.case.letter.place = "Łódź".into();
        form.letter.iban = "61 1090 1014 0000 0712 1981 2874".into();
        let first = form.claims[0].id;
        for (id, number, due, amount) in [
            (first, "FV 1/2025", "2025-01-31", "12 300,00"),
            (form.add_claim(), "FV 2/2025", "2025-03-31", "4 000,00"),
        ] {
            if let Some(r) = form.claims.iter_mut().find(|r| r.id == id) {
                r.number = number.into();
                r.due = due.into();
                r.amount = amount.into();
            }
        }
        form
    }

    fn check(form: &CaseForm, document: Document) -> Vec<Gap> {
        let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
        let report = evaluate(&parsed.case).ok();
        gaps(form, &parsed, report.as_ref(), document)
    }

    #[test]
    fn a_complete_case_has_no_gaps() {
        assert_eq!(check(&complete(), Document::Letter), Vec::new());
        assert_eq!(check(&complete(), Document::Agreement), Vec::new());
    }

    #[test]
    fn every_gap_is_named_with_its_field() {
        let mut form = complete();
        form.letter.iban.clear();
        form.case.creditor.name = " ".into();
        form.case.debtor.address.clear();
        form.case.letter.place.clear();
        // A typing error in FV 2/2025's amount and in a payment's date.
        let second = form.claims[1].id;
        form.claims[1].amount = "4 000,000".into();
        let payment = form.add_payment();
        form.payments[0].date = "31.02.2025".into();
        form.payments[0].amount = "100".into();
        let letter = check(&form, Document::Letter);
        assert_eq!(
            letter,
            vec![
                Gap::NoAccount,
                Gap::CreditorName,
                Gap::DebtorAddress,
                Gap::InvoiceLeftOut {
                    label: "FV 2/2025".into(),
                    field: Field::ClaimAmount(second)
                },
                Gap::PaymentLeftOut {
                    position: 1,
                    field: Field::PaymentDate(payment)
                },
            ]
        );
        assert_eq!(letter[0].target(), Target::Field(Field::LetterIban));
        assert_eq!(letter[1].target(), Target::CreditorName);
        // The agreement also needs its place.
        assert!(check(&form, Document::Agreement).contains(&Gap::NoPlace));
        // An invoice without a number is named by its position.
        form.claims[1].number.clear();
        assert!(
            check(&form, Document::Letter).contains(&Gap::InvoiceLeftOut {
                label: "#2".into(),
                field: Field::ClaimAmount(second)
            })
        );
        // A wrong account is not the same as none.
        form.letter.iban = "61 1090 1014 0000 0712 1981 2875".into();
        assert_eq!(check(&form, Document::Letter)[0], Gap::BadAccount);
    }

    #[test]
    fn compensation_without_a_rate_and_interest_past_the_verified_rates() {
        // Interest to 2027: past the verified rates (PL_VERIFIED_THROUGH), and the NBP month-end
        // rate of invoices due after the bundled table is unknown.
        let mut form = complete();
        form.calc_date = "2027-06-30".into();
        let id = form.add_claim();
        if let Some(r) = form.claims.iter_mut().find(|r| r.id == id) {
            r.number = "FV 9/2027".into();
            r.due = "2027-01-31".into();
            r.amount = "800".into();
        }
        let gaps = check(&form, Document::Letter);
        assert!(
            gaps.contains(&Gap::CompensationWithoutRate {
                invoices: vec!["FV 9/2027".into()]
            }),
            "{gaps:?}"
        );
        assert!(gaps.contains(&Gap::PastVerifiedRates {
            through: crate::engine::rates::PL_VERIFIED_THROUGH
        }));
        assert_eq!(
            Gap::PastVerifiedRates {
                through: d("2026-03-31")
            }
            .target(),
            Target::Field(Field::CalcDate)
        );
    }
}

/// CPC art. 1015 alin. (1): a somație gives at least 15 days. Fewer days, chosen for a Polish
/// demand and carried into a Romanian case (where the somație is the default kind), are an
/// error on the field; without a choice the somație gets its 15.
#[test]
fn a_somatie_with_fewer_than_15_days_is_an_error() {
    use crate::engine::letter::LetterKind;
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    let error = |form: &CaseForm, j| form.parse(j, Lang::Pl).error(Field::LetterDays);
    assert_eq!(error(&form, Jurisdiction::Ro), None);
    form.case.letter.deadline_days = Some(14);
    assert_eq!(error(&form, Jurisdiction::Pl), None);
    assert_eq!(
        error(&form, Jurisdiction::Ro),
        Some(InputError::SomatieUnder15Days)
    );
    // The notice has no statutory minimum; a chosen 15 days satisfies the somație.
    form.case.letter.kind = LetterKind::RoNotice;
    assert_eq!(error(&form, Jurisdiction::Ro), None);
    form.case.letter.kind = LetterKind::RoSomatie;
    form.case.letter.deadline_days = Some(15);
    assert_eq!(error(&form, Jurisdiction::Ro), None);
}

/// Issue 18 C13: after switching language the typed amounts are shown in the new format and
/// still mean the same; text that does not read stays as typed.
#[test]
fn switching_language_reformats_typed_amounts() {
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    form.claims[0].due = "2025-01-31".into();
    form.claims[0].amount = "1 234,56".into();
    form.claims[0].eur_rate = "4,2512".into();
    let bad = form.add_claim();
    if let Some(r) = form.claims.iter_mut().find(|r| r.id == bad) {
        r.amount = "12,345".into();
    }
    let p = form.add_payment();
    if let Some(r) = form.payments.iter_mut().find(|r| r.id == p) {
        r.date = "2025-02-01".into();
        r.amount = "2 500,-".into();
    }
    form.plan.amount = "1000".into();
    let before = form.parse(Jurisdiction::Pl, Lang::Pl).case;
    form.relocalize(Lang::Pl, Lang::En);
    assert_eq!(form.claims[0].amount, "1,234.56");
    assert_eq!(form.claims[0].eur_rate, "4.2512");
    assert_eq!(form.claims[1].amount, "12,345", "unreadable text is kept");
    assert_eq!(form.payments[0].amount, "2,500.00");
    assert_eq!(form.plan.amount, "1,000.00");
    let after = form.parse(Jurisdiction::Pl, Lang::En).case;
    assert_eq!(after.claims, before.claims);
    assert_eq!(after.payments, before.payments);
    form.relocalize(Lang::En, Lang::Ro);
    assert_eq!(form.claims[0].amount, "1.234,56");
    assert_eq!(
        form.parse(Jurisdiction::Pl, Lang::Ro).case.claims,
        before.claims
    );
}

/// Issue 18 A1/C12: what was invoiced and a typed EUR rate travel from the row into the claim;
/// a bad rate is an error on its own field and does not leave the invoice out.
#[test]
fn claim_kind_and_eur_rate_are_read_per_row() {
    use crate::engine::limitation::PlClaimKind;
    let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    form.claims[0].due = "2025-01-31".into();
    form.claims[0].amount = "100".into();
    form.claims[0].pl_kind = Some(PlClaimKind::Sale);
    form.claims[0].eur_rate = "4,25".into();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(parsed.case.claims[0].pl_kind, Some(PlClaimKind::Sale));
    assert_eq!(
        parsed.case.claims[0].eur_rate,
        Some("4.25".parse().unwrap())
    );
    form.claims[0].eur_rate = "abc".into();
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(parsed.case.claims.len(), 1);
    assert_eq!(parsed.case.claims[0].eur_rate, None);
    let id = form.claims[0].id;
    assert_eq!(
        parsed.error(Field::ClaimEurRate(id)),
        Some(InputError::NotANumber)
    );
    assert!(parsed.left_out_claims.is_empty());
    // Stored forms of earlier versions (no kind, no rate) load with nothing chosen.
    let old = r#"{"id":3,"number":"A","issue":"","due":"2025-01-31","amount":"100"}"#;
    let row: ClaimRow = serde_json::from_str(old).unwrap();
    assert_eq!((row.pl_kind, row.eur_rate.as_str()), (None, ""));
}

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

mod contacts {
    use super::*;
    use crate::engine::case::{Channel, Contact, Direction, Document, Promise};
    use crate::engine::letter::LetterKind;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    use crate::engine::testkit::date as day;

    #[test]
    fn a_call_with_a_promise_parses_into_the_case_and_bad_rows_stay_out() {
        let mut form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
        let call = form.add_contact(day("2025-06-10"));
        let bad = form.add_contact(day("2025-06-11"));
        let half = form.add_contact(day("2025-06-12"));
        for r in form.contacts.iter_mut() {
            if r.id == call {
                r.time = "14:30".into();
                r.channel = Channel::Phone;
                r.direction = Direction::Incoming;
                r.summary = " will pay next week ".into();
                r.promise_date = "2025-06-17".into();
                r.promise_amount = "1 500,00".into();
            } else if r.id == bad {
                r.promise_date = "2025-02-30".into();
                r.promise_amount = "12,345".into();
            } else if r.id == half {
                r.promise_amount = "100".into();
                r.delivered = "2025-06-01".into();
            }
        }
        let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
        assert_eq!(
            parsed.case.contacts,
            vec![Contact {
                date: day("2025-06-10"),
                time: "14:30".into(),
                channel: Channel::Phone,
                direction: Direction::Incoming,
                summary: "will pay next week".into(),
                promise: Some(Promise {
                    date: day("2025-06-17"),
                    amount: Some(Decimal::from_str("1500.00").unwrap()),
                }),
                document: None,
                delivered: None,
                acknowledges: false,
            }]
        );
        // 30 February does not exist.
        assert_eq!(
            parsed.error(Field::ContactPromiseDate(bad)),
            Some(InputError::NotADate)
        );
        assert_eq!(
            parsed.error(Field::ContactPromiseAmount(bad)),
            Some(InputError::TooManyDecimals)
        );
        // Delivered before it was posted.
        assert_eq!(
            parsed.error(Field::ContactDelivered(half)),
            Some(InputError::DeliveredBeforeSent)
        );
    }

    #[test]
    fn an_amount_without_a_date_is_no_promise() {
        let mut form = CaseForm::new(Jurisdiction::Ro, day("2025-06-30"));
        let id = form.add_contact(day("2025-06-10"));
        form.contacts[0].promise_amount = "100".into();
        let parsed = form.parse(Jurisdiction::Ro, Lang::Ro);
        assert!(parsed.case.contacts.is_empty());
        assert_eq!(
            parsed.error(Field::ContactPromiseDate(id)),
            Some(InputError::Empty)
        );
    }

    #[test]
    fn the_log_survives_a_round_trip_through_the_case() {
        let mut form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
        form.claims[0].number = "FV 1".into();
        form.claims[0].due = "2025-03-03".into();
        form.claims[0].amount = "1000".into();
        assert!(form.log_sent(
            day("2025-06-20"),
            Channel::Letter,
            Some(letter_document(LetterKind::PlDemand)),
            "Przedsądowe wezwanie do zapłaty",
        ));
        // Printing the same letter again the same day is the same letter.
        assert!(!form.log_sent(
            day("2025-06-20"),
            Channel::Letter,
            Some(Document::Demand),
            "Przedsądowe wezwanie do zapłaty",
        ));
        let id = form.add_contact(day("2025-06-05"));
        if let Some(r) = form.contacts.iter_mut().find(|r| r.id == id) {
            r.channel = Channel::RegisteredLetter;
            r.document = Some(Document::RegistryWarning);
            r.delivered = "2025-06-09".into();
            r.promise_date = "2025-06-15".into();
            r.acknowledges = true;
        }
        let case = form.parse(Jurisdiction::Pl, Lang::Pl).case;
        assert_eq!(case.contacts.len(), 2);
        assert_eq!(case.contacts[0].date, day("2025-06-05"), "sorted by date");
        assert_eq!(case.contacts[1].document, Some(Document::Demand));
        let json = case.to_json();
        let back = crate::engine::case::Case::from_json(&json).unwrap();
        let again = CaseForm::from_case(back, Lang::Pl)
            .parse(Jurisdiction::Pl, Lang::Pl)
            .case;
        assert_eq!(again.contacts, case.contacts);
        assert!(again.contacts[0].acknowledges);
    }

    #[test]
    fn a_draft_saved_before_the_log_existed_still_loads() {
        let form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
        let mut value = serde_json::to_value(&form).unwrap();
        value.as_object_mut().unwrap().remove("contacts");
        let back: CaseForm = serde_json::from_value(value).unwrap();
        assert_eq!(back, form);
    }
}

/// Drafts start after the first screen: a form with anything typed in its rows, even text that
/// does not read, is saved as soon as they do; a fresh one is not.
#[test]
fn typed_rows_are_noticed_even_when_they_do_not_read() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    assert!(!form.has_typed_rows());
    form.claims[0].amount = "12,345".into();
    assert!(form
        .parse(Jurisdiction::Pl, Lang::Pl)
        .case
        .claims
        .is_empty());
    assert!(form.has_typed_rows());
    let mut form = CaseForm::new(Jurisdiction::Pl, today);
    form.add_payment();
    assert!(!form.has_typed_rows());
    form.payments[0].date = "2026-01-05".into();
    assert!(form.has_typed_rows());
}
