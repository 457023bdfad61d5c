//! Browser entry point: mounts the app and exposes `evaluateCase` to the page. Everything else
//! lives in the library. (The JS API is here, not in the library, so the export worker, which
//! links the same library, does not carry it.)

#[cfg(target_arch = "wasm32")]
fn main() {
    overdue::app::start();
}

/// `window.wasmBindings.evaluateCase(case)`: the case in its documented JSON shape
/// (docs/json.md) -> the report, for host pages and automation. Errors are thrown as strings
/// (`{"kind": …}` for case errors). It goes through the same JSON path as imports, so no
/// second (de)serializer is compiled in.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = evaluateCase)]
pub fn evaluate_case(
    case: wasm_bindgen::JsValue,
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    use wasm_bindgen::JsValue;
    let text = js_sys::JSON::stringify(&case)?
        .as_string()
        .ok_or_else(|| JsValue::from_str("not a case"))?;
    let report = overdue::engine::evaluate_json(&text).map_err(|e| JsValue::from_str(&e))?;
    js_sys::JSON::parse(&report)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Overdue runs in the browser: build it with `trunk build` (see README.md).");
}
