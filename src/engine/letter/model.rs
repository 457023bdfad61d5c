//! A letter's kinds and options, and the letter itself: a `Document` (engine::document) with its
//! kind and sending advice. Figures come from the Report; only the free-text parts are typed.

use crate::engine::document::Document;
use crate::engine::locale::Jurisdiction;
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

    /// The kinds a case under `j` can send; the first is the one offered by default.
    pub fn for_jurisdiction(j: Jurisdiction) -> &'static [LetterKind] {
        match j {
            Jurisdiction::Pl => &[
                LetterKind::PlDemand,
                LetterKind::PlFinalDemand,
                LetterKind::PlInterestNote,
                LetterKind::EnDemand,
            ],
            Jurisdiction::Ro => &[
                LetterKind::RoSomatie,
                LetterKind::RoNotice,
                LetterKind::EnDemand,
            ],
        }
    }

    /// The fewest days to pay the law allows. RO CPC art. 1015 alin. (1): a somație gives 15
    /// days from receipt, or the payment order that follows it is inadmissible.
    pub fn min_days(self) -> u32 {
        match self {
            LetterKind::RoSomatie => 15,
            _ => 1,
        }
    }

    /// The days to pay offered when the person has not chosen. PL: 7 days is the usual term of
    /// a demand (pl/rules.md §5.2). RO: 15 for the somație (CPC art. 1015 alin. (1)), and the
    /// same for the notice, whose term must be reasonable (C.civ. art. 1522 alin. (3)), so one
    /// document can serve as both (ro/collection.md §7.2).
    pub fn default_days(self) -> u32 {
        match self {
            LetterKind::RoSomatie | LetterKind::RoNotice => 15,
            _ => 7,
        }
    }

    /// The days counts the letter tool offers for this kind.
    pub fn day_choices(self) -> &'static [u32] {
        match self {
            LetterKind::RoSomatie => &[15, 21, 30],
            _ => &[7, 14, 15, 21, 30],
        }
    }
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

    /// The business name as registered.
    pub fn name(self) -> &'static str {
        match self {
            Bureau::Krd => "Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A.",
            Bureau::Erif => "ERIF Biuro Informacji Gospodarczej S.A.",
            Bureau::BigInfoMonitor => "Biuro Informacji Gospodarczej InfoMonitor S.A.",
        }
    }

    /// The registered address, as each bureau publishes it: KRD info.krd.pl/specjalne/
    /// polityka-prywatnosci; ERIF erif.pl/dane-osobowe/klauzula-dla-dluznika; BIG InfoMonitor
    /// its published consent clauses (its 2014 rules still said no. 77, since then 77a).
    pub fn address(self) -> &'static str {
        match self {
            Bureau::Krd => "ul. Danuty Siedzikówny 12, 51-214 Wrocław",
            Bureau::Erif => "Al. Jerozolimskie 100, 00-807 Warszawa",
            Bureau::BigInfoMonitor => "ul. Zygmunta Modzelewskiego 77a, 02-679 Warszawa",
        }
    }
}

/// Advice for the sender, shown next to the letter in the person's language; never printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Guidance {
    /// PL: registered letter with acknowledgement of receipt, keep the proof.
    PlSendRegistered,
    /// PL: a demand does not interrupt limitation.
    PlNoInterruption,
    /// PL: when a bureau may be told (art. 15 UUIG; art. 14 for consumers).
    PlRegistry { consumer: bool },
    /// RO CPC art. 1015 alin. (1): bailiff or registered letter with declared content and
    /// acknowledgement of receipt; the proof goes with the payment-order application.
    RoSomatieService,
    /// RO CPC art. 1015 alin. (2), C.civ. art. 2540: the interruption needs a claim in 6 months.
    RoSomatieInterruption,
    /// RO C.civ. art. 1522 alin. (2): any means that proves the communication.
    RoNoticeService,
    /// Cross-border: keep proof of delivery.
    EnProveDelivery,
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

impl LetterOptions {
    /// The kind sent under `j`: the chosen one when it fits, else the first that does.
    pub fn kind_in(&self, j: Jurisdiction) -> LetterKind {
        let allowed = LetterKind::for_jurisdiction(j);
        if allowed.contains(&self.kind) {
            self.kind
        } else {
            allowed[0]
        }
    }

    /// The days to pay as typed, or the kind's default.
    pub fn days(&self, kind: LetterKind) -> u32 {
        self.deadline_days.unwrap_or(kind.default_days())
    }
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

/// A letter: the document sent, with what kind it is and the advice that goes with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub kind: LetterKind,
    /// Flattened, so a letter's JSON is a document's JSON with two more fields (the export
    /// worker reads it as a `Document`).
    #[serde(flatten)]
    pub document: Document,
    /// Advice for the sender (how to send it, what it does not do); not part of the letter.
    pub guidance: Vec<Guidance>,
}

/// A letter reads as the document it is (`letter.body`, `&letter` where a `&Document` is due).
impl std::ops::Deref for Letter {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.document
    }
}

impl std::ops::DerefMut for Letter {
    fn deref_mut(&mut self) -> &mut Document {
        &mut self.document
    }
}
