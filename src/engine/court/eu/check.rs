//! Which EU procedure a creditor in Poland or Romania can use against a debtor in another
//! member state: the European order for payment (Reg. (EC) 1896/2006, any amount, for claims
//! the debtor is not expected to contest) and the European small claims procedure (Reg. (EC)
//! 861/2007 as amended by Reg. (EU) 2015/2421, up to 5 000 EUR excluding interest, expenses and
//! disbursements). Reference: ro/collection.md §12.

use super::countries::{country_of_tax_id, home, Country, NOT_PARTICIPATING};
use crate::engine::case::Case;
use crate::engine::court::due::{due_claims, value_of};
use crate::engine::interest::Report;
use crate::engine::locale::Currency;
use crate::engine::money::round_money;
use crate::engine::rates::{bnr_eur_for_due_date, nbp_eur_for_due_date};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// Reg. 861/2007 art. 2(1) as amended by Reg. 2015/2421 (from 14.07.2017).
pub const ESCP_LIMIT_EUR: i64 = 5_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    /// Reg. (EC) 1896/2006, Form A of Delegated Reg. (EU) 2017/1260.
    OrderForPayment,
    /// Reg. (EC) 861/2007, Form A of Delegated Reg. (EU) 2017/1259.
    SmallClaims,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EuBlocker {
    /// The debtor's country is not known: its VAT number has no prefix; choose it.
    CountryUnknown,
    /// Both parties sit in the same member state: the national procedures apply (art. 3).
    NotCrossBorder,
    /// Denmark takes part in neither regulation.
    Denmark,
    NothingDue,
}

/// How the claim was converted to EUR for the small-claims limit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conversion {
    pub per_eur: Decimal,
    /// The day of the rate, when it comes from a table; none when typed by the person.
    pub date: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EuReason {
    /// Above 5 000 EUR only the order for payment is open.
    OverSmallLimit,
    /// No EUR rate is known for the claim's currency: the small-claims limit is not assessed.
    LimitNotAssessed,
    /// The debtor acknowledged the debt or promised to pay: an uncontested claim, for which the
    /// order is made (art. 1 Reg. 1896/2006), normally within 30 days (art. 12).
    Uncontested,
    /// If the debtor opposes the order within 30 days (art. 16), the case continues under the
    /// ordinary national procedure (art. 17); a small claim is decided whatever the defence.
    OppositionRisk,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EuCheck {
    pub filing: NaiveDate,
    pub creditor_country: &'static Country,
    pub debtor_country: Option<&'static Country>,
    pub blockers: Vec<EuBlocker>,
    pub claims: Vec<usize>,
    /// Outstanding principal of the claims, in the case currency.
    pub principal: Decimal,
    /// The same in EUR, when the currency is EUR or a rate is known.
    pub principal_eur: Option<Decimal>,
    pub conversion: Option<Conversion>,
    /// The procedures open, the recommended one first.
    pub procedures: Vec<Procedure>,
    pub reasons: Vec<EuReason>,
}

impl EuCheck {
    pub fn admissible(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// `debtor` overrides the country read from the debtor's VAT number (the person chose it).
pub fn check(
    case: &Case,
    report: &Report,
    filing: NaiveDate,
    debtor: Option<&'static Country>,
) -> EuCheck {
    let creditor_country = home(case.jurisdiction);
    let debtor_country = debtor.or_else(|| country_of_tax_id(&case.debtor.tax_id));
    let mut blockers = Vec::new();
    match debtor_country {
        None => blockers.push(EuBlocker::CountryUnknown),
        Some(c) if c.code == NOT_PARTICIPATING => blockers.push(EuBlocker::Denmark),
        Some(c) if c.code == creditor_country.code => blockers.push(EuBlocker::NotCrossBorder),
        Some(_) => {}
    }
    let (claims, _) = due_claims(report, filing);
    if claims.is_empty() {
        blockers.push(EuBlocker::NothingDue);
    }
    let (principal, _) = value_of(report, &claims);
    // The limit applies "at the time the court receives the claim" (art. 2(1)); the bundled
    // month-end rate of the month before filing is the nearest the tables hold.
    let conversion = match case.currency {
        Currency::Eur => None,
        Currency::Pln => nbp_eur_for_due_date(filing).map(|r| Conversion {
            per_eur: r.per_eur,
            date: Some(r.date),
        }),
        Currency::Ron => bnr_eur_for_due_date(filing)
            .map(|r| Conversion {
                per_eur: r.per_eur,
                date: Some(r.date),
            })
            .or(case.interest.eur_rate.map(|per_eur| Conversion {
                per_eur,
                date: None,
            })),
    };
    let principal_eur = match (case.currency, &conversion) {
        (Currency::Eur, _) => Some(principal),
        (_, Some(c)) => principal.checked_div(c.per_eur).map(round_money),
        _ => None,
    };
    let mut procedures = Vec::new();
    let mut reasons = Vec::new();
    if blockers.is_empty() {
        let small = principal_eur.map(|p| p <= Decimal::from(ESCP_LIMIT_EUR));
        let uncontested = case
            .contacts
            .iter()
            .any(|c| c.acknowledges || c.promise.is_some());
        match small {
            Some(false) => reasons.push(EuReason::OverSmallLimit),
            None => reasons.push(EuReason::LimitNotAssessed),
            Some(true) => {}
        }
        procedures.push(Procedure::OrderForPayment);
        if small == Some(true) {
            procedures.push(Procedure::SmallClaims);
        }
        if uncontested {
            reasons.push(EuReason::Uncontested);
        }
        reasons.push(EuReason::OppositionRisk);
    }
    EuCheck {
        filing,
        creditor_country,
        debtor_country,
        blockers,
        claims,
        principal,
        principal_eur,
        conversion,
        procedures,
        reasons,
    }
}
