//! Every figure below is worked by hand from the statute (reference/pl/collection.md §1,
//! reference/pl/rules.md §6, reference/ro/collection.md §7.5 and §8.4); the published ones say so.

use super::*;
use std::str::FromStr;

fn money(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

const BEFORE_CAP_CHANGE: NaiveDate = ymd(2025, 9, 22);
const CAP_CHANGE: NaiveDate = ymd(2025, 9, 23);

/// The art. 13 brackets (published, reference/pl/rules.md §6.1) and their quarter, rounded up
/// (art. 21) with the 30 zł minimum (art. 20 ust. 1).
#[test]
fn brackets_and_their_quarter() {
    for (wps, fee, quarter) in [
        ("0.01", "30", "30"),
        ("500", "30", "30"),
        ("500.01", "100", "30"), // WPS 501 -> 100; 100 / 4 = 25 -> minimum 30
        ("1500", "100", "30"),
        ("1500.01", "200", "50"),
        ("4000", "200", "50"),
        ("7500", "400", "100"),
        ("10000", "500", "125"),
        ("11000", "750", "188"), // 750 / 4 = 187,50 -> 188 (reference/pl/rules.md §6.4)
        ("15000", "750", "188"),
        ("20000", "1000", "250"),
    ] {
        assert_eq!(
            pl_claim_fee(money(wps), CAP_CHANGE),
            Some(money(fee)),
            "{wps}"
        );
        assert_eq!(
            pl_epu_fee(money(wps), CAP_CHANGE),
            Some(money(quarter)),
            "{wps}"
        );
    }
}

/// Above 20 000 zł: 5 % of the WPS rounded up to the złoty, then rounded up again.
#[test]
fn five_percent_rounded_up() {
    for (wps, fee, quarter) in [
        // 20 000,40 -> WPS 20 001 -> 1 000,05 -> 1 001; ¼ = 250,0125 -> 251 (issue 17).
        ("20000.40", "1001", "251"),
        // Published: SO Warszawa I C 180/17, 100 022,16 zł -> paid 5 002 zł.
        // WPS 100 023 -> 5 001,15 -> 5 002; ¼ = 1 250,2875 -> 1 251.
        ("100022.16", "5002", "1251"),
        // tplegal's worked example: 48 250 -> 2 412,50 -> 2 413; ¼ = 603,125 -> 604.
        ("48250", "2413", "604"),
        ("25000", "1250", "313"), // ¼ = 312,50 -> 313
    ] {
        for day in [BEFORE_CAP_CHANGE, CAP_CHANGE] {
            assert_eq!(
                pl_claim_fee(money(wps), day),
                Some(money(fee)),
                "{wps} {day}"
            );
            assert_eq!(
                pl_epu_fee(money(wps), day),
                Some(money(quarter)),
                "{wps} {day}"
            );
        }
    }
}

/// Dz.U. 2025 poz. 1157: from 23.09.2025 the cap is 100 000 zł (¼: 25 000), 200 000 zł before.
#[test]
fn the_cap_follows_the_filing_date() {
    let cases = [
        // WPS, fee and ¼ on 22.09.2025, fee and ¼ from 23.09.2025
        ("2000000", "100000", "25000", "100000", "25000"),
        ("2000000.01", "100000.05", "25000.0125", "100000", "25000"), // before rounding
        ("3000000", "150000", "37500", "100000", "25000"),
        ("4000000", "200000", "50000", "100000", "25000"),
        ("10000000", "200000", "50000", "100000", "25000"),
    ];
    for (wps, old, old_quarter, new, new_quarter) in cases {
        let ceil = |s: &str| money(s).ceil();
        assert_eq!(
            pl_claim_fee(money(wps), BEFORE_CAP_CHANGE),
            Some(ceil(old)),
            "{wps}"
        );
        assert_eq!(
            pl_epu_fee(money(wps), BEFORE_CAP_CHANGE),
            Some(ceil(old_quarter)),
            "{wps}"
        );
        assert_eq!(
            pl_claim_fee(money(wps), CAP_CHANGE),
            Some(money(new)),
            "{wps}"
        );
        assert_eq!(
            pl_epu_fee(money(wps), CAP_CHANGE),
            Some(money(new_quarter)),
            "{wps}"
        );
    }
    // 2 000 000,01 -> WPS 2 000 001 -> 100 000,05 -> 100 001 before the change (under 200 000).
    assert_eq!(
        pl_claim_fee(money("2000000.01"), BEFORE_CAP_CHANGE),
        Some(money("100001"))
    );
}

#[test]
fn the_law_in_force_on_the_filing_date() {
    assert_eq!(pl_fee_law(ymd(2019, 8, 20)), None);
    assert_eq!(pl_fee_law(ymd(2019, 8, 21)).map(|l| l.cap), Some(200_000));
    assert_eq!(pl_fee_law(BEFORE_CAP_CHANGE).map(|l| l.cap), Some(200_000));
    assert_eq!(pl_fee_law(CAP_CHANGE).map(|l| l.cap), Some(100_000));
    assert_eq!(pl_claim_fee(money("1000"), ymd(2019, 8, 20)), None);
    assert_eq!(pl_claim_fee(Decimal::ZERO, CAP_CHANGE), None);
    assert_eq!(pl_claim_fee(money("-5"), CAP_CHANGE), None);
    // The largest amount the app accepts does not overflow.
    assert_eq!(
        pl_claim_fee(money("999999999999.99"), CAP_CHANGE),
        Some(money("100000"))
    );
    for pair in PL_FEE_LAWS.windows(2) {
        assert!(pair[0].from < pair[1].from, "the table is in date order");
    }
}

/// reference/ro/examples.md C6.
#[test]
fn romanian_stamp_duty_of_an_ordinary_action() {
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
        assert_eq!(ro_stamp_duty(money(value)), money(duty), "{value}");
    }
}

/// OUG 80/2013 art. 6: 200 lei for the ordonanța de plată at any value; 50 / 200 lei for a small
/// claim (value ≤ / > 2 000 lei), none above 10 000 lei of principal (CPC art. 1026).
#[test]
fn romanian_payment_order_and_small_claim() {
    assert_eq!(ro_payment_order_duty(), money("200"));
    for (principal, value, duty) in [
        ("0.01", "0.01", Some("50")),
        ("1968", "1968", Some("50")), // Tulcea 2018: a 1 968-lei claim stamped 50 lei
        ("2000", "2000", Some("50")),
        ("2000", "2000.01", Some("200")), // interest takes the value over 2 000 lei
        ("10000", "11500", Some("200")),
        ("10000.01", "10000.01", None),
        ("0", "100", None),
    ] {
        assert_eq!(
            ro_small_claim_duty(money(principal), money(value)),
            duty.map(money),
            "{principal} {value}"
        );
    }
}
