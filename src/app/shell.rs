//! The frame around every tool: header, language and jurisdiction choice, navigation, footer.

use super::prefs::{self, Prefs};
use super::tools::{self, Tool};
use super::{use_ctx, Ctx};
use crate::app::tr;
use crate::engine::locale::{Jurisdiction, Lang};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let embed = super::embed::from_url();
    let mut stored = prefs::load();
    if let Some(e) = &embed {
        if let Some(lang) = e.lang {
            stored.lang = lang;
            stored.jurisdiction = lang.default_jurisdiction();
        }
        if let Some(j) = e.jurisdiction {
            stored.jurisdiction = j;
            stored.jurisdiction_chosen = true;
        }
    }
    let tools: Vec<Tool> = embed
        .as_ref()
        .map_or(Tool::ALL.to_vec(), |e| e.tools.clone());
    let ctx = Ctx::new(stored.lang, stored.jurisdiction);
    provide_context(ctx);
    let store = super::store::Store::new(ctx, stored.jurisdiction);
    provide_context(store);
    let drafts = super::lazy::DraftsSlot::new();
    provide_context(drafts);
    let owner = Owner::current().unwrap_or_default();
    let fetch_drafts =
        Callback::new(move |()| super::lazy::fetch_drafts(ctx, store, drafts, owner.clone()));
    let fetch_rest = move || {
        super::lazy::fetch_engine(store);
        fetch_drafts.run(());
    };
    // A case to restore: the form waits for it (no empty form first, nothing typed over).
    // Otherwise the first screen does not need the rest: it is fetched a second after the first
    // screen is painted, when the page is idle, so it does not compete with the first key
    // presses. Opening another tool before that fetches it at once.
    let restoring = super::drafts::restores_on_start();
    if restoring {
        fetch_rest();
    } else {
        request_animation_frame(move || {
            set_timeout(
                move || super::lazy::when_idle(fetch_rest),
                std::time::Duration::from_millis(1000),
            )
        });
    }
    let ready = move || !restoring || drafts.started.with(Option::is_some) || drafts.failed.get();
    let chosen = RwSignal::new(stored.jurisdiction_chosen);
    let first = tools.first().copied().unwrap_or(Tool::Interest);
    let tool = RwSignal::new(
        tools::tool_from_url()
            .filter(|t| tools.contains(t))
            .unwrap_or(first),
    );

    // Persist preferences and reflect the language in the document head.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let p = Prefs {
            v: 1,
            lang,
            jurisdiction: ctx.jurisdiction.get(),
            jurisdiction_chosen: chosen.get(),
        };
        prefs::save(&p);
        update_document_head(lang);
    });
    Effect::new(move |_| tools::tool_to_url(tool.get()));
    provide_context(tools::CurrentTool(tool));

    view! {
        <a class="skip" href="#main">{tr(|t| t.skip_to_content)}</a>
        <header class="top">
            <div class="brand">
                <svg class="logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                    <circle cx="32" cy="34" r="19" fill="none" stroke="currentColor" stroke-width="5"/>
                    <path d="M32 22v13l8 5" fill="none" stroke="#f2b441" stroke-width="5"
                        stroke-linecap="round" stroke-linejoin="round"/>
                    <rect x="26" y="6" width="12" height="6" rx="2" fill="currentColor"/>
                </svg>
                <div>
                    <p class="name">{tr(|t| t.app_name)}</p>
                    <p class="tagline">{tr(|t| t.tagline)}</p>
                </div>
            </div>
            <Settings chosen=chosen/>
        </header>
        {embed.is_some().then(|| view! { <super::embed::EmbedBar/> })}
        <Nav tool=tool tools=tools/>
        <div class="drafts-wrap">
            {move || match drafts.started.get() {
                Some((d, bar)) => bar(d),
                None if drafts.failed.get() => view! {
                    <super::lazy::LoadFailed retry=Some(fetch_drafts)/>
                }.into_any(),
                None => ().into_any(),
            }}
        </div>
        <main id="main" tabindex="-1">
            {move || if ready() {
                tools::view_tool(tool.get())
            } else {
                view! { <p class="loading" role="status">"…"</p> }.into_any()
            }}
        </main>
        <footer class="bottom">
            <span>{tr(|t| t.footer_privacy)}</span>
            " · "
            <span>{tr(|t| t.footer_disclaimer)}</span>
        </footer>
    }
}

#[component]
fn Settings(chosen: RwSignal<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let on_lang = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            ctx.lang.set(lang);
            if !chosen.get_untracked() {
                ctx.jurisdiction.set(lang.default_jurisdiction());
            }
        }
    };
    let on_jurisdiction = move |ev: leptos::ev::Event| {
        if let Some(j) = Jurisdiction::from_code(&event_target_value(&ev)) {
            chosen.set(true);
            ctx.jurisdiction.set(j);
        }
    };
    view! {
        <div class="settings">
            <label>
                <span>{tr(|t| t.language_label)}</span>
                <select data-testid="language" on:change=on_lang prop:value=move || ctx.lang.get().code()>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=move || ctx.lang.get() == l>
                            {super::i18n::Texts::get(l).lang_name}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span>{tr(|t| t.jurisdiction_label)}</span>
                <select data-testid="jurisdiction" on:change=on_jurisdiction
                    prop:value=move || ctx.jurisdiction.get().code()>
                    {Jurisdiction::ALL.into_iter().map(|j| view! {
                        <option value=j.code() selected=move || ctx.jurisdiction.get() == j>
                            {move || ctx.texts().jurisdiction(j)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}

#[component]
fn Nav(tool: RwSignal<Tool>, tools: Vec<Tool>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <nav class="tools" aria-label=move || ctx.texts().nav_label>
            <ul>
                {tools.into_iter().map(|t| view! {
                    <li>
                        <button type="button" data-testid=format!("nav-{}", t.slug())
                            aria-current=move || (tool.get() == t).then_some("page")
                            on:click=move |_| tool.set(t)>
                            {move || t.label(ctx.texts())}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

fn update_document_head(lang: Lang) {
    let texts = super::i18n::Texts::get(lang);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(texts.page_title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", texts.meta_description);
    }
}
