//! The choices that decide how interest is computed, as the person made them (part of the
//! stored Case; the rules that read them live in `engine::interest`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum InterestKind {
    /// PL odsetki ustawowe za opóźnienie (art. 481 KC); RO dobânda legală penalizatoare
    /// ref + 4 (OG 13/2011 art. 3(2)).
    #[default]
    Statutory,
    /// PL transakcje handlowe (UPNO); RO between professionals, ref + 8 (art. 3(2¹)).
    Commercial,
    /// PL odsetki ustawowe kapitałowe (art. 359 § 2 KC); RO dobânda legală remuneratorie (art. 3(1)).
    Capital,
    /// A rate agreed in the contract, checked against the statutory maximum.
    Contractual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Actual days / 365, also in leap years (Polish reference calculators and courts; RO practice).
    #[default]
    Act365,
    /// Actual days / actual year length (366 in leap years); a Romanian option.
    ActAct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Allocation {
    /// PL art. 451 KC / RO art. 1507–1509 C.civ.: the debtor's designation, overdue interest
    /// before principal, otherwise the earliest-due debt first.
    #[default]
    Statutory,
    /// The creditor books payments on principal first (a choice some creditors make).
    PrincipalFirst,
}

/// A rate period typed by the user; it replaces the table rate from `from` to `to` inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRate {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Annual rate in percent.
    pub percent: Decimal,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterestOptions {
    pub kind: InterestKind,
    /// Annual percent, for `Contractual`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract_rate: Option<Decimal>,
    pub day_count: DayCount,
    pub allocation: Allocation,
    /// Move a due date off non-working days (PL art. 115 KC, RO art. 2554 C.civ.).
    pub shift_due_dates: bool,
    /// RO: the relation does not arise from running an enterprise (art. 3(3): rate reduced by 20%).
    pub ro_non_enterprise: bool,
    /// RO: one rate per half-year, the one in force on its first day (CPC art. 1018(1), used in
    /// the ordonanța de plată); otherwise the rate follows every BNR change.
    pub ro_semester_rate: bool,
    /// PL: the transaction was concluded before 2020; keep reference + 8 pp after 1.01.2020
    /// (the transitional rules of the 2019 amendment are unsettled).
    pub pl_pre_2020_transaction: bool,
    /// Claim the fixed compensation for recovery costs (PL art. 10 UPNO, RO Legea 72/2013).
    pub compensation: bool,
    /// PLN or RON per EUR typed by the user; for PL it replaces the bundled NBP table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eur_rate: Option<Decimal>,
    pub user_rates: Vec<UserRate>,
}

impl Default for InterestOptions {
    fn default() -> Self {
        InterestOptions {
            kind: InterestKind::Statutory,
            contract_rate: None,
            day_count: DayCount::Act365,
            allocation: Allocation::Statutory,
            shift_due_dates: true,
            ro_non_enterprise: false,
            ro_semester_rate: false,
            pl_pre_2020_transaction: false,
            compensation: true,
            eur_rate: None,
            user_rates: Vec::new(),
        }
    }
}
