//! Import benchmark (a figure to read, not a pass/fail test), natively in release mode: a KSeF
//! export package of 1 000 FA(3) invoices (official example 9 with 1 000 invoice numbers,
//! deflated, with `_metadata.json`) read into invoices and planned into cases.
//!
//! Run: `cargo bench --bench import` (or scripts/bench).

use overdue::engine::locale::Jurisdiction;
use overdue::import::plan::plan_import;
use overdue::import::{read, Batch, Limits};
use std::time::Instant;

#[path = "../tests/import/deflated_zip.rs"]
mod deflated_zip;

fn package() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/formats/ksef/przyklady/FA3/FA_3_Przyklad_9.xml"
    );
    let sample = std::fs::read_to_string(path).expect("FA(3) example 9");
    let mut files = Vec::new();
    let mut meta = Vec::new();
    for i in 0..1000 {
        let ksef = format!("9999999999-20260215-{i:012X}-00");
        let number = format!("FV2026/02/{i}");
        let xml = sample.replace("FV2026/02/150", &number);
        meta.push(format!(r#"{{"ksefNumber":"{ksef}","invoiceNumber":"{number}","issueDate":"2026-02-15","seller":{{"nip":"9999999999"}}}}"#));
        files.push((format!("{ksef}.xml"), xml.into_bytes()));
    }
    files.push((
        "_metadata.json".into(),
        format!(r#"{{"invoices":[{}]}}"#, meta.join(",")).into_bytes(),
    ));
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    deflated_zip::zip(&files)
}

fn main() {
    let bytes = package();
    let limits = Limits::default();
    let runs = 10;
    let start = Instant::now();
    let mut invoices = 0;
    for _ in 0..runs {
        let r = read("export.zip", &bytes, &limits);
        invoices = r.invoices.len();
        assert!(r.problems.is_empty());
    }
    let per_read = start.elapsed() / runs;
    let one = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/formats/ksef/przyklady/FA3/FA_3_Przyklad_9.xml"
    ))
    .expect("sample");
    let start = Instant::now();
    for _ in 0..1000 {
        assert_eq!(read("one.xml", &one, &limits).invoices.len(), 1);
    }
    let loose = start.elapsed();
    let mut batch = Batch::default();
    batch.add(read("export.zip", &bytes, &limits), &limits);
    let start = Instant::now();
    let plan = plan_import(&batch, None, &[], Jurisdiction::Pl);
    let planned = start.elapsed();
    println!(
        "import: KSeF package of {invoices} FA(3) invoices ({} KB zipped): read {:.1} ms, plan {:.1} ms ({} claims); 1 000 loose XML files: {:.1} ms",
        bytes.len() / 1024,
        per_read.as_secs_f64() * 1000.0,
        planned.as_secs_f64() * 1000.0,
        plan.groups.iter().map(|g| g.claims.len()).sum::<usize>(),
        loose.as_secs_f64() * 1000.0
    );
}
