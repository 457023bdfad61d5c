//! Overdue: a debt-recovery calculator and planner for Poland and Romania.
//!
//! `engine` holds the law and the arithmetic and is tested natively; `app` is the Leptos UI,
//! compiled only for the browser.

pub mod drafts;
pub mod engine;
pub mod export;
pub mod form;
pub mod import;

#[cfg(target_arch = "wasm32")]
pub mod app;
