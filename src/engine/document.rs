//! A document as structured content: what every output (preview, print, plain text, PDF, DOCX)
//! renders. Letters, the instalment agreement and court documents are all a `Document`, so each
//! renderer is written once and a new kind of document gets every output by producing blocks.

use crate::engine::calendar::format_date;
use crate::engine::interest::ClaimReport;
use crate::engine::locale::{Currency, Lang};
use crate::engine::money::{format_amount, format_percent};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        text: String,
    },
    Para {
        text: String,
    },
    /// A small print note (delivery instructions, legal reminders).
    Note {
        text: String,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
    },
    Signature {
        lines: Vec<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The language it is written in.
    pub lang: Lang,
    pub title: String,
    pub place_date: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub body: Vec<Block>,
    /// What follows on its own page (the interest breakdown, a schedule).
    pub annex: Vec<Block>,
    /// Document metadata: author (the creditor).
    pub author: String,
}

impl Document {
    /// Romanian is written with comma-below ș and ț; names are often typed with the cedilla forms
    /// ş and ţ (old keyboards), which look wrong in print and do not search or copy as ș/ț.
    pub fn normalise_romanian(mut self) -> Document {
        let fix = |s: &mut String| {
            *s = s
                .replace('ş', "ș")
                .replace('ţ', "ț")
                .replace('Ş', "Ș")
                .replace('Ţ', "Ț");
        };
        fix(&mut self.title);
        fix(&mut self.place_date);
        fix(&mut self.author);
        self.sender
            .iter_mut()
            .chain(self.recipient.iter_mut())
            .for_each(fix);
        for block in self.body.iter_mut().chain(self.annex.iter_mut()) {
            match block {
                Block::Heading { text } | Block::Para { text } | Block::Note { text } => fix(text),
                Block::Table { header, rows, .. } => {
                    header.iter_mut().for_each(fix);
                    rows.iter_mut().flatten().for_each(fix);
                }
                Block::Signature { lines } => lines.iter_mut().for_each(fix),
            }
        }
        self
    }
}

/// The table of every interest annex (letters, the pozew, the Romanian requests): one row per
/// constant-rate period of each claim, with invoice, from, to, days, rate, base and interest.
pub fn interest_periods<'r>(
    claims: impl IntoIterator<Item = &'r ClaimReport>,
    header: &[&str; 7],
    currency: Currency,
    lang: Lang,
) -> Block {
    let money = |v| format_amount(v, currency, lang);
    let day = |d| format_date(d, lang);
    let rows = claims
        .into_iter()
        .flat_map(|c| {
            c.segments.iter().map(move |s| {
                vec![
                    c.number.clone(),
                    day(s.from),
                    day(s.to),
                    s.days.to_string(),
                    format_percent(s.rate, lang),
                    money(s.base),
                    money(s.amount),
                ]
            })
        })
        .collect();
    Block::Table {
        header: header.iter().map(|h| h.to_string()).collect(),
        rows,
        numeric: vec![false, false, false, true, true, true, true],
    }
}

/// The document as plain text: for e-mail, the clipboard and golden tests.
pub fn plain_text(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!("{:>72}\n\n", doc.place_date));
    for l in &doc.sender {
        out.push_str(l);
        out.push('\n');
    }
    out.push('\n');
    for l in &doc.recipient {
        out.push_str(&format!("{:>40}{l}\n", ""));
    }
    out.push_str(&format!("\n{}\n\n", doc.title));
    let blocks = |out: &mut String, blocks: &[Block]| {
        for b in blocks {
            match b {
                Block::Heading { text } => out.push_str(&format!("{text}\n\n")),
                Block::Para { text } | Block::Note { text } => out.push_str(&format!("{text}\n\n")),
                Block::Table { header, rows, .. } => {
                    out.push_str(&header.join(" | "));
                    out.push('\n');
                    for r in rows {
                        out.push_str(&r.join(" | "));
                        out.push('\n');
                    }
                    out.push('\n');
                }
                Block::Signature { lines } => {
                    out.push_str("\n\n");
                    for l in lines {
                        out.push_str(&format!("{:>40}{l}\n", ""));
                    }
                    out.push('\n');
                }
            }
        }
    };
    blocks(&mut out, &doc.body);
    if !doc.annex.is_empty() {
        out.push_str("\n\n");
        blocks(&mut out, &doc.annex);
    }
    out.replace('\u{a0}', " ")
}
