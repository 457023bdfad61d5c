//! The parts of the app that are not in the first load: the binary (src/main.rs) splits them
//! off the main wasm and gives the app these loaders. Each one fetches its wasm file on first
//! use; a failed fetch is not remembered, so "try again" fetches again.

use super::drafts::{Drafts, DraftsParts};
use super::store::{Engine, Store};
use super::tools::Tool;
use super::{tr, Ctx};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

type Loading<T> = Pin<Box<dyn Future<Output = Result<T, ()>>>>;

#[derive(Clone, Copy)]
pub struct Loaders {
    /// Fetches a tool other than Interest and renders it.
    pub tool: fn(Tool) -> Loading<AnyView>,
    /// Fetches the engine.
    pub engine: fn() -> Loading<Engine>,
    /// Fetches drafts (restore, autosave, the drafts bar).
    pub drafts: fn() -> Loading<DraftsParts>,
}

/// Started drafts and the functions that render their parts.
pub type StartedDrafts = (Drafts, DraftsParts);

/// The drafts of this browser, once their chunk is fetched and started.
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

/// Fetches the drafts chunk and starts drafts under `owner` (the app's), so their autosave and
/// cross-tab effects live as long as the app.
pub fn fetch_drafts(ctx: Ctx, store: Store, slot: DraftsSlot, owner: Owner) {
    let Some(loaders) = LOADERS.get().copied() else {
        slot.failed.set(true);
        return;
    };
    slot.failed.set(false);
    leptos::task::spawn_local(async move {
        match (loaders.drafts)().await {
            Ok(parts) => {
                let drafts = owner.with(|| (parts.start)(ctx, store));
                slot.started.set(Some((drafts, parts)));
            }
            Err(()) => slot.failed.set(true),
        }
    });
}

static LOADERS: OnceLock<Loaders> = OnceLock::new();

pub fn set_loaders(loaders: Loaders) {
    let _ = LOADERS.set(loaders);
}

/// Fetches the engine (once; later calls return at once) and hands it to the store.
pub fn fetch_engine(store: Store) {
    let Some(loaders) = LOADERS.get().copied() else {
        return;
    };
    store.engine_failed.set(false);
    leptos::task::spawn_local(async move {
        match (loaders.engine)().await {
            Ok(engine) => store.engine.set(Some(engine)),
            Err(()) => store.engine_failed.set(true),
        }
    });
}

/// Fetches a tool and the engine it reads (usually fetched already), then renders the tool.
pub async fn load_tool(tool: Tool, store: Store) -> Result<AnyView, ()> {
    let loaders = LOADERS.get().copied().ok_or(())?;
    let view = (loaders.tool)(tool).await?;
    let engine = (loaders.engine)().await?;
    if store.engine.get_untracked().is_none() {
        store.engine.set(Some(engine));
    }
    Ok(view)
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

/// Runs `f` when the page is idle (`requestIdleCallback`; 200 ms later where the browser has
/// no such thing).
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let callback: &js_sys::Function = callback.unchecked_ref();
    if window.request_idle_callback(callback).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 200);
    }
}
