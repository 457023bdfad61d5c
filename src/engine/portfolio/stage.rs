//! Where a case stands, from what happened: letters sent, promises, payments, the limitation
//! deadlines. The person's own choice (`Case.collection.stage`) always wins.

use super::aging::Aging;
use crate::engine::case::{Case, Contact, Document, Stage};
use crate::engine::interest::Report;
use crate::engine::limitation::Deadline;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// How far along the ladder a document takes a case.
pub(super) fn rank(d: Document) -> u8 {
    match d {
        Document::Reminder => 1,
        Document::Demand | Document::InterestNote => 2,
        Document::FinalDemand | Document::Somatie => 3,
        Document::RegistryWarning => 4,
        Document::Agreement => 5,
    }
}

/// The furthest step of the ladder taken so far (the latest of equal rank).
pub(super) fn furthest(contacts: &[Contact]) -> Option<(&Contact, Document)> {
    let mut best: Option<(&Contact, Document)> = None;
    for c in contacts {
        let Some(d) = c.document else { continue };
        let better = match best {
            None => true,
            Some((b, bd)) => (rank(d), c.date) >= (rank(bd), b.date),
        };
        if better {
            best = Some((c, d));
        }
    }
    best
}

/// The latest contact with a promise to pay.
pub(super) fn latest_promise(contacts: &[Contact]) -> Option<&Contact> {
    contacts
        .iter()
        .filter(|c| c.promise.is_some())
        .max_by_key(|c| c.date)
}

pub(super) fn derive(
    case: &Case,
    report: &Report,
    deadlines: &[Deadline],
    aging: &Aging,
    as_at: NaiveDate,
) -> Stage {
    if let Some(stage) = case.collection.stage {
        return stage;
    }
    let open: Vec<usize> = (0..report.claims.len())
        .filter(|&i| report.claims[i].principal_outstanding > Decimal::ZERO)
        .collect();
    if !report.claims.is_empty() && open.is_empty() && report.totals.total_due <= Decimal::ZERO {
        return Stage::Paid;
    }
    // Only a deadline of a known claim kind closes a case: the earliest-possible one shown while
    // the kind is not chosen may be too early.
    let barred = |i: &usize| {
        deadlines
            .iter()
            .find(|d| d.claim == *i)
            .filter(|d| !d.kind_unknown)
            .and_then(|d| d.end)
            .is_some_and(|end| end < as_at)
    };
    if !open.is_empty() && open.iter().all(barred) {
        return Stage::TimeBarred;
    }
    let furthest = furthest(&case.contacts);
    let reached = match furthest.map(|(_, d)| d) {
        Some(Document::Agreement) => Some(Stage::Agreement),
        Some(Document::RegistryWarning) => Some(Stage::RegistryWarned),
        Some(Document::FinalDemand) => Some(Stage::FinalDemand),
        Some(Document::Demand | Document::Somatie | Document::InterestNote) => {
            Some(Stage::FormalDemand)
        }
        Some(Document::Reminder) => Some(Stage::Reminded),
        None => None,
    };
    let promised_since = latest_promise(&case.contacts)
        .is_some_and(|p| furthest.is_none_or(|(doc, _)| p.date >= doc.date));
    match reached {
        Some(Stage::Agreement) => Stage::Agreement,
        _ if promised_since => Stage::Negotiating,
        Some(stage) => stage,
        None if aging.oldest_days_overdue.is_some() => Stage::Overdue,
        None => Stage::NotYetDue,
    }
}
