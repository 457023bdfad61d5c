//! Shared form controls.

mod form_input;

pub use form_input::{Checkbox, FormInput};
