//! Court fees a demand letter can name as a consequence of not paying.

use crate::engine::money::round_money;
use rust_decimal::Decimal;

/// PL art. 13 UKSC (since 21.08.2019): the fee on a statement of claim by the value of the
/// subject of the dispute (principal only, rounded up to the full złoty: KPC art. 126¹ § 3).
pub fn pl_claim_fee(principal: Decimal) -> Decimal {
    let value = principal.ceil();
    let brackets: [(i64, i64); 7] = [
        (500, 30),
        (1_500, 100),
        (4_000, 200),
        (7_500, 400),
        (10_000, 500),
        (15_000, 750),
        (20_000, 1_000),
    ];
    for (upper, fee) in brackets {
        if value <= Decimal::from(upper) {
            return Decimal::from(fee);
        }
    }
    round_money(value * Decimal::new(5, 2)).min(Decimal::from(200_000))
}

/// PL art. 19 ust. 2 UKSC: a quarter in the electronic writ procedure (EPU), at least 30 zł.
pub fn pl_epu_fee(principal: Decimal) -> Decimal {
    round_money(pl_claim_fee(principal) / Decimal::from(4)).max(Decimal::from(30))
}

/// RO OUG 80/2013 art. 3(1): stamp duty on a claim valued in money.
pub fn ro_stamp_duty(value: Decimal) -> Decimal {
    let v = value;
    let tiers: [(i64, i64, i64, i64); 5] = [
        (5_000, 500, 40, 7),
        (25_000, 5_000, 355, 5),
        (50_000, 25_000, 1_355, 3),
        (250_000, 50_000, 2_105, 2),
        (i64::MAX, 250_000, 6_105, 1),
    ];
    if v <= Decimal::from(500) {
        return round_money(v * Decimal::new(8, 2)).max(Decimal::from(20));
    }
    for (upper, from, base, percent) in tiers {
        if v <= Decimal::from(upper) {
            return round_money(
                Decimal::from(base)
                    + (v - Decimal::from(from)) * Decimal::from(percent) / Decimal::ONE_HUNDRED,
            );
        }
    }
    Decimal::ZERO
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// reference/pl/examples.md I (the published brackets; the EPU column).
    #[test]
    fn polish_fees() {
        for (wps, fee, epu) in [
            ("500", "30", "30"),
            ("1500", "100", "30"),
            ("4000", "200", "50"),
            ("7500", "400", "100"),
            ("10000", "500", "125"),
            ("12000", "750", "187.50"),
            ("20000", "1000", "250"),
            ("25000", "1250", "312.50"),
            ("4000000", "200000", "50000"),
            ("500.01", "100", "30"),
        ] {
            assert_eq!(pl_claim_fee(d(wps)), d(fee), "{wps}");
            assert_eq!(pl_epu_fee(d(wps)), d(epu), "{wps}");
        }
    }

    /// reference/ro/examples.md C6.
    #[test]
    fn romanian_stamp_duty() {
        for (value, duty) in [
            ("200", "20"),
            ("300", "24"),
            ("500", "40"),
            ("600", "47"),
            ("5000", "355"),
            ("10000", "605"),
            ("30000", "1505"),
            ("100000", "3105"),
            ("300000", "6605"),
            ("1000000", "13605"),
        ] {
            assert_eq!(ro_stamp_duty(d(value)), d(duty), "{value}");
        }
    }
}
