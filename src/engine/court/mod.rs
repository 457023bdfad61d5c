//! What going to court costs and requires. Letters quote these figures today; the court
//! documents of a later round reuse them, so each rule exists once.

mod due;
pub mod eu;
pub mod fees;
pub mod ro;

pub use fees::{
    pl_claim_fee, pl_epu_fee, pl_fee, pl_fee_law, ro_payment_order_duty, ro_small_claim_duty,
    ro_stamp_duty, PlFeeFraction, PlFeeLaw, RO_SMALL_CLAIM_LIMIT,
};
