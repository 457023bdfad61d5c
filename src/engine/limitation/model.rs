//! Inputs and outputs of the limitation calculation.

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

    pub fn years(self) -> u32 {
        match self {
            PlClaimKind::General | PlClaimKind::Judgment => 6,
            PlClaimKind::Periodic | PlClaimKind::Business | PlClaimKind::JudgmentPeriodic => 3,
            PlClaimKind::Sale | PlClaimKind::SpecificWork | PlClaimKind::Services => 2,
            PlClaimKind::Carriage => 1,
        }
    }

    /// The period before the 2018 reform (Dz.U. 2018 poz. 1104).
    pub fn old_years(self) -> u32 {
        match self {
            PlClaimKind::General | PlClaimKind::Judgment => 10,
            other => other.years(),
        }
    }

    pub fn basis(self) -> &'static str {
        match self {
            PlClaimKind::General | PlClaimKind::Periodic | PlClaimKind::Business => "art. 118 KC",
            PlClaimKind::Sale => "art. 554 KC",
            PlClaimKind::SpecificWork => "art. 646 KC",
            PlClaimKind::Services => "art. 751 KC",
            PlClaimKind::Carriage => "art. 778 KC",
            PlClaimKind::Judgment | PlClaimKind::JudgmentPeriodic => "art. 125 § 1 KC",
        }
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Safe,
    Under90Days,
    Under30Days,
    Expired,
    /// Proceedings are pending: the period does not run.
    Paused,
    /// PL: the claim kind is not chosen; the end shown is the earliest any kind gives, so the
    /// claim is never called safe.
    ChooseKind,
}

/// One link in the chain of reasoning; the UI words it, with the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Start {
        date: NaiveDate,
        basis: &'static str,
    },
    Period {
        years: u32,
        basis: &'static str,
    },
    /// PL: what was invoiced is not known; the period of the kind with the earliest end is used.
    KindNotChosen {
        years: u32,
        basis: &'static str,
    },
    CorrespondingDay {
        date: NaiveDate,
        basis: &'static str,
    },
    EndOfYear {
        date: NaiveDate,
    },
    NotMovedOffWeekend {
        date: NaiveDate,
    },
    RolledToWorkingDay {
        from: NaiveDate,
        to: NaiveDate,
    },
    BarredBeforeReform {
        date: NaiveDate,
    },
    Transitional {
        old_end: NaiveDate,
        new_end: NaiveDate,
        chosen: NaiveDate,
    },
    ConsumerKeepsOldPeriod {
        old_end: NaiveDate,
    },
    Interrupted {
        kind: EventKind,
        date: NaiveDate,
        basis: &'static str,
    },
    RunsAnewAfterProceedings {
        date: NaiveDate,
        basis: &'static str,
    },
    ProceedingsPending {
        kind: EventKind,
        date: NaiveDate,
    },
    Suspended {
        from: NaiveDate,
        to: NaiveDate,
        days: i64,
        basis: &'static str,
    },
    SuspensionFloor {
        date: NaiveDate,
    },
    NoticeNeedsCourtAction {
        by: NaiveDate,
    },
    EventAfterExpiry {
        kind: EventKind,
        date: NaiveDate,
    },
    PartialPayment {
        date: NaiveDate,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub claim: usize,
    pub start: NaiveDate,
    pub years: u32,
    pub basis: &'static str,
    /// The last day to act; none while proceedings are pending.
    pub end: Option<NaiveDate>,
    pub days_left: Option<i64>,
    pub status: Status,
    pub steps: Vec<Step>,
    /// PL: delay interest for days before this date is time-barred today (periodic claim,
    /// 3 years, end of year: the common view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interest_barred_before: Option<NaiveDate>,
    /// PL: against a consumer the court applies limitation of its own motion (art. 117 § 2¹ KC).
    pub consumer_debtor: bool,
    /// PL: the claim kind is not chosen and `end` is the earliest possible deadline.
    pub kind_unknown: bool,
}

impl Status {
    pub fn from_days_left(days: i64) -> Status {
        if days < 0 {
            Status::Expired
        } else if days < 30 {
            Status::Under30Days
        } else if days < 90 {
            Status::Under90Days
        } else {
            Status::Safe
        }
    }
}
