//! Limitation (przedawnienie / prescripție): the last day to act on each claim, why, and what
//! changed it. PL art. 117–125 KC after the 9.07.2018 reform with its transitional rules;
//! RO Civil Code art. 2517–2556 and CPC art. 706.

mod model;
mod pl;
mod ro;

pub use model::*;

use crate::engine::bounds;
use crate::engine::case::{Case, PartyKind};
use crate::engine::interest::{CaseError, Report};
use crate::engine::locale::Jurisdiction;
use chrono::{Datelike, NaiveDate};

// The date steps live with the calendar; re-exported where the periods use them.
pub(crate) use crate::engine::calendar::{add_months, add_years, end_of_year};

/// The events that concern a claim (its number, or every claim), as indices into the case's
/// events, from the list sorted oldest first.
fn events_for(case: &Case, claim: usize, sorted: &[usize]) -> Vec<usize> {
    let events = &case.limitation.events;
    sorted
        .iter()
        .copied()
        .filter(|&e| events[e].concerns(&case.claims[claim]))
        .collect()
}

/// Deadlines for every claim, as of `today`, after checking the inputs against
/// `engine::bounds` (dates in 1990–2100, at most `MAX_EVENTS` events, proceedings that end after
/// they begin). The interest report, when given, supplies the days payments reached each claim
/// (RO: a partial payment is a tacit acknowledgement).
pub fn deadlines_checked(
    case: &Case,
    today: NaiveDate,
    report: Option<&Report>,
) -> Result<Vec<Deadline>, CaseError> {
    bounds::limitation_inputs(case, today)?;
    // Sorted once for all claims (the sort is quadratic on unsorted input).
    let mut sorted: Vec<usize> = (0..case.limitation.events.len()).collect();
    crate::engine::sorting::sort_by_key(&mut sorted, |&e| case.limitation.events[e].date);
    let mut payments: Vec<Vec<NaiveDate>> = vec![Vec::new(); case.claims.len()];
    for p in report.map(|r| r.payments.as_slice()).unwrap_or_default() {
        for a in &p.applied {
            if let Some(list) = payments.get_mut(a.claim) {
                list.push(p.date);
            }
        }
    }
    Ok((0..case.claims.len())
        .map(|i| {
            let concerning = events_for(case, i, &sorted);
            let events: Vec<&LimitationEvent> = concerning
                .iter()
                .map(|&e| &case.limitation.events[e])
                .collect();
            let mut d = match case.jurisdiction {
                Jurisdiction::Pl => pl::deadline(case, i, &events),
                Jurisdiction::Ro => ro::deadline(case, i, &events, &payments[i]),
            };
            d.events = concerning;
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
        .collect())
}

/// What the app shows: the deadlines, or none for a case outside the bounds (the form never
/// produces one: it refuses such dates as they are typed; `deadlines_checked` says why).
pub fn deadlines(case: &Case, today: NaiveDate, report: Option<&Report>) -> Vec<Deadline> {
    deadlines_checked(case, today, report).unwrap_or_default()
}

// Native only: the tests use proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
