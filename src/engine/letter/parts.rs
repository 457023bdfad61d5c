//! Building blocks of a letter: the parties, the title, the tables (compensation, payments,
//! the interest reconciliation, the proposed schedule).

use super::model::LetterKind;
use super::phrases::Phrases;
use crate::engine::calendar::format_date;
use crate::engine::case::Party;
use crate::engine::document::Block;
use crate::engine::interest::Report;
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::plan::Schedule;
use rust_decimal::Decimal;

pub(super) fn party_lines(p: &Party, id_label: &str, j: Jurisdiction) -> Vec<String> {
    let mut lines = vec![p.name.trim().to_string()];
    lines.extend(
        p.address
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
    );
    lines.extend(party_ids(p, id_label, j));
    lines.retain(|l| !l.is_empty());
    lines
}

/// The party's identifiers as "label: value", the tax ID first. Registers keep their own names
/// in every language (a Polish company's KRS is "KRS" in an English letter too).
pub(super) fn party_ids(p: &Party, id_label: &str, j: Jurisdiction) -> Vec<String> {
    let registry_label = match j {
        Jurisdiction::Pl => "KRS",
        Jurisdiction::Ro => "Nr. Reg. Com.",
    };
    [
        (id_label, &p.tax_id),
        (registry_label, &p.registry_number),
        ("REGON", &p.regon),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(label, value)| format!("{label}: {}", value.trim()))
    .collect()
}

pub(super) fn title(kind: LetterKind, number: &str) -> String {
    match kind {
        LetterKind::PlDemand => "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY".into(),
        LetterKind::PlFinalDemand => "OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY".into(),
        LetterKind::PlInterestNote if number.trim().is_empty() => "NOTA ODSETKOWA".into(),
        LetterKind::PlInterestNote => format!("NOTA ODSETKOWA nr {}", number.trim()),
        LetterKind::RoSomatie => "SOMAȚIE DE PLATĂ".into(),
        LetterKind::RoNotice => "NOTIFICARE — PUNERE ÎN ÎNTÂRZIERE".into(),
        LetterKind::EnDemand => "PAYMENT DEMAND — LETTER BEFORE ACTION".into(),
    }
}

/// The compensation per invoice: EUR, the conversion rate and its source, the amount.
pub(super) fn compensation_table(
    report: &Report,
    p: &Phrases,
    lang: Lang,
    money: &dyn Fn(Decimal) -> String,
) -> Block {
    let rows = report
        .claims
        .iter()
        .filter_map(|c| {
            let comp = c.compensation.as_ref()?;
            let rate = comp
                .eur_rate
                .map(|r| crate::engine::money::format_fixed(r, 4, lang))
                .unwrap_or_default();
            // A table rate names its NBP source; a typed rate is shown as it is.
            let shown = match (comp.eur_rate_date, &comp.eur_rate_table) {
                (Some(d), Some(table)) => format!(
                    "{rate} ({})",
                    p.compensation_rate
                        .replace("{date}", &format_date(d, lang))
                        .replace("{table}", table)
                ),
                _ => rate,
            };
            Some(vec![
                c.number.clone(),
                comp.eur.normalize().to_string(),
                shown,
                comp.amount.map(money).unwrap_or_default(),
            ])
        })
        .collect();
    Block::Table {
        header: p.compensation_header.map(String::from).to_vec(),
        rows,
        numeric: vec![false, true, false, true],
    }
}

/// Each payment and its application, one row per invoice it went to (the date and amount on
/// the payment's first row), and a total row: the amounts paid = to interest + to principal.
pub(super) fn payments_table(
    report: &Report,
    p: &Phrases,
    money: &dyn Fn(Decimal) -> String,
    day: &dyn Fn(chrono::NaiveDate) -> String,
) -> Block {
    let mut rows = Vec::new();
    let (mut paid, mut to_interest, mut to_principal) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for pay in &report.payments {
        paid += pay.amount;
        let first = vec![day(pay.date), money(pay.amount)];
        if pay.applied.is_empty() {
            rows.push(
                [
                    first.clone(),
                    vec!["—".into(), String::new(), String::new()],
                ]
                .concat(),
            );
        }
        for (i, a) in pay.applied.iter().enumerate() {
            to_interest += a.to_interest;
            to_principal += a.to_principal;
            let head = if i == 0 {
                first.clone()
            } else {
                vec![String::new(), String::new()]
            };
            let invoice = report
                .claims
                .get(a.claim)
                .map(|c| c.number.clone())
                .unwrap_or_default();
            rows.push(
                [
                    head,
                    vec![invoice, money(a.to_interest), money(a.to_principal)],
                ]
                .concat(),
            );
        }
    }
    if report.payments.len() > 1 || report.payments.iter().any(|x| x.applied.len() > 1) {
        rows.push(vec![
            p.payments_total.to_string(),
            money(paid),
            String::new(),
            money(to_interest),
            money(to_principal),
        ]);
    }
    Block::Table {
        header: p.payments_header.map(String::from).to_vec(),
        rows,
        numeric: vec![false, true, false, true, true],
    }
}

/// Interest accrued − interest covered by payments = interest due.
pub(super) fn interest_reconciliation(
    report: &Report,
    p: &Phrases,
    money: &dyn Fn(Decimal) -> String,
) -> Block {
    let t = &report.totals;
    Block::Para {
        text: p
            .reconciliation
            .replace("{accrued}", &money(t.interest))
            .replace("{paid}", &money(t.paid_interest))
            .replace("{due}", &money(t.interest_outstanding)),
    }
}

/// The proposed instalments (the Plan tool's schedule); principal and interest columns only
/// when the instalments carry interest.
pub(super) fn schedule_table(
    s: &Schedule,
    p: &Phrases,
    lang: Lang,
    money: &dyn Fn(Decimal) -> String,
) -> Block {
    let with_interest = !s.total_interest.is_zero();
    let columns = if with_interest { 5 } else { 3 };
    let mut rows: Vec<Vec<String>> = s
        .instalments
        .iter()
        .map(|r| {
            let mut row = vec![
                r.number.to_string(),
                format_date(r.due, lang),
                money(r.amount),
                money(r.principal),
                money(r.interest),
            ];
            row.truncate(columns);
            row
        })
        .collect();
    let mut total = vec![
        p.payments_total.to_string(),
        String::new(),
        money(s.instalments.iter().map(|r| r.amount).sum()),
        money(s.instalments.iter().map(|r| r.principal).sum()),
        money(s.total_interest),
    ];
    total.truncate(columns);
    rows.push(total);
    let mut header = p.schedule_header.map(String::from).to_vec();
    header.truncate(columns);
    Block::Table {
        header,
        rows,
        numeric: [true, false, true, true, true][..columns].to_vec(),
    }
}
