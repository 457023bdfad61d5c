//! Fixed compensation for recovery costs in commercial transactions, per late invoice:
//! PL art. 10 ust. 1 UPNO (40 / 70 / 100 EUR at the NBP rate of the last business day of the
//! month before the due month), RO Legea 72/2013 (40 EUR; the law names no rate, so by default
//! the BNR rate of the last bank day of the month before the due month, which a typed rate
//! replaces — reference/ro/rules.md §2, unconfirmed).

use super::error::CaseError;
use super::report::Compensation;
use crate::engine::calendar::holiday_on;
use crate::engine::case::Claim;
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::money::round_money;
use crate::engine::rates::{bnr_eur_for_due_date, nbp_eur_for_due_date, EurRate};
use chrono::{Datelike, NaiveDate};
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

/// A EUR rate from a bundled table: local currency per EUR, the day and the table it is from.
pub type TableRate = EurRate;

/// The day whose EUR rate the law names for an invoice due on `due`, when it names one.
/// PL art. 10 ust. 1 UPNO: the NBP average rate of the last business day of the month before
/// the month the claim fell due (NBP publishes on working days only). RO: Legea 72/2013 names
/// no day (reference/ro/rules.md §2, unconfirmed), so none.
pub fn rate_day(jurisdiction: Jurisdiction, due: NaiveDate) -> Option<NaiveDate> {
    match jurisdiction {
        Jurisdiction::Pl => {
            // Not `is_non_working`: that follows art. 115 KC, where Saturdays count only from
            // 2017, while NBP has never published on a Saturday.
            let business = |d: NaiveDate| {
                d.weekday().number_from_monday() <= 5 && holiday_on(Jurisdiction::Pl, d).is_none()
            };
            let mut day = due.with_day(1)?.pred_opt()?;
            while !business(day) {
                day = day.pred_opt()?;
            }
            Some(day)
        }
        Jurisdiction::Ro => None,
    }
}

/// The rate for one invoice from the bundled tables, if they have it.
pub fn table_rate(jurisdiction: Jurisdiction, claim: &Claim) -> Option<&'static TableRate> {
    match jurisdiction {
        Jurisdiction::Pl => nbp_eur_for_due_date(claim.due_date),
        Jurisdiction::Ro => bnr_eur_for_due_date(claim.due_date),
    }
}

/// The compensation of one late invoice. `case_rate` is the case-wide typed rate older
/// versions stored; the invoice's own typed rate comes first.
pub fn compensation(
    jurisdiction: Jurisdiction,
    currency: Currency,
    claim: &Claim,
    case_rate: Option<Decimal>,
) -> Result<Compensation, CaseError> {
    compensation_at(
        jurisdiction,
        currency,
        claim,
        case_rate,
        table_rate(jurisdiction, claim),
    )
}

/// As `compensation`, with the bundled table's rate for the claim given. In Poland the law
/// names the rate, so the table's rate wins and a typed one only fills a gap (it never replaces
/// a rate the app knows). In Romania the table's rate is only a default, so a typed rate wins.
pub(crate) fn compensation_at(
    jurisdiction: Jurisdiction,
    currency: Currency,
    claim: &Claim,
    case_rate: Option<Decimal>,
    table: Option<&TableRate>,
) -> Result<Compensation, CaseError> {
    let typed = claim.eur_rate.or(case_rate);
    let from_table = |t: &TableRate| (Some(t.per_eur), Some(t.date), Some(t.table.clone()));
    let (rate, rate_date, table) = match (jurisdiction, table, typed) {
        (Jurisdiction::Pl, Some(t), _) => from_table(t),
        (Jurisdiction::Ro, _, Some(rate)) | (Jurisdiction::Pl, None, Some(rate)) => {
            (Some(rate), None, None)
        }
        (Jurisdiction::Ro, Some(t), None) => from_table(t),
        (_, None, None) => (None, None, None),
    };
    let rate_needed = rate_date
        .is_none()
        .then(|| rate_day(jurisdiction, claim.due_date))
        .flatten();
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
        rate_needed,
        amount,
        basis: match jurisdiction {
            Jurisdiction::Pl => PL_BASIS,
            Jurisdiction::Ro => RO_BASIS,
        },
    })
}
