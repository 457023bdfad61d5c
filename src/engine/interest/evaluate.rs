//! Case -> Report: the one entry point for interest, allocation and compensation.

use super::accrue::{accrue, divisor, interest_amount};
use super::compensation::compensation;
use super::error::CaseError;
use super::options::{effective_kind, Allocation, InterestKind, InterestOptions};
use super::report::*;
use super::timeline::{Origin, Timeline};
use crate::engine::bounds;
use crate::engine::calendar::next_working_day;
use crate::engine::case::{Case, Designation, PartyKind};
use crate::engine::json::{error_json, output_json};
use crate::engine::locale::Jurisdiction;
use crate::engine::rates::{BNR_TABLE, PL_VERIFIED_THROUGH, RO_VERIFIED_THROUGH};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Sums of bounded figures stay far inside Decimal (see `engine::bounds`); checked all the same,
/// so that a bound loosened later turns into a typed error, not an abort.
fn add(a: Decimal, b: Decimal) -> Result<Decimal, CaseError> {
    a.checked_add(b).ok_or(CaseError::Overflow)
}

struct ClaimState {
    principal: Decimal,
    interest_unpaid: Decimal,
    interest_total: Decimal,
    /// The last day interest has been computed for.
    accrued_to: NaiveDate,
    segments: Vec<Segment>,
    paid_principal: Decimal,
    paid_interest: Decimal,
    paid_on: Option<NaiveDate>,
}

/// The running account of a case: each claim's principal, interest and payments as the
/// payments are applied in date order, and the rate timeline they accrue on.
struct Ledger<'a> {
    case: &'a Case,
    timeline: Timeline,
    /// Claims by due date: art. 451 § 3 KC / art. 1509 C.civ. order. Sorting by due date also
    /// puts the debts already due on a payment day before those not yet due.
    by_due: Vec<usize>,
    /// Due dates moved off non-working days when the options say so (PL art. 115 KC,
    /// RO art. 2554 C.civ.).
    effective_due: Vec<NaiveDate>,
    interest_from: Vec<NaiveDate>,
    states: Vec<ClaimState>,
}

impl<'a> Ledger<'a> {
    /// Every claim owed in full from the day after its (shifted) due date, nothing accrued yet.
    fn new(case: &'a Case, o: &InterestOptions, calculation_date: NaiveDate) -> Ledger<'a> {
        let j = case.jurisdiction;
        let timeline = Timeline::build(j, o, case.debtor.kind, calculation_date);
        let effective_due: Vec<NaiveDate> = case
            .claims
            .iter()
            .map(|c| {
                if o.shift_due_dates {
                    next_working_day(j, c.due_date)
                } else {
                    c.due_date
                }
            })
            .collect();
        let interest_from: Vec<NaiveDate> = effective_due
            .iter()
            .map(|d| d.succ_opt().unwrap_or(*d))
            .collect();
        let states = case
            .claims
            .iter()
            .zip(&effective_due)
            .map(|(c, due)| ClaimState {
                principal: c.amount,
                interest_unpaid: Decimal::ZERO,
                interest_total: Decimal::ZERO,
                accrued_to: *due,
                segments: Vec::new(),
                paid_principal: Decimal::ZERO,
                paid_interest: Decimal::ZERO,
                paid_on: None,
            })
            .collect();
        let mut by_due: Vec<usize> = (0..case.claims.len()).collect();
        crate::engine::sorting::sort_by_key(&mut by_due, |&c| (case.claims[c].due_date, c));
        Ledger {
            case,
            timeline,
            by_due,
            effective_due,
            interest_from,
            states,
        }
    }

    /// Applies the payments in date order (one after the calculation date is reported, not
    /// applied), then accrues every claim to the calculation date. The reports keep the case's
    /// order of payments.
    fn apply_payments(
        &mut self,
        calculation_date: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) -> Result<Vec<PaymentReport>, CaseError> {
        let case = self.case;
        let mut order: Vec<usize> = (0..case.payments.len()).collect();
        crate::engine::sorting::sort_by_key(&mut order, |&i| case.payments[i].date);
        let mut reports: Vec<Option<PaymentReport>> = vec![None; case.payments.len()];
        for i in order {
            let p = &case.payments[i];
            reports[i] = Some(if p.date > calculation_date {
                warnings.push(Warning::PaymentAfterCalculationDate { payment: i });
                PaymentReport {
                    date: p.date,
                    amount: p.amount,
                    applied: Vec::new(),
                    unapplied: p.amount,
                }
            } else {
                self.apply(i, warnings)?
            });
        }
        for claim in 0..case.claims.len() {
            self.accrue_to(claim, calculation_date)?;
        }
        Ok(reports.into_iter().flatten().collect())
    }

    fn accrue_to(&mut self, claim: usize, day: NaiveDate) -> Result<(), CaseError> {
        let state = &mut self.states[claim];
        let from = state
            .accrued_to
            .succ_opt()
            .unwrap_or(state.accrued_to)
            .max(self.interest_from[claim]);
        let segments = accrue(
            &self.timeline,
            self.case.interest.day_count,
            claim,
            state.principal,
            from,
            day,
        )?;
        for s in segments {
            state.interest_unpaid = add(state.interest_unpaid, s.amount)?;
            state.interest_total = add(state.interest_total, s.amount)?;
            state.segments.push(s);
        }
        state.accrued_to = state.accrued_to.max(day);
        Ok(())
    }

    /// Applies one payment: the designated claim first, then the claims already due, earliest
    /// first, then the rest; within a claim overdue interest before principal unless the
    /// creditor books principal first.
    fn apply(
        &mut self,
        index: usize,
        warnings: &mut Vec<Warning>,
    ) -> Result<PaymentReport, CaseError> {
        let payment = &self.case.payments[index];
        let claims = &self.case.claims;
        let designated = match payment.designation(claims) {
            Designation::None => None,
            Designation::Claim(c) => Some(c),
            Designation::Unknown => {
                warnings.push(Warning::UnknownDesignation { payment: index });
                None
            }
        };
        if let Some(c) = designated {
            if payment.date < claims[c].due_date {
                warnings.push(Warning::PaymentBeforeDueDate {
                    payment: index,
                    claim: c,
                });
            }
        }
        let order = std::mem::take(&mut self.by_due);
        let sequence = designated
            .into_iter()
            .chain(order.iter().copied().filter(|&c| Some(c) != designated));

        let mut remaining = payment.amount;
        let mut applied = Vec::new();
        for claim in sequence {
            if remaining <= Decimal::ZERO {
                break;
            }
            let settled = self.states[claim].principal.is_zero()
                && self.states[claim].interest_unpaid.is_zero();
            if settled {
                continue;
            }
            self.accrue_to(claim, payment.date)?;
            let state = &mut self.states[claim];
            let (to_interest, to_principal) = match self.case.interest.allocation {
                Allocation::Statutory => {
                    let i = remaining.min(state.interest_unpaid);
                    (i, (remaining - i).min(state.principal))
                }
                Allocation::PrincipalFirst => {
                    let p = remaining.min(state.principal);
                    ((remaining - p).min(state.interest_unpaid), p)
                }
            };
            if to_interest.is_zero() && to_principal.is_zero() {
                continue;
            }
            remaining -= to_interest + to_principal;
            state.interest_unpaid -= to_interest;
            state.paid_interest += to_interest;
            state.principal -= to_principal;
            state.paid_principal += to_principal;
            if state.principal.is_zero() && state.paid_on.is_none() {
                state.paid_on = Some(payment.date);
            }
            applied.push(Application {
                claim,
                to_interest,
                to_principal,
            });
        }
        self.by_due = order;
        if remaining > Decimal::ZERO {
            warnings.push(Warning::Overpayment {
                payment: index,
                amount: remaining,
            });
        }
        Ok(PaymentReport {
            date: payment.date,
            amount: payment.amount,
            applied,
            unapplied: remaining.max(Decimal::ZERO),
        })
    }

    fn daily_interest(&self, claim: usize, calculation_date: NaiveDate) -> Decimal {
        let state = &self.states[claim];
        let Some(tomorrow) = calculation_date.succ_opt() else {
            return Decimal::ZERO;
        };
        if state.principal <= Decimal::ZERO || tomorrow < self.interest_from[claim] {
            return Decimal::ZERO;
        }
        let divisor = divisor(self.case.interest.day_count, tomorrow);
        self.timeline
            .rate_on(tomorrow)
            .and_then(|p| interest_amount(state.principal, p.percent, 1, divisor))
            .unwrap_or_default()
    }
    /// One claim's figures as at the calculation date, with its compensation and the warnings
    /// that concern it alone. Its segments move into the report.
    fn claim_report(
        &mut self,
        i: usize,
        calculation_date: NaiveDate,
        o: &InterestOptions,
        warnings: &mut Vec<Warning>,
    ) -> Result<ClaimReport, CaseError> {
        let case = self.case;
        let j = case.jurisdiction;
        let claim = &case.claims[i];
        let due = self.effective_due[i];
        let daily = self.daily_interest(i, calculation_date);
        let state = &mut self.states[i];
        let late = state.paid_on.is_some_and(|d| d > due)
            || (state.principal > Decimal::ZERO && calculation_date > due);
        let consumer_involved =
            case.debtor.kind == PartyKind::Consumer || case.creditor.kind == PartyKind::Consumer;
        let compensation_allowed = o.compensation && o.kind == InterestKind::Commercial;
        let comp = (compensation_allowed && !consumer_involved && late)
            .then(|| compensation(j, case.currency, claim, o.eur_rate))
            .transpose()?;
        if let Some(date) = comp
            .as_ref()
            .filter(|c| j == Jurisdiction::Ro && c.eur_rate_table.as_deref() == Some(BNR_TABLE))
            .and_then(|c| c.eur_rate_date)
        {
            warnings.push(Warning::RoEurRateDefault { claim: i, date });
        }
        let comp_amount = comp.as_ref().and_then(|c| c.amount).unwrap_or_default();
        if claim.issue_date.is_some_and(|d| d > claim.due_date) {
            warnings.push(Warning::IssueAfterDue { claim: i });
        }
        if due >= calculation_date {
            warnings.push(Warning::NotYetDue { claim: i });
        }
        super::warnings::claim_warnings(case, o.kind, i, &state.segments, warnings);
        Ok(ClaimReport {
            // Printed and matched as the person meant it, without stray spaces (a pasted or
            // imported number), in every document alike.
            number: claim.number.trim().to_string(),
            amount: claim.amount,
            due_date: claim.due_date,
            effective_due_date: due,
            interest_from: self.interest_from[i],
            segments: std::mem::take(&mut state.segments),
            interest: state.interest_total,
            paid_principal: state.paid_principal,
            paid_interest: state.paid_interest,
            principal_outstanding: state.principal,
            interest_outstanding: state.interest_unpaid,
            total_due: add(add(state.principal, state.interest_unpaid)?, comp_amount)?,
            compensation: comp,
            paid_on: state.paid_on,
            daily_interest: daily,
        })
    }
}

/// The regime applied: commercial interest with a consumer party becomes statutory interest
/// (`effective_kind`), and the report says so.
fn applied_options(case: &Case) -> std::borrow::Cow<'_, InterestOptions> {
    let kind = effective_kind(case);
    if kind == case.interest.kind {
        std::borrow::Cow::Borrowed(&case.interest)
    } else {
        std::borrow::Cow::Owned(InterestOptions {
            kind,
            ..case.interest.clone()
        })
    }
}

fn totals(
    case: &Case,
    claims: &[ClaimReport],
    payments: &[PaymentReport],
) -> Result<Totals, CaseError> {
    let mut t = Totals::default();
    for c in claims {
        let comp = c
            .compensation
            .as_ref()
            .and_then(|c| c.amount)
            .unwrap_or_default();
        t.principal = add(t.principal, c.amount)?;
        t.interest = add(t.interest, c.interest)?;
        t.compensation = add(t.compensation, comp)?;
        t.paid_principal = add(t.paid_principal, c.paid_principal)?;
        t.paid_interest = add(t.paid_interest, c.paid_interest)?;
        t.principal_outstanding = add(t.principal_outstanding, c.principal_outstanding)?;
        t.interest_outstanding = add(t.interest_outstanding, c.interest_outstanding)?;
        t.total_due = add(t.total_due, c.total_due)?;
        t.daily_interest = add(t.daily_interest, c.daily_interest)?;
    }
    t.unapplied = payments
        .iter()
        .try_fold(Decimal::ZERO, |sum, p| add(sum, p.unapplied))?;
    t.paid = case
        .payments
        .iter()
        .try_fold(Decimal::ZERO, |sum, p| add(sum, p.amount))?;
    Ok(t)
}

/// The warnings about the report as a whole: rates past the verified table (first, as the most
/// important), rates the person typed, contract rates above the limits.
fn report_warnings(
    case: &Case,
    calculation_date: NaiveDate,
    claims: &[ClaimReport],
    verified_through: NaiveDate,
    warnings: &mut Vec<Warning>,
) {
    let check = match case.jurisdiction {
        Jurisdiction::Pl => RateToCheck::NbpReference,
        Jurisdiction::Ro => RateToCheck::BnrReference,
    };
    let segments = || claims.iter().flat_map(|c| c.segments.iter());
    if segments().any(|s| s.to > verified_through) {
        warnings.insert(
            0,
            Warning::PastVerifiedThrough {
                verified_through,
                check,
            },
        );
    }
    if segments().any(|s| s.origin == Origin::User) {
        warnings.push(Warning::UserRateUsed);
    }
    warnings.extend(super::warnings::contract_rate_high(case, calculation_date));
    if let Some(ceiling) = super::warnings::ro_contract_ceiling(case) {
        warnings.push(Warning::RoContractAboveCeiling { ceiling });
    }
}

pub fn evaluate(case: &Case) -> Result<Report, CaseError> {
    let calculation_date = bounds::interest_inputs(case)?;
    let o = applied_options(case);
    let mut ledger = Ledger::new(case, &o, calculation_date);
    let mut warnings = Vec::new();
    let payments = ledger.apply_payments(calculation_date, &mut warnings)?;
    if o.kind != case.interest.kind {
        warnings.push(Warning::CommercialNotForConsumers {
            compensation: case.interest.compensation,
        });
    }
    let claims = (0..case.claims.len())
        .map(|i| ledger.claim_report(i, calculation_date, &o, &mut warnings))
        .collect::<Result<Vec<_>, _>>()?;
    let rate_missing: Vec<usize> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.compensation.as_ref().is_some_and(|c| c.amount.is_none()))
        .map(|(i, _)| i)
        .collect();
    if !rate_missing.is_empty() {
        warnings.push(Warning::EurRateMissing {
            claims: rate_missing,
        });
    }
    let totals = totals(case, &claims, &payments)?;
    let verified_through = match case.jurisdiction {
        Jurisdiction::Pl => PL_VERIFIED_THROUGH,
        Jurisdiction::Ro => RO_VERIFIED_THROUGH,
    };
    report_warnings(
        case,
        calculation_date,
        &claims,
        verified_through,
        &mut warnings,
    );
    let rates = ledger
        .timeline
        .points()
        .iter()
        .map(|p| RateUsed {
            from: p.from,
            percent: p.percent,
            basis: p.basis,
            source: p.source.clone(),
            origin: p.origin,
        })
        .collect();
    Ok(Report {
        calculation_date,
        currency: case.currency,
        claims,
        payments,
        totals,
        warnings,
        rates_verified_through: verified_through,
        rates,
    })
}

/// The case in its JSON form in, the report as JSON out (the import path and the documented
/// contract). Errors are JSON too: `{"kind": "...", ...}`, a `CaseJsonError` when the text is
/// not a case, a `CaseError` when the case cannot be evaluated (docs/json.md lists both).
pub fn evaluate_json(case_json: &str) -> Result<String, String> {
    let case = Case::from_json(case_json).map_err(|e| error_json(&e))?;
    let report = evaluate(&case).map_err(|e| error_json(&e))?;
    output_json(&report)
}
