//! The contact and evidence log of a case, and the collection stage the person set: what happened,
//! as typed. The portfolio derives the stage and the next step from it; letters and court claims
//! cite it (the attempts at an amicable solution, art. 187 § 1 pkt 3 KPC).

use crate::engine::locale::Jurisdiction;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Phone,
    Email,
    Letter,
    /// Posted with a receipt (PL list polecony; RO scrisoare recomandată): its posting and
    /// delivery dates count for the registry warning and the somație.
    RegisteredLetter,
    /// RO: served by a bailiff (executor judecătoresc), CPC art. 1015 alin. (1).
    Bailiff,
    Meeting,
    Sms,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the creditor to the debtor.
    #[default]
    Outgoing,
    Incoming,
}

/// What a contact delivered, when it was a step of the collection ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    /// A polite reminder before or after the due date.
    Reminder,
    /// PL przedsądowe wezwanie do zapłaty; EN letter before action; RO notificare.
    Demand,
    /// PL ostateczne wezwanie.
    FinalDemand,
    /// PL: a demand warning that the data will go to a named bureau (art. 15 ust. 1 pkt 3 UUIG).
    RegistryWarning,
    /// RO: the somație of CPC art. 1015, which must precede an ordonanță de plată.
    Somatie,
    InterestNote,
    /// The signed instalment agreement (with the acknowledgement of the debt).
    Agreement,
}

/// The debtor's promise to pay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub date: NaiveDate,
    /// "14:30" as typed; not interpreted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promise: Option<Promise>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Document>,
    /// The day the document was delivered (the posting day is `date`). Deadlines that run from
    /// receipt (the somație's 15 days) wait for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<NaiveDate>,
    /// The debtor acknowledged the debt in writing (interrupts limitation: PL art. 123 § 1 pkt 2
    /// KC, RO art. 2537 pct. 1 C.civ.).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acknowledges: bool,
}

/// Where a case stands in the collection process, oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    NotYetDue,
    /// Overdue, nothing sent yet.
    Overdue,
    Reminded,
    FormalDemand,
    FinalDemand,
    Negotiating,
    Agreement,
    /// PL: the registry warning was sent.
    RegistryWarned,
    /// PL: entered in a debt registry.
    RegistryEntered,
    Agency,
    Court,
    Enforcement,
    Paid,
    WrittenOff,
    TimeBarred,
}

impl Stage {
    pub const ALL: [Stage; 15] = [
        Stage::NotYetDue,
        Stage::Overdue,
        Stage::Reminded,
        Stage::FormalDemand,
        Stage::FinalDemand,
        Stage::Negotiating,
        Stage::Agreement,
        Stage::RegistryWarned,
        Stage::RegistryEntered,
        Stage::Agency,
        Stage::Court,
        Stage::Enforcement,
        Stage::Paid,
        Stage::WrittenOff,
        Stage::TimeBarred,
    ];

    pub fn is_closed(self) -> bool {
        matches!(self, Stage::Paid | Stage::WrittenOff | Stage::TimeBarred)
    }
}

/// The person's own settings for the collection plan of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Collection {
    /// Set by the person; otherwise the stage follows from the log, the letters and payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// The customary timings of this case's ladder. Absent in a case saved before they existed,
    /// which then keeps the reference defaults it was planned with.
    #[serde(skip_serializing_if = "Timings::is_default")]
    pub timings: Timings,
}

/// One customary interval of the collection ladder. None of them is law: no statute sets when
/// to remind or to demand (reference/pl/collection.md §6, reference/ro/collection.md §11), so
/// each is the person's to change, and the defaults are the references' suggested ladders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Days before the due date for the friendly reminder.
    ReminderBefore,
    /// Days after the due date for the overdue reminder.
    OverdueReminder,
    /// Days after the due date for the formal demand (PL wezwanie; RO notificare).
    Demand,
    /// Days after the demand's own deadline before the court claim (PL) or, in Romania, the
    /// somație (the order for payment needs one first).
    AfterDeadline,
    /// RO: days after the due date before the somație of CPC art. 1015.
    Somatie,
}

impl Timing {
    pub const ALL: [Timing; 5] = [
        Timing::ReminderBefore,
        Timing::OverdueReminder,
        Timing::Demand,
        Timing::AfterDeadline,
        Timing::Somatie,
    ];

    /// Whether the ladder of `j` has this step.
    pub fn applies(self, j: Jurisdiction) -> bool {
        self != Timing::Somatie || j == Jurisdiction::Ro
    }

    /// The references' suggested ladder (practice).
    pub fn default_days(self, j: Jurisdiction) -> u32 {
        let pl = j == Jurisdiction::Pl;
        match self {
            Timing::ReminderBefore => 3,
            Timing::OverdueReminder => 7,
            Timing::Demand if pl => 14,
            Timing::Demand => 15,
            Timing::AfterDeadline if pl => 2,
            Timing::AfterDeadline => 1,
            Timing::Somatie => 30,
        }
    }

    /// Where the default comes from, as the UI cites it (the practice sources of
    /// reference/pl/collection.md §6 and reference/ro/collection.md §11; the references then
    /// suggest the ladders these defaults follow: PL D−3, D+7, D+14, claim 2 days after the
    /// demand's deadline; RO D−3, D+7, D+15 notificare, D+30 somație).
    pub fn source(self, j: Jurisdiction) -> &'static str {
        match (self, j) {
            // "~2 days before due"; the references' ladder says D−3.
            (Timing::ReminderBefore, Jurisdiction::Pl) => "forsal.pl",
            // "Zwykle monit wysyłamy jednak 7 dni po terminie płatności".
            (Timing::OverdueReminder, Jurisdiction::Pl) => "forsal.pl",
            // "10 or 14 days after due in firms with fixed procedures".
            (Timing::Demand, Jurisdiction::Pl) => "magazyn-firma.pl",
            // "pozew ~2 days after the demand deadline".
            (Timing::AfterDeadline, Jurisdiction::Pl) => "dlaczego.edu.pl",
            // "N days before and/or after the due date".
            (Timing::ReminderBefore | Timing::OverdueReminder, Jurisdiction::Ro) => "factureaza.ro",
            // The notificare as the first formal letter after amicable contact.
            (Timing::Demand, Jurisdiction::Ro) => "visaromania.ro",
            // The somație after the notificare fails, then the order for payment.
            (Timing::AfterDeadline | Timing::Somatie, _) => "gds.ro (3.09.2025), maglas.ro",
        }
    }
}

/// The person's choice per timing; `None` keeps the default of the case's jurisdiction, so a
/// case moved to the other country follows that country's ladder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Timings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminder_before: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdue_reminder: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_deadline: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub somatie: Option<u32>,
}

impl Timings {
    pub fn is_default(&self) -> bool {
        self == &Timings::default()
    }

    pub fn get(&self, t: Timing) -> Option<u32> {
        match t {
            Timing::ReminderBefore => self.reminder_before,
            Timing::OverdueReminder => self.overdue_reminder,
            Timing::Demand => self.demand,
            Timing::AfterDeadline => self.after_deadline,
            Timing::Somatie => self.somatie,
        }
    }

    pub fn set(&mut self, t: Timing, days: Option<u32>) {
        let slot = match t {
            Timing::ReminderBefore => &mut self.reminder_before,
            Timing::OverdueReminder => &mut self.overdue_reminder,
            Timing::Demand => &mut self.demand,
            Timing::AfterDeadline => &mut self.after_deadline,
            Timing::Somatie => &mut self.somatie,
        };
        *slot = days;
    }

    /// The days in force: the person's choice, capped at `MAX_TIMING_DAYS` (a file may say
    /// anything), or the default.
    pub fn days(&self, t: Timing, j: Jurisdiction) -> i64 {
        i64::from(
            self.get(t)
                .map_or(t.default_days(j), |d| d.min(MAX_TIMING_DAYS)),
        )
    }
}

/// The longest customary interval accepted: a year.
pub const MAX_TIMING_DAYS: u32 = 365;

impl Collection {
    pub fn is_default(&self) -> bool {
        self == &Collection::default()
    }
}
