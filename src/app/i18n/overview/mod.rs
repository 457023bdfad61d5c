//! Texts of the Receivables overview, the contact log and the reminders.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

use crate::engine::case::{Channel, Direction, Document, Stage, Timing};
use crate::engine::portfolio::reminder::ReminderKind;
use crate::engine::portfolio::{ActionKind, DeadlineKind, MilestoneKind, Reason};

pub struct OverviewTexts {
    pub intro: &'static str,
    pub as_at: &'static str,
    pub col_debtor: &'static str,
    pub col_tax_id: &'static str,
    pub col_invoices: &'static str,
    pub col_principal: &'static str,
    pub col_interest: &'static str,
    pub col_compensation: &'static str,
    pub col_total: &'static str,
    pub col_days: &'static str,
    pub col_stage: &'static str,
    pub col_next: &'static str,
    pub col_deadline: &'static str,
    pub col_last_contact: &'static str,
    pub col_currency: &'static str,
    pub col_cases: &'static str,
    /// Per `Bucket::ALL`.
    pub buckets: [&'static str; 8],
    /// Per `Stage::ALL`.
    pub stages: [&'static str; 15],
    /// Per `ActionKind` in declaration order.
    pub actions: [&'static str; 12],
    /// Per `Reason` in declaration order.
    pub reasons: [&'static str; 6],
    /// Per `DeadlineKind` in declaration order.
    pub deadlines: [&'static str; 3],
    /// Per `MilestoneKind` in declaration order.
    pub milestones: [&'static str; 3],
    pub basis: &'static str,
    pub or: &'static str,
    pub totals: &'static str,
    pub chart: &'static str,
    pub sort: &'static str,
    /// Debtor, total due, days overdue, next step date, nearest deadline.
    pub sorts: [&'static str; 5],
    pub filter_stage: &'static str,
    pub filter_bucket: &'static str,
    pub all: &'static str,
    pub overdue_more: &'static str,
    pub deadline_90: &'static str,
    pub promise_due: &'static str,
    pub search: &'static str,
    pub shown: &'static str,
    pub open: &'static str,
    pub current: &'static str,
    pub untitled: &'static str,
    pub no_cases: &'static str,
    pub row_error: &'static str,
    pub export_csv: &'static str,
    pub export_ics: &'static str,
    pub print: &'static str,
    pub calendar_name: &'static str,
    pub promise_open: &'static str,
    pub promise_kept: &'static str,
    pub promise_broken: &'static str,
    pub storage_used: &'static str,
    pub storage_short: &'static str,
    pub backup: &'static str,
    pub archive: &'static str,
    pub archive_confirm: &'static str,
    pub archived: &'static str,
    pub nothing_to_archive: &'static str,
    // The contact log, the stage and the reminders of the current case.
    pub contacts_intro: &'static str,
    pub log_title: &'static str,
    pub log_empty: &'static str,
    pub add_entry: &'static str,
    pub delete_entry: &'static str,
    pub date: &'static str,
    pub time: &'static str,
    pub channel: &'static str,
    /// Per `Channel` in declaration order.
    pub channels: [&'static str; 8],
    pub direction: &'static str,
    pub directions: [&'static str; 2],
    pub summary: &'static str,
    pub promise_date: &'static str,
    pub promise_amount: &'static str,
    pub document: &'static str,
    pub no_document: &'static str,
    /// Per `Document` in declaration order.
    pub documents: [&'static str; 7],
    pub delivered: &'static str,
    pub acknowledges: &'static str,
    pub print_log: &'static str,
    pub stage_title: &'static str,
    pub stage_follows: &'static str,
    pub stage_derived: &'static str,
    pub next_step: &'static str,
    pub no_case: &'static str,
    pub reminders_title: &'static str,
    pub reminder_kind: &'static str,
    pub reminder_kinds: [&'static str; 3],
    pub reminder_text: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub send_email: &'static str,
    pub send_sms: &'static str,
    pub logged: &'static str,
    pub milestones_title: &'static str,
    pub from_until: &'static str,
    /// "Entry 2" over each entry of the log.
    pub entry: &'static str,
    // Issue 15: the customary timings of a case and its timeline.
    pub timings_title: &'static str,
    pub timings_intro: &'static str,
    /// Per `Timing::ALL`.
    pub timings: [&'static str; 5],
    /// Under each timing: "{days}" the default, "{source}" where it comes from.
    pub timing_default: &'static str,
    pub timing_error: &'static str,
    pub timeline_title: &'static str,
    pub timeline_today: &'static str,
    /// "{claim}" the invoice, "{amount}" its amount.
    pub tl_due: &'static str,
    /// "{channel}", "{direction}".
    pub tl_contact: &'static str,
    /// "{document}", "{channel}".
    pub tl_letter: &'static str,
    /// "{document}".
    pub tl_delivered: &'static str,
    pub tl_promise: &'static str,
    pub tl_payment: &'static str,
    pub tl_instalment: &'static str,
    pub tl_step: &'static str,
    pub tl_alternative: &'static str,
    pub tl_somatie_wait: &'static str,
    /// "{milestone}".
    pub tl_milestone_from: &'static str,
    pub tl_milestone_until: &'static str,
    /// "{claim}" after a deadline or milestone of one invoice.
    pub tl_of_claim: &'static str,
    /// "{n}": the rows not drawn yet (the table draws the first rows of a long list).
    pub show_all: &'static str,
}

impl OverviewTexts {
    pub fn timing(&self, t: Timing) -> &'static str {
        self.timings[Timing::ALL.iter().position(|x| *x == t).unwrap_or(0)]
    }
}

impl OverviewTexts {
    pub fn stage(&self, s: Stage) -> &'static str {
        self.stages[Stage::ALL.iter().position(|x| *x == s).unwrap_or(0)]
    }

    pub fn action(&self, a: ActionKind) -> &'static str {
        use ActionKind::*;
        self.actions[match a {
            PreDueReminder => 0,
            OverdueReminder => 1,
            FormalDemand => 2,
            FinalDemand => 3,
            Somatie => 4,
            RegistryEntry => 5,
            Court => 6,
            PaymentOrder => 7,
            SmallClaim => 8,
            FollowUpPromise => 9,
            FollowUpInstalment => 10,
            RecordDelivery => 11,
        }]
    }

    pub fn reason(&self, r: Reason) -> &'static str {
        use Reason::*;
        self.reasons[match r {
            Practice => 0,
            Earliest => 1,
            BrokenPromise => 2,
            MissedInstalment => 3,
            DeadlineNear => 4,
            Missing => 5,
        }]
    }

    pub fn deadline(&self, d: DeadlineKind) -> &'static str {
        self.deadlines[match d {
            DeadlineKind::Limitation => 0,
            DeadlineKind::EpuWindow => 1,
            DeadlineKind::SomatieInterruption => 2,
        }]
    }

    pub fn milestone(&self, m: MilestoneKind) -> &'static str {
        self.milestones[match m {
            MilestoneKind::VatRelief => 0,
            MilestoneKind::IncomeTaxRelief => 1,
            MilestoneKind::ProfitTaxProvision => 2,
        }]
    }

    pub fn channel(&self, c: Channel) -> &'static str {
        self.channels[CHANNELS.iter().position(|x| *x == c).unwrap_or(0)]
    }

    pub fn direction(&self, d: Direction) -> &'static str {
        self.directions[usize::from(d == Direction::Incoming)]
    }

    pub fn document(&self, d: Document) -> &'static str {
        self.documents[DOCUMENTS.iter().position(|x| *x == d).unwrap_or(0)]
    }

    pub fn reminder(&self, k: ReminderKind) -> &'static str {
        self.reminder_kinds[ReminderKind::ALL.iter().position(|x| *x == k).unwrap_or(0)]
    }
}

pub const CHANNELS: [Channel; 8] = [
    Channel::Phone,
    Channel::Email,
    Channel::Letter,
    Channel::RegisteredLetter,
    Channel::Bailiff,
    Channel::Meeting,
    Channel::Sms,
    Channel::Other,
];

pub const DOCUMENTS: [Document; 7] = [
    Document::Reminder,
    Document::Demand,
    Document::FinalDemand,
    Document::RegistryWarning,
    Document::Somatie,
    Document::InterestNote,
    Document::Agreement,
];
