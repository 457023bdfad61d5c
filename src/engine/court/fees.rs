//! Court fees as a small dated table: the law in force on the filing date applies, as with rates.
//!
//! Poland (UKSC = ustawa z 28.07.2005 o kosztach sądowych w sprawach cywilnych), in this order
//! (reference/pl/collection.md §1.3):
//! 1. the value of the claim (WPS) is rounded up to the full złoty (art. 126¹ § 3 KPC);
//! 2. the art. 13 bracket, or 5 % above 20 000 zł (ust. 2);
//! 3. the fraction of art. 19 (¼ in EPU and in the summary procedure);
//! 4. rounded up to the full złoty (art. 21: "końcówki opłat zaokrągla się w górę do pełnych
//!    złotych"; SO Warszawa I C 180/17: 100 022,16 zł paid 5 002 zł);
//! 5. at least 30 zł (art. 20 ust. 1), also for the fraction;
//! 6. at most the cap of art. 13 ust. 2 in force on the filing date (or its fraction).

use crate::engine::calendar::ymd;
use rust_decimal::Decimal;

use chrono::NaiveDate;

/// One version of the Polish fee rules, in force from `from` until the next row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlFeeLaw {
    pub from: NaiveDate,
    /// The largest proportional fee of art. 13 ust. 2, in złoty.
    pub cap: i64,
    pub basis: &'static str,
    pub source: &'static str,
}

/// Newest last. Before the first row the brackets were different (art. 13 before the reform of
/// 2019 is not modelled): no fee is quoted for such a date.
pub const PL_FEE_LAWS: &[PlFeeLaw] = &[
    PlFeeLaw {
        from: ymd(2019, 8, 21),
        cap: 200_000,
        basis: "art. 13 ust. 1–2 UKSC (Dz.U. 2019 poz. 1469)",
        source: "https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/koszty-sadowe-w-sprawach-cywilnych-17216873/art-13",
    },
    PlFeeLaw {
        from: ymd(2025, 9, 23),
        cap: 100_000,
        basis: "art. 13 ust. 1–2 UKSC, cap as amended by Dz.U. 2025 poz. 1157",
        source: "https://www.gazetaprawna.pl/wiadomosci/kraj/artykuly/9868582,oplaty-sadowe-w-sprawach-majatkowych-beda-nizsze-o-polowe.html",
    },
];

/// Art. 13 ust. 1 UKSC since 21.08.2019: (upper bound of the WPS, fee), in złoty.
const PL_BRACKETS: [(i64, i64); 7] = [
    (500, 30),
    (1_500, 100),
    (4_000, 200),
    (7_500, 400),
    (10_000, 500),
    (15_000, 750),
    (20_000, 1_000),
];

/// Art. 20 ust. 1 UKSC.
const PL_MINIMUM_FEE: i64 = 30;

/// Which part of the art. 13 fee a pleading pays (art. 19 UKSC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlFeeFraction {
    /// A statement of claim in the ordinary or the upominawcze procedure.
    Full,
    /// Art. 19 ust. 2: the electronic writ procedure (EPU, pkt 2) or a claim that meets the
    /// conditions of the summary procedure of art. 485 KPC (pkt 1).
    Quarter,
}

/// The fee rules in force on `filed`, if the table covers that date.
pub fn pl_fee_law(filed: NaiveDate) -> Option<&'static PlFeeLaw> {
    PL_FEE_LAWS.iter().rev().find(|law| law.from <= filed)
}

/// The court fee on a money claim whose principal is `principal`, filed on `filed`.
/// `None` when there is nothing to claim or the date precedes the table.
pub fn pl_fee(principal: Decimal, filed: NaiveDate, fraction: PlFeeFraction) -> Option<Decimal> {
    let law = pl_fee_law(filed)?;
    if principal <= Decimal::ZERO {
        return None;
    }
    let wps = principal.ceil();
    let full = PL_BRACKETS
        .iter()
        .find(|(upper, _)| wps <= Decimal::from(*upper))
        .map(|(_, fee)| Decimal::from(*fee))
        .unwrap_or_else(|| wps * Decimal::new(5, 2));
    let (part, cap) = match fraction {
        PlFeeFraction::Full => (full, Decimal::from(law.cap)),
        PlFeeFraction::Quarter => (
            full / Decimal::from(4),
            Decimal::from(law.cap) / Decimal::from(4),
        ),
    };
    Some(part.ceil().max(Decimal::from(PL_MINIMUM_FEE)).min(cap))
}

/// The fee on a statement of claim (art. 13 UKSC) filed on `filed`.
pub fn pl_claim_fee(principal: Decimal, filed: NaiveDate) -> Option<Decimal> {
    pl_fee(principal, filed, PlFeeFraction::Full)
}

/// The fee in the electronic writ procedure (EPU, art. 19 ust. 2 pkt 2 UKSC) filed on `filed`.
pub fn pl_epu_fee(principal: Decimal, filed: NaiveDate) -> Option<Decimal> {
    pl_fee(principal, filed, PlFeeFraction::Quarter)
}

/// RO OUG 80/2013 art. 3 alin. (1): stamp duty on an ordinary action for a claim valued in money.
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
        return crate::engine::money::round_money(v * Decimal::new(8, 2)).max(Decimal::from(20));
    }
    for (upper, from, base, percent) in tiers {
        if v <= Decimal::from(upper) {
            return crate::engine::money::round_money(
                Decimal::from(base)
                    + (v - Decimal::from(from)) * Decimal::from(percent) / Decimal::ONE_HUNDRED,
            );
        }
    }
    Decimal::ZERO
}

/// RO OUG 80/2013 art. 6 alin. (2): 200 lei on a request for an ordonanță de plată (CPC art.
/// 1014–1025), whatever the value (reference/ro/collection.md §7.5, SECONDARY, three sources).
pub fn ro_payment_order_duty() -> Decimal {
    Decimal::from(200)
}

/// CPC art. 1026 alin. (1): the small-claims procedure takes claims up to 10 000 lei, interest and
/// costs excluded. A rise to 50 000 lei was proposed and is not confirmed (reference/ro/collection.md
/// §8.1, §14).
pub const RO_SMALL_CLAIM_LIMIT: i64 = 10_000;

/// The small-claims duty, when `principal` qualifies (CPC art. 1026 alin. (1)): OUG 80/2013
/// art. 6 alin. (1) as amended by Law 132/2020, 50 lei up to 2 000 lei and 200 lei above. The
/// bracket is taken on `value`, the amount claimed (principal and interest), as the art. 3 scale
/// is: the amended text of art. 6 was not seen, and the larger value never understates the duty.
pub fn ro_small_claim_duty(principal: Decimal, value: Decimal) -> Option<Decimal> {
    if principal <= Decimal::ZERO || principal > Decimal::from(RO_SMALL_CLAIM_LIMIT) {
        return None;
    }
    Some(Decimal::from(if value <= Decimal::from(2_000) {
        50
    } else {
        200
    }))
}

#[cfg(test)]
mod tests;
