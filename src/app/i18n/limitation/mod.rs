//! Texts of the Limitation tool. Steps of the reasoning use `{name}` placeholders.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

use crate::engine::limitation::{EventKind, PlClaimKind, Status, Step};

pub struct LimitationTexts {
    /// "3 lata", "6 lat", "1 year", "3 ani".
    pub years: fn(u32) -> String,
    pub kind_label: &'static str,
    /// Name and plain-language help per `PlClaimKind::ALL` order.
    pub kinds: [(&'static str, &'static str); 9],
    pub ro_start_next_day: &'static str,
    pub ro_payments_interrupt: &'static str,
    pub events: &'static str,
    pub events_hint: &'static str,
    /// Per `EventKind::ALL` order.
    pub event_kinds: [&'static str; 5],
    pub event_kind: &'static str,
    pub event_date: &'static str,
    pub event_end: &'static str,
    pub event_claim: &'static str,
    pub all_claims: &'static str,
    pub add_event: &'static str,
    pub deadlines: &'static str,
    pub last_day: &'static str,
    pub days_left: &'static str,
    pub expired_ago: &'static str,
    /// Per status: safe, under 90, under 30, expired, paused, choose the kind.
    pub statuses: [&'static str; 6],
    pub why: &'static str,
    pub interest_barred: &'static str,
    pub consumer_note: &'static str,
    pub ro_invoke_note: &'static str,
    pub timeline: &'static str,
    pub legend_today: &'static str,
    pub legend_due: &'static str,
    pub legend_event: &'static str,
    pub legend_deadline: &'static str,
    pub export_ics: &'static str,
    pub ics_summary: &'static str,
    pub ics_description: &'static str,
    pub no_claims: &'static str,
    pub steps: StepTexts,
    // Issue 18 A1: the claim kind per invoice.
    pub invoice_kind_label: &'static str,
    pub kind_not_chosen: &'static str,
    /// Next to a deadline whose kind is not chosen.
    pub choose_kind_note: &'static str,
    pub set_all_kinds: &'static str,
}

pub struct StepTexts {
    pub start: &'static str,
    pub period: &'static str,
    pub corresponding_day: &'static str,
    pub end_of_year: &'static str,
    pub not_moved: &'static str,
    pub rolled: &'static str,
    pub barred_before_reform: &'static str,
    pub transitional: &'static str,
    pub consumer_old: &'static str,
    pub interrupted: &'static str,
    pub runs_anew: &'static str,
    pub pending: &'static str,
    pub suspended: &'static str,
    pub floor: &'static str,
    pub notice: &'static str,
    pub after_expiry: &'static str,
    pub partial_payment: &'static str,
    pub kind_not_chosen: &'static str,
}

impl LimitationTexts {
    pub fn kind(&self, k: PlClaimKind) -> (&'static str, &'static str) {
        let i = PlClaimKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
        self.kinds[i]
    }

    pub fn event_kind(&self, k: EventKind) -> &'static str {
        let i = EventKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
        self.event_kinds[i]
    }

    pub fn status(&self, s: Status) -> &'static str {
        self.statuses[match s {
            Status::Safe => 0,
            Status::Under90Days => 1,
            Status::Under30Days => 2,
            Status::Expired => 3,
            Status::Paused => 4,
            Status::ChooseKind => 5,
        }]
    }

    pub fn step(&self, step: &Step, date: &dyn Fn(chrono::NaiveDate) -> String) -> String {
        let t = &self.steps;
        match step {
            Step::Start { date: d, basis } => t
                .start
                .replace("{date}", &date(*d))
                .replace("{basis}", basis),
            Step::Period { years, basis } => t
                .period
                .replace("{years}", &(self.years)(*years))
                .replace("{basis}", basis),
            Step::KindNotChosen { years, basis } => t
                .kind_not_chosen
                .replace("{years}", &(self.years)(*years))
                .replace("{basis}", basis),
            Step::CorrespondingDay { date: d, basis } => t
                .corresponding_day
                .replace("{date}", &date(*d))
                .replace("{basis}", basis),
            Step::EndOfYear { date: d } => t.end_of_year.replace("{date}", &date(*d)),
            Step::NotMovedOffWeekend { date: d } => t.not_moved.replace("{date}", &date(*d)),
            Step::RolledToWorkingDay { from, to } => t
                .rolled
                .replace("{from}", &date(*from))
                .replace("{to}", &date(*to)),
            Step::BarredBeforeReform { date: d } => {
                t.barred_before_reform.replace("{date}", &date(*d))
            }
            Step::Transitional {
                old_end,
                new_end,
                chosen,
            } => t
                .transitional
                .replace("{old}", &date(*old_end))
                .replace("{new}", &date(*new_end))
                .replace("{chosen}", &date(*chosen)),
            Step::ConsumerKeepsOldPeriod { old_end } => {
                t.consumer_old.replace("{date}", &date(*old_end))
            }
            Step::Interrupted {
                kind,
                date: d,
                basis,
            } => t
                .interrupted
                .replace("{event}", self.event_kind(*kind))
                .replace("{date}", &date(*d))
                .replace("{basis}", basis),
            Step::RunsAnewAfterProceedings { date: d, basis } => t
                .runs_anew
                .replace("{date}", &date(*d))
                .replace("{basis}", basis),
            Step::ProceedingsPending { kind, date: d } => t
                .pending
                .replace("{event}", self.event_kind(*kind))
                .replace("{date}", &date(*d)),
            Step::Suspended {
                from,
                to,
                days,
                basis,
            } => t
                .suspended
                .replace("{from}", &date(*from))
                .replace("{to}", &date(*to))
                .replace("{days}", &days.to_string())
                .replace("{basis}", basis),
            Step::SuspensionFloor { date: d } => t.floor.replace("{date}", &date(*d)),
            Step::NoticeNeedsCourtAction { by } => t.notice.replace("{date}", &date(*by)),
            Step::EventAfterExpiry { kind, date: d } => t
                .after_expiry
                .replace("{event}", self.event_kind(*kind))
                .replace("{date}", &date(*d)),
            Step::PartialPayment { date: d } => t.partial_payment.replace("{date}", &date(*d)),
        }
    }
}
