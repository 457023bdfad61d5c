use super::*;

fn years(n: u32) -> String {
    if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    }
}

pub const TEXTS: LimitationTexts = LimitationTexts {
    years,
    kind_label: "What kind of claim is it?",
    kinds: [
        ("Connected with running a business — 3 years", "The creditor is a business and the claim comes from its business (art. 118 KC)."),
        ("General — 6 years", "When no shorter period applies, e.g. a loan between private persons (art. 118 KC)."),
        ("Periodic performances — 3 years", "Rent, instalments, interest and other recurring payments (art. 118 KC)."),
        ("Sale price — 2 years", "The price of goods sold in the seller's business (art. 554 KC)."),
        ("Contract for specific work — 2 years", "Remuneration for a work (art. 646 KC)."),
        ("Services — 2 years", "Fees of those who provide services professionally (art. 751 KC)."),
        ("Carriage — 1 year", "Claims under a contract of carriage (art. 778 KC)."),
        ("Confirmed by a judgment or settlement — 6 years", "A final judgment, a court settlement or one approved by a court (art. 125 § 1 KC)."),
        ("Judgment — future periodic performances — 3 years", "Periodic payments awarded for the future (art. 125 § 1 KC)."),
    ],
    ro_start_next_day: "Count from the day after the due date",
    ro_payments_interrupt: "Partial payments interrupt (tacit acknowledgement, art. 2538 C.civ.)",
    events: "Events",
    events_hint: "An acknowledgement of the debt (also a request for instalments or a signed settlement) interrupts limitation; a demand letter does not.",
    event_kinds: ["Acknowledgement of the debt", "Lawsuit, payment order, enforcement or arbitration", "Mediation / negotiations", "Motion to summon to a settlement attempt", "Demand letter / notice"],
    event_kind: "Event",
    event_date: "Date",
    event_end: "Proceedings ended (if they have)",
    event_claim: "Concerns",
    all_claims: "All invoices",
    add_event: "Add event",
    deadlines: "Limitation deadlines",
    last_day: "Last day to act",
    days_left: "{days} days left",
    expired_ago: "time-barred {days} days ago",
    statuses: ["Safe", "Under 90 days", "Under 30 days", "Time-barred", "Paused"],
    why: "Why this date?",
    interest_barred: "Late-payment interest, as a periodic claim, is time-barred after 3 years (the common view): interest for days before {date} is time-barred today.",
    consumer_note: "The debtor is a consumer: after expiry the court dismisses the claim of its own motion (art. 117 § 2¹ KC).",
    ro_invoke_note: "In Romania prescription works only if the debtor invokes it (art. 2512 C.civ.): a time-barred debt is still owed and may be paid voluntarily.",
    timeline: "Timeline",
    legend_today: "Today",
    legend_due: "Due date",
    legend_event: "Event",
    legend_deadline: "Limitation",
    export_ics: "Download the deadlines for your calendar (.ics)",
    ics_summary: "Limitation: {claim}",
    ics_description: "Last day to sue or take another step that interrupts limitation ({basis}). Reminders 60 and 14 days before. Overdue.",
    no_claims: "Enter invoices in the Interest tool — their limitation deadlines appear here.",
    steps: StepTexts {
        start: "The period starts on the day the claim fell due: {date} ({basis}).",
        period: "Period: {years} ({basis}).",
        corresponding_day: "It ends on the corresponding day: {date} ({basis}).",
        end_of_year: "A period of two years or more ends on the last day of the year: {date} (art. 118 KC).",
        not_moved: "{date} is a non-working day, but art. 115 KC does not extend limitation (SN III CZP 21/23) — act earlier.",
        rolled: "{from} is a non-working day — the term ends on {to} (art. 2554 C.civ.).",
        barred_before_reform: "Time-barred under the old rules on {date}, before the 9 Jul 2018 reform.",
        transitional: "Transitional rule (art. 5(2) of the act of 13 Apr 2018): the old period ends {old}, the new one from 9 Jul 2018 ends {new}; the earlier applies: {chosen}.",
        consumer_old: "A consumer's claim keeps the old, longer period: {date} (art. 5(3) of the act of 13 Apr 2018).",
        interrupted: "{event} on {date} interrupts the period ({basis}); it runs anew.",
        runs_anew: "After the proceedings ended ({date}) the period runs anew ({basis}).",
        pending: "{event} on {date}: limitation does not run until the proceedings end. Enter the end date.",
        suspended: "Suspended from {from} to {to} ({days} days, {basis}); how this interacts with the end-of-year rule is disputed.",
        floor: "The term cannot end before {date}.",
        notice: "The notice interrupts only if a court action follows by {date} (art. 2540 C.civ.).",
        after_expiry: "{event} on {date} came after expiry and does not renew the period (an acknowledgement after expiry may still waive the defence).",
        partial_payment: "The partial payment of {date} is a tacit acknowledgement (art. 2538 C.civ.).",
    },
};
