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
