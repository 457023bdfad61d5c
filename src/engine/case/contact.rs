//! The contact and evidence log of a case, and the collection stage the person set: what happened,
//! as typed. The portfolio derives the stage and the next step from it; letters and court claims
//! cite it (the attempts at an amicable solution, art. 187 § 1 pkt 3 KPC).

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
}

impl Collection {
    pub fn is_default(&self) -> bool {
        self == &Collection::default()
    }
}
