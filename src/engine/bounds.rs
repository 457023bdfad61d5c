//! What the engine accepts, defined once (issue 17 §3). A case outside these bounds is refused
//! with a typed error at the entry points (`evaluate`, `deadlines_checked`, `schedule` and their
//! JSON forms) instead of overflowing somewhere inside: the release build aborts on a panic,
//! and in the browser an abort kills the page.
//!
//! Within the bounds no figure comes near `Decimal`'s limit (about 7.9 × 10²⁸): the largest
//! interest segment is 10¹² × 1 000 % × 40 000 days / 36 500 ≈ 1.1 × 10¹⁵, and 20 000 claims
//! sum to about 2 × 10¹⁹. Products that can still grow without limit (the annuity's power) use
//! checked arithmetic and report `Overflow`.

use super::case::{Case, Claim};
use super::interest::{CaseError, InterestKind, InterestOptions, Item};
use super::plan::{PlanError, PlanInterest};
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use super::calendar::{MAX_DATE, MIN_DATE};
pub use super::money::MAX_AMOUNT;
pub use super::plan::MAX_INSTALMENTS;

/// Claims, and payments, a case may hold; far above any real case, it bounds the work.
pub const MAX_ITEMS: usize = 20_000;
/// Limitation events of a case.
pub const MAX_EVENTS: usize = 1_000;
/// Rate periods the user typed.
pub const MAX_USER_RATES: usize = 1_000;
/// Payments recorded against an instalment plan (ten per instalment).
pub const MAX_PLAN_PAYMENTS: usize = 10 * MAX_INSTALMENTS as usize;
/// The highest annual rate in percent (contractual, typed periods, plan). Agreed rates are tens
/// of percent at most (PL caps them at twice the statutory delay rate, art. 481 § 2¹ KC);
/// 1 000 % leaves room for any contract and for hypothetical runs, and keeps every product exact.
pub const MAX_RATE_PERCENT: Decimal = Decimal::from_parts(1_000, 0, 0, false, 0);
/// The highest local-currency-per-EUR rate (NBP's was about 4.3 PLN and BNR's 5 RON in 2026).
pub const MAX_EUR_RATE: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

pub fn amount(value: Decimal, item: Item) -> Result<(), CaseError> {
    if value.abs() > MAX_AMOUNT {
        return Err(CaseError::AmountTooLarge { item });
    }
    Ok(())
}

pub fn date(value: NaiveDate, item: Item) -> Result<(), CaseError> {
    if !(MIN_DATE..=MAX_DATE).contains(&value) {
        return Err(CaseError::DateOutOfRange { item, date: value });
    }
    Ok(())
}

/// The upper bound of a rate; the variants that existed before the bounds say "negative".
pub fn rate(value: Decimal, item: Item) -> Result<(), CaseError> {
    if value > MAX_RATE_PERCENT {
        return Err(CaseError::RateOutOfRange { item });
    }
    Ok(())
}

fn claim_dates(c: &Claim, claim: usize) -> Result<(), CaseError> {
    date(c.due_date, Item::Claim { claim })?;
    if let Some(issued) = c.issue_date {
        date(issued, Item::Claim { claim })?;
    }
    Ok(())
}

/// The interest options: the agreed rate, the typed EUR rate and the typed rate periods.
pub fn interest_options(o: &InterestOptions) -> Result<(), CaseError> {
    if o.kind == InterestKind::Contractual && o.contract_rate.is_none() {
        return Err(CaseError::ContractRateMissing);
    }
    if let Some(r) = o.eur_rate {
        if r <= Decimal::ZERO || r > MAX_EUR_RATE {
            return Err(CaseError::EurRateOutOfRange);
        }
    }
    timeline_rates(o)
}

/// The rates a rate timeline is built from: the agreed rate (read for contractual interest
/// only) and the typed periods.
fn timeline_rates(o: &InterestOptions) -> Result<(), CaseError> {
    if let Some(r) = o
        .contract_rate
        .filter(|_| o.kind == InterestKind::Contractual)
    {
        if r < Decimal::ZERO {
            return Err(CaseError::NegativeRate);
        }
        rate(r, Item::ContractRate)?;
    }
    if o.user_rates.len() > MAX_USER_RATES {
        return Err(CaseError::TooManyUserRates);
    }
    for (i, u) in o.user_rates.iter().enumerate() {
        if u.from > u.to || u.percent < Decimal::ZERO {
            return Err(CaseError::BadUserRate { index: i });
        }
        date(u.from, Item::UserRate { index: i })?;
        date(u.to, Item::UserRate { index: i })?;
        rate(u.percent, Item::UserRate { index: i })?;
    }
    Ok(())
}

/// Everything `evaluate` reads; returns the calculation date.
pub fn interest_inputs(case: &Case) -> Result<NaiveDate, CaseError> {
    if case.claims.len() > MAX_ITEMS || case.payments.len() > MAX_ITEMS {
        return Err(CaseError::TooManyItems);
    }
    let calculation_date = case
        .calculation_date
        .ok_or(CaseError::MissingCalculationDate)?;
    date(calculation_date, Item::CalculationDate)?;
    for (i, c) in case.claims.iter().enumerate() {
        if c.currency != case.currency {
            return Err(CaseError::MixedCurrency { claim: i });
        }
        if c.amount < Decimal::ZERO {
            return Err(CaseError::NegativeClaim { claim: i });
        }
        amount(c.amount, Item::Claim { claim: i })?;
        claim_dates(c, i)?;
    }
    for (i, p) in case.payments.iter().enumerate() {
        if p.amount <= Decimal::ZERO {
            return Err(CaseError::NonPositivePayment { payment: i });
        }
        amount(p.amount, Item::Payment { payment: i })?;
        date(p.date, Item::Payment { payment: i })?;
    }
    interest_options(&case.interest)?;
    Ok(calculation_date)
}

/// Everything the limitation deadlines read: the claims' dates, the events and today.
pub fn limitation_inputs(case: &Case, today: NaiveDate) -> Result<(), CaseError> {
    if case.claims.len() > MAX_ITEMS {
        return Err(CaseError::TooManyItems);
    }
    if case.limitation.events.len() > MAX_EVENTS {
        return Err(CaseError::TooManyEvents);
    }
    date(today, Item::Today)?;
    for (i, c) in case.claims.iter().enumerate() {
        claim_dates(c, i)?;
    }
    for (i, e) in case.limitation.events.iter().enumerate() {
        date(e.date, Item::Event { event: i })?;
        if let Some(end) = e.end {
            date(end, Item::Event { event: i })?;
            if end < e.date {
                return Err(CaseError::EventEndsBeforeStart { event: i });
            }
        }
    }
    Ok(())
}

/// Everything `schedule` reads of the plan (the case's claims are checked by `evaluate` when the
/// plan settles the case's total).
pub fn plan_inputs(case: &Case, today: NaiveDate) -> Result<(), PlanError> {
    let o = &case.plan;
    if o.payments.len() > MAX_PLAN_PAYMENTS {
        return Err(PlanError::TooManyPayments);
    }
    let in_range = |d: NaiveDate| (MIN_DATE..=MAX_DATE).contains(&d);
    let dates = [Some(today), o.agreement_date, o.first_due];
    if !dates
        .into_iter()
        .flatten()
        .chain(o.payments.iter().map(|p| p.date))
        .all(in_range)
    {
        return Err(PlanError::DateOutOfRange);
    }
    let amounts = [o.amount, Some(o.down_payment), o.max_instalment];
    if !amounts
        .into_iter()
        .flatten()
        .chain(o.payments.iter().map(|p| p.amount))
        .all(|a| a.abs() <= MAX_AMOUNT)
    {
        return Err(PlanError::AmountTooLarge);
    }
    if o.rate
        .is_some_and(|r| r < Decimal::ZERO || r > MAX_RATE_PERCENT)
    {
        return Err(PlanError::RateOutOfRange);
    }
    // The statutory plan follows the case's rate timeline, typed periods included.
    if o.interest == PlanInterest::Statutory {
        timeline_rates(&case.interest).map_err(|e| match e {
            CaseError::DateOutOfRange { .. } => PlanError::DateOutOfRange,
            _ => PlanError::RateOutOfRange,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_constants_are_what_the_docs_say() {
        assert_eq!(MAX_RATE_PERCENT, Decimal::from(1000));
        assert_eq!(MAX_EUR_RATE, Decimal::from(10_000));
        assert_eq!(MAX_AMOUNT, Decimal::from_str("999999999999.99").unwrap());
        assert_eq!(MIN_DATE.to_string(), "1990-01-01");
        assert_eq!(MAX_DATE.to_string(), "2100-12-31");
    }

    /// A statutory plan reads the case's rate timeline: its typed periods are bounded, but the
    /// EUR rate and a missing agreed rate (which the plan does not read) do not stop it.
    #[test]
    fn a_statutory_plan_checks_only_the_rates_it_follows() {
        use crate::engine::interest::UserRate;
        use crate::engine::locale::Jurisdiction;
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
        let mut case = Case::new(Jurisdiction::Pl);
        case.plan.interest = PlanInterest::Statutory;
        case.interest.kind = InterestKind::Contractual;
        case.interest.contract_rate = None;
        case.interest.eur_rate = Some(Decimal::ZERO);
        assert_eq!(plan_inputs(&case, day(5)), Ok(()));
        assert_eq!(
            interest_options(&case.interest),
            Err(CaseError::ContractRateMissing)
        );
        case.interest.user_rates.push(UserRate {
            from: day(1),
            to: day(31),
            percent: Decimal::from(1001),
            note: String::new(),
        });
        assert_eq!(plan_inputs(&case, day(5)), Err(PlanError::RateOutOfRange));
        case.plan.interest = PlanInterest::None;
        assert_eq!(plan_inputs(&case, day(5)), Ok(()));
    }
}
