//! The instalment plan as the person set it up, and the payments recorded against it (part of
//! the stored Case; the schedule is computed in `engine::plan`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    #[default]
    Monthly,
    Quarterly,
    Biweekly,
    Weekly,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::Biweekly,
        Frequency::Weekly,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Equal instalments (annuity; spreadsheet PMT).
    #[default]
    Annuity,
    /// Equal principal, decreasing instalments.
    EqualPrincipal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PlanInterest {
    /// No interest during the plan: equal instalments of the amount.
    #[default]
    None,
    /// A fixed annual rate agreed with the debtor.
    Fixed,
    /// The statutory rate of the case's regime, following the rate table (actual days / 365).
    Statutory,
}

/// A due date on the 29th–31st in a shorter month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MonthEnd {
    /// The last day of that month (31 Jan -> 28 Feb).
    #[default]
    LastDay,
    /// The first day of the next month (31 Jan -> 1 Mar).
    NextMonth,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Size {
    /// A number of instalments.
    #[default]
    Count,
    /// The largest instalment the debtor can afford.
    MaxInstalment,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPayment {
    pub date: NaiveDate,
    pub amount: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanOptions {
    /// None: the case's total due on the agreement date.
    pub amount: Option<Decimal>,
    pub agreement_date: Option<NaiveDate>,
    pub down_payment: Decimal,
    pub size: Size,
    pub count: u32,
    pub max_instalment: Option<Decimal>,
    pub frequency: Frequency,
    pub first_due: Option<NaiveDate>,
    pub month_end: MonthEnd,
    pub shift_non_working: bool,
    pub interest: PlanInterest,
    /// Annual percent, for `PlanInterest::Fixed`.
    pub rate: Option<Decimal>,
    pub method: Method,
    /// Acceleration clause: this many instalments late…
    pub acceleration_instalments: u32,
    /// …by more than this many days makes the whole rest due.
    pub acceleration_days: u32,
    pub payments: Vec<PlanPayment>,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            amount: None,
            agreement_date: None,
            down_payment: Decimal::ZERO,
            size: Size::Count,
            count: 12,
            max_instalment: None,
            frequency: Frequency::Monthly,
            first_due: None,
            month_end: MonthEnd::LastDay,
            shift_non_working: false,
            interest: PlanInterest::None,
            rate: None,
            method: Method::Annuity,
            acceleration_instalments: 1,
            acceleration_days: 14,
            payments: Vec::new(),
        }
    }
}
