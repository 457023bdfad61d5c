#![cfg(not(target_arch = "wasm32"))]
//! The pozew crosses to the export worker as JSON like any document, and comes back as a PDF
//! whose text (read by pdftotext) carries its figures, and as a DOCX.

use overdue::engine::court::pl::{pozew, PozewOptions};
use overdue::export::document::render;

mod common;
use common::{example_case, fonts};

#[test]
fn the_pozew_as_pdf_and_docx() {
    let case = example_case(Default::default());
    let filing = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let (doc, facts) = pozew(&case, filing, &PozewOptions::default()).unwrap();
    let json = serde_json::to_string(&doc).unwrap();
    let (regular, bold) = fonts();
    let pdf = render("pdf", &json, &regular, &bold).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let path = std::env::temp_dir().join(format!("overdue-pozew-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    let _ = std::fs::remove_file(&path);
    assert_eq!(facts.fee.map(|f| f.to_string()), Some("750".into()));
    for figure in [
        "POZEW O ZAPŁATĘ",
        "13 488,00 zł",
        "7 851,98 zł",
        "750,00 zł",
        "od dnia 16.05.2025 do dnia zapłaty",
    ] {
        assert!(text.contains(figure), "{figure} not in the PDF:\n{text}");
    }
    let docx = render("docx", &json, &[], &[]).unwrap();
    assert!(docx.starts_with(b"PK"));
}
