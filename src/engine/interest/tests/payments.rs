//! Payment allocation and payment warnings.

use super::*;

/// Art. 451 § 3 KC / art. 1509 C.civ.: an undesignated payment goes to the earliest-due debt,
/// its interest first; a designated payment goes where the debtor said.
#[test]
fn allocation_follows_designation_then_earliest_due() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-31");
    claim(&mut c, "A", "2025-03-31", "1000");
    claim(&mut c, "B", "2025-01-31", "1000");
    pay(&mut c, "2025-06-30", "500", None);
    pay(&mut c, "2025-07-31", "300", Some("A"));
    let r = evaluate(&c).unwrap();
    let first = &r.payments[0].applied;
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].claim, 1, "B is due first");
    assert!(first[0].to_interest > Decimal::ZERO);
    assert_eq!(first[0].to_interest + first[0].to_principal, dec("500"));
    let second = &r.payments[1].applied;
    assert_eq!(second[0].claim, 0);
    // The claim B interest segments split at the payment day; A's at its own payment.
    assert_eq!(
        r.claims[1]
            .segments
            .iter()
            .filter(|s| s.to == d("2025-06-30"))
            .count(),
        1
    );

    c.interest.allocation = Allocation::PrincipalFirst;
    let r = evaluate(&c).unwrap();
    assert_eq!(r.payments[0].applied[0].to_principal, dec("500"));
    assert_eq!(r.payments[0].applied[0].to_interest, Decimal::ZERO);
}

#[test]
fn payment_warnings() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-31");
    claim(&mut c, "A", "2025-03-31", "1000");
    pay(&mut c, "2025-03-01", "100", Some("A"));
    pay(&mut c, "2025-04-30", "5000", None);
    pay(&mut c, "2025-05-01", "10", Some("nope"));
    pay(&mut c, "2026-01-10", "10", None);
    let r = evaluate(&c).unwrap();
    assert!(r.warnings.contains(&Warning::PaymentBeforeDueDate {
        payment: 0,
        claim: 0
    }));
    assert!(r
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Overpayment { payment: 1, .. })));
    assert!(r
        .warnings
        .contains(&Warning::UnknownDesignation { payment: 2 }));
    assert!(r
        .warnings
        .contains(&Warning::PaymentAfterCalculationDate { payment: 3 }));
    assert_eq!(r.claims[0].principal_outstanding, Decimal::ZERO);
    assert_eq!(r.claims[0].paid_on, Some(d("2025-04-30")));
}

/// Imported numbers carry stray spaces on either side; they name the same invoice, and a blank
/// designation names none (the statutory order applies, without a warning).
#[test]
fn designations_with_stray_spaces_name_the_same_invoice() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2025-12-31");
    claim(&mut c, " A ", "2025-03-31", "1000");
    claim(&mut c, "B", "2025-01-31", "1000");
    pay(&mut c, "2025-06-30", "300", Some("A  "));
    pay(&mut c, "2025-07-31", "300", Some("  "));
    let r = evaluate(&c).unwrap();
    assert_eq!(r.payments[0].applied[0].claim, 0, "designated A");
    assert_eq!(r.payments[1].applied[0].claim, 1, "blank: B is due first");
    assert!(!r
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::UnknownDesignation { .. })));
}
