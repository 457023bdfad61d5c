//! Reading the typed form: rows that do not read stay in the form and out of the case, each
//! mistake with the error that names it, the plan and letter sections.

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
