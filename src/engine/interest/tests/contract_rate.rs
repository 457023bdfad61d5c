//! The agreed rate checked where it is typed (issue 17 §5). The maximum is twice the statutory
//! rate for delay (art. 481 § 2¹ KC); the statutory rate is data/pl_rates.csv: 9,5 % from
//! 4.12.2025 and 9,25 % from 5.03.2026 (reference + 5,5 pp), so the maximum is 19 % and 18,5 %.

use super::*;

fn high(j: Jurisdiction, rate: &str, calc: &str) -> Option<(Decimal, Option<Decimal>)> {
    let mut c = case(j, InterestKind::Contractual, calc);
    c.interest.contract_rate = Some(dec(rate));
    claim(&mut c, "FV 1", "2025-06-30", "1000");
    let report = evaluate(&c).unwrap();
    let found = report.warnings.iter().find_map(|w| match w {
        Warning::ContractRateHigh { rate, maximum } => Some((*rate, *maximum)),
        _ => None,
    });
    found
}

#[test]
fn above_the_polish_maximum_on_the_calculation_date() {
    assert_eq!(high(Jurisdiction::Pl, "18.5", "2026-03-31"), None);
    assert_eq!(
        high(Jurisdiction::Pl, "18.51", "2026-03-31"),
        Some((dec("18.51"), Some(dec("18.5"))))
    );
    // On 15.01.2026 the maximum was still 19 %.
    assert_eq!(high(Jurisdiction::Pl, "19", "2026-01-15"), None);
    assert_eq!(
        high(Jurisdiction::Pl, "19.01", "2026-01-15"),
        Some((dec("19.01"), Some(dec("19"))))
    );
}

#[test]
fn above_thirty_percent_is_unusual_everywhere() {
    assert_eq!(high(Jurisdiction::Ro, "30", "2026-03-31"), None);
    assert_eq!(
        high(Jurisdiction::Ro, "30.5", "2026-03-31"),
        Some((dec("30.5"), None))
    );
    // In Poland 30,5 % is above the maximum too: the maximum is named.
    assert_eq!(
        high(Jurisdiction::Pl, "30.5", "2026-03-31"),
        Some((dec("30.5"), Some(dec("18.5"))))
    );
}

#[test]
fn only_for_the_contractual_regime() {
    let mut c = case(Jurisdiction::Pl, InterestKind::Statutory, "2026-03-31");
    c.interest.contract_rate = Some(dec("50"));
    claim(&mut c, "FV 1", "2025-06-30", "1000");
    let report = evaluate(&c).unwrap();
    assert!(!report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ContractRateHigh { .. })));
}
