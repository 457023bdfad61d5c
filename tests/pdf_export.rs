#![cfg(not(target_arch = "wasm32"))]
//! The exported PDF read back: pdftotext finds every figure, the amount in words and the
//! diacritics; qpdf checks the structure; page 1 is rendered to PNG (target/…/pdf-*.png).

use overdue::engine::case::Case;
use overdue::engine::letter::{LetterKind, LetterOptions};
use overdue::export::pdf::letter_pdf;
use std::path::PathBuf;

mod common;
use common::{example_case, fonts, letter_of, letter_with_paragraphs};
use std::process::Command;

fn check(name: &str, pdf: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, pdf).unwrap();
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&file)
        .output()
        .expect("qpdf is installed by scripts/setup.sh");
    assert!(
        qpdf.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
    let png = dir.join(format!("pdf-{name}"));
    let _ = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
        .arg(&file)
        .arg(&png)
        .status();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    // pdftotext reads the page number "1 / 2" as "1/2".
    let info = Command::new("pdfinfo")
        .arg(&file)
        .output()
        .expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&info.stdout)
}

#[test]
fn polish_demand_as_pdf() {
    let case = example_case(LetterOptions {
        kind: LetterKind::PlDemand,
        place: "Łódź".into(),
        iban: "PL61109010140000071219812874".into(),
        signatory: "Jan Nowak".into(),
        ..LetterOptions::default()
    });
    let letter = letter_of(&case);
    let (regular, bold) = fonts();
    let pdf = letter_pdf(&letter, &regular, &bold).unwrap();
    assert!(
        pdf.len() < 120_000,
        "a font subset, not whole fonts: {} bytes",
        pdf.len()
    );
    let text = check("pl", &pdf);
    for expected in [
        "Łódź, 31.12.2025",
        "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "14 788,37 zł",
        "czternaście tysięcy siedemset osiemdziesiąt osiem złotych",
        "PL61 1090 1014 0000 0712 1981 2874",
        "ul. Leśna 2, 30-001 Kraków",
        "Załącznik nr 1: wyliczenie odsetek",
        "551,98 zł",
        // The letter (with the payments and how they were applied) on two pages, the annex on
        // its own third page.
        "1/3",
        "Title:           PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "Author:          Drukarnia Nowak sp. z o.o.",
        "Pages:           3",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn romanian_somatie_as_pdf_with_comma_below_letters() {
    let mut case = example_case(LetterOptions {
        kind: LetterKind::RoSomatie,
        deadline_days: Some(15),
        ..LetterOptions::default()
    });
    case.jurisdiction = overdue::engine::locale::Jurisdiction::Ro;
    case.creditor.name = "Tipografia Ştefan Ţepeş SRL".into();
    let (regular, bold) = fonts();
    let pdf = letter_pdf(&letter_of(&case), &regular, &bold).unwrap();
    let text = check("ro", &pdf);
    for expected in [
        "SOMAȚIE DE PLATĂ",
        "Tipografia Ștefan Țepeș SRL",
        "În temeiul art. 1015",
        "Plățile debitorului au fost imputate",
        "alin. (2¹)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// A long annex breaks across pages and repeats its header.
#[test]
fn long_tables_break_across_pages() {
    use overdue::engine::case::Claim;
    let mut case = Case::new(overdue::engine::locale::Jurisdiction::Pl);
    case.calculation_date = chrono::NaiveDate::from_ymd_opt(2025, 12, 31);
    for i in 0..60 {
        case.claims.push(Claim {
            number: format!("FV {i}/2020"),
            issue_date: None,
            due_date: chrono::NaiveDate::from_ymd_opt(2020, 1, 10).unwrap()
                + chrono::Days::new(i * 20),
            amount: rust_decimal::Decimal::from(1000 + i),
            currency: case.currency,
            pl_kind: None,
            eur_rate: None,
        });
    }
    let (regular, bold) = fonts();
    let pdf = letter_pdf(&letter_of(&case), &regular, &bold).unwrap();
    let text = check("long", &pdf);
    assert!(
        text.matches("Faktura").count() >= 4,
        "header repeated on each page of the tables"
    );
    assert!(text.contains("FV 59/2020"));
}

#[test]
fn instalment_agreement_as_pdf() {
    use overdue::engine::letter::compose_agreement;
    use overdue::engine::plan::{schedule, PlanInterest, PlanOptions};
    let mut case = example_case(LetterOptions::default());
    case.plan = PlanOptions {
        agreement_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 5),
        first_due: chrono::NaiveDate::from_ymd_opt(2026, 2, 5),
        down_payment: rust_decimal::Decimal::from(1000),
        interest: PlanInterest::None,
        count: 6,
        ..PlanOptions::default()
    };
    let s = schedule(&case, chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()).unwrap();
    let (regular, bold) = fonts();
    let pdf = letter_pdf(
        &compose_agreement(&case, &s, overdue::engine::locale::Lang::Pl),
        &regular,
        &bold,
    )
    .unwrap();
    let text = check("agreement", &pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "UGODA RATALNA z uznaniem długu",
        "§ 1. Dłużnik uznaje dług",
        "§ 2. Dłużnik zapłaci 1 000,00 zł",
        "§ 3. Pozostałą kwotę",
        "§ 5. Strony zgodnie oświadczają",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// The text of page `n` (1-based) of a PDF file, as pdftotext reads it.
fn page_text(file: &std::path::Path, n: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn page_count(file: &std::path::Path) -> usize {
    let info = Command::new("pdfinfo").arg(file).output().expect("pdfinfo");
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// Letters of every length from one to about three pages, read back page by page: the
/// signature is always on a page that also has the letter's last paragraph, and the last page
/// always has text besides the signature and the page number (no signature alone, no empty
/// last page). Some of these lengths do push the signature onto a new page.
#[test]
fn the_signature_keeps_the_last_paragraph_with_it_page_by_page() {
    let (regular, bold) = fonts();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let mut moved = 0;
    for n in 1..45 {
        let case = letter_with_paragraphs(n);
        let letter = letter_of(&case);
        let pdf = letter_pdf(&letter, &regular, &bold).unwrap();
        let file = dir.join(format!("keep-{n}.pdf"));
        std::fs::write(&file, &pdf).unwrap();
        let pages = page_count(&file);
        let texts: Vec<String> = (1..=pages).map(|p| page_text(&file, p)).collect();
        let on = |needle: &str| {
            texts
                .iter()
                .position(|t| t.contains(needle))
                .unwrap_or_else(|| panic!("{needle:?} missing with {n} paragraphs"))
        };
        let signature = on("Jan Nowak, prezes zarządu");
        assert_eq!(signature, pages - 1, "the signature ends the letter ({n})");
        // The paragraph right before the signature block.
        let last = on(&format!("numer {n}."));
        assert_eq!(
            last, signature,
            "{n} paragraphs: signature apart from its paragraph"
        );
        let body: Vec<&str> = texts[pages - 1]
            .lines()
            .map(str::trim)
            .filter(|l| {
                !l.is_empty()
                    && !l.contains("(podpis)")
                    && !l.contains("Jan Nowak")
                    && *l != format!("{pages}/{pages}")
            })
            .collect();
        assert!(
            !body.is_empty(),
            "{n}: the last page has only the signature:\n{}",
            texts[pages - 1]
        );
        if n >= 2 && pages > 1 && on(&format!("numer {}.", n - 1)) < signature {
            moved += 1;
        }
    }
    assert!(moved > 0, "no length put the signature at a page break");
}
