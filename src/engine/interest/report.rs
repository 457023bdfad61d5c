//! What the engine derives from a Case. Every number carries what it was computed from.

use super::timeline::Origin;
use crate::engine::locale::Currency;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// One constant-rate period of one claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    pub days: i64,
    /// Annual percent.
    pub rate: Decimal,
    /// The principal interest ran on.
    pub base: Decimal,
    /// 365, or 366 for leap-year days under actual/actual.
    pub divisor: u32,
    /// base × rate × days / divisor, rounded half away from zero to 0.01.
    pub amount: Decimal,
    pub basis: &'static str,
    pub origin: Origin,
    /// Index into `Report::rates`: where the rate comes from.
    pub rate_source: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Compensation {
    pub eur: Decimal,
    /// Local currency per EUR, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eur_rate: Option<Decimal>,
    /// The NBP table the rate comes from (PL), or none when the user typed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eur_rate_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eur_rate_table: Option<String>,
    /// No table has the rate: the day whose rate the law names (PL: the last business day of
    /// the month before the due month), for asking the person to type it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_needed: Option<NaiveDate>,
    /// In the case currency; none when no conversion rate is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    pub basis: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimReport {
    pub number: String,
    pub amount: Decimal,
    pub due_date: NaiveDate,
    /// The due date after moving it off a non-working day.
    pub effective_due_date: NaiveDate,
    /// The first day of interest.
    pub interest_from: NaiveDate,
    pub segments: Vec<Segment>,
    pub interest: Decimal,
    pub paid_principal: Decimal,
    pub paid_interest: Decimal,
    pub principal_outstanding: Decimal,
    pub interest_outstanding: Decimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    /// Principal outstanding + interest outstanding + compensation.
    pub total_due: Decimal,
    /// The day the principal was fully paid, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_on: Option<NaiveDate>,
    /// Interest added by each further day at the current rate.
    pub daily_interest: Decimal,
}

/// How one payment was applied to one claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Application {
    pub claim: usize,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PaymentReport {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub applied: Vec<Application>,
    /// What was left after every debt was paid.
    pub unapplied: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub principal: Decimal,
    pub interest: Decimal,
    pub compensation: Decimal,
    pub paid: Decimal,
    pub paid_principal: Decimal,
    pub paid_interest: Decimal,
    pub unapplied: Decimal,
    pub principal_outstanding: Decimal,
    pub interest_outstanding: Decimal,
    pub total_due: Decimal,
    pub daily_interest: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// Interest runs past the day the bundled rates were last checked.
    PastVerifiedThrough {
        verified_through: NaiveDate,
        /// The official rate to look up for the days after it.
        check: RateToCheck,
    },
    /// The agreed rate exceeded the statutory maximum and was replaced by it.
    ContractCapApplied {
        claim: usize,
    },
    /// PL: the maximum before 2016 (4 × lombard rate) is not checked.
    ContractCapNotCheckedBefore2016 {
        claim: usize,
    },
    /// PL: commercial interest before 2016 is unconfirmed; ordinary statutory interest is used.
    CommercialBefore2016 {
        claim: usize,
    },
    /// PL: a pre-2020 transaction earns reference + 10 pp after 2020 (unsettled transition).
    CommercialTransition2020 {
        claim: usize,
    },
    /// RO: ref + 8 needs a contract concluded on or after 5.04.2013 (Legea 72/2013 art. 21).
    RoProfessionalsBeforeL72 {
        claim: usize,
    },
    /// RO: periods before 1.09.2011 use OG 9/2000 (one rate per semester).
    RoOg9Period {
        claim: usize,
    },
    /// The agreed rate is above the statutory maximum on the calculation date (`maximum`, PL art.
    /// 481 § 2¹ KC) or above 30 % a year: shown where the rate is typed, before any cap applies.
    ContractRateHigh {
        rate: Decimal,
        maximum: Option<Decimal>,
    },
    /// RO art. 5 OG 13/2011: between non-professionals the agreed rate may not exceed the legal
    /// rate by more than 50%; the clause would be void.
    RoContractAboveCeiling {
        ceiling: Decimal,
    },
    PaymentBeforeDueDate {
        payment: usize,
        claim: usize,
    },
    PaymentAfterCalculationDate {
        payment: usize,
    },
    Overpayment {
        payment: usize,
        amount: Decimal,
    },
    UnknownDesignation {
        payment: usize,
    },
    /// The EUR conversion rate for the compensation of these claims is not known: type it next
    /// to each (one warning for all of them).
    EurRateMissing {
        claims: Vec<usize>,
    },
    /// RO: the 40 EUR was converted at the bundled BNR rate by the default rule (which BNR rate
    /// applies is not settled); a typed rate replaces it.
    RoEurRateDefault {
        claim: usize,
        date: NaiveDate,
    },
    /// The compensation is for business debtors only.
    CompensationNotForConsumers,
    /// Part of the breakdown uses a rate the user typed.
    UserRateUsed,
    /// Commercial interest was chosen but a party is a consumer: the late-payment acts do not
    /// apply (PL UPNO art. 1–2, RO Legea 72/2013 art. 1), so statutory interest for delay was
    /// used and no compensation is claimed (`compensation`: it had been asked for).
    CommercialNotForConsumers {
        compensation: bool,
    },
    /// The claim is not due yet on the calculation date: no interest runs.
    NotYetDue {
        claim: usize,
    },
    /// The issue date is after the due date: probably a typing error.
    IssueAfterDue {
        claim: usize,
    },
}

/// The rate every table of a jurisdiction follows, and so the one to check past the
/// verified-through date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateToCheck {
    /// The NBP reference rate (Polish statutory, capital and commercial rates are derived from it).
    NbpReference,
    /// The BNR reference rate, i.e. the monetary policy rate (OG 13/2011 art. 3(1)).
    BnrReference,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateUsed {
    pub from: NaiveDate,
    pub percent: Decimal,
    pub basis: &'static str,
    pub source: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub calculation_date: NaiveDate,
    pub currency: Currency,
    pub claims: Vec<ClaimReport>,
    pub payments: Vec<PaymentReport>,
    pub totals: Totals,
    pub warnings: Vec<Warning>,
    pub rates_verified_through: NaiveDate,
    /// The rate periods the segments refer to.
    pub rates: Vec<RateUsed>,
}
