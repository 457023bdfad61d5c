//! Aging of the open principal as at a date: where each unpaid invoice stands relative to its
//! (working-day) due date.

use crate::engine::interest::Report;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// The customary buckets of an aging report, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    /// Not yet due, due within 14 days.
    DueSoon,
    /// Not yet due, due later.
    DueLater,
    Overdue1To30,
    Overdue31To60,
    Overdue61To90,
    Overdue91To180,
    Overdue181To365,
    OverdueOver365,
}

impl Bucket {
    pub const ALL: [Bucket; 8] = [
        Bucket::DueSoon,
        Bucket::DueLater,
        Bucket::Overdue1To30,
        Bucket::Overdue31To60,
        Bucket::Overdue61To90,
        Bucket::Overdue91To180,
        Bucket::Overdue181To365,
        Bucket::OverdueOver365,
    ];

    /// `days_overdue` is 0 on the due date itself and negative before it.
    pub fn of(days_overdue: i64) -> Bucket {
        match days_overdue {
            d if d <= -15 => Bucket::DueLater,
            d if d <= 0 => Bucket::DueSoon,
            1..=30 => Bucket::Overdue1To30,
            31..=60 => Bucket::Overdue31To60,
            61..=90 => Bucket::Overdue61To90,
            91..=180 => Bucket::Overdue91To180,
            181..=365 => Bucket::Overdue181To365,
            _ => Bucket::OverdueOver365,
        }
    }

    pub fn index(self) -> usize {
        Bucket::ALL.iter().position(|b| *b == self).unwrap_or(0)
    }
}

/// Open principal per bucket, in the order of `Bucket::ALL`.
pub type Buckets = [Decimal; 8];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Default)]
pub struct Aging {
    pub buckets: Buckets,
    /// Invoices with principal still open.
    pub open_invoices: usize,
    /// Days past the due date of the oldest unpaid invoice (none when nothing is overdue).
    pub oldest_days_overdue: Option<i64>,
    /// The earliest due date among the unpaid invoices.
    pub oldest_due: Option<NaiveDate>,
}

/// `report` must be computed as at `as_at` (payments after it left out).
pub fn aging(report: &Report, as_at: NaiveDate) -> Aging {
    let mut a = Aging::default();
    for c in report
        .claims
        .iter()
        .filter(|c| c.principal_outstanding > Decimal::ZERO)
    {
        let days = (as_at - c.effective_due_date).num_days();
        a.buckets[Bucket::of(days).index()] += c.principal_outstanding;
        a.open_invoices += 1;
        if days > 0 {
            a.oldest_days_overdue = Some(a.oldest_days_overdue.map_or(days, |o| o.max(days)));
        }
        a.oldest_due = Some(
            a.oldest_due
                .map_or(c.effective_due_date, |o| o.min(c.effective_due_date)),
        );
    }
    a
}
