//! What going to court costs and requires, and the documents filed there. Letters quote the same
//! fees as the court documents, so each rule exists once.

mod due;
pub mod eu;
pub mod fees;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod golden;
pub mod pl;
pub mod ro;

pub use fees::{
    pl_claim_fee, pl_epu_fee, pl_fee, pl_fee_law, ro_payment_order_duty, ro_small_claim_duty,
    ro_stamp_duty, PlFeeFraction, PlFeeLaw, RO_SMALL_CLAIM_LIMIT,
};
