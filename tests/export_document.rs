#![cfg(not(target_arch = "wasm32"))]
//! The PDF and DOCX writers run in a worker and receive the letter as JSON: every letter kind
//! crosses over unchanged, and the worker's entry point makes the same bytes as the writers.

use overdue::engine::letter::{Letter, LetterKind, LetterOptions};
use overdue::export::document::{render, DocumentError, Format};
use overdue::export::docx::letter_docx;
use overdue::export::pdf::letter_pdf;

mod common;
use common::{example_case, fonts, letter_of};

fn letters() -> Vec<Letter> {
    LetterKind::ALL
        .into_iter()
        .map(|kind| {
            letter_of(&example_case(LetterOptions {
                kind,
                place: "Łódź".into(),
                iban: "PL61109010140000071219812874".into(),
                signatory: "Jan Nowak — ș ț ă î â".into(),
                ..LetterOptions::default()
            }))
        })
        .collect()
}

#[test]
fn every_letter_crosses_as_json_unchanged() {
    for letter in letters() {
        let json = serde_json::to_string(&letter).unwrap();
        let back: Letter = serde_json::from_str(&json).unwrap();
        assert_eq!(back, letter, "{:?}", letter.kind);
        assert!(!letter.annex.is_empty() || !letter.body.is_empty());
    }
}

#[test]
fn the_worker_entry_point_makes_the_writers_bytes() {
    let (regular, bold) = fonts();
    for letter in letters() {
        let json = serde_json::to_string(&letter).unwrap();
        let docx = render("docx", &json, &[], &[]).unwrap();
        assert_eq!(docx, letter_docx(&letter));
        let pdf = render("pdf", &json, &regular, &bold).unwrap();
        assert_eq!(pdf, letter_pdf(&letter, &regular, &bold).unwrap());
        assert!(pdf.starts_with(b"%PDF-"));
    }
}

#[test]
fn bad_requests_are_errors_not_panics() {
    let (regular, bold) = fonts();
    let json = serde_json::to_string(&letters()[0]).unwrap();
    assert_eq!(
        render("odt", &json, &regular, &bold),
        Err(DocumentError::UnknownFormat("odt".into()))
    );
    assert!(matches!(
        render("pdf", "{\"title\": 1}", &regular, &bold),
        Err(DocumentError::Letter(_))
    ));
    assert_eq!(
        render("pdf", &json, b"not a font", &bold),
        Err(DocumentError::Font)
    );
    assert_eq!(Format::from_slug("pdf"), Some(Format::Pdf));
    assert_eq!(Format::from_slug(Format::Docx.slug()), Some(Format::Docx));
}
