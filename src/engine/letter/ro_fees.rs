//! Romanian stamp duties of the procedures a somație or notice leads to (OUG 80/2013 as amended
//! by Legea 132/2020; ro/collection.md §7.5, §8.4). The ordinary action's scale (art. 3) is
//! `ro_stamp_duty` in fees.rs.

use rust_decimal::Decimal;

/// OUG 80/2013 art. 6 alin. (2): the application for an ordonanța de plată, flat whatever the
/// amount (ro/collection.md §7.5: three practitioner sources agree; 150 lei was the pre-2013
/// figure).
pub fn ro_payment_order_duty() -> Decimal {
    Decimal::from(200)
}

/// CPC art. 1026 alin. (1): a claim whose value, without interest, costs and other accessories,
/// is at most 10 000 lei may go through the cerere de valoare redusă. A raise to 50 000 lei was
/// reported but not confirmed (ro/rules.md §6.2), so the confirmed text is used.
pub const RO_SMALL_CLAIM_LIMIT: i64 = 10_000;

/// The small-claims duty, when `principal` qualifies (art. 1026 alin. (1)): OUG 80/2013
/// art. 6 alin. (1), 50 lei up to 2 000 lei and 200 lei above. The bracket is taken on `value`,
/// the amount claimed (principal and interest), as the art. 3 scale is: the text of art. 6
/// after Legea 132/2020 was not seen, and the larger value never understates the duty.
pub fn ro_small_claim_duty(principal: Decimal, value: Decimal) -> Option<Decimal> {
    if principal > Decimal::from(RO_SMALL_CLAIM_LIMIT) || principal <= Decimal::ZERO {
        return None;
    }
    Some(if value <= Decimal::from(2_000) {
        Decimal::from(50)
    } else {
        Decimal::from(200)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64, cents: u32) -> Decimal {
        Decimal::new(v * 100 + i64::from(cents), 2)
    }

    /// ro/collection.md §7.5 (200 lei flat) and §8.4 (50 / 200 lei at 2 000 lei; 10 000 lei
    /// limit on the principal, art. 1026).
    #[test]
    fn procedure_duties() {
        assert_eq!(ro_payment_order_duty(), Decimal::from(200));
        assert_eq!(
            ro_small_claim_duty(d(1968, 0), d(1968, 0)),
            Some(Decimal::from(50))
        );
        assert_eq!(
            ro_small_claim_duty(d(2000, 0), d(2000, 0)),
            Some(Decimal::from(50))
        );
        assert_eq!(
            ro_small_claim_duty(d(2000, 0), d(2000, 1)),
            Some(Decimal::from(200))
        );
        assert_eq!(
            ro_small_claim_duty(d(10_000, 0), d(11_500, 0)),
            Some(Decimal::from(200))
        );
        assert_eq!(ro_small_claim_duty(d(10_000, 1), d(10_000, 1)), None);
        assert_eq!(ro_small_claim_duty(Decimal::ZERO, d(100, 0)), None);
    }
}
