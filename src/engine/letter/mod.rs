//! Demand letters, interest notes and the instalment agreement as `Document`s, with the identifiers and court fees
//! they cite. Every export (preview, print, PDF, DOCX, plain text) renders this content.

mod agreement;
mod compose;
mod ids;
mod model;
mod parts;
mod phrases;

pub use agreement::compose_agreement;
pub use compose::compose;
// Letters quote the court fees; the rules live with the court.
use crate::engine::court::fees;
pub use ids::{
    check_account, check_cui, check_iban, check_krs, check_nip, check_regon, group_iban, IdError,
};
pub use model::*;
// The model moved to engine::document when court documents joined letters; these paths stay.
pub use crate::engine::document::{plain_text, Block, Document};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
