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
        Some(InputError::NotANumber)
    );
    assert_eq!(form.grouped_account(Jurisdiction::Pl), None);
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
