//! The inverse of `CaseForm::parse`: a form holding exactly a given case, for imports, share
//! links and the widget's "open the full version". Every field the parser reads from text is
//! written back as text in the person's language, so `from_case(c, lang).parse(j, lang).case == c`
//! (tested over a full case, and by a property test).

use super::{CaseForm, EventRow, LetterForm, PaymentRow, PlanForm, RateRow};
use crate::engine::case::Case;
use crate::engine::locale::{Currency, Lang};
use crate::engine::money::{format_fixed, format_number};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// An amount as the amount fields show it ("12 300,00"); more than two decimals (only possible
/// in a hand-written JSON) are kept, so the field shows its error instead of rounding silently.
pub(super) fn amount(value: Decimal, lang: Lang) -> String {
    let value = value.normalize();
    if value.scale() <= 2 {
        format_number(value, lang)
    } else {
        format_fixed(value, value.scale(), lang)
    }
}

/// A rate typed with the language's decimal mark and no grouping ("4,2735", "11,25"): both the
/// percentage and the exchange-rate readers take a lone mark as the decimal mark.
fn rate(value: Decimal, lang: Lang) -> String {
    let text = value.normalize().to_string();
    match lang {
        Lang::En => text,
        Lang::Pl | Lang::Ro => text.replace('.', ","),
    }
}

fn date(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

impl CaseForm {
    /// A form holding exactly this case. A plan the case never had (no agreement date, as in a
    /// case JSON written by another tool) gets the same defaults a new case gets.
    pub fn from_case(case: Case, lang: Lang) -> CaseForm {
        let calc = case.calculation_date;
        let defaults = CaseForm::new(case.jurisdiction, calc.unwrap_or_default());
        let mut form = CaseForm {
            claims: Vec::new(),
            next_id: 0,
            ..defaults
        };
        form.calc_date = date(calc);
        form.in_eur = case.currency == Currency::Eur;
        form.contract_rate = case
            .interest
            .contract_rate
            .map(|r| rate(r, lang))
            .unwrap_or_default();
        form.eur_rate = case
            .interest
            .eur_rate
            .map(|r| rate(r, lang))
            .unwrap_or_default();
        for c in &case.claims {
            let id = form.add_claim();
            if let Some(row) = form.claims.iter_mut().find(|r| r.id == id) {
                row.number = c.number.clone();
                row.issue = date(c.issue_date);
                row.due = c.due_date.to_string();
                row.amount = amount(c.amount, lang);
                row.pl_kind = c.pl_kind;
                row.eur_rate = c.eur_rate.map(|r| rate(r, lang)).unwrap_or_default();
            }
        }
        form.payments = case
            .payments
            .iter()
            .map(|p| PaymentRow {
                id: form.fresh_id(),
                date: p.date.to_string(),
                amount: amount(p.amount, lang),
                claim: p.claim.clone().unwrap_or_default(),
            })
            .collect();
        form.rates = case
            .interest
            .user_rates
            .iter()
            .map(|r| RateRow {
                id: form.fresh_id(),
                from: r.from.to_string(),
                to: r.to.to_string(),
                percent: rate(r.percent, lang),
                note: r.note.clone(),
            })
            .collect();
        form.events = case
            .limitation
            .events
            .iter()
            .map(|e| EventRow {
                id: form.fresh_id(),
                kind: e.kind,
                date: e.date.to_string(),
                end: date(e.end),
                claim: e.claim.clone().unwrap_or_default(),
            })
            .collect();
        let p = &case.plan;
        let plan_payments = p
            .payments
            .iter()
            .map(|x| PaymentRow {
                id: form.fresh_id(),
                date: x.date.to_string(),
                amount: amount(x.amount, lang),
                claim: String::new(),
            })
            .collect();
        form.plan = PlanForm {
            amount: p.amount.map(|a| amount(a, lang)).unwrap_or_default(),
            agreement: p
                .agreement_date
                .map_or(form.plan.agreement.clone(), |d| d.to_string()),
            down_payment: if p.down_payment.is_zero() {
                String::new()
            } else {
                amount(p.down_payment, lang)
            },
            count: p.count.to_string(),
            max_instalment: p
                .max_instalment
                .map(|a| amount(a, lang))
                .unwrap_or_default(),
            first_due: p
                .first_due
                .map_or(form.plan.first_due.clone(), |d| d.to_string()),
            rate: p.rate.map(|r| rate(r, lang)).unwrap_or_default(),
            payments: plan_payments,
        };
        form.letter = LetterForm {
            date: date(case.letter.date),
            fixed_deadline: date(case.letter.fixed_deadline),
            // Shown grouped, as the field shows it once left; the case holds it compact.
            iban: match crate::engine::letter::check_account(&case.letter.iban, case.jurisdiction) {
                Ok(iban) => crate::engine::letter::group_iban(&iban),
                Err(_) => case.letter.iban.clone(),
            },
        };
        if form.claims.is_empty() {
            form.add_claim();
        }
        // What the rows hold is rebuilt from them by `parse`; the rest (parties, choices) is
        // kept as it is.
        let mut structured = case;
        form.contacts_from_case(&mut structured);
        structured.claims.clear();
        structured.payments.clear();
        structured.interest.user_rates.clear();
        structured.limitation.events.clear();
        structured.plan.payments.clear();
        form.case = structured;
        form
    }
}
