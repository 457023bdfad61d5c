//! The interest choices are part of the Case (`engine::case::interest`); what they mean for the
//! regime applied is decided here.

pub use crate::engine::case::interest::{
    Allocation, DayCount, InterestKind, InterestOptions, UserRate,
};

/// The regime actually applied. Commercial-transaction interest needs businesses (or public
/// bodies) on both sides: PL art. 1–2 of the act of 8.03.2013 on late payment in commercial
/// transactions (UPNO), RO Legea 72/2013 art. 1 (contracts with consumers excluded) and
/// OG 13/2011 art. 3 alin. (2¹) ("between professionals"). With a consumer on either side the
/// statutory interest for delay applies instead (PL art. 481 § 2 KC, RO OG 13/2011 art. 3
/// alin. (2)); the report says so with `Warning::CommercialNotForConsumers`.
pub fn effective_kind(case: &crate::engine::case::Case) -> InterestKind {
    use crate::engine::case::PartyKind;
    let consumer =
        case.debtor.kind == PartyKind::Consumer || case.creditor.kind == PartyKind::Consumer;
    match case.interest.kind {
        InterestKind::Commercial if consumer => InterestKind::Statutory,
        kind => kind,
    }
}
