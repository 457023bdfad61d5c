//! Fixed compensation for recovery costs in commercial transactions, per late invoice:
//! PL art. 10 ust. 1 UPNO (40 / 70 / 100 EUR at the NBP rate of the last business day of the
//! month before the due month), RO Legea 72/2013 (40 EUR at a rate the user types).

use super::error::CaseError;
use super::report::Compensation;
use crate::engine::case::Claim;
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::money::round_money;
use crate::engine::rates::nbp_eur_for_due_date;
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
    let (rate, rate_date, table) = match (jurisdiction, typed_rate) {
        (_, Some(rate)) => (Some(rate), None, None),
        (Jurisdiction::Pl, None) => match nbp_eur_for_due_date(claim.due_date) {
            Some(r) => (Some(r.pln_per_eur), Some(r.date), Some(r.table.clone())),
            None => (None, None, None),
        },
        (Jurisdiction::Ro, None) => (None, None, None),
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
