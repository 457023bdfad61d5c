//! The check before sending: every gap of a case named with the field that fills it.

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
