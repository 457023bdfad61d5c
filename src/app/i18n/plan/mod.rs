//! Texts of the Instalment plan tool and of the settlement agreement.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

use crate::engine::plan::{Frequency, InstalmentStatus, PlanError};

pub struct PlanTexts {
    pub amount: &'static str,
    pub amount_hint: &'static str,
    pub agreement_date: &'static str,
    pub down_payment: &'static str,
    pub size: &'static str,
    pub size_count: &'static str,
    pub size_max: &'static str,
    pub count: &'static str,
    pub max_instalment: &'static str,
    pub frequency: &'static str,
    /// Per `Frequency::ALL`.
    pub frequencies: [&'static str; 4],
    pub first_due: &'static str,
    pub month_end: &'static str,
    pub month_end_last: &'static str,
    pub month_end_next: &'static str,
    pub shift: &'static str,
    pub interest: &'static str,
    pub interest_none: &'static str,
    pub interest_fixed: &'static str,
    pub interest_statutory: &'static str,
    pub interest_statutory_note: &'static str,
    pub rate: &'static str,
    pub method: &'static str,
    pub method_annuity: &'static str,
    pub method_equal: &'static str,
    pub schedule: &'static str,
    pub col_no: &'static str,
    pub col_due: &'static str,
    pub col_instalment: &'static str,
    pub col_principal: &'static str,
    pub col_interest: &'static str,
    pub col_remaining: &'static str,
    pub col_status: &'static str,
    /// Per status: paid, paid late, overdue, upcoming.
    pub statuses: [&'static str; 4],
    pub total_paid: &'static str,
    pub total_interest: &'static str,
    pub last_date: &'static str,
    pub settled: &'static str,
    pub paid_so_far: &'static str,
    pub outstanding: &'static str,
    pub acceleration: &'static str,
    pub chart: &'static str,
    pub tracking: &'static str,
    pub tracking_hint: &'static str,
    pub add_payment: &'static str,
    pub export_csv: &'static str,
    pub export_ics: &'static str,
    pub ics_summary: &'static str,
    pub ics_description: &'static str,
    pub agreement: &'static str,
    pub print: &'static str,
    pub acknowledgement_note: &'static str,
    pub add_acknowledgement: &'static str,
    pub acknowledgement_added: &'static str,
    pub errors: [&'static str; 15],
    // Issue 18 A3: the acknowledgement is dated when the agreement was signed.
    pub signing_date: &'static str,
    pub signing_date_hint: &'static str,
    pub signing_date_missing: &'static str,
    pub schedule_region: &'static str,
}

impl PlanTexts {
    pub fn frequency(&self, f: Frequency) -> &'static str {
        self.frequencies[Frequency::ALL.iter().position(|x| *x == f).unwrap_or(0)]
    }

    pub fn status(&self, s: InstalmentStatus) -> &'static str {
        self.statuses[match s {
            InstalmentStatus::Paid => 0,
            InstalmentStatus::PaidLate => 1,
            InstalmentStatus::Overdue => 2,
            InstalmentStatus::Upcoming => 3,
        }]
    }

    pub fn error(&self, e: PlanError) -> &'static str {
        self.errors[match e {
            PlanError::MissingAgreementDate => 0,
            PlanError::MissingFirstDue => 1,
            PlanError::FirstDueBeforeAgreement => 2,
            PlanError::NothingToSettle => 3,
            PlanError::DownPaymentTooLarge => 4,
            PlanError::ZeroInstalments => 5,
            PlanError::TooManyInstalments => 6,
            PlanError::MissingRate => 7,
            PlanError::MissingMaxInstalment => 8,
            PlanError::NeverRepaid => 9,
            PlanError::AmountTooLarge => 10,
            PlanError::RateOutOfRange => 11,
            PlanError::DateOutOfRange => 12,
            PlanError::TooManyPayments => 13,
            PlanError::Overflow => 14,
        }]
    }
}
