//! The data for the cerere de valoare redusă (CPC art. 1026–1033), in the order of the official
//! form (Anexa 1 la OMJ 359/C/2013). Sections 1–3 are confirmed by the references
//! (ro/collection.md §8.2); the rest follow the EU small-claims form the Romanian one is
//! believed to copy and are marked for the person to check.

use super::checks::SmallCheck;
use super::parts::{interest_annex, invoice_table, regime, Chosen, Ro};
use super::phrases::{EVIDENCE, ORDER, SMALL};
use crate::engine::case::{Case, Document as Logged};
use crate::engine::court::RO_SMALL_CLAIM_LIMIT;
use crate::engine::document::Block;
use crate::engine::document::Document;
use crate::engine::interest::Report;
use crate::engine::locale::Lang;
use rust_decimal::Decimal;

/// The data sheet, or none when the small claim does not apply (`check.blockers`).
pub fn compose_small_claim(
    case: &Case,
    report: &Report,
    check: &SmallCheck,
    court: &str,
) -> Option<Document> {
    if !check.admissible() {
        return None;
    }
    let duty = check.duty?;
    let p = &SMALL;
    let ro = Ro::new(case);
    let para = |text: String| Block::Para { text };
    let heading = |text: &str| Block::Heading { text: text.into() };
    let Chosen {
        claims,
        interest,
        compensation,
        eur,
        ..
    } = Chosen::of(report, &check.claims);
    let party_rows = |x: &crate::engine::case::Party| -> Vec<Vec<String>> {
        [
            (p.name, x.name.trim().to_string()),
            (
                p.address,
                x.address
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (p.id, x.tax_id.trim().to_string()),
            (p.registry, x.registry_number.trim().to_string()),
        ]
        .into_iter()
        .map(|(label, value)| {
            vec![
                label.to_string(),
                if value.is_empty() {
                    "—".into()
                } else {
                    value
                },
            ]
        })
        .collect()
    };
    let table2 = |header: &[&str; 2], rows: Vec<Vec<String>>, numeric: bool| Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows,
        numeric: vec![false, numeric],
    };
    let filing = check.filing;
    let mut body = vec![
        Block::Note {
            text: p.intro.into(),
        },
        Block::Note {
            text: p.unconfirmed.into(),
        },
        heading(p.section_court),
        para(p.court.replace("{court}", court.trim())),
        heading(p.section_parties),
        para(p.claimant.into()),
        table2(&p.party_header, party_rows(&case.creditor), false),
        para(p.defendant.into()),
        table2(&p.party_header, party_rows(&case.debtor), false),
        heading(p.section_claim),
        para(p.subject.replace("{principal}", &ro.money(check.principal))),
        para(p.not_excluded.into()),
        heading(p.section_value),
    ];
    let mut rows = vec![vec![p.principal.to_string(), ro.money(check.principal)]];
    if !interest.is_zero() {
        rows.push(vec![
            p.interest.replace("{date}", &ro.day(filing)),
            ro.money(interest),
        ]);
    }
    if !compensation.is_zero() {
        rows.push(vec![
            p.compensation
                .replace("{eur}", &eur.normalize().to_string()),
            ro.money(compensation),
        ]);
    }
    rows.push(vec![
        p.total.to_string(),
        ro.money(check.principal + interest + compensation),
    ]);
    body.push(table2(&p.value_header, rows, true));
    body.push(para(p.limit.replace(
        "{limit}",
        &ro.money(Decimal::from(RO_SMALL_CLAIM_LIMIT)),
    )));
    if !interest.is_zero() {
        body.push(para(
            p.interest_basis
                .replace("{regime}", &regime(case))
                .replace("{next}", &ro.day(filing.succ_opt().unwrap_or(filing))),
        ));
    }
    body.push(para(p.invoices.into()));
    body.push(invoice_table(
        case,
        report,
        &check.claims,
        &p.invoice_header,
    ));
    body.push(heading(p.section_costs));
    body.push(para(p.duty.replace("{duty}", &ro.money(duty))));
    body.push(heading(p.section_evidence));
    let numbers: Vec<String> = claims.iter().map(|c| c.number.trim().to_string()).collect();
    let mut evidence = vec![p
        .evidence_invoices
        .replace("{numbers}", &numbers.join(", "))];
    for c in &case.contacts {
        let name = match c.document {
            Some(Logged::Demand | Logged::FinalDemand) => EVIDENCE.demand,
            Some(Logged::Somatie) => EVIDENCE.somatie,
            Some(Logged::Agreement) => EVIDENCE.agreement,
            _ => continue,
        };
        let delivered = c
            .delivered
            .map(|d| EVIDENCE.delivered.replace("{date}", &ro.day(d)))
            .unwrap_or_default();
        evidence.push(
            p.evidence_letter
                .replace("{document}", name)
                .replace("{date}", &ro.day(c.date))
                .replace("{delivered}", &delivered),
        );
    }
    let annex = claims.iter().any(|c| !c.segments.is_empty()) && !interest.is_zero();
    if annex {
        evidence.push(p.evidence_interest.into());
    }
    for (i, e) in evidence.into_iter().enumerate() {
        body.push(para(format!("{}. {e}", i + 1)));
    }
    body.push(heading(p.section_hearing));
    body.push(para(p.hearing.into()));
    body.push(heading(p.section_signature));
    body.push(para(p.signature.replace("{date}", &ro.day(filing))));
    body.push(Block::Note {
        text: p.procedure.into(),
    });
    let annex = if annex {
        interest_annex(
            case,
            report,
            &check.claims,
            1,
            p.annex_title,
            &ORDER.annex_header,
            ORDER.annex_total,
        )
    } else {
        Vec::new()
    };
    Some(
        Document {
            lang: Lang::Ro,
            title: p.title.into(),
            place_date: ro.day(filing),
            sender: Vec::new(),
            recipient: Vec::new(),
            body,
            annex,
            author: case.creditor.name.trim().to_string(),
        }
        .normalise_romanian(),
    )
}
