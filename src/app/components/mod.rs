//! Shared form controls.

mod form_input;
mod rows;

pub use form_input::{Checkbox, FormInput};
pub use rows::RowHandle;
