//! Warnings that depend on the regime and the periods a claim went through.

use super::options::InterestKind;
use super::report::{Segment, Warning};
use super::timeline::{
    Origin, PL_COMMERCIAL_10PP_FROM, PL_COMMERCIAL_FROM, RO_L72_FROM, RO_OG13_FROM,
};
use crate::engine::case::{Case, PartyKind};
use crate::engine::locale::Jurisdiction;
use rust_decimal::Decimal;

/// `kind` is the regime applied (`effective_kind`), which may differ from the one chosen.
pub(super) fn claim_warnings(
    case: &Case,
    kind: InterestKind,
    claim: usize,
    segments: &[Segment],
    warnings: &mut Vec<Warning>,
) {
    let o = &case.interest;
    let any = |f: &dyn Fn(&Segment) -> bool| segments.iter().any(f);
    let pl = case.jurisdiction == Jurisdiction::Pl;
    if any(&|s| s.origin == Origin::Capped) {
        warnings.push(Warning::ContractCapApplied { claim });
    }
    if pl && kind == InterestKind::Contractual && any(&|s| s.from < PL_COMMERCIAL_FROM) {
        warnings.push(Warning::ContractCapNotCheckedBefore2016 { claim });
    }
    if pl && kind == InterestKind::Commercial {
        if any(&|s| s.from < PL_COMMERCIAL_FROM) {
            warnings.push(Warning::CommercialBefore2016 { claim });
        }
        let pre_2020 = case.claims[claim].due_date < PL_COMMERCIAL_10PP_FROM;
        if pre_2020
            && !o.pl_pre_2020_transaction
            && case.debtor.kind != PartyKind::PublicHealthcare
            && any(&|s| s.to >= PL_COMMERCIAL_10PP_FROM)
        {
            warnings.push(Warning::CommercialTransition2020 { claim });
        }
    }
    if !pl {
        if kind == InterestKind::Commercial
            && case.claims[claim].due_date < RO_L72_FROM
            && !segments.is_empty()
        {
            warnings.push(Warning::RoProfessionalsBeforeL72 { claim });
        }
        if kind != InterestKind::Contractual && any(&|s| s.from < RO_OG13_FROM) {
            warnings.push(Warning::RoOg9Period { claim });
        }
    }
}

/// Art. 5 OG 13/2011: 1.5 × the legal penalty interest (reduced by 20%) on the earliest due date.
pub(super) fn ro_contract_ceiling(case: &Case) -> Option<Decimal> {
    let o = &case.interest;
    if case.jurisdiction != Jurisdiction::Ro
        || o.kind != InterestKind::Contractual
        || !o.ro_non_enterprise
    {
        return None;
    }
    let first_due = case.claims.iter().map(|c| c.due_date).min()?;
    let reference =
        crate::engine::rates::in_force(crate::engine::rates::RateKind::BnrReference, first_due)?;
    let legal = (reference.percent + Decimal::from(4)) * Decimal::new(8, 1);
    let ceiling = (legal * Decimal::new(15, 1)).round_dp(4);
    (o.contract_rate? > ceiling).then_some(ceiling)
}

/// An agreed annual rate above this is unusual enough to ask whether it was typed as meant (a
/// monthly rate, a typo). Practice, not law: the statutory maximum is checked separately.
pub const UNUSUAL_CONTRACT_RATE: Decimal = Decimal::from_parts(30, 0, 0, false, 0);

/// Said at entry, before any period is capped: the agreed rate is above the statutory maximum in
/// force on `day` (PL art. 481 § 2¹ KC: twice the statutory rate for delay) or above 30 %.
pub(super) fn contract_rate_high(case: &Case, day: chrono::NaiveDate) -> Option<Warning> {
    let o = &case.interest;
    let rate = o
        .contract_rate
        .filter(|_| o.kind == InterestKind::Contractual)?;
    let maximum = match case.jurisdiction {
        Jurisdiction::Pl if day >= PL_COMMERCIAL_FROM => {
            crate::engine::rates::in_force(crate::engine::rates::RateKind::PlDelay, day)
                .map(|r| r.percent * Decimal::TWO)
        }
        _ => None,
    };
    let above_maximum = maximum.is_some_and(|m| rate > m);
    (above_maximum || rate > UNUSUAL_CONTRACT_RATE).then_some(Warning::ContractRateHigh {
        rate,
        maximum: maximum.filter(|_| above_maximum),
    })
}
