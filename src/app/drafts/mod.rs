//! Drafts in the browser: the bar above the tools and its panel.

mod backend;
mod profile;
pub mod share;
mod state;
mod transfer;
mod view;

pub use backend::LocalBackend;
pub use state::{use_drafts, Drafts};
pub use view::DraftsBar;

use super::store::Store;
use super::Ctx;
use leptos::prelude::*;

/// What the drafts chunk gives the app (src/main.rs fetches it; see `app::lazy`): drafts,
/// autosave, import and share need serde and the schema migrations, which are not in the
/// first load.
#[derive(Clone, Copy)]
pub struct DraftsParts {
    /// Restores the last draft (or a shared case) into the store and starts autosaving.
    pub start: fn(Ctx, Store) -> Drafts,
    /// The drafts bar and its panel.
    pub bar: fn(Drafts) -> AnyView,
    /// "My details" under the creditor.
    pub profile: fn(Drafts) -> AnyView,
}

impl DraftsParts {
    /// The real functions; referenced only where the chunk is fetched and in tests.
    pub fn direct() -> DraftsParts {
        DraftsParts {
            start: Drafts::start,
            bar: |d| {
                provide_context(d);
                DraftsBar().into_any()
            },
            profile: |d| view! { <profile::ProfileControl d=d/> }.into_any(),
        }
    }
}

/// Whether starting the app restores a case (a share link, or the last open draft): then the
/// form waits for the drafts chunk instead of showing an empty case first.
pub fn restores_on_start() -> bool {
    use crate::drafts::Backend;
    let shared = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.starts_with(share::FRAGMENT));
    shared || LocalBackend::new().get(crate::drafts::LAST_OPEN).is_some()
}
