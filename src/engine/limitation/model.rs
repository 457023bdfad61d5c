//! What the limitation calculation returns. Its inputs are part of the Case
//! (`engine::case::limitation`); the periods of each claim kind are law, so they stay here.

pub use crate::engine::case::limitation::{
    EventKind, LimitationEvent, LimitationOptions, PlClaimKind,
};
use chrono::NaiveDate;
use serde::Serialize;

impl PlClaimKind {
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
    /// The case's limitation events that concern this claim (indices into
    /// `case.limitation.events`, oldest first), so views draw them without deciding again which
    /// invoice an event names. Not part of the JSON output (docs/json.md).
    #[serde(skip)]
    pub events: Vec<usize>,
}

impl Deadline {
    /// What a country's rules reasoned for a claim: its period (years, legal basis), the end
    /// and the steps. The days left, the status, the flags and the events are filled in for
    /// every country alike (`deadlines_checked`).
    pub(super) fn reasoned(
        claim: usize,
        start: NaiveDate,
        (years, basis): (u32, &'static str),
        end: Option<NaiveDate>,
        steps: Vec<Step>,
    ) -> Deadline {
        Deadline {
            claim,
            start,
            years,
            basis,
            end,
            days_left: None,
            status: Status::Paused,
            steps,
            interest_barred_before: None,
            consumer_debtor: false,
            kind_unknown: false,
            events: Vec::new(),
        }
    }
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
