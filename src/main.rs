//! Browser entry point: mounts the app and exposes `evaluateCase` to the page. Everything else
//! lives in the library. (The JS API is here, not in the library, so the export worker, which
//! links the same library, does not carry it.)

#[cfg(target_arch = "wasm32")]
fn main() {
    overdue::app::start(overdue::app::lazy::Loaders {
        tool: lazy::load_tool,
        engine: lazy::load_engine,
        drafts: lazy::load_drafts,
    });
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
    let report = lazy::evaluate_json(text)
        .await
        .map_err(|_| error(r#"{"kind":"engine_unavailable"}"#))?
        .map_err(|e| error(&e))?;
    js_sys::JSON::parse(&report)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Overdue runs in the browser: build it with `trunk build` (see README.md).");
}

/// Everything the first screen does not need (the tools other than Interest, the engine, drafts)
/// is split off the main wasm (scripts/wasm-link) into one file, `split_rest.wasm`, fetched
/// once the first screen is idle, or at once when a draft is restored. One split module, not
/// one per tool: wasm-split makes a file for every combination of split points that share
/// code (22 small files with one per part, which slowed the start). The split points are
/// here, in the binary, because each is an exported symbol: in the library they would also be
/// linked into the export worker.
#[cfg(target_arch = "wasm32")]
mod lazy {
    use leptos::prelude::{AnyView, IntoAny};
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use overdue::app::drafts::DraftsParts;
    use overdue::app::store::Engine;
    use overdue::app::tools::{contacts, letter, limitation, method, plan, Tool};
    use std::future::Future;
    use std::pin::Pin;

    pub fn load_tool(tool: Tool) -> Pin<Box<dyn Future<Output = Result<AnyView, ()>>>> {
        Box::pin(async move {
            let view = match tool {
                Tool::Plan => plan_tool().await,
                Tool::Limitation => limitation_tool().await,
                Tool::Letter => letter_tool().await,
                Tool::Method => method_page().await,
                Tool::Overview => overview_tool().await,
                Tool::Contacts => contacts_tool().await,
                Tool::Import => import_tool().await,
                // Part of the first load; never fetched.
                Tool::Interest => return Err(()),
            };
            view.map_err(|_| ())
        })
    }

    pub fn load_engine() -> Pin<Box<dyn Future<Output = Result<Engine, ()>>>> {
        Box::pin(async { engine().await.map_err(|_| ()) })
    }

    pub fn load_drafts() -> Pin<Box<dyn Future<Output = Result<DraftsParts, ()>>>> {
        Box::pin(async { drafts().await.map_err(|_| ()) })
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn drafts() -> Result<DraftsParts, SplitLoaderError> {
        Ok(DraftsParts::direct())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn engine() -> Result<Engine, SplitLoaderError> {
        Ok(Engine::direct())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn evaluate_json(case: String) -> Result<Result<String, String>, SplitLoaderError> {
        Ok(overdue::engine::evaluate_json(&case))
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn plan_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(plan::PlanTool().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn limitation_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(limitation::LimitationTool().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn letter_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(letter::LetterTool().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn method_page() -> Result<AnyView, SplitLoaderError> {
        Ok(method::MethodPage().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn overview_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(overdue::app::overview::OverviewTool().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn contacts_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(contacts::ContactsTool().into_any())
    }

    #[wasm_split(rest, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn import_tool() -> Result<AnyView, SplitLoaderError> {
        Ok(overdue::app::import::ImportTool().into_any())
    }
}
