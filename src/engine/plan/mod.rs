//! Instalment plans the debtor can accept: annuity (spreadsheet PMT) or equal principal, with no
//! interest, a fixed rate, or the statutory rate following the rate table; tracking of actual
//! payments and the acceleration clause.

mod dates;
mod model;

pub use dates::{default_first_due, due_dates};
pub use model::*;

use crate::engine::case::Case;
use crate::engine::evaluate;
use crate::engine::interest::{accrue, CaseError, DayCount, Timeline};
use crate::engine::money::round_money;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Thirty years of monthly instalments (the bound `engine::bounds` documents).
pub const MAX_INSTALMENTS: u32 = 360;

/// (1 + r)^n by repeated multiplication: exact enough for n ≤ 360 in 28-digit decimals.
/// `None` beyond Decimal's range: 1 000 % a year paid monthly gives 1.83^360 ≈ 10^94.
fn grow(r: Decimal, n: u32) -> Option<Decimal> {
    let base = Decimal::ONE.checked_add(r)?;
    (0..n).try_fold(Decimal::ONE, |acc, _| acc.checked_mul(base))
}

/// The spreadsheet PMT(rate, n, -principal), unrounded; `None` if it is beyond Decimal.
///
/// Computed as P·r / (1 − (1 + r)^−n), which is P·r·g / (g − 1) without the product P·g that
/// overflows in long high-rate plans. When g itself overflows, (1 + r)^−n is below 10^−28 and
/// the payment is P·r to every digit Decimal holds.
pub fn pmt(rate: Decimal, n: u32, principal: Decimal) -> Option<Decimal> {
    if n == 0 {
        return Some(principal);
    }
    let equal = || principal.checked_div(Decimal::from(n));
    if rate.is_zero() {
        return equal();
    }
    let discount = match grow(rate, n) {
        Some(g) => Decimal::ONE.checked_div(g)?,
        None => Decimal::ZERO,
    };
    let denominator = Decimal::ONE.checked_sub(discount)?;
    // A rate below Decimal's resolution: 1 + r rounds to 1, and the plan has no interest.
    if denominator.is_zero() {
        return equal();
    }
    principal.checked_mul(rate)?.checked_div(denominator)
}

struct Inputs<'a> {
    options: &'a PlanOptions,
    agreement: NaiveDate,
    dates: Vec<NaiveDate>,
    principal: Decimal,
    /// Rate per period for the annuity formula (fixed, or statutory on the agreement date).
    period_rate: Decimal,
    timeline: Option<Timeline>,
}

impl Inputs<'_> {
    fn interest(&self, balance: Decimal, k: usize) -> Decimal {
        match self.options.interest {
            PlanInterest::None => Decimal::ZERO,
            // Within bounds (10¹² × 10 a period) this cannot overflow; zero if it ever did.
            PlanInterest::Fixed => balance
                .checked_mul(self.period_rate)
                .map(round_money)
                .unwrap_or_default(),
            PlanInterest::Statutory => {
                let from = if k == 0 {
                    self.agreement
                } else {
                    self.dates[k - 1]
                };
                let Some(timeline) = &self.timeline else {
                    return Decimal::ZERO;
                };
                accrue(
                    timeline,
                    DayCount::Act365,
                    0,
                    balance,
                    from.succ_opt().unwrap_or(from),
                    self.dates[k],
                )
                .map(|segments| segments.iter().map(|s| s.amount).sum())
                .unwrap_or_default()
            }
        }
    }

    /// The rows for `n` instalments; an error when an annuity does not cover the interest.
    fn rows(&self, n: u32) -> Result<Vec<Instalment>, PlanError> {
        let p = self.principal;
        let level = match self.options.method {
            Method::Annuity => pmt(self.period_rate, n, p),
            Method::EqualPrincipal => p.checked_div(Decimal::from(n)),
        }
        .map(round_money)
        .ok_or(PlanError::Overflow)?;
        let mut balance = p;
        let mut rows = Vec::with_capacity(n as usize);
        for k in 0..n as usize {
            let interest = self.interest(balance, k);
            let last = k + 1 == n as usize;
            let principal = if last {
                balance
            } else {
                match self.options.method {
                    Method::Annuity => level - interest,
                    Method::EqualPrincipal => level,
                }
            };
            if principal < Decimal::ZERO {
                return Err(PlanError::NeverRepaid);
            }
            let principal = principal.min(balance);
            balance -= principal;
            rows.push(Instalment {
                number: k as u32 + 1,
                due: self.dates[k],
                amount: principal + interest,
                principal,
                interest,
                remaining: balance,
                paid: Decimal::ZERO,
                paid_on: None,
                status: InstalmentStatus::Upcoming,
            });
            // In very long, high-rate annuities the cent rounding of PMT compounds and can
            // clear the balance early (a spreadsheet would then show a negative last payment):
            // the plan ends with the instalment that clears it.
            if balance.is_zero() {
                break;
            }
        }
        Ok(rows)
    }
}

/// The smallest count whose largest instalment fits the debtor's means (instalments shrink as
/// the count grows, so a binary search finds it).
fn count_for(max: Decimal, fits: impl Fn(u32) -> Option<Decimal>) -> Result<u32, PlanError> {
    let ok = |n: u32| fits(n).is_some_and(|largest| largest <= max);
    if !ok(MAX_INSTALMENTS) {
        return Err(PlanError::NeverRepaid);
    }
    let (mut lo, mut hi) = (1, MAX_INSTALMENTS);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ok(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The plan of the case as of `today`, after checking its inputs against `engine::bounds`.
pub fn schedule(case: &Case, today: NaiveDate) -> Result<Schedule, PlanError> {
    crate::engine::bounds::plan_inputs(case, today)?;
    let o = &case.plan;
    let agreement = o.agreement_date.ok_or(PlanError::MissingAgreementDate)?;
    let first = o.first_due.ok_or(PlanError::MissingFirstDue)?;
    if first < agreement {
        return Err(PlanError::FirstDueBeforeAgreement);
    }
    let amount = match o.amount {
        Some(a) => a,
        None => {
            let mut at = case.clone();
            at.calculation_date = Some(agreement);
            match evaluate(&at) {
                Ok(r) => r.totals.total_due,
                Err(e) => from_case_error(e)?,
            }
        }
    };
    if amount <= Decimal::ZERO {
        return Err(PlanError::NothingToSettle);
    }
    if o.down_payment < Decimal::ZERO || o.down_payment >= amount {
        return Err(PlanError::DownPaymentTooLarge);
    }
    let principal = amount - o.down_payment;
    let per_year = Decimal::from(o.frequency.per_year());
    let timeline = (o.interest == PlanInterest::Statutory).then(|| {
        Timeline::build(
            case.jurisdiction,
            &case.interest,
            case.debtor.kind,
            today.max(first),
        )
    });
    let period_rate = match o.interest {
        PlanInterest::None => Decimal::ZERO,
        PlanInterest::Fixed => {
            o.rate.ok_or(PlanError::MissingRate)? / Decimal::ONE_HUNDRED / per_year
        }
        PlanInterest::Statutory => timeline
            .as_ref()
            .and_then(|t| t.rate_on(agreement))
            .map(|p| p.percent / Decimal::ONE_HUNDRED / per_year)
            .unwrap_or_default(),
    };
    let shift = o.shift_non_working.then_some(case.jurisdiction);
    // Only the dates a counted plan needs: each working-day shift builds a holiday list.
    let needed = match o.size {
        Size::Count => o.count.min(MAX_INSTALMENTS),
        Size::MaxInstalment => MAX_INSTALMENTS,
    };
    let mut inputs = Inputs {
        options: o,
        agreement,
        dates: due_dates(first, needed, o.frequency, o.month_end, shift),
        principal,
        period_rate,
        timeline,
    };
    let n = match o.size {
        Size::Count => match o.count {
            0 => return Err(PlanError::ZeroInstalments),
            n if n > MAX_INSTALMENTS => return Err(PlanError::TooManyInstalments),
            n => n,
        },
        Size::MaxInstalment => {
            let max = o.max_instalment.ok_or(PlanError::MissingMaxInstalment)?;
            count_for(max, |n| {
                let rows = inputs.rows(n).ok()?;
                // The last instalment absorbs rounding; the level ones must fit.
                rows.iter()
                    .take(rows.len().saturating_sub(1).max(1))
                    .map(|r| r.amount)
                    .max()
            })?
        }
    };
    inputs.dates.truncate(n as usize);
    let mut rows = inputs.rows(n)?;
    let paid = track(&mut rows, &o.payments, today);
    let overdue_long = rows
        .iter()
        .filter(|r| {
            r.status == InstalmentStatus::Overdue
                && (today - r.due).num_days() > i64::from(o.acceleration_days)
        })
        .count() as u32;
    let total: Decimal = rows.iter().map(|r| r.amount).sum();
    Ok(Schedule {
        principal,
        amount,
        down_payment: o.down_payment,
        total_paid: total + o.down_payment,
        total_interest: rows.iter().map(|r| r.interest).sum(),
        last_date: rows.last().map(|r| r.due).unwrap_or(first),
        paid,
        outstanding: (total - paid).max(Decimal::ZERO),
        acceleration: overdue_long >= o.acceleration_instalments.max(1),
        instalments: rows,
    })
}

/// The case's own total cannot be computed: the bounds say which kind of input is at fault;
/// any other reason leaves nothing the plan could settle.
fn from_case_error(e: CaseError) -> Result<Decimal, PlanError> {
    Err(match e {
        CaseError::AmountTooLarge { .. } => PlanError::AmountTooLarge,
        CaseError::DateOutOfRange { .. } => PlanError::DateOutOfRange,
        CaseError::RateOutOfRange { .. } | CaseError::EurRateOutOfRange => {
            PlanError::RateOutOfRange
        }
        CaseError::Overflow => PlanError::Overflow,
        _ => return Ok(Decimal::ZERO),
    })
}

/// Applies the plan payments to the instalments in order and sets each one's status.
fn track(rows: &mut [Instalment], payments: &[PlanPayment], today: NaiveDate) -> Decimal {
    let mut list: Vec<&PlanPayment> = payments
        .iter()
        .filter(|p| p.amount > Decimal::ZERO)
        .collect();
    crate::engine::sorting::sort_by_key(&mut list, |p| p.date);
    let mut pool = list
        .into_iter()
        .map(|p| (p.date, p.amount))
        .collect::<Vec<_>>()
        .into_iter();
    let mut current: Option<(NaiveDate, Decimal)> = pool.next();
    let mut paid_total = Decimal::ZERO;
    for row in rows.iter_mut() {
        while row.paid < row.amount {
            let Some((date, left)) = current.as_mut() else {
                break;
            };
            let take = (*left).min(row.amount - row.paid);
            row.paid += take;
            *left -= take;
            paid_total += take;
            if row.paid == row.amount {
                row.paid_on = Some(*date);
            }
            if left.is_zero() {
                current = pool.next();
            }
        }
        row.status = match row.paid_on {
            Some(d) if d <= row.due => InstalmentStatus::Paid,
            Some(_) => InstalmentStatus::PaidLate,
            None if row.due < today => InstalmentStatus::Overdue,
            None => InstalmentStatus::Upcoming,
        };
    }
    paid_total
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
