//! A small JavaScript API on the page (`window.wasmBindings` under Trunk): evaluate a case given
//! as a plain JS object and get the report back as one, for host pages and automation.

use crate::engine::case::Case;
use crate::engine::evaluate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// `evaluateCase(case)`: the case in its documented JSON shape (docs/json.md) -> the report.
/// Errors are thrown as strings (`{"kind": …}` for case errors).
#[wasm_bindgen(js_name = evaluateCase)]
pub fn evaluate_case(case: JsValue) -> Result<JsValue, JsValue> {
    let case: Case =
        serde_wasm_bindgen::from_value(case).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let report = evaluate(&case).map_err(|e| JsValue::from_str(&e.to_string()))?;
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}
