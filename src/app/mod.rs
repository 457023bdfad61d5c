//! The Leptos UI. It reads engine results and never computes law itself.

pub mod components;
pub mod documents;
pub mod download;
pub mod drafts;
pub mod embed;
pub mod first_screen;
pub mod fonts;
pub mod i18n;
pub mod import;
pub mod lazy;
pub mod overview;
pub mod prefs;
pub mod shell;
pub mod store;
pub mod tools;

use crate::engine::locale::{Jurisdiction, Lang};
use i18n::Texts;
use leptos::prelude::*;

/// App-wide choices every view reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub jurisdiction: RwSignal<Jurisdiction>,
}

impl Ctx {
    pub fn new(lang: Lang, jurisdiction: Jurisdiction) -> Self {
        Ctx {
            lang: RwSignal::new(lang),
            jurisdiction: RwSignal::new(jurisdiction),
        }
    }

    pub fn texts(&self) -> &'static Texts {
        Texts::get(self.lang.get())
    }
}

pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| Ctx::new(Lang::En, Jurisdiction::Pl))
}

/// A static text in the current language. Every call returns the same closure type, so the
/// many texts of the UI share one compiled text node instead of one each (a smaller wasm).
pub fn tr(
    f: fn(&'static Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_ctx().lang;
    move || f(Texts::get(lang.get()))
}

/// `tr` as an owned string signal, for props that take one.
pub fn trs(f: fn(&'static Texts) -> &'static str) -> Signal<String> {
    let text = tr(f);
    Signal::derive(move || text().to_string())
}

/// Mounts the app; `load_rest` fetches the part that is not in the first load (app::lazy).
pub fn start(load_rest: lazy::LoadRest) {
    console_error_panic_hook_lite();
    lazy::set_loader(load_rest);
    first_screen::mount_over_static(|| leptos::mount::mount_to_body(shell::App));
    // The first screen is in the document now; scripts/speed measures the first load up to it.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("overdue-first-screen");
    }
}

/// Panics abort in release; in debug builds the message reaches the console.
fn console_error_panic_hook_lite() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
