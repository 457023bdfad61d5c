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
