//! The instalment schedule the plan returns. Its inputs are part of the Case
//! (`engine::case::plan`).

pub use crate::engine::case::plan::{
    Frequency, Method, MonthEnd, PlanInterest, PlanOptions, PlanPayment, Size,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

impl Frequency {
    pub fn per_year(self) -> u32 {
        match self {
            Frequency::Monthly => 12,
            Frequency::Quarterly => 4,
            Frequency::Biweekly => 26,
            Frequency::Weekly => 52,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstalmentStatus {
    Paid,
    PaidLate,
    Overdue,
    Upcoming,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Instalment {
    pub number: u32,
    pub due: NaiveDate,
    pub amount: Decimal,
    pub principal: Decimal,
    pub interest: Decimal,
    /// Principal still owed after this instalment.
    pub remaining: Decimal,
    pub paid: Decimal,
    /// The day the instalment was fully paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_on: Option<NaiveDate>,
    pub status: InstalmentStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Schedule {
    /// Settled by the plan (after the down payment).
    pub principal: Decimal,
    pub amount: Decimal,
    pub down_payment: Decimal,
    pub instalments: Vec<Instalment>,
    pub total_paid: Decimal,
    pub total_interest: Decimal,
    pub last_date: NaiveDate,
    /// Paid so far against the plan.
    pub paid: Decimal,
    /// Still to pay under the plan (instalments not yet paid).
    pub outstanding: Decimal,
    /// The acceleration clause could be invoked today.
    pub acceleration: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanError {
    MissingAgreementDate,
    MissingFirstDue,
    FirstDueBeforeAgreement,
    NothingToSettle,
    DownPaymentTooLarge,
    ZeroInstalments,
    TooManyInstalments,
    MissingRate,
    MissingMaxInstalment,
    /// The affordable amount never repays the debt (it does not even cover the interest).
    NeverRepaid,
    // The bounds of `engine::bounds` (issue 17 §3).
    /// An amount of the plan (or of the case it settles) above 999 999 999 999,99.
    AmountTooLarge,
    /// The plan's rate (or a rate of the case it follows) is negative or above 1 000 % a year.
    RateOutOfRange,
    /// A date of the plan, or today, outside 1990–2100.
    DateOutOfRange,
    /// More recorded payments than `bounds::MAX_PLAN_PAYMENTS`.
    TooManyPayments,
    /// A figure beyond exact decimal arithmetic although every input was within bounds.
    Overflow,
}
