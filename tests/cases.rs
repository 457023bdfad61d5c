#![cfg(not(target_arch = "wasm32"))]
//! Worked examples as data (tests/cases/README.md): every case file is evaluated through the JSON
//! entry point, its independent figures checked, and its whole report compared with its pin.

use overdue::engine::evaluate_json;
use overdue::engine::testkit::pinned;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");

fn read_json(path: &PathBuf) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_worked_example() {
    let mut names: Vec<String> = fs::read_dir(DIR)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().ok()?;
            Some(name.strip_suffix(".case.json")?.to_string())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 3, "the examples are found");
    let mut failures = Vec::new();
    for name in &names {
        let case = fs::read_to_string(format!("{DIR}/{name}.case.json")).unwrap();
        let report: Value = match evaluate_json(&case) {
            Ok(json) => serde_json::from_str(&json).unwrap(),
            Err(e) => {
                failures.push(format!("{name}: not evaluated: {e}"));
                continue;
            }
        };
        let expect = read_json(&PathBuf::from(format!("{DIR}/{name}.expect.json")));
        let expect = expect.as_object().expect("pointer -> value");
        assert!(!expect.is_empty(), "{name}: no independent figure");
        for (pointer, want) in expect {
            let got = report.pointer(pointer);
            if got != Some(want) {
                failures.push(format!("{name} {pointer}: expected {want}, got {got:?}"));
            }
        }
        let pretty = serde_json::to_string_pretty(&report).unwrap() + "\n";
        let pin = format!("tests/cases/{name}.report.json");
        if pinned(&pin, &pretty) != pretty {
            failures.push(format!("{name}: the report differs from {pin}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
