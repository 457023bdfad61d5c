#![cfg(not(target_arch = "wasm32"))]
//! The documented JSON contract (docs/json.md): the example case evaluates to the example report.
//! After an intended change, regenerate with `OVERDUE_BLESS=1 cargo test --test json_contract`.

use overdue::engine::evaluate_json;
use overdue::engine::testkit::{example_json, pinned};

#[test]
fn example_case_evaluates_to_the_documented_report() {
    let report = evaluate_json(&example_json()).expect("the documented case is valid");
    let value: serde_json::Value = serde_json::from_str(&report).unwrap();
    let pretty = serde_json::to_string_pretty(&value).unwrap() + "\n";
    let documented = pinned("docs/report.example.json", &pretty);
    // Independent figures (docs/json.md): total due 14 788,37, interest outstanding 1 300,95.
    assert_eq!(value["totals"]["total_due"], "14788.37");
    assert_eq!(value["totals"]["interest_outstanding"], "1300.95");
    assert_eq!(value["totals"]["compensation"], "635.44");
    assert_eq!(
        pretty, documented,
        "docs/report.example.json is out of date"
    );
}
