//! The Interest tool: parties and regime, invoices, payments, settings; results beside them.

mod breakdown;
mod claims;
pub mod names;
mod parties;
mod payments;
mod peek;
mod results;
mod settings;

use super::Tool;
use crate::app::tr;
use crate::app::use_ctx;
use leptos::prelude::*;

#[component]
pub fn InterestTool() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="panel tool-interest" data-testid="tool-interest">
            <h1>{move || Tool::Interest.label(ctx.texts())}</h1>
            <p class="intro">{tr(|t| t.interest_intro)}</p>
            <div class="split">
                <div class="inputs">
                    <parties::Parties/>
                    <claims::Claims/>
                    <payments::Payments/>
                    <settings::Settings/>
                </div>
                <aside class="results" id="results" aria-live="polite">
                    <results::Results/>
                </aside>
            </div>
            <breakdown::Breakdown/>
            <peek::TotalPeek/>
        </section>
    }
}
