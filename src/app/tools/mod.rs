//! One module per tool; the current tool lives in a signal mirrored to `?tool=` (no router, so
//! the same code works inside an embedded widget).

pub mod interest;
pub mod letter;
pub mod limitation;
pub mod method;
pub mod plan;

use super::i18n::Texts;
use super::tr;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Interest,
    Plan,
    Limitation,
    Letter,
    Method,
}

impl Tool {
    pub const ALL: [Tool; 5] = [
        Tool::Interest,
        Tool::Plan,
        Tool::Limitation,
        Tool::Letter,
        Tool::Method,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Tool::Interest => "interest",
            Tool::Plan => "plan",
            Tool::Limitation => "limitation",
            Tool::Letter => "letter",
            Tool::Method => "method",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.slug() == slug)
    }

    pub fn label(self, t: &'static Texts) -> &'static str {
        match self {
            Tool::Interest => t.tools.interest,
            Tool::Plan => t.tools.plan,
            Tool::Limitation => t.tools.limitation,
            Tool::Letter => t.tools.letter,
            Tool::Method => t.tools.method,
        }
    }
}

/// Fetches the code of a tool that is not in the first load and renders it; `Err` when the
/// file could not be fetched (offline before it was ever cached). The binary provides it
/// (src/main.rs), so the library never links the tools' views into the first load itself.
pub type LoadTool = fn(Tool) -> Pin<Box<dyn Future<Output = Result<AnyView, ()>>>>;

/// The context value that carries the binary's `LoadTool`.
#[derive(Clone, Copy)]
pub struct ToolLoader(pub LoadTool);

pub fn view_tool(tool: Tool) -> AnyView {
    if tool == Tool::Interest {
        return interest::InterestTool().into_any();
    }
    let Some(ToolLoader(load)) = use_context::<ToolLoader>() else {
        return LoadFailed(LoadFailedProps { retry: None }).into_any();
    };
    // Each press of "try again" is a new attempt: a failed fetch is not cached.
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">"…"</p> }>
            {move || {
                attempt.track();
                Suspend::new(async move {
                    send_wrapper::SendWrapper::new(load(tool))
                        .await
                        .unwrap_or_else(|()| view! { <LoadFailed retry=Some(attempt)/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn LoadFailed(retry: Option<RwSignal<u32>>) -> impl IntoView {
    view! {
        <div class="error-box" role="alert" data-testid="load-failed">
            <p>{tr(|t| t.load_failed)}</p>
            {retry.map(|attempt| view! {
                <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                    {tr(|t| t.try_again)}
                </button>
            })}
        </div>
    }
}

fn search_params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

pub fn tool_from_url() -> Option<Tool> {
    Tool::from_slug(&search_params()?.get("tool")?)
}

/// Keeps the current tool in the address so a reload or a bookmark returns to it.
pub fn tool_to_url(tool: Tool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(params) = search_params() else {
        return;
    };
    params.set("tool", tool.slug());
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("?{}{}", String::from(params.to_string()), hash);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
