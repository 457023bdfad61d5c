//! The timeline of one case: what happened (invoices falling due, the contact log with its
//! letters and deliveries, promises, payments) and what lies ahead (the next step and its
//! alternatives, the hard deadlines, the RO somație's wait, the tax milestones), in date order
//! with today marked. The UI only draws it.

use super::{as_at, row, Action, HardDeadline, MilestoneKind, Row};
use crate::engine::case::{Case, Channel, Direction, Document};
use crate::engine::interest::evaluate;
use crate::engine::locale::Jurisdiction;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// An invoice falls due (its due date moved off a non-working day when the case says so).
    Due {
        claim: usize,
        amount: Decimal,
    },
    /// An entry of the contact log; a letter when it names a document.
    Contact {
        /// Its position in `case.contacts`.
        entry: usize,
        channel: Channel,
        direction: Direction,
        #[serde(skip_serializing_if = "Option::is_none")]
        document: Option<Document>,
    },
    /// A logged letter reached the debtor.
    Delivered {
        entry: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        document: Option<Document>,
    },
    /// The day the debtor promised to pay by.
    PromiseDue {
        entry: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        amount: Option<Decimal>,
    },
    Payment {
        amount: Decimal,
    },
    /// A payment recorded against the instalment agreement.
    InstalmentPaid {
        amount: Decimal,
    },
    Today,
    /// The next step, or one of its alternatives.
    Step {
        action: Action,
        alternative: bool,
    },
    Deadline(HardDeadline),
    /// RO: the last day to pay a somație received (CPC art. 1015 alin. (1), 15 clear days).
    SomatieWaitEnds {
        entry: usize,
    },
    /// A tax milestone opens (`until: false`) or closes (`until: true`).
    Milestone {
        milestone: MilestoneKind,
        claim: usize,
        until: bool,
        basis: &'static str,
    },
}

impl Event {
    /// On one day: what happened, then today, then what is planned.
    fn rank(&self) -> u8 {
        match self {
            Event::Due { .. }
            | Event::Contact { .. }
            | Event::Delivered { .. }
            | Event::PromiseDue { .. }
            | Event::Payment { .. }
            | Event::InstalmentPaid { .. } => 0,
            Event::Today => 1,
            Event::Step { .. } | Event::SomatieWaitEnds { .. } => 2,
            Event::Deadline(_) => 3,
            Event::Milestone { .. } => 4,
        }
    }

    /// Whether it is planned or ahead rather than something that happened.
    pub fn is_plan(&self) -> bool {
        self.rank() >= 2
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub event: Event,
}

/// The timeline of `case` as at `day`.
pub fn timeline(case: &Case, day: NaiveDate) -> Vec<Entry> {
    timeline_of(case, &row(0, case, day), day)
}

/// The same, from the case's overview row already computed for `day`.
pub fn timeline_of(case: &Case, row: &Row, day: NaiveDate) -> Vec<Entry> {
    let case = as_at(case, day);
    let mut out = Vec::new();
    let mut push = |date: NaiveDate, event: Event| out.push(Entry { date, event });
    // The due dates the interest ran from; the typed ones if the case cannot be evaluated.
    let due: Vec<NaiveDate> = match evaluate(&case) {
        Ok(r) => r.claims.iter().map(|c| c.effective_due_date).collect(),
        Err(_) => case.claims.iter().map(|c| c.due_date).collect(),
    };
    for (i, (c, d)) in case.claims.iter().zip(due).enumerate() {
        push(
            d,
            Event::Due {
                claim: i,
                amount: c.amount,
            },
        );
    }
    for (i, c) in case.contacts.iter().enumerate() {
        push(
            c.date,
            Event::Contact {
                entry: i,
                channel: c.channel,
                direction: c.direction,
                document: c.document,
            },
        );
        if let Some(d) = c.delivered.filter(|d| *d <= day) {
            push(
                d,
                Event::Delivered {
                    entry: i,
                    document: c.document,
                },
            );
            if case.jurisdiction == Jurisdiction::Ro && c.document == Some(Document::Somatie) {
                push(
                    crate::engine::court::ro::somatie_pay_by(d),
                    Event::SomatieWaitEnds { entry: i },
                );
            }
        }
        if let Some(p) = &c.promise {
            push(
                p.date,
                Event::PromiseDue {
                    entry: i,
                    amount: p.amount,
                },
            );
        }
    }
    for p in &case.payments {
        push(p.date, Event::Payment { amount: p.amount });
    }
    for p in &case.plan.payments {
        push(p.date, Event::InstalmentPaid { amount: p.amount });
    }
    push(day, Event::Today);
    if let Some(a) = &row.next {
        push(
            a.date,
            Event::Step {
                action: a.clone(),
                alternative: false,
            },
        );
    }
    for a in &row.alternatives {
        push(
            a.date,
            Event::Step {
                action: a.clone(),
                alternative: true,
            },
        );
    }
    for d in &row.deadlines {
        push(d.date, Event::Deadline(d.clone()));
    }
    for m in &row.milestones {
        let at = |until| Event::Milestone {
            milestone: m.kind,
            claim: m.claim,
            until,
            basis: m.basis,
        };
        push(m.from, at(false));
        if let Some(u) = m.until {
            push(u, at(true));
        }
    }
    // A stable sort: entries of one kind on one day keep the order of the case.
    out.sort_by_key(|e| (e.date, e.event.rank()));
    out
}
