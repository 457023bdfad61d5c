#![cfg(not(target_arch = "wasm32"))]
//! A real word processor opens the DOCX: LibreOffice (headless) converts it to text and every
//! figure, the amount in words and the diacritics are there.

use overdue::engine::letter::{LetterKind, LetterOptions};
use overdue::export::docx::letter_docx;
use std::path::PathBuf;

mod common;
use common::{example_case, letter_of, letter_with_paragraphs};
use std::process::Command;

fn soffice_text(name: &str, bytes: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("docx-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.docx"));
    std::fs::write(&file, bytes).unwrap();
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let status = Command::new("soffice")
        .args([
            &profile,
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
        ])
        .arg(&dir)
        .arg(&file)
        .status()
        .expect("LibreOffice (soffice) is installed by scripts/setup.sh");
    assert!(status.success());
    std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("converted text")
}

#[test]
fn libreoffice_reads_the_polish_demand_and_the_romanian_somatie() {
    let mut case = example_case(LetterOptions {
        kind: LetterKind::PlDemand,
        place: "Łódź".into(),
        iban: "PL61109010140000071219812874".into(),
        ..LetterOptions::default()
    });
    let text = soffice_text("pl", &letter_docx(&letter_of(&case)));
    for expected in [
        "Łódź, 31.12.2025",
        "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "14 788,37 zł",
        "czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy",
        "PL61 1090 1014 0000 0712 1981 2874",
        "Hurtownia Kowalski",
        "ul. Leśna 2, 30-001 Kraków",
        "551,98 zł",
    ] {
        assert!(
            text.replace('\u{a0}', " ").contains(expected),
            "missing {expected:?} in\n{text}"
        );
    }

    case.jurisdiction = overdue::engine::locale::Jurisdiction::Ro;
    case.letter.kind = LetterKind::RoSomatie;
    case.creditor.name = "Tipografia Ştefan Ţepeş SRL".into();
    let text = soffice_text("ro", &letter_docx(&letter_of(&case)));
    assert!(text.contains("SOMAȚIE DE PLATĂ"), "{text}");
    // Cedilla ş/ţ as typed are printed as comma-below ș/ț.
    assert!(text.contains("Tipografia Ștefan Țepeș SRL"), "{text}");
}

/// Word's keep-with-next read by a real word processor: letters of increasing length are
/// converted to PDF by LibreOffice in one run and read back page by page; the signature is
/// always on the page of the last paragraph, and some lengths do move that paragraph along.
#[test]
fn libreoffice_keeps_the_signature_with_the_last_paragraph() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("docx-keep");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let lengths: Vec<usize> = (1..40).collect();
    let mut files = Vec::new();
    for n in &lengths {
        let case = letter_with_paragraphs(*n);
        let file = dir.join(format!("keep-{n}.docx"));
        std::fs::write(&file, letter_docx(&letter_of(&case))).unwrap();
        files.push(file);
    }
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let status = Command::new("soffice")
        .args([&profile, "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .args(&files)
        .status()
        .expect("LibreOffice (soffice)");
    assert!(status.success());
    let mut moved = 0;
    for n in lengths {
        let pdf = dir.join(format!("keep-{n}.pdf"));
        let pages: Vec<String> = (1..=4)
            .map(|p| {
                let out = Command::new("pdftotext")
                    .args(["-enc", "UTF-8", "-f", &p.to_string(), "-l", &p.to_string()])
                    .arg(&pdf)
                    .arg("-")
                    .output()
                    .expect("pdftotext");
                String::from_utf8_lossy(&out.stdout).to_string()
            })
            .take_while(|t| !t.trim().is_empty())
            .collect();
        let on = |needle: &str| {
            pages
                .iter()
                .position(|t| t.contains(needle))
                .unwrap_or_else(|| panic!("{needle:?} missing ({n})"))
        };
        let signature = on("Jan Nowak, prezes zarządu");
        assert_eq!(on(&format!("numer {n}.")), signature, "{n} paragraphs");
        if n >= 2 && signature > 0 && on(&format!("numer {}.", n - 1)) < signature {
            moved += 1;
        }
    }
    assert!(moved > 0, "no length put the signature at a page break");
}
