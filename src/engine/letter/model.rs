//! The letter as structured content: what every output (preview, print, PDF, DOCX, e-mail)
//! renders. Figures come from the Report; only the free-text parts are typed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// PL "Przedsądowe wezwanie do zapłaty".
    #[default]
    PlDemand,
    /// PL "Ostateczne przedsądowe wezwanie do zapłaty".
    PlFinalDemand,
    /// PL "Nota odsetkowa" for invoices paid late.
    PlInterestNote,
    /// RO "Somație de plată" before an ordonanța de plată (CPC art. 1015).
    RoSomatie,
    /// RO "Notificare / punere în întârziere" (Civil Code art. 1522).
    RoNotice,
    /// EN payment demand for cross-border business debts.
    EnDemand,
}

impl LetterKind {
    pub const ALL: [LetterKind; 6] = [
        LetterKind::PlDemand,
        LetterKind::PlFinalDemand,
        LetterKind::PlInterestNote,
        LetterKind::RoSomatie,
        LetterKind::RoNotice,
        LetterKind::EnDemand,
    ];

    pub fn lang(self) -> crate::engine::locale::Lang {
        use crate::engine::locale::Lang;
        match self {
            LetterKind::PlDemand | LetterKind::PlFinalDemand | LetterKind::PlInterestNote => {
                Lang::Pl
            }
            LetterKind::RoSomatie | LetterKind::RoNotice => Lang::Ro,
            LetterKind::EnDemand => Lang::En,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterOptions {
    pub kind: LetterKind,
    pub place: String,
    /// The letter's date; interest is computed up to it. None: the case's calculation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Days from receipt to pay (PL 7 or 14 usual; RO at least 15 for an ordonanța de plată).
    pub deadline_days: u32,
    /// A fixed date to pay by instead (moved off non-working days).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_deadline: Option<NaiveDate>,
    pub iban: String,
    /// Number of an interest note.
    pub number: String,
    /// Extra paragraphs the person writes (tone, history of the relationship).
    pub extra: String,
    pub signatory: String,
    pub include_annex: bool,
    /// PL: warn about listing the debt in an economic information bureau (BIG).
    pub big_warning: bool,
    /// Offer the instalment plan of the Plan tool.
    pub offer_plan: bool,
}

impl Default for LetterOptions {
    fn default() -> Self {
        LetterOptions {
            kind: LetterKind::PlDemand,
            place: String::new(),
            date: None,
            deadline_days: 7,
            fixed_deadline: None,
            iban: String::new(),
            number: String::new(),
            extra: String::new(),
            signatory: String::new(),
            include_annex: true,
            big_warning: false,
            offer_plan: false,
        }
    }
}

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
pub struct Letter {
    pub kind: LetterKind,
    /// The language it is written in.
    pub lang: crate::engine::locale::Lang,
    pub title: String,
    pub place_date: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub body: Vec<Block>,
    /// The per-period interest breakdown, on its own page.
    pub annex: Vec<Block>,
    /// Document metadata: author (the creditor).
    pub author: String,
    /// Advice for the sender (how to send it, what it does not do); not part of the letter.
    pub guidance: Vec<String>,
}
