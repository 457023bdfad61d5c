//! The contact log as typed: parsing into `case.contacts`, and the entries the app adds by itself
//! (an exported letter, a sent reminder).

use super::{check, optional_amount, optional_date, CaseForm, ContactRow, Field};
use crate::engine::calendar::parse_date;
use crate::engine::case::{Case, Channel, Contact, Direction, Document, Promise};
use crate::engine::error::InputError;
use crate::engine::letter::LetterKind;
use crate::engine::locale::Lang;
use chrono::NaiveDate;
use std::collections::HashMap;

/// What an exported letter of `kind` is in the log.
pub fn letter_document(kind: LetterKind) -> Document {
    match kind {
        LetterKind::PlDemand | LetterKind::RoNotice | LetterKind::EnDemand => Document::Demand,
        LetterKind::PlFinalDemand => Document::FinalDemand,
        LetterKind::PlInterestNote => Document::InterestNote,
        LetterKind::RoSomatie => Document::Somatie,
    }
}

impl CaseForm {
    pub fn add_contact(&mut self, date: NaiveDate) -> u32 {
        let id = self.fresh_id();
        self.contacts.push(ContactRow {
            id,
            date: date.to_string(),
            ..ContactRow::default()
        });
        id
    }

    /// Adds an outgoing entry for a document or message the app produced, unless the same one
    /// is already logged that day (printing twice is one letter). Returns whether it added one.
    pub fn log_sent(
        &mut self,
        date: NaiveDate,
        channel: Channel,
        document: Option<Document>,
        summary: &str,
    ) -> bool {
        let day = date.to_string();
        let logged = self.contacts.iter().any(|r| {
            r.date.trim() == day
                && r.document == document
                && r.channel == channel
                && r.summary == summary
        });
        if logged {
            return false;
        }
        let id = self.add_contact(date);
        if let Some(row) = self.contacts.iter_mut().find(|r| r.id == id) {
            row.channel = channel;
            row.direction = Direction::Outgoing;
            row.document = document;
            row.summary = summary.to_string();
        }
        true
    }

    pub(super) fn parse_contacts(
        &self,
        case: &mut Case,
        errors: &mut HashMap<Field, InputError>,
        lang: Lang,
    ) {
        case.contacts.clear();
        for row in &self.contacts {
            let date = check(errors, Field::ContactDate(row.id), parse_date(&row.date));
            let promise_date = check(
                errors,
                Field::ContactPromiseDate(row.id),
                optional_date(&row.promise_date),
            );
            let amount = check(
                errors,
                Field::ContactPromiseAmount(row.id),
                optional_amount(&row.promise_amount, lang),
            );
            let delivered = check(
                errors,
                Field::ContactDelivered(row.id),
                optional_date(&row.delivered),
            );
            let (Some(date), Some(promise_date), Some(amount), Some(delivered)) =
                (date, promise_date, amount, delivered)
            else {
                continue;
            };
            if delivered.is_some_and(|d| d < date) {
                errors.insert(
                    Field::ContactDelivered(row.id),
                    InputError::DeliveredBeforeSent,
                );
                continue;
            }
            // An amount without a date is no promise: say so rather than drop it silently.
            if amount.is_some() && promise_date.is_none() {
                errors.insert(Field::ContactPromiseDate(row.id), InputError::Empty);
                continue;
            }
            case.contacts.push(Contact {
                date,
                time: row.time.trim().to_string(),
                channel: row.channel,
                direction: row.direction,
                summary: row.summary.trim().to_string(),
                promise: promise_date.map(|date| Promise { date, amount }),
                document: row.document,
                delivered,
                acknowledges: row.acknowledges,
            });
        }
        case.contacts
            .sort_by(|a, b| (a.date, &a.time).cmp(&(b.date, &b.time)));
    }

    /// Moves `case.contacts` into rows (imports and share links).
    pub fn contacts_from_case(&mut self, case: &mut Case) {
        for c in std::mem::take(&mut case.contacts) {
            let id = self.add_contact(c.date);
            if let Some(row) = self.contacts.iter_mut().find(|r| r.id == id) {
                row.time = c.time;
                row.channel = c.channel;
                row.direction = c.direction;
                row.summary = c.summary;
                if let Some(p) = c.promise {
                    row.promise_date = p.date.to_string();
                    row.promise_amount = p.amount.map(|a| a.to_string()).unwrap_or_default();
                }
                row.document = c.document;
                row.delivered = c.delivered.map(|d| d.to_string()).unwrap_or_default();
                row.acknowledges = c.acknowledges;
            }
        }
    }
}
