//! The part of the app that is not in the first load, fetched as one piece.
//!
//! The one-loader rule: src/main.rs has ONE split point, which returns [`Rest`], everything the
//! first screen does not need (the engine, drafts, the tools other than Interest, the JSON
//! evaluation of `evaluateCase`). Every part of the app awaits [`rest`]: the first call fetches
//! the split-off wasm, later calls return at once, and a failed fetch is not remembered, so
//! "try again" fetches again (wasm_split_helpers also serialises concurrent first calls onto one
//! fetch). A new lazily loaded tool needs only its match arm in `tools::lazy_view`; a new part
//! that is not a tool becomes a field of `Rest`. Never add a second split point: wasm-split
//! makes a file for every combination of split points that share code.

use super::drafts::{Drafts, DraftsParts};
use super::store::{EngineFns, Store};
use super::tools::Tool;
use super::{tr, Ctx};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

/// Everything the first load leaves out, as function pointers into the split-off module.
#[derive(Clone, Copy)]
pub struct Rest {
    /// The engine the store computes with.
    pub engine: EngineFns,
    /// Drafts (restore, autosave, the drafts bar).
    pub drafts: DraftsParts,
    /// Renders a tool other than Interest (`tools::lazy_view`).
    pub tool: fn(Tool) -> AnyView,
    /// `window.wasmBindings.evaluateCase`: case JSON -> report JSON or the error object's JSON.
    pub evaluate_json: fn(&str) -> Result<String, String>,
}

impl Rest {
    /// The real parts; referenced only by the split point in src/main.rs (and tests), so all of
    /// them land in the split-off module.
    pub fn direct() -> Rest {
        Rest {
            engine: EngineFns::direct(),
            drafts: DraftsParts::direct(),
            tool: super::tools::lazy_view,
            evaluate_json: crate::engine::evaluate_json,
        }
    }
}

/// Fetches the split-off module and returns its parts (src/main.rs).
pub type LoadRest = fn() -> Pin<Box<dyn Future<Output = Result<Rest, ()>>>>;

static LOADER: OnceLock<LoadRest> = OnceLock::new();
static REST: OnceLock<Rest> = OnceLock::new();

pub fn set_loader(load: LoadRest) {
    let _ = LOADER.set(load);
}

/// The one loader every part awaits (see the module comment).
pub async fn rest() -> Result<Rest, ()> {
    if let Some(rest) = REST.get() {
        return Ok(*rest);
    }
    let load = LOADER.get().copied().ok_or(())?;
    let rest = load().await?;
    Ok(*REST.get_or_init(|| rest))
}

/// Started drafts and the functions that render their parts.
pub type StartedDrafts = (Drafts, DraftsParts);

/// The drafts of this browser, once the rest is fetched and drafts are started.
#[derive(Clone, Copy)]
pub struct DraftsSlot {
    pub started: RwSignal<Option<StartedDrafts>>,
    pub failed: RwSignal<bool>,
}

impl DraftsSlot {
    pub fn new() -> Self {
        DraftsSlot {
            started: RwSignal::new(None),
            failed: RwSignal::new(false),
        }
    }

    pub fn get(&self) -> Option<Drafts> {
        self.started.get_untracked().map(|(d, _)| d)
    }
}

impl Default for DraftsSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// Fetches the rest and starts drafts under `owner` (the app's), so their autosave and
/// cross-tab effects live as long as the app.
pub fn fetch_drafts(ctx: Ctx, store: Store, slot: DraftsSlot, owner: Owner) {
    slot.failed.set(false);
    leptos::task::spawn_local(async move {
        match rest().await {
            Ok(rest) => {
                if slot.started.with_untracked(Option::is_none) {
                    let drafts = owner.with(|| (rest.drafts.start)(ctx, store));
                    slot.started.set(Some((drafts, rest.drafts)));
                }
            }
            Err(()) => slot.failed.set(true),
        }
    });
}

/// Fetches the rest (once; later calls return at once) and hands the engine to the store.
pub fn fetch_engine(store: Store) {
    store.engine_failed.set(false);
    leptos::task::spawn_local(async move {
        match rest().await {
            Ok(rest) => give_engine(store, rest),
            Err(()) => store.engine_failed.set(true),
        }
    });
}

fn give_engine(store: Store, rest: Rest) {
    if store.engine.with_untracked(Option::is_none) {
        store.engine.set(Some(rest.engine));
    }
}

/// Fetches the rest, then renders the tool (the engine it reads comes with it).
pub async fn load_tool(tool: Tool, store: Store) -> Result<AnyView, ()> {
    let rest = rest().await?;
    give_engine(store, rest);
    Ok((rest.tool)(tool))
}

#[component]
pub fn LoadFailed(retry: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div class="error-box" role="alert" data-testid="load-failed">
            <p>{tr(|t| t.load_failed)}</p>
            {retry.map(|retry| view! {
                <button type="button" on:click=move |_| retry.run(())>{tr(|t| t.try_again)}</button>
            })}
        </div>
    }
}

/// Runs `f` when the page is idle (`requestIdleCallback`, at the latest after 2 s: a page that
/// never looks idle still gets the rest of the app; 200 ms later where the browser has no such
/// thing). The options object goes through JS, so no more web-sys bindings are compiled in.
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &JsValue::from(2000));
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = idle.is_some_and(|idle| idle.call2(&window, &callback, &options).is_ok());
    if !scheduled {
        let callback: &js_sys::Function = callback.unchecked_ref();
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 200);
    }
}
