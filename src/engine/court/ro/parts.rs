//! Pieces the Romanian court documents share: how a party is named, the interest regime, the
//! invoice table and the interest annex.

use super::phrases::{PARTY, REGIMES};
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Party, PartyKind};
use crate::engine::document::{interest_periods, Block};
use crate::engine::interest::{effective_kind, ClaimReport, InterestKind, Report};
use crate::engine::locale::Lang;
use crate::engine::money::{format_amount, format_percent};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The invoices a request names and what they come to on the filing date.
pub(crate) struct Chosen<'r> {
    pub claims: Vec<&'r ClaimReport>,
    pub principal: Decimal,
    pub interest: Decimal,
    /// The 40 EUR compensation where it was converted, in the case's currency and in EUR.
    pub compensation: Decimal,
    pub eur: Decimal,
}

impl<'r> Chosen<'r> {
    pub fn of(report: &'r Report, indices: &[usize]) -> Self {
        let claims: Vec<_> = indices
            .iter()
            .filter_map(|&i| report.claims.get(i))
            .collect();
        let converted = || {
            claims
                .iter()
                .filter_map(|c| c.compensation.as_ref().filter(|x| x.amount.is_some()))
        };
        Chosen {
            principal: claims.iter().map(|c| c.principal_outstanding).sum(),
            interest: claims.iter().map(|c| c.interest_outstanding).sum(),
            compensation: converted().filter_map(|x| x.amount).sum(),
            eur: converted().map(|x| x.eur).sum(),
            claims,
        }
    }
}

/// Formats figures in Romanian for one case.
pub(crate) struct Ro<'a> {
    case: &'a Case,
}

impl<'a> Ro<'a> {
    pub fn new(case: &'a Case) -> Self {
        Ro { case }
    }
    pub fn money(&self, v: Decimal) -> String {
        format_amount(v, self.case.currency, Lang::Ro)
    }
    pub fn day(&self, d: NaiveDate) -> String {
        format_date(d, Lang::Ro)
    }
}

/// "SC X SRL, cu sediul în …, CUI …, înregistrată la registrul comerțului sub nr. …" (art.
/// 1017 alin. (1) lit. a–b); a consumer by domicile and CNP.
pub(crate) fn party(p: &Party) -> String {
    let person = p.kind == PartyKind::Consumer;
    let address = p
        .address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut parts = vec![p.name.trim().to_string()];
    if !address.is_empty() {
        let seat = if person { PARTY.domicile } else { PARTY.seat };
        parts.push(seat.replace("{address}", &address));
    }
    let id = p.tax_id.trim();
    if !id.is_empty() {
        let label = if person { PARTY.cnp } else { PARTY.cui };
        parts.push(label.replace("{id}", id));
    }
    let reg = p.registry_number.trim();
    if !reg.is_empty() && !person {
        parts.push(PARTY.registry.replace("{id}", reg));
    }
    parts.retain(|s| !s.is_empty());
    parts.join(", ")
}

/// The interest claimed, with its rate and legal basis, as the report computed it.
pub(crate) fn regime(case: &Case) -> String {
    match effective_kind(case) {
        InterestKind::Commercial => REGIMES.professionals.into(),
        InterestKind::Statutory if case.interest.ro_non_enterprise => REGIMES.non_enterprise.into(),
        InterestKind::Statutory => REGIMES.penalty.into(),
        InterestKind::Capital => REGIMES.remunerative.into(),
        InterestKind::Contractual => REGIMES.contractual.replace(
            "{rate}",
            &case
                .interest
                .contract_rate
                .map(|r| format_percent(r, Lang::Ro))
                .unwrap_or_default(),
        ),
    }
}

/// One row per invoice claimed: number, issue date, due date, value, paid, outstanding, and the
/// interest due on it up to the filing day.
pub(crate) fn invoice_table(
    case: &Case,
    report: &Report,
    claims: &[usize],
    header: &[&str; 7],
) -> Block {
    let ro = Ro::new(case);
    let rows = claims
        .iter()
        .filter_map(|&i| Some((case.claims.get(i)?, report.claims.get(i)?)))
        .map(|(c, r)| {
            vec![
                c.number.trim().to_string(),
                c.issue_date
                    .map(|d| ro.day(d))
                    .unwrap_or_else(|| "—".into()),
                ro.day(c.due_date),
                ro.money(c.amount),
                ro.money(r.paid_principal),
                ro.money(r.principal_outstanding),
                ro.money(r.interest_outstanding),
            ]
        })
        .collect();
    Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows,
        numeric: vec![false, false, false, true, true, true, true],
    }
}

/// The interest per period of each invoice claimed, and accrued − paid = due.
pub(crate) fn interest_annex(
    case: &Case,
    report: &Report,
    claims: &[usize],
    n: usize,
    title: &str,
    header: &[&str; 7],
    total: &str,
) -> Vec<Block> {
    let ro = Ro::new(case);
    let chosen: Vec<_> = claims
        .iter()
        .filter_map(|&i| report.claims.get(i))
        .collect();
    let accrued: Decimal = chosen.iter().map(|c| c.interest).sum();
    let paid: Decimal = chosen.iter().map(|c| c.paid_interest).sum();
    let due: Decimal = chosen.iter().map(|c| c.interest_outstanding).sum();
    vec![
        Block::Heading {
            text: title.replace("{n}", &n.to_string()),
        },
        interest_periods(chosen.iter().copied(), header, case.currency, Lang::Ro),
        Block::Para {
            text: total
                .replace("{accrued}", &ro.money(accrued))
                .replace("{paid}", &ro.money(paid))
                .replace("{due}", &ro.money(due)),
        },
    ]
}
