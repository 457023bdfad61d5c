//! Drafts in the browser: the bar above the tools and its panel.

mod backend;
pub mod share;
mod state;
mod transfer;
mod view;

pub use state::{use_drafts, Drafts};
pub use view::DraftsBar;
