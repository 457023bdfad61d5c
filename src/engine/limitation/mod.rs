//! Limitation (przedawnienie / prescripție): the last day to act on each claim, why, and what
//! changed it. PL art. 117–125 KC after the 9.07.2018 reform with its transitional rules;
//! RO Civil Code art. 2517–2556 and CPC art. 706.

mod model;
mod pl;
mod ro;

pub use model::*;

use crate::engine::case::{Case, PartyKind};
use crate::engine::interest::Report;
use crate::engine::locale::Jurisdiction;
use chrono::{Datelike, Months, NaiveDate};

/// N years after `day` on the corresponding day; 29 February -> 28 February (PL art. 112,
/// RO art. 2552).
pub(crate) fn add_years(day: NaiveDate, years: u32) -> NaiveDate {
    day.checked_add_months(Months::new(12 * years))
        .unwrap_or(day)
}

pub(crate) fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months)).unwrap_or(day)
}

pub(crate) fn end_of_year(day: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day)
}

/// Events that concern a claim (its number, or every claim), oldest first.
fn events_for(case: &Case, claim: usize) -> Vec<&LimitationEvent> {
    let number = case.claims[claim].number.trim();
    let mut list: Vec<&LimitationEvent> = case
        .limitation
        .events
        .iter()
        .filter(|e| match e.claim.as_deref().map(str::trim) {
            None | Some("") => true,
            Some(n) => n == number,
        })
        .collect();
    crate::engine::sorting::sort_by_key(&mut list, |e| e.date);
    list
}

/// Deadlines for every claim, as of `today`. The interest report, when given, supplies the days
/// payments reached each claim (RO: a partial payment is a tacit acknowledgement).
pub fn deadlines(case: &Case, today: NaiveDate, report: Option<&Report>) -> Vec<Deadline> {
    (0..case.claims.len())
        .map(|i| {
            let events = events_for(case, i);
            let payments: Vec<NaiveDate> = report
                .map(|r| {
                    r.payments
                        .iter()
                        .filter(|p| p.applied.iter().any(|a| a.claim == i))
                        .map(|p| p.date)
                        .collect()
                })
                .unwrap_or_default();
            let mut d = match case.jurisdiction {
                Jurisdiction::Pl => pl::deadline(case, i, &events),
                Jurisdiction::Ro => ro::deadline(case, i, &events, &payments),
            };
            d.days_left = d.end.map(|end| (end - today).num_days());
            d.status = d.days_left.map_or(Status::Paused, Status::from_days_left);
            if d.kind_unknown && d.status == Status::Safe {
                d.status = Status::ChooseKind;
            }
            d.consumer_debtor = case.debtor.kind == PartyKind::Consumer;
            if case.jurisdiction == Jurisdiction::Pl {
                let cutoff = NaiveDate::from_ymd_opt(today.year() - 3, 1, 1);
                d.interest_barred_before = cutoff.filter(|c| case.claims[i].due_date < *c);
            }
            d
        })
        .collect()
}

// Native only: the tests use proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
