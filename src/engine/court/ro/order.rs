//! The cerere de emitere a ordonanței de plată (CPC art. 1014–1025), its content following
//! art. 1017 (reference/ro/collection.md §7.4): the parties with CUI/CNP and registration, the
//! claim per invoice, the legal interest with its basis, the somație and its receipt, the
//! stamp duty and the annexes. Every sentence is in phrases.rs.

use super::checks::{OrderCheck, Somatie};
use super::parts::{interest_annex, invoice_table, party, regime, Chosen, Ro};
use super::phrases::ORDER;
use crate::engine::case::{Case, Channel};
use crate::engine::document::Block;
use crate::engine::document::Document;
use crate::engine::interest::{InterestKind, Report};
use crate::engine::letter::{check_iban, group_iban};
use crate::engine::locale::Lang;
use crate::engine::words::{amount_in_words, WordsStyle};
use rust_decimal::Decimal;

/// The request, or none when it cannot be filed on the check's day (`check.blockers` says why).
/// `report` is the case evaluated to the filing day under art. 1018 (see `super::order_case`).
pub fn compose_order(
    case: &Case,
    report: &Report,
    check: &OrderCheck,
    court: &str,
) -> Option<Document> {
    let Somatie::Received {
        sent,
        received,
        pay_by,
        channel,
        ..
    } = check.somatie
    else {
        return None;
    };
    if !check.admissible() {
        return None;
    }
    let p = &ORDER;
    let ro = Ro::new(case);
    let filing = check.filing;
    let Chosen {
        claims,
        principal,
        interest,
        compensation,
        eur,
    } = Chosen::of(report, &check.claims);
    let total = principal + interest + compensation;
    let para = |text: String| Block::Para { text };

    let mut creditor = party(&case.creditor);
    if let Ok(iban) = check_iban(&case.letter.iban) {
        creditor.push_str(&format!(
            ", {}",
            super::phrases::PARTY
                .account
                .replace("{iban}", &group_iban(&iban))
        ));
    }
    let mut body = vec![
        Block::Note {
            text: p.basis.into(),
        },
        para(p.creditor.replace("{party}", &creditor)),
        para(p.against.into()),
        para(p.debtor.replace("{party}", &party(&case.debtor))),
        para(p.request.replace("{total}", &ro.money(total)).replace(
            "{words}",
            &amount_in_words(total, case.currency, Lang::Ro, WordsStyle::Full).unwrap_or_default(),
        )),
    ];
    let mut item = 0;
    let mut numbered = |text: String| {
        item += 1;
        Block::Para {
            text: format!("{item}) {text}"),
        }
    };
    body.push(numbered(
        p.principal.replace("{amount}", &ro.money(principal)),
    ));
    let from = claims
        .iter()
        .filter(|c| !c.segments.is_empty())
        .map(|c| c.interest_from)
        .min();
    if let Some(from) = from.filter(|_| !interest.is_zero()) {
        body.push(numbered(
            p.interest
                .replace("{regime}", &regime(case))
                .replace("{from}", &ro.day(from))
                .replace("{date}", &ro.day(filing))
                .replace("{amount}", &ro.money(interest))
                .replace("{next}", &ro.day(filing.succ_opt().unwrap_or(filing))),
        ));
    }
    if !compensation.is_zero() {
        body.push(numbered(
            p.compensation
                .replace("{eur}", &eur.normalize().to_string())
                .replace("{amount}", &ro.money(compensation)),
        ));
    }
    body.push(para(p.costs.replace("{duty}", &ro.money(check.duty))));

    body.push(Block::Heading {
        text: p.reasons.into(),
    });
    body.push(para(p.facts.into()));
    body.push(invoice_table(
        case,
        report,
        &check.claims,
        &p.invoice_header,
    ));
    let paid: Decimal = claims
        .iter()
        .map(|c| c.paid_principal + c.paid_interest)
        .sum();
    if !paid.is_zero() {
        body.push(para(p.payments.replace("{paid}", &ro.money(paid))));
    }
    body.push(para(p.certain.into()));
    let channel = match channel {
        Channel::RegisteredLetter => p.channel_registered,
        Channel::Bailiff => p.channel_bailiff,
        _ => p.channel_other,
    };
    body.push(para(
        p.somatie
            .replace("{sent}", &ro.day(sent))
            .replace("{channel}", channel)
            .replace("{received}", &ro.day(received))
            .replace("{pay_by}", &ro.day(pay_by)),
    ));
    let annex_no = from.filter(|_| !interest.is_zero()).map(|_| 1);
    if let Some(n) = annex_no {
        let mut text = p
            .interest_basis
            .replace("{regime}", &regime(case))
            .replace("{n}", &n.to_string());
        if case.interest.ro_semester_rate
            && crate::engine::interest::effective_kind(case) != InterestKind::Contractual
        {
            text.push_str(p.semester);
        }
        body.push(para(text));
    }
    let mut law = p.law.to_string();
    if !compensation.is_zero() {
        law.push_str(p.law_l72);
    }
    law.push('.');
    body.push(para(law));
    body.push(Block::Heading {
        text: p.evidence_heading.into(),
    });
    body.push(para(p.evidence.into()));
    body.push(para(p.duty.replace("{duty}", &ro.money(check.duty))));
    body.push(Block::Heading {
        text: p.annexes_heading.into(),
    });
    let numbers: Vec<String> = claims.iter().map(|c| c.number.trim().to_string()).collect();
    let mut annexes = vec![
        p.annex_invoices.replace("{numbers}", &numbers.join(", ")),
        p.annex_somatie
            .replace("{sent}", &ro.day(sent))
            .replace("{received}", &ro.day(received)),
    ];
    if let Some(n) = annex_no {
        annexes.push(p.annex_interest.replace("{n}", &n.to_string()));
    }
    annexes.push(p.annex_duty.into());
    annexes.push(p.annex_copies.into());
    for (i, a) in annexes.into_iter().enumerate() {
        body.push(para(format!("{}. {a}", i + 1)));
    }
    body.push(para(p.date.replace("{date}", &ro.day(filing))));
    let mut signature = vec![p.signature_role.to_string()];
    let name = case.creditor.name.trim();
    if !name.is_empty() {
        signature.push(name.to_string());
    }
    if !case.letter.signatory.trim().is_empty() {
        signature.push(case.letter.signatory.trim().to_string());
    }
    signature.push(p.signature.into());
    body.push(Block::Signature { lines: signature });

    let annex = match annex_no {
        Some(n) => interest_annex(
            case,
            report,
            &check.claims,
            n,
            p.annex_title,
            &p.annex_header,
            p.annex_total,
        ),
        None => Vec::new(),
    };
    Some(
        Document {
            lang: Lang::Ro,
            title: p.title.into(),
            place_date: [case.letter.place.trim(), &ro.day(filing)]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
            sender: Vec::new(),
            recipient: vec![p.to_court.into(), court.trim().to_uppercase()],
            body,
            annex,
            author: name.to_string(),
        }
        .normalise_romanian(),
    )
}
