//! Browser entry point: mounts the app and exposes `evaluateCase` to the page. Everything else
//! lives in the library. (The JS API is here, not in the library, so the export worker, which
//! links the same library, does not carry it.)

#[cfg(target_arch = "wasm32")]
fn main() {
    overdue::app::start(split::load_rest);
}

/// `window.wasmBindings.evaluateCase(case)`: the case in its documented JSON shape
/// (docs/json.md) -> a Promise of the report, for host pages and automation. It goes through the
/// same JSON path as imports, so no second (de)serializer is compiled in. Errors reject with the
/// error object of docs/json.md (`{kind: "negative_claim", claim: 0}`), never a string of Rust
/// debug text, and never an abort: the engine refuses what it cannot compute before computing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = evaluateCase)]
pub async fn evaluate_case(
    case: wasm_bindgen::JsValue,
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    use wasm_bindgen::JsValue;
    let error = |json: &str| js_sys::JSON::parse(json).unwrap_or_else(|_| JsValue::from_str(json));
    // `undefined`, a function, a BigInt or a cycle cannot be written as JSON.
    let text = js_sys::JSON::stringify(&case)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| error(r#"{"kind":"not_a_case"}"#))?;
    let rest = overdue::app::lazy::rest()
        .await
        .map_err(|()| error(r#"{"kind":"engine_unavailable"}"#))?;
    let report = (rest.evaluate_json)(&text).map_err(|e| error(&e))?;
    js_sys::JSON::parse(&report)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Overdue runs in the browser: build it with `trunk build` (see README.md).");
}

/// Everything the first screen does not need (`overdue::app::lazy::Rest`: the engine, drafts,
/// the tools other than Interest) is split off the main wasm (scripts/wasm-link) into one file,
/// `split_rest.wasm`, fetched once the first screen is idle, or at once when a draft is
/// restored. ONE split point, returning every part: wasm-split makes a file for every
/// combination of split points that share code (22 small files with one per part, which slowed
/// the start), and one point keeps that to one file by construction. New lazily loaded parts
/// join `Rest` (a tool: its arm in `app::tools::lazy_view`), never a new split point here. The
/// split point is in the binary, not the library, because it is an exported symbol: in the
/// library it would also be linked into the export worker.
#[cfg(target_arch = "wasm32")]
mod split {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use overdue::app::lazy::Rest;
    use std::future::Future;
    use std::pin::Pin;

    /// The loader `app::lazy::rest` calls.
    pub fn load_rest() -> Pin<Box<dyn Future<Output = Result<Rest, ()>>>> {
        Box::pin(async { rest_of_app().await.map_err(|_| ()) })
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn rest_of_app() -> Result<Rest, SplitLoaderError> {
        Ok(Rest::direct())
    }
}
