//! Parsing of the plan and letter sections of the form.

use super::{check, optional_amount, optional_date, percent, CaseForm, Field};
use crate::engine::calendar::parse_date;
use crate::engine::case::Case;
use crate::engine::error::InputError;
use crate::engine::letter::{check_account, group_iban, IdError};
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::money::parse_amount;
use std::collections::HashMap;

impl CaseForm {
    pub(super) fn parse_letter(
        &self,
        case: &mut Case,
        errors: &mut HashMap<Field, InputError>,
        jurisdiction: Jurisdiction,
    ) {
        let l = &self.letter;
        // A somație with fewer than 15 days would not support a payment order (CPC art. 1015
        // alin. (1)): said next to the field, never silently raised. The letter keeps the
        // statutory 15 meanwhile.
        let kind = case.letter.kind_in(jurisdiction);
        if case.letter.days(kind) < kind.min_days() {
            errors.insert(Field::LetterDays, InputError::SomatieUnder15Days);
        }
        case.letter.date = check(errors, Field::LetterDate, optional_date(&l.date)).flatten();
        case.letter.fixed_deadline = check(
            errors,
            Field::LetterDeadline,
            optional_date(&l.fixed_deadline),
        )
        .flatten();
        // The case holds the account as an IBAN (a Polish NRB gets its "PL"), so every document
        // prints it the same way; what was typed stays in the form.
        case.letter.iban = match l.iban.trim() {
            "" => String::new(),
            typed => match check_account(typed, case.jurisdiction) {
                Ok(iban) => iban,
                Err(e) => {
                    errors.insert(Field::LetterIban, account_error(e));
                    typed.to_string()
                }
            },
        };
    }

    /// The typed account shown back grouped by four as an IBAN ("PL61 1090 …") once it is
    /// valid; `None` leaves the text as typed (empty or wrong, so the person can fix it).
    pub fn grouped_account(
        &self,
        jurisdiction: crate::engine::locale::Jurisdiction,
    ) -> Option<String> {
        let iban = check_account(&self.letter.iban, jurisdiction).ok()?;
        Some(group_iban(&iban))
    }

    /// Sets the agreement date; a first due date still at its default (or empty) follows it to
    /// the first working day of the next month, one the person chose stays.
    pub fn set_plan_agreement(
        &mut self,
        text: String,
        jurisdiction: crate::engine::locale::Jurisdiction,
    ) {
        let default_for = |agreement: &str| {
            parse_date(agreement)
                .ok()
                .map(|d| crate::engine::plan::default_first_due(jurisdiction, d).to_string())
        };
        let follows = self.plan.first_due.trim().is_empty()
            || default_for(&self.plan.agreement).as_deref() == Some(self.plan.first_due.trim());
        if follows {
            if let Some(first) = default_for(&text) {
                self.plan.first_due = first;
            }
        }
        self.plan.agreement = text;
    }

    pub(super) fn parse_plan(
        &self,
        case: &mut Case,
        errors: &mut HashMap<Field, InputError>,
        lang: Lang,
    ) {
        let p = &self.plan;
        let plan = &mut case.plan;
        plan.amount = check(errors, Field::PlanAmount, optional_amount(&p.amount, lang)).flatten();
        plan.agreement_date = check(errors, Field::PlanAgreement, parse_date(&p.agreement));
        plan.first_due = check(errors, Field::PlanFirstDue, parse_date(&p.first_due));
        plan.down_payment = check(
            errors,
            Field::PlanDownPayment,
            optional_amount(&p.down_payment, lang),
        )
        .flatten()
        .unwrap_or_default();
        let count = match p.count.trim().parse::<u32>() {
            Ok(n) => Ok(n),
            Err(_) if p.count.trim().is_empty() => Err(InputError::Empty),
            Err(_) => Err(InputError::NotAWholeNumber),
        };
        if plan.size == crate::engine::plan::Size::Count {
            plan.count = check(errors, Field::PlanCount, count).unwrap_or(0);
        } else {
            plan.max_instalment = check(
                errors,
                Field::PlanMax,
                parse_amount(&p.max_instalment, lang),
            );
        }
        plan.rate = if plan.interest == crate::engine::plan::PlanInterest::Fixed {
            check(errors, Field::PlanRate, percent(&p.rate))
        } else {
            None
        };
        plan.payments.clear();
        for row in &p.payments {
            if row.date.trim().is_empty() && row.amount.trim().is_empty() {
                continue;
            }
            let date = check(
                errors,
                Field::PlanPaymentDate(row.id),
                parse_date(&row.date),
            );
            let amount = check(
                errors,
                Field::PlanPaymentAmount(row.id),
                parse_amount(&row.amount, lang),
            );
            if let (Some(date), Some(amount)) = (date, amount) {
                plan.payments
                    .push(crate::engine::plan::PlanPayment { date, amount });
            }
        }
    }
}

/// What is wrong with a typed account, in the words the person needs to fix it.
fn account_error(e: IdError) -> InputError {
    match e {
        IdError::Checksum => InputError::BadChecksum,
        IdError::Length => InputError::WrongLength,
        IdError::NotDigits => InputError::NotAnAccount,
    }
}
