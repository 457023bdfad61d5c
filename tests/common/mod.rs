//! What the export tests share: the documented example case, its letter, and the PDF fonts. The
//! helpers of every test (dates, decimals, builders, golden files) are the library's
//! `engine::testkit`, re-exported here.
#![allow(dead_code)] // each test crate uses its own part

use overdue::engine::case::Case;
use overdue::engine::evaluate;
use overdue::engine::letter::{compose, Letter, LetterOptions};
pub use overdue::engine::testkit;

/// `docs/case.example.json` (the case of the JSON contract) with the given letter options.
pub fn example_case(letter: LetterOptions) -> Case {
    let mut case = testkit::example_case();
    case.letter = letter;
    case
}

/// The letter of a case, as the app composes it (no instalment plan).
/// A Polish demand with `n` extra paragraphs, so the signature falls at every position of a
/// page across the range of `n`: what the keep-with-next tests walk through.
pub fn letter_with_paragraphs(n: usize) -> Case {
    let extra: Vec<String> = (1..=n)
        .map(|i| format!("Akapit uzupełniający numer {i}."))
        .collect();
    example_case(LetterOptions {
        kind: overdue::engine::letter::LetterKind::PlDemand,
        include_annex: false,
        extra: extra.join("\n\n"),
        signatory: "Jan Nowak, prezes zarządu".into(),
        ..LetterOptions::default()
    })
}

pub fn letter_of(case: &Case) -> Letter {
    let report = evaluate(case).unwrap();
    compose(case, &report, None, &case.letter)
}

/// The regular and bold subsets the app ships.
pub fn fonts() -> (Vec<u8>, Vec<u8>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts");
    (
        std::fs::read(format!("{dir}/overdue-sans-regular.ttf")).unwrap(),
        std::fs::read(format!("{dir}/overdue-sans-bold.ttf")).unwrap(),
    )
}
