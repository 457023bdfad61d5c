//! A small JavaScript API on the page (`window.wasmBindings` under Trunk): evaluate a case given
//! as a plain JS object and get the report back as one, for host pages and automation.

use crate::engine::evaluate_json;
use wasm_bindgen::prelude::*;

/// `evaluateCase(case)`: the case in its documented JSON shape (docs/json.md) -> the report.
/// Errors are thrown as strings (`{"kind": …}` for case errors).
///
/// It goes through the same JSON path as imports, so no second (de)serializer is compiled in.
#[wasm_bindgen(js_name = evaluateCase)]
pub fn evaluate_case(case: JsValue) -> Result<JsValue, JsValue> {
    let text = js_sys::JSON::stringify(&case)?
        .as_string()
        .ok_or_else(|| JsValue::from_str("not a case"))?;
    let report = evaluate_json(&text).map_err(|e| JsValue::from_str(&e))?;
    js_sys::JSON::parse(&report)
}
