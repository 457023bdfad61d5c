//! Fixed compensation for recovery costs in commercial transactions, per late invoice:
//! PL art. 10 ust. 1 UPNO (40 / 70 / 100 EUR at the NBP rate of the last business day of the
//! month before the due month), RO Legea 72/2013 (40 EUR at the BNR rate of the last bank day of
//! the month before the due month by default, `rates::bnr_eur_for_due_date`; the law leaves the
//! rate open, so a typed rate replaces it).

use super::error::CaseError;
use super::report::Compensation;
use crate::engine::case::Claim;
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::money::round_money;
use crate::engine::rates::{bnr_eur_for_due_date, nbp_eur_for_due_date, EurRate};
use rust_decimal::Decimal;

pub const PL_BASIS: &str = "art. 10 ust. 1 UPNO";
pub const RO_BASIS: &str = "art. 10 Legea 72/2013";

/// PL tiers on the claim's value in złoty: ≤ 5 000 -> 40, < 50 000 -> 70, ≥ 50 000 -> 100 EUR.
pub fn pl_tier(value_pln: Decimal) -> Decimal {
    if value_pln <= Decimal::from(5_000) {
        Decimal::from(40)
    } else if value_pln < Decimal::from(50_000) {
        Decimal::from(70)
    } else {
        Decimal::from(100)
    }
}

pub fn compensation(
    jurisdiction: Jurisdiction,
    currency: Currency,
    claim: &Claim,
    typed_rate: Option<Decimal>,
) -> Result<Compensation, CaseError> {
    let table_rate = match jurisdiction {
        Jurisdiction::Pl => nbp_eur_for_due_date(claim.due_date),
        Jurisdiction::Ro => bnr_eur_for_due_date(claim.due_date),
    };
    compensation_at(jurisdiction, currency, claim, typed_rate, table_rate)
}

/// As `compensation`, with the bundled table's rate for the claim given.
pub(crate) fn compensation_at(
    jurisdiction: Jurisdiction,
    currency: Currency,
    claim: &Claim,
    typed_rate: Option<Decimal>,
    table_rate: Option<&EurRate>,
) -> Result<Compensation, CaseError> {
    let (rate, rate_date, table) = match (typed_rate, table_rate) {
        (Some(rate), _) => (Some(rate), None, None),
        (None, Some(r)) => (Some(r.per_eur), Some(r.date), Some(r.table.clone())),
        (None, None) => (None, None, None),
    };
    let eur = match jurisdiction {
        Jurisdiction::Ro => Some(Decimal::from(40)),
        Jurisdiction::Pl => match currency {
            Currency::Eur => match rate {
                Some(r) => Some(pl_tier(
                    claim.amount.checked_mul(r).ok_or(CaseError::Overflow)?,
                )),
                None => None,
            },
            _ => Some(pl_tier(claim.amount)),
        },
    };
    let amount = match (currency, eur, rate) {
        (Currency::Eur, Some(eur), _) => Some(eur),
        (_, Some(eur), Some(rate)) => Some(round_money(
            eur.checked_mul(rate).ok_or(CaseError::Overflow)?,
        )),
        _ => None,
    };
    Ok(Compensation {
        eur: eur.unwrap_or(Decimal::from(40)),
        eur_rate: rate,
        eur_rate_date: rate_date,
        eur_rate_table: table,
        amount,
        basis: match jurisdiction {
            Jurisdiction::Pl => PL_BASIS,
            Jurisdiction::Ro => RO_BASIS,
        },
    })
}
