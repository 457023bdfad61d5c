//! The limitation choices and the events the person records (part of the stored Case; the
//! periods and the reasoning live in `engine::limitation`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Polish claim kinds and their periods (art. 118, 554, 646, 751, 778, 125 KC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PlClaimKind {
    /// 6 years (10 before 9.07.2018), art. 118.
    General,
    /// Periodic performances: 3 years, art. 118.
    Periodic,
    /// Connected with running a business: 3 years, art. 118.
    #[default]
    Business,
    /// Sale price in the seller's business: 2 years, art. 554.
    Sale,
    /// Contract for specific work: 2 years, art. 646.
    SpecificWork,
    /// Professional services: 2 years, art. 751.
    Services,
    /// Carriage: 1 year, art. 778.
    Carriage,
    /// Confirmed by a final judgment or court settlement: 6 years (10 before 9.07.2018), art. 125.
    Judgment,
    /// Periodic performances due in the future under a judgment: 3 years, art. 125 § 1 zd. 2.
    JudgmentPeriodic,
}

impl PlClaimKind {
    pub const ALL: [PlClaimKind; 9] = [
        PlClaimKind::Business,
        PlClaimKind::General,
        PlClaimKind::Periodic,
        PlClaimKind::Sale,
        PlClaimKind::SpecificWork,
        PlClaimKind::Services,
        PlClaimKind::Carriage,
        PlClaimKind::Judgment,
        PlClaimKind::JudgmentPeriodic,
    ];

    /// The order in which the person is asked what an invoice was for: what invoices usually
    /// bill first, then the rest.
    pub const INVOICE_ORDER: [PlClaimKind; 9] = [
        PlClaimKind::Sale,
        PlClaimKind::Services,
        PlClaimKind::SpecificWork,
        PlClaimKind::Carriage,
        PlClaimKind::Business,
        PlClaimKind::Periodic,
        PlClaimKind::General,
        PlClaimKind::Judgment,
        PlClaimKind::JudgmentPeriodic,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The debtor acknowledged the debt (also asking for instalments, a signed settlement).
    #[default]
    Acknowledgement,
    /// A step before a court, enforcement body or arbitration; runs anew when it ends.
    CourtAction,
    /// PL: mediation (interrupts before 30.06.2022, suspends after). RO: negotiations
    /// (art. 2532 pt. 6) suspend.
    Mediation,
    /// PL: a motion to summon to a settlement attempt (interrupts before 30.06.2022, suspends after).
    SettlementSummons,
    /// RO: a notice putting the debtor in default (art. 2540): interrupts only if a court action
    /// follows within 6 months.
    Notice,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Acknowledgement,
        EventKind::CourtAction,
        EventKind::Mediation,
        EventKind::SettlementSummons,
        EventKind::Notice,
    ];
}

/// Something that happened to the claims: `claim` is an invoice number, or none for all of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitationEvent {
    pub kind: EventKind,
    pub date: NaiveDate,
    /// When the proceedings ended (court, mediation, summons); none while they last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LimitationOptions {
    /// The case-wide kind of earlier versions, preselected as `Business` whether or not anyone
    /// chose it. Kept so stored cases load unchanged; deadlines read each claim's `pl_kind`.
    pub pl_kind: PlClaimKind,
    /// RO: count the period from the day after the due date instead of the due date
    /// (art. 2523–2524; the start day is unsettled).
    pub ro_start_next_day: bool,
    /// RO: partial payments count as tacit acknowledgement (art. 2538(2)).
    pub ro_payments_interrupt: bool,
    pub events: Vec<LimitationEvent>,
}
