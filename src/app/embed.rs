//! Embed mode (the widget's iframe, `?embed=1`): the tools, language and jurisdiction chosen in
//! the host page's snippet, and a link to the full version that carries the case along.

use super::tools::Tool;
use super::tr;
use crate::engine::locale::{Jurisdiction, Lang};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub tools: Vec<Tool>,
    pub lang: Option<Lang>,
    pub jurisdiction: Option<Jurisdiction>,
}

/// The embed settings of this page, if it is the widget.
pub fn from_url() -> Option<Embed> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    if params.get("embed").as_deref() != Some("1") {
        return None;
    }
    let mut tools: Vec<Tool> = params
        .get("tools")
        .unwrap_or_default()
        .split(',')
        .filter_map(|t| Tool::from_slug(t.trim()))
        .collect();
    if tools.is_empty() {
        tools = Tool::ALL.to_vec();
    }
    Some(Embed {
        tools,
        lang: params.get("lang").and_then(|l| Lang::from_tag(&l)),
        jurisdiction: params
            .get("jurisdiction")
            .and_then(|j| Jurisdiction::from_code(&j)),
    })
}

/// "Open the full version": the case goes along in a share link, in a new tab.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let drafts = use_context::<super::lazy::DraftsSlot>().unwrap_or_default();
    let open = move |_| {
        let window = web_sys::window();
        let Some(drafts) = drafts.get() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let (Some(window), Some(link)) = (window, drafts.share_url().await) {
                let full = link.replacen("embed=1", "embed=0", 1);
                let _ = window.open_with_url_and_target(&full, "_blank");
            }
        });
    };
    view! {
        <div class="embed-bar">
            <span>"Overdue"</span>
            <a href="./" target="_blank" rel="noopener" data-testid="open-full" on:click=move |ev| {
                ev.prevent_default();
                open(());
            }>{tr(|t| t.open_full)}</a>
        </div>
    }
}
