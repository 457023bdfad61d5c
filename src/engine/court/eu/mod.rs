//! EU cross-border claims for a creditor in Poland or Romania: which procedure applies (the
//! European order for payment, Reg. (EC) 1896/2006; the European small claims procedure,
//! Reg. (EC) 861/2007 as amended by Reg. (EU) 2015/2421), and a data sheet following Form A
//! with the case's figures, in English (reference/ro/collection.md §12).

mod check;
mod countries;
mod phrases;
mod sheet;

pub use check::{check, Conversion, EuBlocker, EuCheck, EuReason, Procedure, ESCP_LIMIT_EUR};
pub use countries::{country, country_of_tax_id, home, Country, MEMBER_STATES};
pub use sheet::compose_sheet;

use crate::engine::case::Case;
use crate::engine::interest::{evaluate, CaseError, Report};
use chrono::NaiveDate;

/// The case evaluated to the filing day and the procedures open on it. `debtor` overrides the
/// country read from the debtor's VAT number.
pub fn assess(
    case: &Case,
    filing: NaiveDate,
    debtor: Option<&'static Country>,
) -> Result<(EuCheck, Report), CaseError> {
    let mut c = case.clone();
    c.calculation_date = Some(filing);
    let report = evaluate(&c)?;
    Ok((check(&c, &report, filing, debtor), report))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
