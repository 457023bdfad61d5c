//! Romania: Civil Code art. 2517, 2523–2524, 2532–2541, 2552–2554; CPC art. 706; the 2020 state
//! of emergency (Decree 195/2020 art. 41, extended by Decree 240/2020).

use super::Deadline;
use super::{add_months, add_years, EventKind, LimitationEvent, Step};
use crate::engine::calendar::next_working_day;
use crate::engine::calendar::ymd;
use crate::engine::case::Case;
use crate::engine::locale::Jurisdiction;
use chrono::{Days, NaiveDate};

const YEARS: u32 = 3;
pub const COVID_FROM: NaiveDate = ymd(2020, 3, 16);
pub const COVID_TO: NaiveDate = ymd(2020, 5, 14);

/// Suspension: the days are added, and the term cannot end before 6 months after the cause
/// ends (art. 2534).
fn suspend(
    raw: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    basis: &'static str,
    steps: &mut Vec<Step>,
) -> NaiveDate {
    let days = (to - from).num_days() + 1;
    steps.push(Step::Suspended {
        from,
        to,
        days,
        basis,
    });
    let extended = raw
        .checked_add_days(Days::new(days.max(0).unsigned_abs()))
        .unwrap_or(raw);
    let floor = add_months(to, 6);
    if extended < floor {
        steps.push(Step::SuspensionFloor { date: floor });
        floor
    } else {
        extended
    }
}

fn run(start: NaiveDate, basis: &'static str, steps: &mut Vec<Step>) -> NaiveDate {
    let raw = add_years(start, YEARS);
    steps.push(Step::CorrespondingDay { date: raw, basis });
    // The state of emergency suspended every prescription running then.
    if start <= COVID_TO && raw >= COVID_FROM {
        return suspend(
            raw,
            COVID_FROM.max(start),
            COVID_TO,
            "Decretul 195/2020 art. 41; art. 2534 C.civ.",
            steps,
        );
    }
    raw
}

pub fn deadline(
    case: &Case,
    claim: usize,
    events: &[&LimitationEvent],
    payments: &[NaiveDate],
) -> Deadline {
    let due = case.claims[claim].due_date;
    let start = if case.limitation.ro_start_next_day {
        due.succ_opt().unwrap_or(due)
    } else {
        due
    };
    let mut steps = vec![
        Step::Start {
            date: start,
            basis: "art. 2523–2524 C.civ.",
        },
        Step::Period {
            years: YEARS,
            basis: "art. 2517 C.civ.",
        },
    ];
    let mut raw = Some(run(start, "art. 2552 C.civ.", &mut steps));
    let mut current_start = start;

    // Partial payments are tacit acknowledgements (art. 2538(2)); they join the events.
    let payment_events: Vec<LimitationEvent> = if case.limitation.ro_payments_interrupt {
        payments
            .iter()
            .map(|&d| LimitationEvent {
                kind: EventKind::Acknowledgement,
                date: d,
                end: None,
                claim: None,
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut all: Vec<(&LimitationEvent, bool)> = events.iter().map(|e| (*e, false)).collect();
    all.extend(payment_events.iter().map(|e| (e, true)));
    crate::engine::sorting::sort_by_key(&mut all, |(e, _)| e.date);

    for (i, (event, is_payment)) in all.iter().enumerate() {
        let Some(end) = raw else { break };
        if event.date < current_start {
            continue;
        }
        if event.date > end {
            steps.push(Step::EventAfterExpiry {
                kind: event.kind,
                date: event.date,
            });
            continue;
        }
        match event.kind {
            EventKind::Acknowledgement => {
                if *is_payment {
                    steps.push(Step::PartialPayment { date: event.date });
                }
                steps.push(Step::Interrupted {
                    kind: event.kind,
                    date: event.date,
                    basis: "art. 2537 pct. 1, art. 2541 C.civ.",
                });
                current_start = event.date;
                raw = Some(run(
                    event.date,
                    "art. 2541 alin. (3), art. 2552 C.civ.",
                    &mut steps,
                ));
            }
            EventKind::CourtAction => {
                steps.push(Step::Interrupted {
                    kind: event.kind,
                    date: event.date,
                    basis: "art. 2537 pct. 2 C.civ.",
                });
                match event.end {
                    // After a final judgment the right to enforcement prescribes (CPC art. 706).
                    Some(day) => {
                        steps.push(Step::RunsAnewAfterProceedings {
                            date: day,
                            basis: "art. 2541 alin. (4) C.civ., art. 706 CPC",
                        });
                        current_start = day;
                        raw = Some(run(day, "art. 706 CPC, art. 2552 C.civ.", &mut steps));
                    }
                    None => {
                        steps.push(Step::ProceedingsPending {
                            kind: event.kind,
                            date: event.date,
                        });
                        raw = None;
                    }
                }
            }
            EventKind::Mediation | EventKind::SettlementSummons => match event.end {
                Some(to) => {
                    raw = Some(suspend(
                        end,
                        event.date,
                        to,
                        "art. 2532 pct. 6–7, art. 2534 C.civ.",
                        &mut steps,
                    ))
                }
                None => {
                    steps.push(Step::ProceedingsPending {
                        kind: event.kind,
                        date: event.date,
                    });
                    raw = None;
                }
            },
            EventKind::Notice => {
                let by = add_months(event.date, 6);
                let followed = all[i + 1..]
                    .iter()
                    .any(|(e, _)| e.kind == EventKind::CourtAction && e.date <= by);
                if followed {
                    steps.push(Step::Interrupted {
                        kind: event.kind,
                        date: event.date,
                        basis: "art. 2537 pct. 4, art. 2540 C.civ.",
                    });
                    current_start = event.date;
                    raw = Some(run(event.date, "art. 2541, art. 2552 C.civ.", &mut steps));
                } else {
                    steps.push(Step::NoticeNeedsCourtAction { by });
                }
            }
        }
    }
    let end = raw.map(|r| {
        let rolled = next_working_day(Jurisdiction::Ro, r);
        if rolled != r {
            steps.push(Step::RolledToWorkingDay {
                from: r,
                to: rolled,
            });
        }
        rolled
    });
    Deadline::reasoned(claim, start, (YEARS, "art. 2517 C.civ."), end, steps)
}
