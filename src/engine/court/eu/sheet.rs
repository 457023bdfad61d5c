//! The data sheet for Form A: the case's figures in the order of the official form, each
//! point the references do not confirm marked as such.

use super::check::{EuCheck, Procedure};
use super::phrases::SHEET;
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Document as Logged, Party, PartyKind};
use crate::engine::court::fees::pl_claim_fee;
use crate::engine::document::Block;
use crate::engine::document::Document;
use crate::engine::interest::{effective_kind, InterestKind, Report};
use crate::engine::locale::{Currency, Jurisdiction, Lang};
use crate::engine::money::{format_amount, format_fixed, format_percent};
use rust_decimal::Decimal;

/// The interest as the report computed it, in words with its basis.
fn regime(case: &Case) -> String {
    let ro = case.jurisdiction == Jurisdiction::Ro;
    match effective_kind(case) {
        InterestKind::Commercial if ro => "Romanian legal penalty interest between professionals: the NBR reference rate + 8 percentage points (OG 13/2011 art. 3(2¹))".into(),
        InterestKind::Commercial => "Polish statutory interest for delay in commercial transactions: the NBP reference rate + 10 percentage points, fixed per half-year (art. 4 pkt 3 and art. 7 UPNO)".into(),
        InterestKind::Statutory if ro => "Romanian legal penalty interest: the NBR reference rate + 4 percentage points (OG 13/2011 art. 3(2))".into(),
        InterestKind::Statutory => "Polish statutory interest for delay: the NBP reference rate + 5.5 percentage points (art. 481 § 2 KC)".into(),
        InterestKind::Capital if ro => "Romanian legal remunerative interest: the NBR reference rate (OG 13/2011 art. 3(1))".into(),
        InterestKind::Capital => "Polish statutory interest: the NBP reference rate + 3.5 percentage points (art. 359 § 2 KC)".into(),
        InterestKind::Contractual => format!(
            "contractual interest at {} a year",
            case.interest
                .contract_rate
                .map(|r| format_percent(r, Lang::En))
                .unwrap_or_default()
        ),
    }
}

/// Name, identification code, address, country and registry number of a party.
fn party_fields(p: &Party, country: &str) -> [String; 5] {
    let address = p
        .address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let or_dash = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.trim().to_string()
        }
    };
    [
        or_dash(&p.name),
        or_dash(&p.tax_id),
        or_dash(&address),
        country.to_string(),
        or_dash(&p.registry_number),
    ]
}

/// The sheet for `procedure`, or none when no EU procedure applies (`check.blockers`).
pub fn compose_sheet(
    case: &Case,
    report: &Report,
    check: &EuCheck,
    procedure: Procedure,
) -> Option<Document> {
    if !check.admissible() || !check.procedures.contains(&procedure) {
        return None;
    }
    let debtor_country = check.debtor_country?;
    let p = &SHEET;
    let money = |v: Decimal| format_amount(v, case.currency, Lang::En);
    let day = |d| format_date(d, Lang::En);
    let para = |text: String| Block::Para { text };
    let heading = |text: &str| Block::Heading { text: text.into() };
    let table = |header: &[&str], rows: Vec<Vec<String>>, numeric: Vec<bool>| Block::Table {
        header: header.iter().map(|s| s.to_string()).collect(),
        rows,
        numeric,
    };
    let creditor_country = check.creditor_country;
    let filing = check.filing;
    let small = procedure == Procedure::SmallClaims;
    let claims: Vec<_> = check
        .claims
        .iter()
        .filter_map(|&i| Some((case.claims.get(i)?, report.claims.get(i)?)))
        .collect();

    let mut body = vec![
        Block::Note {
            text: (if small { p.intro_small } else { p.intro_order }).into(),
        },
        Block::Note {
            text: p.numbering.into(),
        },
        heading(p.s1),
        para(p.court.replace("{debtor_country}", debtor_country.name)),
    ];
    if case.debtor.kind == PartyKind::Consumer {
        body.push(para(p.consumer.into()));
    } else {
        body.push(para(
            p.court_alternative
                .replace("{creditor_country}", creditor_country.name),
        ));
    }
    body.push(heading(p.s2));
    let claimant = party_fields(&case.creditor, creditor_country.code);
    let defendant = party_fields(&case.debtor, debtor_country.code);
    body.push(table(
        &p.party_header,
        p.party_fields
            .iter()
            .zip(claimant.into_iter().zip(defendant))
            .map(|(label, (c, d))| vec![label.to_string(), c, d])
            .collect(),
        vec![false; 3],
    ));
    body.push(heading(p.s3));
    body.push(para(p.jurisdiction.into()));
    body.push(heading(p.s4));
    body.push(table(
        &p.cross_border_header,
        vec![
            vec![
                p.claimant_country.into(),
                format!("{} ({})", creditor_country.code, creditor_country.name),
            ],
            vec![
                p.defendant_country.into(),
                format!("{} ({})", debtor_country.code, debtor_country.name),
            ],
            vec![
                p.court_country.into(),
                p.court_country_value.replace(
                    "{country}",
                    &format!("{} ({})", debtor_country.code, debtor_country.name),
                ),
            ],
        ],
        vec![false, false],
    ));
    body.push(heading(p.s5));
    let home_fee = match (case.jurisdiction, small) {
        (Jurisdiction::Ro, false) => p.fee_ro_order.to_string(),
        (Jurisdiction::Ro, true) => p.fee_ro_small.to_string(),
        (Jurisdiction::Pl, true) => p.fee_pl_small.to_string(),
        (Jurisdiction::Pl, false) => match (case.currency, pl_claim_fee(check.principal, filing)) {
            (Currency::Pln, Some(fee)) => p.fee_pl_order.replace("{fee}", &money(fee)),
            _ => p.fee_pl_order_other.to_string(),
        },
    };
    body.push(para(p.fee.into()));
    body.push(para(format!("– {home_fee}")));
    body.push(para(format!(
        "– {}",
        p.fee_other.replace("{country}", debtor_country.name)
    )));

    body.push(heading(p.s6));
    body.push(table(
        &p.principal_header,
        claims
            .iter()
            .map(|(c, r)| {
                vec![
                    c.number.trim().to_string(),
                    p.claim_type.into(),
                    format_fixed(r.principal_outstanding, 2, Lang::En),
                    case.currency.code().into(),
                    c.issue_date.map(day).unwrap_or_else(|| "—".into()),
                    day(c.due_date),
                ]
            })
            .collect(),
        vec![false, false, true, false, false, false],
    ));
    if small {
        if let Some(eur) = check.principal_eur {
            let rate = match &check.conversion {
                None => "1".to_string(),
                Some(c) => match c.date {
                    Some(date) => p
                        .rate_table
                        .replace("{rate}", &format_fixed(c.per_eur, 4, Lang::En))
                        .replace("{date}", &day(date)),
                    None => p
                        .rate_typed
                        .replace("{rate}", &format_fixed(c.per_eur, 4, Lang::En)),
                },
            };
            body.push(para(
                p.small_limit
                    .replace("{eur}", &format_fixed(eur, 2, Lang::En))
                    .replace("{rate}", &rate)
                    .replace("{limit}", &super::check::ESCP_LIMIT_EUR.to_string()),
            ));
        }
    }

    body.push(heading(p.s7));
    let interest_rows: Vec<Vec<String>> = claims
        .iter()
        .filter(|(_, r)| !r.interest_outstanding.is_zero())
        .map(|(c, r)| {
            vec![
                c.number.trim().to_string(),
                format!("01 / 05 {}", p.unconfirmed),
                p.interest_rate.replace("{regime}", &regime(case)),
                day(r.interest_from),
                money(r.interest_outstanding),
            ]
        })
        .collect();
    if !interest_rows.is_empty() {
        body.push(table(
            &p.interest_header,
            interest_rows,
            vec![false, false, false, false, true],
        ));
        body.push(para(
            p.interest_codes
                .replace("{date}", &day(filing))
                .replace("{next}", &day(filing.succ_opt().unwrap_or(filing))),
        ));
        body.push(para(p.further_interest.into()));
    }
    body.push(heading(p.s8));
    body.push(para(p.penalty.into()));
    body.push(heading(p.s9));
    let eur: Decimal = claims
        .iter()
        .filter_map(|(_, r)| r.compensation.as_ref())
        .map(|c| c.eur)
        .sum();
    let comp: Decimal = claims
        .iter()
        .filter_map(|(_, r)| r.compensation.as_ref()?.amount)
        .sum();
    if !eur.is_zero() {
        let basis = claims
            .iter()
            .find_map(|(_, r)| r.compensation.as_ref().map(|c| c.basis))
            .unwrap_or_default();
        body.push(para(
            p.compensation
                .replace("{eur}", &eur.normalize().to_string())
                .replace("{amount}", &money(comp))
                .replace("{basis}", basis),
        ));
    }
    body.push(para(p.costs_fee.into()));

    body.push(heading(p.s10));
    let mut evidence: Vec<String> = claims
        .iter()
        .map(|(c, _)| {
            p.evidence_invoice
                .replace("{number}", c.number.trim())
                .replace(
                    "{date}",
                    &c.issue_date.map(day).unwrap_or_else(|| "—".into()),
                )
        })
        .collect();
    for c in &case.contacts {
        let text = match c.document {
            Some(Logged::Demand | Logged::FinalDemand | Logged::Somatie) => {
                p.evidence_letter.replace("{date}", &day(c.date))
                    + &c.delivered
                        .map(|d| p.evidence_delivered.replace("{date}", &day(d)))
                        .unwrap_or_default()
            }
            _ if c.acknowledges => p.evidence_ack.replace("{date}", &day(c.date)),
            _ => continue,
        };
        evidence.push(text);
    }
    for (i, e) in evidence.into_iter().enumerate() {
        body.push(para(format!("{}. {e}", i + 1)));
    }
    body.push(heading(p.s11));
    body.push(para(p.statements.into()));
    body.push(heading(p.s12));
    body.push(para(p.signature.into()));
    body.push(heading(p.sources_heading));
    for s in p.sources {
        body.push(Block::Note { text: s.into() });
    }
    Some(Document {
        lang: Lang::En,
        title: (if small { p.title_small } else { p.title_order }).into(),
        place_date: day(filing),
        sender: Vec::new(),
        recipient: Vec::new(),
        body,
        annex: Vec::new(),
        author: case.creditor.name.trim().to_string(),
    })
}
