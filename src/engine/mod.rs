//! The law and the arithmetic. Pure Rust: no browser or UI crate may be imported here
//! (tests/layering.rs enforces it), so everything is tested natively and fast.

pub mod bounds;
pub mod calendar;
pub mod case;
pub mod court;
pub mod document;
pub mod error;
pub mod interest;
mod json;
pub mod letter;
pub mod limitation;
pub mod locale;
pub mod money;
pub mod paste;
pub mod plan;
pub mod portfolio;
pub mod rates;
pub mod sorting;
pub mod words;

pub use interest::{evaluate, evaluate_json, CaseError, Report};
pub use json::{deadlines_json, schedule_json};
