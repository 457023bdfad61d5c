//! The parts of the app that are not in the first load: the binary (src/main.rs) splits them
//! off the main wasm and gives the app these loaders. Each one fetches its wasm file on first
//! use; a failed fetch is not remembered, so "try again" fetches again.

use super::store::{Engine, Store};
use super::tools::Tool;
use super::tr;
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
