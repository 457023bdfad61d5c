//! Building blocks of a letter: the parties, the title, the compensation table.

use super::model::{Block, LetterKind};
use super::phrases::Phrases;
use crate::engine::calendar::format_date;
use crate::engine::case::Party;
use crate::engine::interest::Report;
use crate::engine::locale::{Jurisdiction, Lang};
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
