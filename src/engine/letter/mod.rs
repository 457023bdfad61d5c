//! Demand letters and interest notes as structured content, with the identifiers and court fees
//! they cite. Every export (preview, print, PDF, DOCX, plain text) renders this content.

mod agreement;
mod compose;
mod fees;
mod ids;
mod model;
mod parts;
mod phrases;
mod ro_fees;
mod text;

pub use agreement::compose_agreement;
pub use compose::compose;
pub use fees::{pl_claim_fee, pl_epu_fee, ro_stamp_duty};
pub use ids::{check_cui, check_iban, check_krs, check_nip, check_regon, group_iban, IdError};
pub use model::*;
pub use ro_fees::{ro_payment_order_duty, ro_small_claim_duty, RO_SMALL_CLAIM_LIMIT};
pub use text::plain_text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
