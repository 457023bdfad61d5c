//! The facts of the claim in a few paragraphs, drafted from the case and its contact log: the
//! same text is the EPU justification and the pozew's "Uzasadnienie".

use super::claims::{ClaimKind, Interest, PlClaims};
use super::epu::Evidence;
use super::phrases as ph;
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Direction, Document as Doc};
use crate::engine::interest::Allocation;
use crate::engine::locale::Lang;
use crate::engine::money::format_amount;
use rust_decimal::Decimal;

/// The paragraphs, each a sentence or a few; joined by blank lines for the EPU form.
pub fn paragraphs(case: &Case, claims: &PlClaims, _evidence: &[Evidence]) -> Vec<String> {
    let money = |v| format_amount(v, case.currency, Lang::Pl);
    let day = |d| format_date(d, Lang::Pl);
    let mut out = Vec::new();
    let mut invoices: Vec<usize> = claims.claims.iter().map(|c| c.invoice).collect();
    invoices.dedup();
    let lines: Vec<String> = invoices
        .iter()
        .map(|&i| {
            let c = &case.claims[i];
            let due = claims
                .claims
                .iter()
                .find(|x| x.invoice == i)
                .map(|x| x.due_date)
                .unwrap_or(c.due_date);
            ph::JUST_INVOICE
                .replace("{number}", c.number.trim())
                .replace(
                    "{issued}",
                    &c.issue_date
                        .map(|d| ph::JUST_ISSUED.replace("{date}", &day(d)))
                        .unwrap_or_default(),
                )
                .replace("{amount}", &money(c.amount))
                .replace("{due}", &day(due))
        })
        .collect();
    let intro = if claims.commercial {
        ph::JUST_BUSINESS
    } else {
        ph::JUST_CIVIL
    };
    out.push(format!("{intro} {}.", lines.join("; ")));
    if claims.commercial {
        out.push(ph::JUST_COMMERCIAL.to_string());
    }
    out.push(ph::JUST_UNPAID.to_string());
    for p in &claims.report.payments {
        if p.applied.iter().any(|a| invoices.contains(&a.claim)) {
            let text = match case.interest.allocation {
                Allocation::Statutory => ph::JUST_PAYMENT,
                _ => ph::JUST_PAYMENT_PRINCIPAL,
            };
            out.push(
                text.replace("{date}", &day(p.date))
                    .replace("{amount}", &money(p.amount)),
            );
        }
    }
    for c in &case.contacts {
        if c.acknowledges {
            out.push(ph::JUST_ACKNOWLEDGED.replace("{date}", &day(c.date)));
        } else if c.direction == Direction::Outgoing
            && matches!(
                c.document,
                Some(Doc::Demand | Doc::FinalDemand | Doc::RegistryWarning)
            )
        {
            out.push(ph::JUST_DEMAND.replace("{date}", &day(c.date)));
        }
    }
    let sum = |f: &dyn Fn(&ClaimKind) -> bool| -> Decimal {
        claims
            .claims
            .iter()
            .filter(|c| f(&c.kind))
            .map(|c| c.amount)
            .sum()
    };
    let interest: Option<Interest> = claims.claims.iter().find_map(|c| match c.kind {
        ClaimKind::Principal { interest, .. } => Some(interest),
        _ => None,
    });
    if let Some(i) = interest {
        let basis = match i {
            Interest::Commercial => ph::BASIS_COMMERCIAL,
            Interest::Statutory => ph::BASIS_STATUTORY,
            Interest::Capital => ph::BASIS_CAPITAL,
            Interest::Contractual { .. } => ph::BASIS_CONTRACTUAL,
        };
        out.push(
            ph::JUST_CLAIMS
                .replace(
                    "{principal}",
                    &money(sum(&|k| matches!(k, ClaimKind::Principal { .. }))),
                )
                .replace("{regime}", with_regime(i))
                .replace("{basis}", basis),
        );
    }
    let accrued = sum(&|k| matches!(k, ClaimKind::AccruedInterest { .. }));
    if accrued > Decimal::ZERO {
        out.push(ph::JUST_ACCRUED.replace("{amount}", &money(accrued)));
    }
    let compensation = sum(&|k| matches!(k, ClaimKind::Compensation { .. }));
    if compensation > Decimal::ZERO {
        out.push(ph::JUST_COMPENSATION.replace("{amount}", &money(compensation)));
    }
    out
}

fn with_regime(i: Interest) -> &'static str {
    match i {
        Interest::Commercial => ph::WITH_COMMERCIAL,
        Interest::Statutory => ph::WITH_STATUTORY,
        Interest::Capital => ph::WITH_CAPITAL,
        Interest::Contractual { .. } => ph::WITH_CONTRACTUAL,
    }
}

pub fn justification(case: &Case, claims: &PlClaims, evidence: &[Evidence]) -> String {
    paragraphs(case, claims, evidence).join("\n\n")
}
