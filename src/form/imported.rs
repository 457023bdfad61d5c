//! Invoices from an import added to a form that already holds a case: rows written as the person
//! would type them, so the draft reads exactly like one typed by hand.

use super::{CaseForm, ClaimRow, PaymentRow};
use crate::engine::case::{Claim, Payment};
use crate::engine::locale::Lang;
use crate::engine::money::parse_amount;
use rust_decimal::Decimal;

impl CaseForm {
    /// Appends the claims and payments as rows; a blank placeholder row goes first.
    pub fn add_imported(&mut self, claims: &[Claim], payments: &[Payment], lang: Lang) {
        self.claims.retain(|r| {
            !(r.number.trim().is_empty() && r.due.trim().is_empty() && r.amount.trim().is_empty())
        });
        for c in claims {
            let id = self.fresh_id();
            self.claims.push(ClaimRow {
                id,
                number: c.number.clone(),
                issue: c.issue_date.map(|d| d.to_string()).unwrap_or_default(),
                due: c.due_date.to_string(),
                amount: super::from_case::amount(c.amount, lang),
                pl_kind: c.pl_kind,
                eur_rate: String::new(),
            });
        }
        for p in payments {
            let id = self.fresh_id();
            self.payments.push(PaymentRow {
                id,
                date: p.date.to_string(),
                amount: super::from_case::amount(p.amount, lang),
                claim: p.claim.clone().unwrap_or_default(),
            });
        }
    }

    /// Adds `change` (a correction, usually negative) to the amount of invoice `number`. False
    /// when there is no such row or its amount does not read (the person fixes it by hand).
    pub fn adjust_claim(&mut self, number: &str, change: Decimal, lang: Lang) -> bool {
        let Some(row) = self
            .claims
            .iter_mut()
            .find(|r| r.number.trim() == number.trim())
        else {
            return false;
        };
        let Ok(amount) = parse_amount(&row.amount, lang) else {
            return false;
        };
        row.amount = super::from_case::amount(amount + change, lang);
        true
    }
}
