//! The next step of a case and its date, the hard deadlines that override it, and the tax
//! milestones worth knowing. Timings marked `Reason::Practice` are the customary ones of
//! reference/pl/collection.md §6 and reference/ro/collection.md §11 (practice, not law); legal
//! preconditions and deadlines carry their article.

use super::stage::{furthest, latest_promise};
use crate::engine::case::{Case, Channel, Contact, Document, Stage, Timing};
use crate::engine::court::RO_SMALL_CLAIM_LIMIT;
use crate::engine::interest::Report;
use crate::engine::limitation::{add_months, add_years, Deadline};
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::plan::{schedule, InstalmentStatus};
use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    PreDueReminder,
    OverdueReminder,
    /// PL wezwanie do zapłaty (with the registry warning when a bureau is named); RO notificare.
    FormalDemand,
    /// PL ostateczne wezwanie after a missed instalment or a broken promise.
    FinalDemand,
    /// RO: the somație of CPC art. 1015, required before an ordonanță de plată.
    Somatie,
    /// PL: enter the debt in the registry named in the warning (art. 15 UUIG).
    RegistryEntry,
    /// PL: EPU (e-Sąd) or a pozew; the court claim.
    Court,
    /// RO: cerere de emitere a ordonanței de plată (CPC art. 1014–1025).
    PaymentOrder,
    /// RO: cerere de valoare redusă (CPC art. 1026–1033), no somație needed.
    SmallClaim,
    /// Check whether the promised payment arrived.
    FollowUpPromise,
    /// Check whether the next instalment arrived.
    FollowUpInstalment,
    /// The somație's 15 days run from receipt: record the delivery date.
    RecordDelivery,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A customary timing, editable: practice, not law.
    Practice,
    /// The earliest day the law allows.
    Earliest,
    BrokenPromise,
    MissedInstalment,
    /// A hard deadline is within 90 days: act now.
    DeadlineNear,
    /// Waiting for a fact the person must record.
    Missing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Action {
    pub kind: ActionKind,
    pub date: NaiveDate,
    pub reason: Reason,
    pub basis: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    Limitation,
    /// PL art. 505²⁹ᵃ KPC: EPU only for claims due within the 3 years before filing.
    EpuWindow,
    /// RO art. 2540 C.civ. with CPC art. 1015 alin. (2): the somație interrupts prescription only
    /// if the claim is filed within 6 months.
    SomatieInterruption,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HardDeadline {
    pub kind: DeadlineKind,
    /// The invoice it concerns (none for the whole case).
    pub claim: Option<usize>,
    pub date: NaiveDate,
    pub basis: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// PL art. 89a VAT: the correction in the return for the period containing the 90th day
    /// after the due date, until 3 years from the end of the year of issue.
    VatRelief,
    /// PL art. 18f CIT / 26i PIT: the annual return of the year containing the 90th day.
    IncomeTaxRelief,
    /// RO: the profit-tax provision after more than 270 days (Cod fiscal art. 26).
    ProfitTaxProvision,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub claim: usize,
    pub from: NaiveDate,
    /// The last day, where the law sets one and the case says enough to compute it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    pub basis: &'static str,
}

/// The debtor's latest promise and whether it was kept by the payments recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PromiseState {
    pub date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    pub kept: bool,
    /// The date passed without the promised payment.
    pub broken: bool,
}

/// `n` days after `d`; dates from a case file are not bounded, so this saturates instead of
/// panicking at the end of the calendar.
pub(super) fn shift(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(n))
        .unwrap_or(if n >= 0 {
            NaiveDate::MAX
        } else {
            NaiveDate::MIN
        })
}
const PRACTICE: &str = "practice (reference collection timings), editable";

pub(super) fn promise_state(case: &Case, as_at: NaiveDate) -> Option<PromiseState> {
    let c = latest_promise(&case.contacts)?;
    let p = c.promise.as_ref()?;
    let paid: Decimal = case
        .payments
        .iter()
        .filter(|pay| pay.date >= c.date && pay.date <= p.date)
        .map(|pay| pay.amount)
        .sum();
    let kept = match p.amount {
        Some(amount) => paid >= amount && paid > Decimal::ZERO,
        None => paid > Decimal::ZERO,
    };
    Some(PromiseState {
        date: p.date,
        amount: p.amount,
        kept,
        broken: !kept && p.date < as_at,
    })
}

pub(super) fn hard_deadlines(
    case: &Case,
    report: &Report,
    deadlines: &[Deadline],
) -> Vec<HardDeadline> {
    let mut out = Vec::new();
    for (i, c) in report.claims.iter().enumerate() {
        if c.principal_outstanding <= Decimal::ZERO {
            continue;
        }
        if let Some(d) = deadlines.iter().find(|d| d.claim == i) {
            if let Some(end) = d.end {
                out.push(HardDeadline {
                    kind: DeadlineKind::Limitation,
                    claim: Some(i),
                    date: end,
                    basis: d.basis,
                });
            }
        }
        if case.jurisdiction == Jurisdiction::Pl {
            // Due within the 3 years before filing: filing on D + 3 years may already be late
            // by a day depending on how "within" is counted, so the day before is shown.
            out.push(HardDeadline {
                kind: DeadlineKind::EpuWindow,
                claim: Some(i),
                date: shift(add_years(c.due_date, 3), -1),
                basis: "art. 505²⁹ᵃ KPC",
            });
        }
    }
    if case.jurisdiction == Jurisdiction::Ro {
        if let Some(s) = case
            .contacts
            .iter()
            .filter(|c| c.document == Some(Document::Somatie))
            .max_by_key(|c| c.date)
        {
            // Counted from sending, the earlier of the two readings.
            out.push(HardDeadline {
                kind: DeadlineKind::SomatieInterruption,
                claim: None,
                date: add_months(s.date, 6),
                basis: "art. 1015 alin. (2) CPC, art. 2540 C.civ.",
            });
        }
    }
    crate::engine::sorting::sort_by_key(&mut out, |d| d.date);
    out
}

pub(super) fn milestones(case: &Case, report: &Report) -> Vec<Milestone> {
    let mut out = Vec::new();
    for (i, c) in report.claims.iter().enumerate() {
        if c.principal_outstanding <= Decimal::ZERO {
            continue;
        }
        match case.jurisdiction {
            Jurisdiction::Pl => {
                // Art. 89a ust. 1a: unpaid 90 days from the payment term, counted from the day
                // after it (reference/pl/collection.md §5.1: D = 15.03.2024 -> 13.06.2024).
                let day90 = shift(c.due_date, 90);
                let issue_year = case
                    .claims
                    .get(i)
                    .and_then(|cl| cl.issue_date)
                    .map(|d| d.year());
                out.push(Milestone {
                    kind: MilestoneKind::VatRelief,
                    claim: i,
                    from: day90,
                    until: issue_year.and_then(|y| NaiveDate::from_ymd_opt(y + 3, 12, 31)),
                    basis: "art. 89a ust. 1a, 2 pkt 5 i ust. 3 ustawy o VAT",
                });
                out.push(Milestone {
                    kind: MilestoneKind::IncomeTaxRelief,
                    claim: i,
                    from: day90,
                    until: None,
                    basis: "art. 18f CIT / art. 26i PIT",
                });
            }
            Jurisdiction::Ro => out.push(Milestone {
                kind: MilestoneKind::ProfitTaxProvision,
                claim: i,
                from: shift(c.due_date, 271),
                until: None,
                basis: "Cod fiscal art. 26",
            }),
        }
    }
    out
}

/// When a letter's own deadline ends: its term counted from delivery. An e-mail or SMS arrives
/// the day it is sent; a letter not yet recorded as delivered is given 14 days (the period a
/// notified letter waits at the post office: a conservative wait, practice).
fn letter_deadline(case: &Case, c: &Contact) -> NaiveDate {
    let received = match c.channel {
        Channel::Email | Channel::Sms => c.delivered.unwrap_or(c.date),
        _ => c.delivered.unwrap_or(shift(c.date, 14)),
    };
    shift(
        received,
        i64::from(case.letter.days(case.letter.kind).max(1)),
    )
}

pub(super) struct Plan {
    pub next: Option<Action>,
    pub alternatives: Vec<Action>,
}

/// The next step for a case at `stage` as at `as_at`. `oldest_due` is the earliest due date of
/// an unpaid invoice; `nearest` the nearest hard deadline.
pub(super) fn next_step(
    case: &Case,
    report: &Report,
    stage: Stage,
    oldest_due: Option<NaiveDate>,
    nearest: Option<&HardDeadline>,
    promise: Option<&PromiseState>,
    as_at: NaiveDate,
) -> Plan {
    let mut plan = Plan {
        next: None,
        alternatives: Vec::new(),
    };
    let Some(due) = oldest_due else {
        return plan;
    };
    if stage.is_closed()
        || matches!(
            stage,
            Stage::RegistryEntered | Stage::Agency | Stage::Court | Stage::Enforcement
        )
    {
        return plan;
    }
    let pl = case.jurisdiction == Jurisdiction::Pl;
    let act = |kind, date, reason, basis| Action {
        kind,
        date,
        reason,
        basis,
    };
    let court = |date, reason| {
        if pl {
            act(
                ActionKind::Court,
                date,
                reason,
                "art. 505²⁸ KPC (EPU) / art. 187 KPC",
            )
        } else {
            act(ActionKind::PaymentOrder, date, reason, "art. 1014–1025 CPC")
        }
    };
    let principal = report.totals.principal_outstanding;
    if !pl && case.currency == Currency::Ron && principal <= Decimal::from(RO_SMALL_CLAIM_LIMIT) {
        plan.alternatives.push(act(
            ActionKind::SmallClaim,
            as_at.max(shift(due, 1)),
            Reason::Earliest,
            "art. 1026 CPC",
        ));
    }
    let sent = furthest(&case.contacts);
    let days = |t: Timing| case.collection.timings.days(t, case.jurisdiction);

    // A hard deadline within 90 days overrides every customary timing.
    if nearest.is_some_and(|d| d.date >= as_at && (d.date - as_at).num_days() <= 90) {
        plan.next = Some(court(as_at, Reason::DeadlineNear));
        return plan;
    }

    // After a demand, RO needs the somație first: the order for payment is inadmissible without it.
    let escalate = |reason| match (pl, sent.map(|(_, d)| d)) {
        (_, None | Some(Document::Reminder)) => act(
            ActionKind::FormalDemand,
            as_at,
            reason,
            if pl {
                "art. 455, 476 KC"
            } else {
                "art. 1522 C.civ."
            },
        ),
        (true, _) => court(as_at, reason),
        (false, Some(Document::Somatie)) => court(as_at, reason),
        (false, _) => act(ActionKind::Somatie, as_at, reason, "art. 1015 CPC"),
    };

    if let Some(p) = promise {
        if p.broken {
            plan.next = Some(escalate(Reason::BrokenPromise));
            return plan;
        }
        if !p.kept && p.date >= as_at {
            plan.next = Some(act(
                ActionKind::FollowUpPromise,
                shift(p.date, 1),
                Reason::Practice,
                PRACTICE,
            ));
            return plan;
        }
    }

    if stage == Stage::Agreement {
        if let Ok(s) = schedule(case, as_at) {
            if s.instalments
                .iter()
                .any(|i| i.status == InstalmentStatus::Overdue)
            {
                plan.next = Some(if pl {
                    act(
                        ActionKind::FinalDemand,
                        as_at,
                        Reason::MissedInstalment,
                        "agreement: acceleration clause",
                    )
                } else {
                    escalate(Reason::MissedInstalment)
                });
                return plan;
            }
            if let Some(i) = s
                .instalments
                .iter()
                .find(|i| i.status == InstalmentStatus::Upcoming)
            {
                plan.next = Some(act(
                    ActionKind::FollowUpInstalment,
                    shift(i.due, 1),
                    Reason::Practice,
                    PRACTICE,
                ));
            }
        }
        return plan;
    }

    plan.next = Some(match sent {
        None if as_at < due => act(
            ActionKind::PreDueReminder,
            shift(due, -days(Timing::ReminderBefore)).max(as_at),
            Reason::Practice,
            PRACTICE,
        ),
        None if as_at <= shift(due, days(Timing::OverdueReminder)) => act(
            ActionKind::OverdueReminder,
            shift(due, days(Timing::OverdueReminder)),
            Reason::Practice,
            PRACTICE,
        ),
        None => act(
            ActionKind::FormalDemand,
            shift(due, days(Timing::Demand)).max(as_at),
            Reason::Practice,
            PRACTICE,
        ),
        Some((r, Document::Reminder)) if r.date < due => act(
            ActionKind::OverdueReminder,
            shift(due, days(Timing::OverdueReminder)),
            Reason::Practice,
            PRACTICE,
        ),
        // A week after the reminder at the earliest (the Ksefiarz default of
        // reference/pl/collection.md §6), so the debtor has time to answer it.
        Some((r, Document::Reminder)) => act(
            ActionKind::FormalDemand,
            shift(due, days(Timing::Demand)).max(shift(r.date, 7)),
            Reason::Practice,
            PRACTICE,
        ),
        Some((s, Document::Somatie)) => match s.delivered {
            // CPC art. 1015 and 181: the court module counts the 15 clear days from receipt.
            Some(r) => act(
                ActionKind::PaymentOrder,
                crate::engine::court::ro::payment_order_earliest(r),
                Reason::Earliest,
                "art. 1015 alin. (1) CPC",
            ),
            None => act(
                ActionKind::RecordDelivery,
                as_at,
                Reason::Missing,
                "art. 1015 alin. (1) CPC",
            ),
        },
        Some((d, _)) if !pl => act(
            ActionKind::Somatie,
            shift(due, days(Timing::Somatie))
                .max(shift(letter_deadline(case, d), days(Timing::AfterDeadline))),
            Reason::Practice,
            PRACTICE,
        ),
        Some((d, doc)) => {
            if doc == Document::RegistryWarning {
                if let Some(entry) = registry_entry(case, principal, due, d) {
                    plan.alternatives.push(entry);
                }
            }
            court(
                shift(letter_deadline(case, d), days(Timing::AfterDeadline)),
                Reason::Practice,
            )
        }
    });
    plan
}

/// PL art. 15 ust. 1 UUIG: at least 500 zł, due for at least 30 days, and at least a month since
/// the warning naming the bureau was sent by registered letter or handed over. Earliest entry:
/// the later of D + 31 and posting + 1 month + 1 day (reference/pl/collection.md §4.2).
fn registry_entry(
    case: &Case,
    principal: Decimal,
    due: NaiveDate,
    warning: &Contact,
) -> Option<Action> {
    let by_post_or_hand = matches!(
        warning.channel,
        Channel::RegisteredLetter | Channel::Meeting
    );
    (case.currency == Currency::Pln && principal >= Decimal::from(500) && by_post_or_hand).then(
        || Action {
            kind: ActionKind::RegistryEntry,
            date: shift(due, 31).max(shift(add_months(warning.date, 1), 1)),
            reason: Reason::Earliest,
            basis: "art. 15 ust. 1 UUIG",
        },
    )
}
