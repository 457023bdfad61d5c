//! Shared form controls.

mod form_input;
mod invoice_choice;
mod rows;

pub use form_input::{Checkbox, FormInput};
pub use invoice_choice::InvoiceChoice;
pub use rows::{focus_when_rendered, RowHandle};
