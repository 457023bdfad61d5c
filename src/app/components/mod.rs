//! Shared form controls.

mod amount_input;

pub use amount_input::AmountInput;
