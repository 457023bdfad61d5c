//! The frame of a tool whose issue is not built yet: its purpose, stated honestly.

use super::Tool;
use crate::app::i18n::Texts;
use crate::app::tr;
use crate::app::use_ctx;
use leptos::prelude::*;

pub fn view(tool: Tool, intro: fn(&'static Texts) -> &'static str) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="panel" data-testid=format!("tool-{}", tool.slug())>
            <h1>{move || tool.label(ctx.texts())}</h1>
            <p class="intro">{move || intro(ctx.texts())}</p>
            <p class="note">{tr(|t| t.in_preparation)}</p>
        </section>
    }
}
