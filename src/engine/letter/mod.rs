//! Demand letters and interest notes as structured content, with the identifiers and court fees
//! they cite. Every export (preview, print, PDF, DOCX, plain text) renders this content.

mod agreement;
mod compose;
mod ids;
mod model;
mod parts;
mod phrases;
mod text;

pub use agreement::compose_agreement;
pub use compose::compose;
// Letters quote the court fees; the rules live with the court.
use crate::engine::court::fees;
pub use ids::{
    check_account, check_cui, check_iban, check_krs, check_nip, check_regon, group_iban, IdError,
};
pub use model::*;
pub use text::plain_text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
