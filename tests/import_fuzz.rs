#![cfg(not(target_arch = "wasm32"))]
//! The import JSON entry point on mutated official samples and random bytes: a result or typed
//! problems, never a panic (the release build aborts on panic, which kills the page).

use overdue::engine::locale::Jurisdiction;
use overdue::import::plan::{plan_import, ExistingCase};
use overdue::import::{import_json, read, Batch, Limits};
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

fn samples() -> &'static Vec<Vec<u8>> {
    static SAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/formats");
        let mut out = Vec::new();
        for dir in [
            "ksef/przyklady/FA3",
            "ksef/przyklady/FA2",
            "efactura/cius-ro-exemple",
            "efactura/anaf-exemple-2022",
            "efactura/anaf-descarcare",
        ] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            out.extend(files.iter().map(|p| std::fs::read(p).unwrap()));
        }
        let lists = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/import");
        for name in [
            "lista_cp1250.csv",
            "lista_ro_cp1250.csv",
            "list_utf8_bom.tsv",
        ] {
            out.push(std::fs::read(lists.join(name)).unwrap());
        }
        out
    })
}

#[derive(Clone, Debug)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..12))
            .prop_map(|(i, v)| Edit::Insert(i, v)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Flip(i, b) => {
                if let Some(x) = bytes.get_mut(i % len) {
                    *x = *b;
                }
            }
            Edit::Insert(i, v) => {
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, v.iter().copied());
            }
            Edit::Delete(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Truncate(i) => bytes.truncate(i % len),
        }
    }
    bytes
}

fn well_formed(json: &str) {
    let v: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    assert!(
        v["invoices"].is_array() && v["problems"].is_array(),
        "{json}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn mutated_samples_give_results_or_problems(which in any::<usize>(), edits in prop::collection::vec(edit(), 1..6), as_zip in any::<bool>()) {
        let s = samples();
        let bytes = apply(s[which % s.len()].clone(), &edits);
        well_formed(&import_json("f.xml", &bytes));
        well_formed(&import_json("f.csv", &bytes));
        // The planner on whatever was read, beside an intact sample: no panic either.
        let limits = Limits::default();
        let mut batch = Batch::default();
        batch.add(read("f.xml", &bytes, &limits), &limits);
        batch.add(read("s.xml", &s[(which + 1) % s.len()], &limits), &limits);
        let existing = [ExistingCase { debtor_tax_id: "1111111111".into(), claim_numbers: vec!["FV2026/02/150".into()], ..ExistingCase::default() }];
        let _ = plan_import(&batch, None, &existing, Jurisdiction::Pl);
        if as_zip {
            // The mutated file inside a package, and the package itself mutated.
            let z = zip_one("9999999999-20260215-0A1B2C3D4E5F-01.xml", &bytes);
            well_formed(&import_json("p.zip", &z));
            well_formed(&import_json("p.zip", &apply(z, &edits)));
        }
    }

    #[test]
    fn random_bytes_give_results_or_problems(bytes in prop::collection::vec(any::<u8>(), 0..2048), prefix in 0usize..4) {
        let head: &[u8] = [&b""[..], b"<?xml version=\"1.0\"?><", b"PK\x03\x04", b"Kontrahent;NIP;Nr faktury;Kwota brutto\n"][prefix];
        let mut all = head.to_vec();
        all.extend_from_slice(&bytes);
        well_formed(&import_json("r.bin", &all));
    }
}

/// A one-entry stored ZIP, written by the app's own ZIP writer.
fn zip_one(name: &str, data: &[u8]) -> Vec<u8> {
    overdue::export::zip::zip(&[(name, data.to_vec())])
}
