//! Romania: the cerere de emitere a ordonanței de plată (CPC art. 1014–1025) and the cerere de
//! valoare redusă (art. 1026–1033), with their preconditions checked on the filing day and a
//! recommendation between them. Figures come from the same interest and fee functions as the
//! letters.

mod checks;
mod order;
mod parts;
mod phrases;
mod small;

pub use checks::{
    check_order, check_small_claim, default_court, latest_somatie, payment_order_earliest,
    recommend, somatie_pay_by, Blocker, Caution, OrderCheck, Recommendation, Route, RouteReason,
    SmallBlocker, SmallCheck, Somatie, RO_JUDECATORIE_LIMIT,
};
pub use order::compose_order;
pub use small::compose_small_claim;

use crate::engine::case::Case;
use crate::engine::document::Document;
use crate::engine::interest::{evaluate, CaseError, InterestKind, Report};
use chrono::NaiveDate;
use serde::Serialize;

/// The case as a payment order claims it: interest up to the filing day, and legal interest
/// with one rate per half-year, the one in force on its first calendar day (CPC art. 1018
/// alin. (1)). An agreed rate is left as agreed.
pub fn order_case(case: &Case, filing: NaiveDate) -> Case {
    let mut c = case.clone();
    c.calculation_date = Some(filing);
    if c.interest.kind != InterestKind::Contractual {
        c.interest.ro_semester_rate = true;
    }
    c
}

/// Both Romanian routes on one filing day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Routes {
    pub filing: NaiveDate,
    pub order: OrderCheck,
    pub small: SmallCheck,
    pub recommendation: Option<Recommendation>,
    /// The court named by default (the person may change it).
    pub court: String,
    /// The case evaluated for the payment order (art. 1018) and as the person set it (small claim).
    pub order_report: Report,
    pub small_report: Report,
}

pub fn routes(case: &Case, filing: NaiveDate) -> Result<Routes, CaseError> {
    let order_case = order_case(case, filing);
    let order_report = evaluate(&order_case)?;
    let mut small_case = case.clone();
    small_case.calculation_date = Some(filing);
    let small_report = evaluate(&small_case)?;
    let order = check_order(&order_case, &order_report, filing);
    let small = check_small_claim(case, &small_report, filing);
    Ok(Routes {
        filing,
        recommendation: recommend(&order, &small),
        court: default_court(case, order.value),
        order,
        small,
        order_report,
        small_report,
    })
}

impl Routes {
    /// The payment-order request, or none while it cannot be filed.
    pub fn order_document(&self, case: &Case, court: &str) -> Option<Document> {
        compose_order(
            &order_case(case, self.filing),
            &self.order_report,
            &self.order,
            court,
        )
    }

    /// The small-claim data sheet, or none when the procedure does not apply.
    pub fn small_document(&self, case: &Case, court: &str) -> Option<Document> {
        compose_small_claim(case, &self.small_report, &self.small, court)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
