//! Which invoices a court claim filed on a day can include, and what they are worth.

use crate::engine::interest::Report;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The invoices a claim filed on `filing` can include (art. 1014 "exigibilă": due before the
/// day; art. 1026 counts the same claims) and those left out because they are not due yet.
pub(crate) fn due_claims(report: &Report, filing: NaiveDate) -> (Vec<usize>, Vec<usize>) {
    let open = report
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.principal_outstanding > Decimal::ZERO);
    let (due, later): (Vec<_>, Vec<_>) = open.partition(|(_, c)| c.effective_due_date < filing);
    (
        due.into_iter().map(|(i, _)| i).collect(),
        later.into_iter().map(|(i, _)| i).collect(),
    )
}

/// The value of the invoices `claims`: principal, interest and compensation still due.
pub(crate) fn value_of(report: &Report, claims: &[usize]) -> (Decimal, Decimal) {
    let principal = claims
        .iter()
        .filter_map(|&i| report.claims.get(i))
        .map(|c| c.principal_outstanding)
        .sum();
    let value = claims
        .iter()
        .filter_map(|&i| report.claims.get(i))
        .map(|c| c.total_due)
        .sum();
    (principal, value)
}
