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
