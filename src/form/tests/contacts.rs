//! The contact log as typed: rows read into `case.contacts`, promises, the round trip.

use super::*;
use crate::engine::case::{Channel, Contact, Direction, Document, Promise};
use crate::engine::letter::LetterKind;
use rust_decimal::Decimal;
use std::str::FromStr;

use crate::engine::testkit::date as day;

#[test]
fn a_call_with_a_promise_parses_into_the_case_and_bad_rows_stay_out() {
    let mut form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
    let call = form.add_contact(day("2025-06-10"));
    let bad = form.add_contact(day("2025-06-11"));
    let half = form.add_contact(day("2025-06-12"));
    for r in form.contacts.iter_mut() {
        if r.id == call {
            r.time = "14:30".into();
            r.channel = Channel::Phone;
            r.direction = Direction::Incoming;
            r.summary = " will pay next week ".into();
            r.promise_date = "2025-06-17".into();
            r.promise_amount = "1 500,00".into();
        } else if r.id == bad {
            r.promise_date = "2025-02-30".into();
            r.promise_amount = "12,345".into();
        } else if r.id == half {
            r.promise_amount = "100".into();
            r.delivered = "2025-06-01".into();
        }
    }
    let parsed = form.parse(Jurisdiction::Pl, Lang::Pl);
    assert_eq!(
        parsed.case.contacts,
        vec![Contact {
            date: day("2025-06-10"),
            time: "14:30".into(),
            channel: Channel::Phone,
            direction: Direction::Incoming,
            summary: "will pay next week".into(),
            promise: Some(Promise {
                date: day("2025-06-17"),
                amount: Some(Decimal::from_str("1500.00").unwrap()),
            }),
            document: None,
            delivered: None,
            acknowledges: false,
        }]
    );
    // 30 February does not exist.
    assert_eq!(
        parsed.error(Field::ContactPromiseDate(bad)),
        Some(InputError::NotADate)
    );
    assert_eq!(
        parsed.error(Field::ContactPromiseAmount(bad)),
        Some(InputError::TooManyDecimals)
    );
    // Delivered before it was posted.
    assert_eq!(
        parsed.error(Field::ContactDelivered(half)),
        Some(InputError::DeliveredBeforeSent)
    );
}

#[test]
fn an_amount_without_a_date_is_no_promise() {
    let mut form = CaseForm::new(Jurisdiction::Ro, day("2025-06-30"));
    let id = form.add_contact(day("2025-06-10"));
    form.contacts[0].promise_amount = "100".into();
    let parsed = form.parse(Jurisdiction::Ro, Lang::Ro);
    assert!(parsed.case.contacts.is_empty());
    assert_eq!(
        parsed.error(Field::ContactPromiseDate(id)),
        Some(InputError::Empty)
    );
}

#[test]
fn the_log_survives_a_round_trip_through_the_case() {
    let mut form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
    form.claims[0].number = "FV 1".into();
    form.claims[0].due = "2025-03-03".into();
    form.claims[0].amount = "1000".into();
    assert!(form.log_sent(
        day("2025-06-20"),
        Channel::Letter,
        Some(letter_document(LetterKind::PlDemand)),
        "Przedsądowe wezwanie do zapłaty",
    ));
    // Printing the same letter again the same day is the same letter.
    assert!(!form.log_sent(
        day("2025-06-20"),
        Channel::Letter,
        Some(Document::Demand),
        "Przedsądowe wezwanie do zapłaty",
    ));
    let id = form.add_contact(day("2025-06-05"));
    if let Some(r) = form.contacts.iter_mut().find(|r| r.id == id) {
        r.channel = Channel::RegisteredLetter;
        r.document = Some(Document::RegistryWarning);
        r.delivered = "2025-06-09".into();
        r.promise_date = "2025-06-15".into();
        r.acknowledges = true;
    }
    let case = form.parse(Jurisdiction::Pl, Lang::Pl).case;
    assert_eq!(case.contacts.len(), 2);
    assert_eq!(case.contacts[0].date, day("2025-06-05"), "sorted by date");
    assert_eq!(case.contacts[1].document, Some(Document::Demand));
    let json = case.to_json();
    let back = crate::engine::case::Case::from_json(&json).unwrap();
    let again = CaseForm::from_case(back, Lang::Pl)
        .parse(Jurisdiction::Pl, Lang::Pl)
        .case;
    assert_eq!(again.contacts, case.contacts);
    assert!(again.contacts[0].acknowledges);
}

#[test]
fn a_draft_saved_before_the_log_existed_still_loads() {
    let form = CaseForm::new(Jurisdiction::Pl, day("2025-06-30"));
    let mut value = serde_json::to_value(&form).unwrap();
    value.as_object_mut().unwrap().remove("contacts");
    let back: CaseForm = serde_json::from_value(value).unwrap();
    assert_eq!(back, form);
}
