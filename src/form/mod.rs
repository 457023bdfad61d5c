//! The case as the person typed it (pure: no web crates, tested natively) (the form), the Case parsed from it, and the Report derived
//! from that. The form is the one source of truth: invalid text is kept, shown with its error,
//! and left out of the calculation until fixed, so nothing typed is ever lost.

use crate::engine::calendar::parse_date;
use crate::engine::case::Case;
use crate::engine::case::{Claim, Payment};
use crate::engine::error::InputError;
use crate::engine::interest::{InterestKind, UserRate};
use crate::engine::limitation::{EventKind, LimitationEvent};
use crate::engine::locale::{Currency, Jurisdiction, Lang};
use crate::engine::money::parse_amount;
use chrono::NaiveDate;

pub mod checks;
mod contacts;
mod from_case;
mod imported;
mod rows;
mod sections;

pub use contacts::letter_document;

pub use rows::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The letter's typed dates and account; its other choices live in `case.letter`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterForm {
    /// Empty: the calculation date.
    pub date: String,
    /// Empty: a number of days from receipt.
    pub fixed_deadline: String,
    pub iban: String,
}

/// The instalment plan as typed; its choices (frequency, method…) live in `case.plan`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanForm {
    /// Empty: the case's total due on the agreement date.
    pub amount: String,
    pub agreement: String,
    pub down_payment: String,
    pub count: String,
    pub max_instalment: String,
    pub first_due: String,
    pub rate: String,
    pub payments: Vec<PaymentRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseForm {
    /// Parties and choices (always valid); claims, payments and numbers come from the rows.
    pub case: Case,
    pub in_eur: bool,
    pub calc_date: String,
    pub contract_rate: String,
    pub eur_rate: String,
    pub claims: Vec<ClaimRow>,
    pub payments: Vec<PaymentRow>,
    pub rates: Vec<RateRow>,
    #[serde(default)]
    pub events: Vec<EventRow>,
    #[serde(default)]
    pub plan: PlanForm,
    #[serde(default)]
    pub letter: LetterForm,
    pub next_id: u32,
    /// The contact log as typed (added after v1: absent in older drafts).
    #[serde(default)]
    pub contacts: Vec<ContactRow>,
}

/// Which field an error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    CalcDate,
    ContractRate,
    EurRate,
    ClaimIssue(u32),
    ClaimDue(u32),
    ClaimAmount(u32),
    ClaimEurRate(u32),
    PaymentDate(u32),
    PaymentAmount(u32),
    RateFrom(u32),
    RateTo(u32),
    RatePercent(u32),
    EventDate(u32),
    EventEnd(u32),
    PlanAmount,
    PlanAgreement,
    PlanDownPayment,
    PlanCount,
    PlanMax,
    PlanFirstDue,
    PlanRate,
    PlanPaymentDate(u32),
    PlanPaymentAmount(u32),
    LetterDate,
    LetterDeadline,
    LetterIban,
    LetterDays,
    ContactDate(u32),
    ContactPromiseDate(u32),
    ContactPromiseAmount(u32),
    ContactDelivered(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub case: Case,
    pub errors: HashMap<Field, InputError>,
    /// Index in `case.claims` -> row id, so results point back at the row.
    pub claim_rows: Vec<u32>,
    pub payment_rows: Vec<u32>,
    /// Rows with text that could not be read, so they are not in `case` (row ids, in order).
    pub left_out_claims: Vec<u32>,
    pub left_out_payments: Vec<u32>,
}

impl Parsed {
    pub fn error(&self, field: Field) -> Option<InputError> {
        self.errors.get(&field).copied()
    }
}

fn check<T>(
    errors: &mut HashMap<Field, InputError>,
    field: Field,
    result: Result<T, InputError>,
) -> Option<T> {
    result.map_err(|e| errors.insert(field, e)).ok()
}

/// A date field that may stay empty.
fn optional_date(text: &str) -> Result<Option<NaiveDate>, InputError> {
    match text.trim() {
        "" => Ok(None),
        t => parse_date(t).map(Some),
    }
}

/// An amount field that may stay empty.
fn optional_amount(text: &str, lang: Lang) -> Result<Option<rust_decimal::Decimal>, InputError> {
    match text.trim() {
        "" => Ok(None),
        t => parse_amount(t, lang).map(Some),
    }
}

/// A percentage with up to four decimals ("11,25", "7.5%", "1.125"). No rate has a thousands
/// separator, so a single dot or comma is always the decimal mark, in every language (the amount
/// rule would read "1.125" as 1 125).
fn percent(text: &str) -> Result<rust_decimal::Decimal, InputError> {
    let marks = text.matches(['.', ',']).count();
    if marks == 1 {
        crate::engine::money::parse_decimal(&text.replace(',', "."), Lang::En, 4)
    } else {
        crate::engine::money::parse_decimal(text, Lang::Pl, 4)
    }
}

impl CaseForm {
    pub fn new(jurisdiction: Jurisdiction, today: NaiveDate) -> Self {
        let mut case = Case::new(jurisdiction);
        case.interest.kind = InterestKind::Commercial;
        // A due date on a holiday or weekend moves to the next working day, as the law moves it
        // (art. 115 KC, art. 2554 C.civ.), so the agreement never demands payment on 1 January.
        case.plan.shift_non_working = true;
        let mut form = CaseForm {
            case,
            in_eur: false,
            calc_date: today.to_string(),
            contract_rate: String::new(),
            eur_rate: String::new(),
            claims: Vec::new(),
            payments: Vec::new(),
            rates: Vec::new(),
            events: Vec::new(),
            letter: LetterForm::default(),
            plan: PlanForm {
                agreement: today.to_string(),
                first_due: crate::engine::plan::default_first_due(jurisdiction, today).to_string(),
                count: "12".into(),
                ..PlanForm::default()
            },
            next_id: 1,
            contacts: Vec::new(),
        };
        form.add_claim();
        form
    }

    pub fn fresh_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    /// The invoice numbers typed so far, for the "pays invoice" and "concerns" choices.
    pub fn invoice_numbers(&self) -> Vec<String> {
        self.claims
            .iter()
            .map(|c| c.number.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect()
    }

    pub fn add_claim(&mut self) -> u32 {
        let id = self.fresh_id();
        self.claims.push(ClaimRow {
            id,
            ..ClaimRow::default()
        });
        id
    }

    pub fn add_payment(&mut self) -> u32 {
        let id = self.fresh_id();
        self.payments.push(PaymentRow {
            id,
            ..PaymentRow::default()
        });
        id
    }

    pub fn add_event(&mut self, kind: EventKind) -> u32 {
        let id = self.fresh_id();
        self.events.push(EventRow {
            id,
            kind,
            date: String::new(),
            end: String::new(),
            claim: String::new(),
        });
        id
    }

    pub fn add_plan_payment(&mut self) -> u32 {
        let id = self.fresh_id();
        self.plan.payments.push(PaymentRow {
            id,
            ..PaymentRow::default()
        });
        id
    }

    pub fn add_rate(&mut self) -> u32 {
        let id = self.fresh_id();
        self.rates.push(RateRow {
            id,
            ..RateRow::default()
        });
        id
    }

    /// Something was typed into the invoice or payment rows (valid or not).
    pub fn has_typed_rows(&self) -> bool {
        self.claims
            .iter()
            .any(|r| !(r.number.is_empty() && r.due.is_empty() && r.amount.is_empty()))
            || self
                .payments
                .iter()
                .any(|r| !(r.date.is_empty() && r.amount.is_empty()))
    }

    /// A rate period with its dates filled and its rate left for the user to type: the one-step
    /// offer under the past-verified-through warning (the day after that date through the
    /// calculation date).
    pub fn add_rate_period(&mut self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> u32 {
        let id = self.add_rate();
        if let Some(row) = self.rates.iter_mut().find(|r| r.id == id) {
            row.from = from.format("%Y-%m-%d").to_string();
            row.to = to.format("%Y-%m-%d").to_string();
        }
        id
    }

    /// Shows every typed amount that reads correctly in `from` in the format of `to`, so after
    /// switching language "1 234,56" does not become 1,23456 or an error. Text that does not
    /// read is left as typed (its error stays visible).
    pub fn relocalize(&mut self, from: Lang, to: Lang) {
        if from == to {
            return;
        }
        let amount = |text: &mut String| {
            if let Ok(v) = parse_amount(text, from) {
                *text = crate::engine::money::format_number(v, to);
            }
        };
        let rate = |text: &mut String| {
            if let Ok(v) = crate::engine::money::parse_decimal(text, from, 6) {
                let v = v.normalize();
                *text = crate::engine::money::format_fixed(v, v.scale(), to);
            }
        };
        for row in &mut self.claims {
            amount(&mut row.amount);
            rate(&mut row.eur_rate);
        }
        for row in self
            .payments
            .iter_mut()
            .chain(self.plan.payments.iter_mut())
        {
            amount(&mut row.amount);
        }
        for text in [
            &mut self.plan.amount,
            &mut self.plan.down_payment,
            &mut self.plan.max_instalment,
        ] {
            amount(text);
        }
        rate(&mut self.eur_rate);
    }

    /// Reads every row; a row with an error (or an empty required field) is left out.
    pub fn parse(&self, jurisdiction: Jurisdiction, lang: Lang) -> Parsed {
        let mut errors = HashMap::new();
        let mut case = self.case.clone();
        case.jurisdiction = jurisdiction;
        case.currency = if self.in_eur {
            Currency::Eur
        } else {
            jurisdiction.home_currency()
        };
        case.calculation_date = check(&mut errors, Field::CalcDate, parse_date(&self.calc_date));
        case.interest.contract_rate = if case.interest.kind == InterestKind::Contractual {
            check(
                &mut errors,
                Field::ContractRate,
                percent(&self.contract_rate),
            )
        } else {
            None
        };
        case.interest.eur_rate = match self.eur_rate.trim() {
            "" => None,
            text => check(
                &mut errors,
                Field::EurRate,
                crate::engine::money::parse_decimal(text, lang, 6),
            ),
        };
        case.claims.clear();
        let mut claim_rows = Vec::new();
        let mut left_out_claims = Vec::new();
        for row in &self.claims {
            let blank = row.number.trim().is_empty()
                && row.due.trim().is_empty()
                && row.amount.trim().is_empty();
            if blank {
                continue;
            }
            let issue = check(
                &mut errors,
                Field::ClaimIssue(row.id),
                optional_date(&row.issue),
            );
            let due = check(&mut errors, Field::ClaimDue(row.id), parse_date(&row.due));
            let amount = check(
                &mut errors,
                Field::ClaimAmount(row.id),
                parse_amount(&row.amount, lang),
            );
            let eur_rate = match row.eur_rate.trim() {
                "" => None,
                text => check(
                    &mut errors,
                    Field::ClaimEurRate(row.id),
                    crate::engine::money::parse_decimal(text, lang, 6),
                ),
            };
            if let (Some(issue_date), Some(due_date), Some(amount)) = (issue, due, amount) {
                case.claims.push(Claim {
                    number: row.number.trim().to_string(),
                    issue_date,
                    due_date,
                    amount,
                    currency: case.currency,
                    pl_kind: row.pl_kind,
                    eur_rate,
                });
                claim_rows.push(row.id);
            } else {
                left_out_claims.push(row.id);
            }
        }
        case.payments.clear();
        let mut payment_rows = Vec::new();
        let mut left_out_payments = Vec::new();
        for row in &self.payments {
            if row.date.trim().is_empty() && row.amount.trim().is_empty() {
                continue;
            }
            let date = check(
                &mut errors,
                Field::PaymentDate(row.id),
                parse_date(&row.date),
            );
            let amount = check(
                &mut errors,
                Field::PaymentAmount(row.id),
                parse_amount(&row.amount, lang).and_then(|a| {
                    if a.is_zero() {
                        Err(InputError::Zero)
                    } else {
                        Ok(a)
                    }
                }),
            );
            if let (Some(date), Some(amount)) = (date, amount) {
                let claim = Some(row.claim.trim().to_string()).filter(|c| !c.is_empty());
                case.payments.push(Payment {
                    date,
                    amount,
                    claim,
                });
                payment_rows.push(row.id);
            } else {
                left_out_payments.push(row.id);
            }
        }
        case.interest.user_rates.clear();
        for row in &self.rates {
            let from = check(&mut errors, Field::RateFrom(row.id), parse_date(&row.from));
            let to = check(&mut errors, Field::RateTo(row.id), parse_date(&row.to));
            let pct = check(
                &mut errors,
                Field::RatePercent(row.id),
                percent(&row.percent),
            );
            if let (Some(from), Some(to), Some(percent)) = (from, to, pct) {
                if from <= to {
                    case.interest.user_rates.push(UserRate {
                        from,
                        to,
                        percent,
                        note: row.note.clone(),
                    });
                } else {
                    errors.insert(Field::RateTo(row.id), InputError::EndBeforeStart);
                }
            }
        }
        case.limitation.events.clear();
        for row in &self.events {
            let date = check(&mut errors, Field::EventDate(row.id), parse_date(&row.date));
            let end = check(
                &mut errors,
                Field::EventEnd(row.id),
                optional_date(&row.end),
            );
            if let (Some(date), Some(end)) = (date, end) {
                if end.is_some_and(|e| e < date) {
                    errors.insert(Field::EventEnd(row.id), InputError::EndBeforeStart);
                    continue;
                }
                let claim = Some(row.claim.trim().to_string()).filter(|c| !c.is_empty());
                case.limitation.events.push(LimitationEvent {
                    kind: row.kind,
                    date,
                    end,
                    claim,
                });
            }
        }
        self.parse_plan(&mut case, &mut errors, lang);
        self.parse_letter(&mut case, &mut errors, jurisdiction);
        self.parse_contacts(&mut case, &mut errors, lang);
        Parsed {
            case,
            errors,
            claim_rows,
            payment_rows,
            left_out_claims,
            left_out_payments,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
