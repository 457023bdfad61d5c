//! What the Romanian court routes require, checked on the filing date: the somație and its 15
//! days before an ordonanță de plată (CPC art. 1015), the small-claims limit (art. 1026), the
//! competent court (art. 1016, art. 94), and which of the two routes to take.

use crate::engine::calendar::next_working_day;
use crate::engine::case::{Case, Channel, Contact, Document};
use crate::engine::court::due::{due_claims, value_of};
use crate::engine::court::fees::{
    ro_payment_order_duty, ro_small_claim_duty, RO_SMALL_CLAIM_LIMIT,
};
use crate::engine::interest::Report;
use crate::engine::locale::{Currency, Jurisdiction};
use chrono::{Duration, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

/// CPC art. 94 pct. 1 lit. k): the judecătorie hears money claims up to 200 000 lei, the
/// tribunal above (reference/ro/collection.md §7.3, SECONDARY).
pub const RO_JUDECATORIE_LIMIT: i64 = 200_000;

fn shift(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(n)).unwrap_or(d)
}

/// The somație gives 15 clear days from its receipt R (CPC art. 1015 alin. (1) with art. 181
/// alin. (1) pct. 2: neither R nor the last day counts), so the debtor may pay until R + 16,
/// moved to the next working day when that is not one (art. 181 alin. (2)). Reference:
/// ro/rules.md §6.1, received Mon 01.06.2026, payable until Wed 17.06.2026.
pub fn somatie_pay_by(received: NaiveDate) -> NaiveDate {
    next_working_day(Jurisdiction::Ro, shift(received, 16))
}

/// The first day a request for an ordonanță de plată may be filed: the day after the
/// somație's term ends (ro/collection.md §13: received 02.04.2024 -> 19.04.2024).
pub fn payment_order_earliest(received: NaiveDate) -> NaiveDate {
    shift(somatie_pay_by(received), 1)
}

/// The somație the request rests on: the latest one in the contact log.
pub fn latest_somatie(case: &Case) -> Option<&Contact> {
    case.contacts
        .iter()
        .filter(|c| c.document == Some(Document::Somatie))
        .max_by_key(|c| c.date)
}

/// Where the somație stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Somatie {
    /// No somație in the contact log.
    Missing,
    /// Sent, but the day the debtor received it is not recorded: the 15 days cannot be counted.
    ReceiptUnknown { sent: NaiveDate },
    /// The recorded receipt precedes the sending: a typing error to correct.
    ReceivedBeforeSent {
        sent: NaiveDate,
        received: NaiveDate,
    },
    Received {
        sent: NaiveDate,
        received: NaiveDate,
        /// The last day the debtor may pay (R + 16, off non-working days).
        pay_by: NaiveDate,
        /// The first day the request may be filed.
        earliest: NaiveDate,
        channel: Channel,
    },
}

impl Somatie {
    pub fn of(case: &Case) -> Somatie {
        match latest_somatie(case) {
            None => Somatie::Missing,
            Some(c) => match c.delivered {
                None => Somatie::ReceiptUnknown { sent: c.date },
                Some(r) if r < c.date => Somatie::ReceivedBeforeSent {
                    sent: c.date,
                    received: r,
                },
                Some(r) => Somatie::Received {
                    sent: c.date,
                    received: r,
                    pay_by: somatie_pay_by(r),
                    earliest: payment_order_earliest(r),
                    channel: c.channel,
                },
            },
        }
    }
}

/// What stops the request for an ordonanță de plată from being filed on the chosen day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Blocker {
    /// Art. 1015 alin. (1): no somație, no admissible request; record it in the contact log.
    NoSomatie,
    /// The somație's receipt date is missing from the contact log.
    ReceiptUnknown { sent: NaiveDate },
    ReceivedBeforeSent {
        sent: NaiveDate,
        received: NaiveDate,
    },
    /// The 15 days have not passed: filing is possible from `earliest`.
    TooEarly {
        received: NaiveDate,
        pay_by: NaiveDate,
        earliest: NaiveDate,
    },
    /// Art. 1014: only claims already due (exigibile); none is due and unpaid on the day.
    NothingDue,
}

/// Points the person should know before filing; none of them stops the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Caution {
    /// Art. 1015 alin. (1) needs a bailiff or a registered letter with declared content and
    /// acknowledgement of receipt; the log records another channel.
    SomatieChannel { channel: Channel },
    /// Art. 1015 alin. (2), C.civ. art. 2540: filed more than 6 months after the somație, which
    /// then no longer interrupts prescription (counted from sending, the earlier reading).
    InterruptionLapsed { until: NaiveDate },
    /// Invoices not yet due on the filing day are left out of the request (art. 1014).
    NotYetDue { claims: Vec<usize> },
    /// Above 200 000 lei the tribunal is competent, not the judecătorie (art. 94 pct. 1 lit. k).
    Tribunal,
    /// Claimed in another currency than lei: the court may ask for the lei equivalent.
    ForeignCurrency { currency: Currency },
    /// Territorial competence (the debtor's seat, art. 107; the place of performance, art. 113)
    /// is not confirmed by the references; check the court before filing.
    CourtToCheck,
}

/// The request for an ordonanță de plată on one filing day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OrderCheck {
    pub filing: NaiveDate,
    pub somatie: Somatie,
    pub blockers: Vec<Blocker>,
    pub cautions: Vec<Caution>,
    /// The invoices the request claims: due before the filing day and not fully paid.
    pub claims: Vec<usize>,
    /// Principal + interest + compensation still due on the filing day (what art. 94 compares).
    pub value: Decimal,
    pub duty: Decimal,
}

impl OrderCheck {
    pub fn admissible(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// `report` is the case evaluated up to `filing`.
pub fn check_order(case: &Case, report: &Report, filing: NaiveDate) -> OrderCheck {
    let somatie = Somatie::of(case);
    let mut blockers = Vec::new();
    let mut cautions = Vec::new();
    match &somatie {
        Somatie::Missing => blockers.push(Blocker::NoSomatie),
        Somatie::ReceiptUnknown { sent } => blockers.push(Blocker::ReceiptUnknown { sent: *sent }),
        Somatie::ReceivedBeforeSent { sent, received } => {
            blockers.push(Blocker::ReceivedBeforeSent {
                sent: *sent,
                received: *received,
            })
        }
        Somatie::Received {
            received,
            pay_by,
            earliest,
            ..
        } if filing < *earliest => blockers.push(Blocker::TooEarly {
            received: *received,
            pay_by: *pay_by,
            earliest: *earliest,
        }),
        Somatie::Received { .. } => {}
    }
    if let Some(s) = latest_somatie(case) {
        if !matches!(s.channel, Channel::RegisteredLetter | Channel::Bailiff) {
            cautions.push(Caution::SomatieChannel { channel: s.channel });
        }
        let until = s.date.checked_add_months(Months::new(6)).unwrap_or(s.date);
        if filing > until {
            cautions.push(Caution::InterruptionLapsed { until });
        }
    }
    let (claims, later) = due_claims(report, filing);
    if claims.is_empty() {
        blockers.push(Blocker::NothingDue);
    }
    if !later.is_empty() {
        cautions.push(Caution::NotYetDue { claims: later });
    }
    let (_, value) = value_of(report, &claims);
    if case.currency != Currency::Ron {
        cautions.push(Caution::ForeignCurrency {
            currency: case.currency,
        });
    } else if value > Decimal::from(RO_JUDECATORIE_LIMIT) {
        cautions.push(Caution::Tribunal);
    }
    cautions.push(Caution::CourtToCheck);
    OrderCheck {
        filing,
        somatie,
        blockers,
        cautions,
        claims,
        value,
        duty: ro_payment_order_duty(),
    }
}

/// Why a small claim cannot be filed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SmallBlocker {
    /// Art. 1026 alin. (1): the principal, interest and costs excluded, exceeds 10 000 lei.
    OverLimit {
        principal: Decimal,
        limit: i64,
    },
    /// The limit is in lei; a claim in another currency is not assessed here.
    NotInLei {
        currency: Currency,
    },
    NothingDue,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SmallCheck {
    pub filing: NaiveDate,
    pub blockers: Vec<SmallBlocker>,
    pub claims: Vec<usize>,
    /// Outstanding principal of those invoices, compared with the limit.
    pub principal: Decimal,
    /// Principal + interest + compensation, on which the duty's bracket is taken.
    pub value: Decimal,
    /// 50 or 200 lei (OUG 80/2013 art. 6 alin. (1)); none when it does not apply.
    pub duty: Option<Decimal>,
    /// Invoices not yet due, left out.
    pub not_yet_due: Vec<usize>,
}

impl SmallCheck {
    pub fn admissible(&self) -> bool {
        self.blockers.is_empty()
    }
}

pub fn check_small_claim(case: &Case, report: &Report, filing: NaiveDate) -> SmallCheck {
    let (claims, not_yet_due) = due_claims(report, filing);
    let (principal, value) = value_of(report, &claims);
    let mut blockers = Vec::new();
    if claims.is_empty() {
        blockers.push(SmallBlocker::NothingDue);
    }
    let duty = if case.currency != Currency::Ron {
        blockers.push(SmallBlocker::NotInLei {
            currency: case.currency,
        });
        None
    } else {
        let duty = ro_small_claim_duty(principal, value);
        if principal > Decimal::from(RO_SMALL_CLAIM_LIMIT) {
            blockers.push(SmallBlocker::OverLimit {
                principal,
                limit: RO_SMALL_CLAIM_LIMIT,
            });
        }
        duty
    };
    SmallCheck {
        filing,
        blockers,
        claims,
        principal,
        value,
        duty: duty.filter(|_| !principal.is_zero()),
        not_yet_due,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    PaymentOrder,
    SmallClaim,
}

/// Why one route is recommended over the other; the UI words each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RouteReason {
    /// Only this route is open (the other is blocked).
    OnlyOne,
    /// The small claim's duty is 50 lei against 200 lei for the order (OUG 80/2013 art. 6).
    SmallCheaper { small: Decimal, order: Decimal },
    /// Both cost the same.
    SameDuty { duty: Decimal },
    /// The order cannot be filed before `earliest`; the small claim needs no somație and can
    /// be filed now.
    OrderNotYet { earliest: NaiveDate },
    /// No somație has been recorded; the small claim needs none (art. 1026–1033).
    NoSomatieNeeded,
    /// Uncontested, the order is issued within 45 days (art. 1023 alin. (1)) and is
    /// enforceable (art. 1025).
    OrderFast,
    /// A contested order is refused and the creditor starts again (art. 1023); the small-claim
    /// judge decides the dispute itself (art. 1030–1031).
    SmallDecidesDispute,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    pub route: Route,
    pub reasons: Vec<RouteReason>,
}

/// Which route to take when at least one is open. Practice, not law: both are lawful
/// (art. 1027: the small claim is optional); the reasons say what decides.
pub fn recommend(order: &OrderCheck, small: &SmallCheck) -> Option<Recommendation> {
    let small_duty = small.duty.filter(|_| small.admissible());
    match (order.admissible(), small_duty) {
        (false, None) => None,
        (true, None) => Some(Recommendation {
            route: Route::PaymentOrder,
            reasons: vec![RouteReason::OnlyOne, RouteReason::OrderFast],
        }),
        (false, Some(_)) => {
            let mut reasons = vec![RouteReason::OnlyOne];
            for b in &order.blockers {
                match b {
                    Blocker::TooEarly { earliest, .. } => reasons.push(RouteReason::OrderNotYet {
                        earliest: *earliest,
                    }),
                    Blocker::NoSomatie => reasons.push(RouteReason::NoSomatieNeeded),
                    _ => {}
                }
            }
            reasons.push(RouteReason::SmallDecidesDispute);
            Some(Recommendation {
                route: Route::SmallClaim,
                reasons,
            })
        }
        (true, Some(s)) if s < order.duty => Some(Recommendation {
            route: Route::SmallClaim,
            reasons: vec![
                RouteReason::SmallCheaper {
                    small: s,
                    order: order.duty,
                },
                RouteReason::SmallDecidesDispute,
            ],
        }),
        (true, Some(s)) => Some(Recommendation {
            route: Route::PaymentOrder,
            reasons: vec![
                RouteReason::SameDuty { duty: s },
                RouteReason::OrderFast,
                RouteReason::SmallDecidesDispute,
            ],
        }),
    }
}

/// The court named by default: the judecătorie (or above 200 000 lei the tribunal) of the
/// debtor's seat (art. 107, unconfirmed; the person edits it). The place is read from the
/// debtor's address: the last part that is neither a county, a postcode nor the country.
pub fn default_court(case: &Case, value: Decimal) -> String {
    let address = &case.debtor.address;
    let parts: Vec<&str> = address
        .split(['\n', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let is_county = |p: &str| {
        let l = p.to_lowercase();
        l.starts_with("jud.") || l.starts_with("județul") || l.starts_with("judetul")
    };
    let county = parts
        .iter()
        .find(|p| is_county(p))
        .map(|p| {
            p.trim_start_matches(|c: char| !c.is_whitespace())
                .trim()
                .to_string()
        })
        .filter(|c| !c.is_empty());
    let place = parts
        .iter()
        .rev()
        .map(|p| {
            p.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
                .trim()
        })
        .find(|p| {
            let l = p.to_lowercase();
            !p.is_empty()
                && !is_county(p)
                && l != "românia"
                && l != "romania"
                && !l.starts_with("str")
                && !l.starts_with("nr")
                && !l.starts_with("bl")
                && !l.starts_with("sc.")
                && !l.starts_with("ap")
                && !l.starts_with("sector")
                && !l.starts_with("cod")
        })
        .map(str::to_string);
    // Bucharest has one judecătorie per sector and one tribunal for the city.
    let bucharest = place
        .as_deref()
        .is_some_and(|p| ["bucurești", "bucuresti"].contains(&p.to_lowercase().as_str()));
    let sector = parts
        .iter()
        .find(|p| p.to_lowercase().starts_with("sector"))
        .and_then(|p| p.split_whitespace().nth(1))
        .map(str::to_string);
    if value > Decimal::from(RO_JUDECATORIE_LIMIT) {
        if bucharest {
            return "Tribunalul București".into();
        }
        match county.or(place) {
            Some(c) => format!("Tribunalul {c}"),
            None => "Tribunalul".into(),
        }
    } else {
        match place {
            Some(_) if bucharest => match sector {
                Some(n) => format!("Judecătoria Sectorului {n} București"),
                None => "Judecătoria Sectorului … București".into(),
            },
            Some(p) => format!("Judecătoria {p}"),
            None => "Judecătoria".into(),
        }
    }
}
