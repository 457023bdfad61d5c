//! What a Polish court claim asks for, invoice by invoice, on the filing date: the principal
//! still owed with interest "do dnia zapłaty", the interest already accrued and left unpaid by a
//! payment, and the compensation of art. 10 UPNO. Both the EPU sheet and the paper pozew are
//! made from this, so the two never differ in a figure.

use crate::engine::case::{Case, PartyKind};
use crate::engine::interest::{effective_kind, evaluate, CaseError, InterestKind, Report};
use crate::engine::limitation::deadlines;
use crate::engine::locale::Currency;
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

/// The interest a claim carries until payment, in the wording the court uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Interest {
    /// Art. 7 ust. 1 UPNO (EPU code 15).
    Commercial,
    /// Art. 481 § 1 i 2 KC (EPU code 8).
    Statutory,
    /// Art. 359 § 2 KC.
    Capital,
    /// The agreed yearly rate, at most the maximum interest for delay (art. 481 § 2¹ KC; EPU
    /// code 10).
    Contractual { rate: Decimal },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimKind {
    /// The principal still owed, with interest from `from` until payment.
    Principal { interest: Interest, from: NaiveDate },
    /// Interest accrued up to `until` (the last payment on the invoice) and not covered by it:
    /// a sum of its own, without further interest (art. 482 § 1 KC would allow interest on it
    /// only from the filing day; not claimed, so nothing is overstated).
    AccruedInterest {
        interest: Interest,
        until: NaiveDate,
    },
    /// Art. 10 ust. 1 UPNO: 40, 70 or 100 EUR at the NBP rate the report used.
    Compensation { eur: Decimal },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CourtClaim {
    /// Index of the invoice in `case.claims`.
    pub invoice: usize,
    pub number: String,
    pub issue_date: Option<NaiveDate>,
    /// The payment term after the art. 115 KC shift: the claim is due ("wymagalne") after it.
    pub due_date: NaiveDate,
    pub amount: Decimal,
    pub kind: ClaimKind,
}

/// Something the creditor must know or do before filing; the UI words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Issue {
    /// Art. 505²⁹ᵃ KPC: due on `due`, more than three years before the filing date, so it is
    /// left out of EPU (the paper pozew keeps it).
    EpuTooOld { number: String, due: NaiveDate },
    /// The defendant's address has no Polish postcode: since 7.02.2020 EPU serves only in
    /// Poland and discontinues when the nakaz cannot be served there (art. 505³⁴ KPC;
    /// reference/pl/collection.md §2.2).
    NotServedInPoland,
    /// EPU takes PLN, EUR and nine other currencies, never RON (`typWaluta`).
    CurrencyNotInEpu { currency: Currency },
    /// The value of the claim and the fee are stated in złoty (art. 126¹ § 1 KPC); a claim in
    /// another currency needs the conversion the court will make, which is not computed here.
    FeeNeedsPln { currency: Currency },
    /// The party has no NIP or PESEL; e-Sąd requires it for both parties since 7.07.2013.
    MissingTaxId { plaintiff: bool },
    /// Street, number, postcode or town could not be read from the address.
    AddressIncomplete { plaintiff: bool },
    /// The compensation has no conversion rate; it is left out until one is typed.
    CompensationWithoutRate { number: String },
    /// Nothing is owed on the filing date.
    NothingOwed,
    /// No demand letter or other attempt at an amicable solution in the contact log: the pozew
    /// must say why (art. 187 § 1 pkt 3 KPC).
    NoAmicableAttempt,
    /// The claim is owed by a consumer: no nakazowe procedure on a mere invoice, and the court
    /// checks limitation of its own motion (art. 117 § 2¹ KC).
    ConsumerDebtor,
    /// Interest runs past the day the bundled rates were last checked.
    RatesToCheck { verified_through: NaiveDate },
    /// The earliest limitation deadline of a claim filed has passed (or, with the claim kind not
    /// chosen, may have): the debtor can raise it, and against a consumer the court applies it
    /// of its own motion (art. 117 § 2¹ KC).
    MayBeTimeBarred { deadline: NaiveDate },
    /// The court by the defendant's seat is a default: check it (or choose the place of
    /// performance, art. 34 KPC) before filing.
    CourtToCheck,
}

/// The claim on the filing date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlClaims {
    pub filing: NaiveDate,
    pub claims: Vec<CourtClaim>,
    /// Both parties trade (art. 458² § 1 KPC; claim type "commercial" in EPU).
    pub commercial: bool,
    pub currency: Currency,
    /// The earliest limitation deadline of an invoice still owed (the claim interrupts it).
    pub limitation: Option<NaiveDate>,
    pub issues: Vec<Issue>,
    /// The case evaluated on the filing date (for the interest annex).
    pub report: Report,
}

impl PlClaims {
    /// The value of the claim: every sum claimed (principal, capitalised interest,
    /// compensation), interest "do dnia zapłaty" excluded (art. 20 KPC), rounded up to the full
    /// złoty (art. 126¹ § 3 KPC).
    pub fn value(&self) -> Decimal {
        self.claims.iter().map(|c| c.amount).sum::<Decimal>().ceil()
    }
}

fn business(kind: PartyKind) -> bool {
    kind != PartyKind::Consumer
}

fn interest_of(case: &Case) -> Interest {
    match effective_kind(case) {
        InterestKind::Commercial => Interest::Commercial,
        InterestKind::Statutory => Interest::Statutory,
        InterestKind::Capital => Interest::Capital,
        InterestKind::Contractual => match case.interest.contract_rate {
            Some(rate) => Interest::Contractual { rate },
            // No rate typed: the statutory interest for delay is what the law gives anyway.
            None => Interest::Statutory,
        },
    }
}

/// `case` evaluated on `day`.
fn at(case: &Case, day: NaiveDate) -> Result<Report, CaseError> {
    let mut c = case.clone();
    c.calculation_date = Some(day);
    evaluate(&c)
}

/// The claims of `case` filed on `filing`.
pub fn pl_claims(case: &Case, filing: NaiveDate) -> Result<PlClaims, CaseError> {
    let report = at(case, filing)?;
    let interest = interest_of(case);
    let mut claims = Vec::new();
    let mut issues = Vec::new();
    for (i, (claim, r)) in case.claims.iter().zip(&report.claims).enumerate() {
        let last_payment = report
            .payments
            .iter()
            .filter(|p| p.applied.iter().any(|a| a.claim == i))
            .map(|p| p.date)
            .max();
        let base = |amount, kind| CourtClaim {
            invoice: i,
            number: claim.number.trim().to_string(),
            issue_date: claim.issue_date,
            due_date: r.effective_due_date,
            amount,
            kind,
        };
        match last_payment {
            None => {
                if r.principal_outstanding > Decimal::ZERO {
                    claims.push(base(
                        r.principal_outstanding,
                        ClaimKind::Principal {
                            interest,
                            from: r.interest_from,
                        },
                    ));
                }
            }
            Some(paid) => {
                // The interest left after the last payment is fixed on that day; the principal
                // left carries interest from the next day.
                let then = at(case, paid)?;
                let left = then
                    .claims
                    .get(i)
                    .map(|c| c.interest_outstanding)
                    .unwrap_or_default();
                if r.principal_outstanding > Decimal::ZERO {
                    let from = paid
                        .checked_add_days(Days::new(1))
                        .unwrap_or(paid)
                        .max(r.interest_from);
                    claims.push(base(
                        r.principal_outstanding,
                        ClaimKind::Principal { interest, from },
                    ));
                }
                if left > Decimal::ZERO {
                    claims.push(base(
                        left,
                        ClaimKind::AccruedInterest {
                            interest,
                            until: paid,
                        },
                    ));
                }
            }
        }
        if let Some(comp) = &r.compensation {
            match comp.amount {
                Some(amount) if amount > Decimal::ZERO => {
                    claims.push(base(amount, ClaimKind::Compensation { eur: comp.eur }))
                }
                Some(_) => {}
                None => issues.push(Issue::CompensationWithoutRate {
                    number: claim.number.trim().to_string(),
                }),
            }
        }
    }
    if claims.is_empty() {
        issues.push(Issue::NothingOwed);
    }
    if case.currency != Currency::Pln {
        issues.push(Issue::FeeNeedsPln {
            currency: case.currency,
        });
    }
    if case.debtor.kind == PartyKind::Consumer {
        issues.push(Issue::ConsumerDebtor);
    }
    for w in &report.warnings {
        if let crate::engine::interest::Warning::PastVerifiedThrough {
            verified_through, ..
        } = w
        {
            issues.push(Issue::RatesToCheck {
                verified_through: *verified_through,
            });
        }
    }
    let owed: Vec<usize> = claims.iter().map(|c| c.invoice).collect();
    let limitation = deadlines(case, filing, Some(&report))
        .into_iter()
        .filter(|d| owed.contains(&d.claim))
        .filter_map(|d| d.end)
        .min();
    if let Some(deadline) = limitation.filter(|&d| d < filing) {
        issues.push(Issue::MayBeTimeBarred { deadline });
    }
    Ok(PlClaims {
        filing,
        claims,
        commercial: business(case.creditor.kind) && business(case.debtor.kind),
        currency: case.currency,
        limitation,
        issues,
        report,
    })
}
