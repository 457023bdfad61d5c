//! The Court tool: what the creditor files when the demand has failed, prepared from the case
//! and its contact log. The documents, fees and preconditions come from `engine::court`; this
//! module only picks the part for the case's law (pl.rs: e-Sąd and the paper pozew; ro.rs: the
//! ordonanța de plată and the cerere de valoare redusă) and the cross-border part (eu.rs).

mod eu;
mod pl;
mod ro;

use super::Tool;
use crate::app::use_ctx;
use crate::engine::locale::Jurisdiction;
use leptos::prelude::*;

#[component]
pub fn CourtTool() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="panel tool-court" data-testid="tool-court">
            <h1>{move || Tool::Court.label(ctx.texts())}</h1>
            <p class="intro">{move || ctx.texts().court().intro}</p>
            {move || match ctx.jurisdiction.get() {
                Jurisdiction::Pl => pl::PlCourt().into_any(),
                Jurisdiction::Ro => ro::RoCourt().into_any(),
            }}
            <eu::EuCourt/>
        </section>
    }
}
