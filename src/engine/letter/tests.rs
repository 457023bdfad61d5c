//! Letter content per country and language from fixed cases. Figures are asserted against the
//! independently computed totals of docs/json.md; the whole text is pinned in tests/golden
//! (regenerate after an intended change with OVERDUE_BLESS=1).

use super::*;
use crate::engine::case::{Case, Claim, Payment};
use crate::engine::evaluate;
use crate::engine::interest::InterestKind;
use crate::engine::locale::Jurisdiction;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn golden(name: &str, text: &str) {
    let path = format!("{}/tests/golden/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("OVERDUE_BLESS").is_some() {
        std::fs::write(&path, text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(text, expected, "{name} differs from {path}");
}

fn polish_case() -> Case {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/case.example.json"
    ))
    .unwrap();
    let mut case = Case::from_json(&json).unwrap();
    case.letter = LetterOptions {
        kind: LetterKind::PlDemand,
        place: "Warszawa".into(),
        iban: "PL61109010140000071219812874".into(),
        signatory: "Jan Nowak, prezes zarządu".into(),
        extra: "Przypominam, że faktury były wielokrotnie monitowane telefonicznie.".into(),
        ..LetterOptions::default()
    };
    case
}

fn letter(case: &Case) -> Letter {
    let report = evaluate(case).unwrap();
    compose(case, &report, None, &case.letter)
}

#[test]
fn polish_demand_letter() {
    let case = polish_case();
    let text = plain_text(&letter(&case));
    for expected in [
        "Warszawa, 31.12.2025",
        "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "NIP: 5260250274",
        "kwoty 14 788,37 zł (słownie: czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy)",
        "należność główna: 12 851,98 zł",
        "FV 1/2025 | 01.01.2025 | 31.01.2025 | 12 300,00 zł | 4 448,02 zł | 7 851,98 zł | 759,49 zł",
        "naliczone do dnia 31.12.2025: 1 300,95 zł",
        "150 EUR, tj. 635,44 zł",
        "FV 1/2025 | 70 | 4,2730 (kurs średni NBP z dnia 31.12.2024, tabela 252/A/NBP/2024) | 299,11 zł",
        "(słownie: czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy), wraz z dalszymi odsetkami od należności głównej od dnia 01.01.2026 do dnia zapłaty.",
        "w terminie 7 dni od dnia doręczenia niniejszego wezwania na rachunek bankowy nr PL61 1090 1014 0000 0712 1981 2874.",
        "Opłata sądowa od pozwu wyniesie 750,00 zł",
        "w elektronicznym postępowaniu upominawczym 187,50 zł",
        "art. 187 § 1 pkt 3 KPC",
        "Przypominam, że faktury były wielokrotnie monitowane telefonicznie.",
        "Jan Nowak, prezes zarządu",
        "Załącznik: wyliczenie odsetek",
        "FV 1/2025 | 01.02.2025 | 15.05.2025 | 104 | 15,75% | 12 300,00 zł | 551,98 zł",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        !text.contains("przedawnienia"),
        "advice for the sender stays out of the letter"
    );
    assert!(letter(&case)
        .guidance
        .iter()
        .any(|g| g.contains("nie przerywa biegu przedawnienia")));
    golden("letter-pl-demand", &text);
}

#[test]
fn polish_final_demand_and_interest_note() {
    let mut case = polish_case();
    case.letter.kind = LetterKind::PlFinalDemand;
    assert_eq!(
        letter(&case).title,
        "OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY"
    );

    let mut note = polish_case();
    note.claims.truncate(1);
    // Paid late, in full: the creditor books the payment on the invoice, the note bills the
    // interest and the compensation.
    note.interest.allocation = crate::engine::interest::Allocation::PrincipalFirst;
    note.payments = vec![Payment {
        date: d("2025-05-15"),
        amount: Decimal::from(12_300),
        claim: Some("FV 1/2025".into()),
    }];
    note.letter.kind = LetterKind::PlInterestNote;
    note.letter.number = "1/2025".into();
    let text = plain_text(&letter(&note));
    assert!(text.contains("NOTA ODSETKOWA nr 1/2025"), "{text}");
    assert!(
        text.contains(
            "FV 1/2025 | 31.01.2025 | 15.05.2025 | 104 | 12 300,00 zł | 15,75% | 551,98 zł"
        ),
        "{text}"
    );
    // 551,98 interest + 70 EUR × 4,2730 = 299,11.
    assert!(text.contains("Razem do zapłaty: 851,09 zł"), "{text}");
    assert!(text.contains("od dnia doręczenia noty"), "{text}");
    assert!(text.contains("nie jest fakturą VAT"));
    golden("letter-pl-interest-note", &text);
}

#[test]
fn romanian_somatie() {
    let mut case = Case::new(Jurisdiction::Ro);
    case.interest.kind = InterestKind::Commercial;
    case.interest.eur_rate = Some(Decimal::from_str("4.9750").unwrap());
    case.calculation_date = Some(d("2023-01-31"));
    case.creditor.name = "SC Tipografia Ș.A. SRL".into();
    case.creditor.tax_id = "RO18547290".into();
    case.debtor.name = "SC Comerț Țărănesc SRL".into();
    case.claims.push(Claim {
        number: "F1".into(),
        issue_date: None,
        due_date: d("2021-12-31"),
        amount: Decimal::from(20_000),
        currency: case.currency,
        pl_kind: None,
        eur_rate: None,
    });
    case.letter = LetterOptions {
        kind: LetterKind::RoSomatie,
        place: "Cluj-Napoca".into(),
        deadline_days: 15,
        iban: "RO49AAAA1B31007593840000".into(),
        ..LetterOptions::default()
    };
    let text = plain_text(&letter(&case));
    for expected in [
        "SOMAȚIE DE PLATĂ",
        "În temeiul art. 1015 din Codul de procedură civilă",
        "debit principal: 20.000,00 lei (în litere: douăzeci de mii de lei)",
        // reference/ro/examples.md C3: 2 719,45 lei to 31.01.2023.
        "calculată până la data de 31.01.2023: 2.719,45 lei",
        "40 EUR, adică 199,00 lei",
        "în termen de 15 zile de la primirea prezentei, în contul bancar RO49 AAAA 1B31 0075 9384 0000.",
        "conținut declarat și confirmare de primire",
        "art. 2540 C.civ.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    golden("letter-ro-somatie", &text);
}

#[test]
fn english_demand() {
    let mut case = polish_case();
    case.letter.kind = LetterKind::EnDemand;
    case.letter.fixed_deadline = Some(d("2026-01-10"));
    let text = plain_text(&letter(&case));
    assert!(text.contains("PAYMENT DEMAND"));
    assert!(text.contains("We hereby demand payment of PLN 14,788.37 (in words: fourteen thousand seven hundred eighty-eight zlotys and thirty-seven groszy)"), "{text}");
    // 10 January 2026 is a Saturday: moved to Monday 12 January.
    assert!(
        text.contains(
            "Please pay by 12 Jan 2026 to the bank account PL61 1090 1014 0000 0712 1981 2874."
        ),
        "{text}"
    );
    golden("letter-en-demand", &text);
}

#[test]
fn an_invalid_iban_is_left_out_rather_than_printed() {
    let mut case = polish_case();
    case.letter.iban = "PL61109010140000071219812875".into();
    assert!(!plain_text(&letter(&case)).contains("rachunek bankowy"));
}
