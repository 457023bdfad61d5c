//! One module per tool; the current tool lives in a signal mirrored to `?tool=` (no router, so
//! the same code works inside an embedded widget).

pub mod contacts;
pub mod court;
pub mod interest;
pub mod letter;
pub mod limitation;
pub mod method;
pub mod plan;

use super::i18n::Texts;
use super::lazy::LoadFailed;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Interest,
    Plan,
    Limitation,
    Letter,
    Method,
    Overview,
    Contacts,
    Court,
    Import,
}

impl Tool {
    pub const ALL: [Tool; 9] = [
        Tool::Interest,
        Tool::Plan,
        Tool::Limitation,
        Tool::Letter,
        Tool::Method,
        Tool::Overview,
        Tool::Contacts,
        Tool::Court,
        Tool::Import,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Tool::Interest => "interest",
            Tool::Plan => "plan",
            Tool::Limitation => "limitation",
            Tool::Letter => "letter",
            Tool::Method => "method",
            Tool::Overview => "overview",
            Tool::Contacts => "contacts",
            Tool::Court => "court",
            Tool::Import => "import",
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
            Tool::Overview => t.tools.overview,
            Tool::Contacts => t.tools.contacts,
            Tool::Court => t.tools.court,
            Tool::Import => t.tools.import,
        }
    }
}

/// The tool on screen, for links that lead to another tool (the check before sending, the
/// overview opening a case). Provided by the shell.
#[derive(Clone, Copy)]
pub struct CurrentTool(pub RwSignal<Tool>);

/// Interest is in the first load; the other tools are fetched when first opened.
pub fn view_tool(tool: Tool) -> AnyView {
    if tool == Tool::Interest {
        return interest::InterestTool().into_any();
    }
    let store = super::store::use_store();
    // Each press of "try again" is a new attempt.
    let attempt = RwSignal::new(0u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">"…"</p> }>
            {move || {
                attempt.track();
                Suspend::new(async move {
                    send_wrapper::SendWrapper::new(super::lazy::load_tool(tool, store))
                        .await
                        .unwrap_or_else(|()| view! { <LoadFailed retry=Some(retry)/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// THE place that maps a lazily loaded tool to its view: a new tool fetched with the rest of the
/// app (not in the first load) needs only its arm here (and its `Tool` variant); it joins the
/// one split-off module through `app::lazy::Rest::tool`, with no new split point. Reached only
/// from the split point in src/main.rs, so nothing named here is in the first load.
pub fn lazy_view(tool: Tool) -> AnyView {
    match tool {
        Tool::Plan => plan::PlanTool().into_any(),
        Tool::Limitation => limitation::LimitationTool().into_any(),
        Tool::Letter => letter::LetterTool().into_any(),
        Tool::Method => method::MethodPage().into_any(),
        Tool::Overview => super::overview::OverviewTool().into_any(),
        Tool::Contacts => contacts::ContactsTool().into_any(),
        Tool::Court => court::CourtTool().into_any(),
        Tool::Import => super::import::ImportTool().into_any(),
        // In the first load (`view_tool` never asks for it here).
        Tool::Interest => interest::InterestTool().into_any(),
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
