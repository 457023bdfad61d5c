//! The letter as the person set it up: its kind, dates, account and free text (part of the
//! stored Case; the wording and the figures come from `engine::letter`).

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
}

/// An economic information bureau (PL, ustawa z 9.04.2010 o udostępnianiu informacji
/// gospodarczych, UUIG) a demand can warn the debtor about. Art. 15 ust. 1 (art. 14 ust. 1 for
/// consumers) requires the warning to name the bureau's business name and registered address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bureau {
    Krd,
    Erif,
    BigInfoMonitor,
}

impl Bureau {
    pub const ALL: [Bureau; 3] = [Bureau::Krd, Bureau::Erif, Bureau::BigInfoMonitor];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterOptions {
    pub kind: LetterKind,
    pub place: String,
    /// The letter's date; interest is computed up to it. None: the case's calculation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Days from receipt to pay; none: the kind's default (`LetterKind::default_days`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_days: Option<u32>,
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
    /// Offer the instalment plan of the Plan tool (its schedule is enclosed).
    pub offer_plan: bool,
    /// PL: the bureau the debtor is warned about (art. 15 UUIG); none: no warning. Replaces
    /// `big_warning`, whose warning named no bureau and so did not meet art. 15 ust. 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registry: Option<Bureau>,
}

impl Default for LetterOptions {
    fn default() -> Self {
        LetterOptions {
            kind: LetterKind::PlDemand,
            place: String::new(),
            date: None,
            deadline_days: None,
            fixed_deadline: None,
            iban: String::new(),
            number: String::new(),
            extra: String::new(),
            signatory: String::new(),
            include_annex: true,
            offer_plan: false,
            registry: None,
        }
    }
}
