//! Poland: art. 117–125 KC (after 9.07.2018) and art. 5 of Dz.U. 2018 poz. 1104.

use super::Deadline;
use super::{add_years, end_of_year, EventKind, LimitationEvent, PlClaimKind, Step};
use crate::engine::calendar::is_non_working;
use crate::engine::calendar::ymd;
use crate::engine::case::{Case, PartyKind};
use crate::engine::locale::Jurisdiction;
use chrono::NaiveDate;

pub const REFORM: NaiveDate = ymd(2018, 7, 9);
/// From this day mediation and the settlement summons suspend instead of interrupting.
pub const SUSPEND_FROM: NaiveDate = ymd(2022, 6, 30);

struct Period {
    /// The end before the end-of-year rule (used to extend it by a suspension).
    raw: NaiveDate,
    end: NaiveDate,
}

fn new_rules(start: NaiveDate, kind: PlClaimKind, steps: &mut Vec<Step>) -> Period {
    let raw = add_years(start, kind.years());
    steps.push(Step::CorrespondingDay {
        date: raw,
        basis: "art. 112 KC",
    });
    finish(raw, kind, steps)
}

/// Art. 118 zd. 2: periods of two years or more end on the last day of the calendar year.
fn finish(raw: NaiveDate, kind: PlClaimKind, steps: &mut Vec<Step>) -> Period {
    let end = if kind.years() >= 2 {
        let end = end_of_year(raw);
        steps.push(Step::EndOfYear { date: end });
        end
    } else {
        raw
    };
    Period { raw, end }
}

fn period(
    start: NaiveDate,
    kind: PlClaimKind,
    consumer_creditor: bool,
    steps: &mut Vec<Step>,
) -> Period {
    if start >= REFORM {
        return new_rules(start, kind, steps);
    }
    let old_end = add_years(start, kind.old_years());
    if old_end < REFORM {
        steps.push(Step::BarredBeforeReform { date: old_end });
        return Period {
            raw: old_end,
            end: old_end,
        };
    }
    if kind.years() < kind.old_years() {
        // Art. 5 ust. 3: a consumer's own claims keep the old, longer period.
        if consumer_creditor {
            steps.push(Step::ConsumerKeepsOldPeriod { old_end });
            return Period {
                raw: old_end,
                end: old_end,
            };
        }
        // Art. 5 ust. 2: the shorter new period runs from 9.07.2018; the earlier end wins.
        let mut ignored = Vec::new();
        let new = new_rules(REFORM, kind, &mut ignored);
        let chosen = old_end.min(new.end);
        steps.push(Step::Transitional {
            old_end,
            new_end: new.end,
            chosen,
        });
        return Period {
            raw: chosen,
            end: chosen,
        };
    }
    // Art. 5 ust. 1: not time-barred on 9.07.2018, same length: the new rules apply.
    new_rules(start, kind, steps)
}

/// The deadline for the claim's kind. Until the person says what was invoiced, every kind is
/// tried and the earliest end is shown: a default must never promise more time than the law
/// gives (a sale price is barred after 2 years, art. 554 KC; carriage after 1, art. 778 KC).
pub fn deadline(case: &Case, claim: usize, events: &[&LimitationEvent]) -> Deadline {
    if let Some(kind) = case.claims[claim].pl_kind {
        return deadline_for(case, claim, kind, events);
    }
    let earliest = PlClaimKind::INVOICE_ORDER
        .into_iter()
        .map(|kind| deadline_for(case, claim, kind, events))
        // Pending proceedings (no end) are never earlier than a known end.
        .min_by_key(|d| (d.end.is_none(), d.end));
    let Some(mut d) = earliest else {
        return deadline_for(case, claim, PlClaimKind::Business, events);
    };
    d.kind_unknown = true;
    let unknown = Step::KindNotChosen {
        years: d.years,
        basis: d.basis,
    };
    match d
        .steps
        .iter()
        .position(|s| matches!(s, Step::Period { .. }))
    {
        Some(i) => d.steps[i] = unknown,
        None => d.steps.insert(0, unknown),
    }
    d
}

/// Art. 115 does not move the end of limitation off a weekend (SN III CZP 21/23): the step only
/// tells the person so.
fn deadline_for(
    case: &Case,
    claim: usize,
    kind: PlClaimKind,
    events: &[&LimitationEvent],
) -> Deadline {
    let consumer_creditor = case.creditor.kind == PartyKind::Consumer;
    let start = case.claims[claim].due_date;
    let mut steps = vec![
        Step::Start {
            date: start,
            basis: "art. 120 § 1 KC",
        },
        Step::Period {
            years: kind.years(),
            basis: kind.basis(),
        },
    ];
    let mut current_start = start;
    let mut current = Some(period(start, kind, consumer_creditor, &mut steps));
    for event in events {
        let Some(p) = current.as_ref() else { break };
        if event.date < current_start {
            continue;
        }
        if event.date > p.end {
            steps.push(Step::EventAfterExpiry {
                kind: event.kind,
                date: event.date,
            });
            continue;
        }
        let interrupts = match event.kind {
            EventKind::Acknowledgement | EventKind::CourtAction => true,
            EventKind::Mediation | EventKind::SettlementSummons => event.date < SUSPEND_FROM,
            EventKind::Notice => continue,
        };
        if interrupts {
            let basis = match event.kind {
                EventKind::Acknowledgement => "art. 123 § 1 pkt 2 KC",
                EventKind::Mediation => "art. 123 § 1 pkt 3 KC (do 29.06.2022)",
                _ => "art. 123 § 1 pkt 1 KC",
            };
            steps.push(Step::Interrupted {
                kind: event.kind,
                date: event.date,
                basis,
            });
            let restart = if event.kind == EventKind::Acknowledgement {
                Some(event.date)
            } else {
                event.end
            };
            match restart {
                Some(day) => {
                    if event.kind != EventKind::Acknowledgement {
                        steps.push(Step::RunsAnewAfterProceedings {
                            date: day,
                            basis: "art. 124 § 2 KC",
                        });
                    }
                    current_start = day;
                    current = Some(period(day, kind, consumer_creditor, &mut steps));
                }
                None => {
                    steps.push(Step::ProceedingsPending {
                        kind: event.kind,
                        date: event.date,
                    });
                    current = None;
                }
            }
        } else {
            // Art. 121 pkt 5–6 (from 30.06.2022): the period does not run meanwhile. How this meets
            // the end-of-year rule is disputed; the suspended days extend the raw end first.
            match event.end {
                Some(to) => {
                    let days = (to - event.date).num_days() + 1;
                    steps.push(Step::Suspended {
                        from: event.date,
                        to,
                        days,
                        basis: "art. 121 pkt 5–6 KC",
                    });
                    let raw = p
                        .raw
                        .checked_add_days(chrono::Days::new(days.max(0).unsigned_abs()))
                        .unwrap_or(p.raw);
                    current = Some(finish(raw, kind, &mut steps));
                }
                None => {
                    steps.push(Step::ProceedingsPending {
                        kind: event.kind,
                        date: event.date,
                    });
                    current = None;
                }
            }
        }
    }
    if let Some(end) = current.as_ref().map(|p| p.end) {
        if is_non_working(Jurisdiction::Pl, end) {
            steps.push(Step::NotMovedOffWeekend { date: end });
        }
    }
    let end = current.map(|p| p.end);
    Deadline::reasoned(claim, start, (kind.years(), kind.basis()), end, steps)
}
