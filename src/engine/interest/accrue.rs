//! Splits an interest period into constant-rate segments and computes each one.

use super::error::CaseError;
use super::options::DayCount;
use super::report::Segment;
use super::timeline::Timeline;
use crate::engine::calendar::end_of_year;
use crate::engine::money::round_money;
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub(super) fn divisor(day_count: DayCount, day: NaiveDate) -> u32 {
    match day_count {
        DayCount::Act365 => 365,
        DayCount::ActAct if day.leap_year() => 366,
        DayCount::ActAct => 365,
    }
}

/// base × percent × days / (100 × divisor), rounded half away from zero to 0.01.
///
/// Computed as an exact fraction of integers (the inputs are decimals, so this is exact), which
/// is also several times faster than decimal division; Decimal is the fallback when the integers
/// overflow (inputs with many decimals), and `None` means the figure is beyond Decimal too.
pub fn interest_amount(
    base: Decimal,
    percent: Decimal,
    days: i64,
    divisor: u32,
) -> Option<Decimal> {
    let exact = || -> Option<Decimal> {
        let scale = base.scale() + percent.scale();
        let numerator = base
            .mantissa()
            .checked_mul(percent.mantissa())?
            .checked_mul(i128::from(days))?
            .checked_mul(100)?;
        let denominator = 10i128
            .checked_pow(scale)?
            .checked_mul(100 * i128::from(divisor))?;
        if numerator < 0 {
            return None;
        }
        let cents = (numerator.checked_mul(2)? + denominator) / (denominator * 2);
        Some(Decimal::from_i128_with_scale(cents, 2))
    };
    exact().or_else(|| {
        let product = base
            .checked_mul(percent)?
            .checked_mul(Decimal::from(days))?;
        product
            .checked_div(Decimal::from(100 * divisor))
            .map(round_money)
    })
}

/// Interest on `base` from `from` to `to`, both inclusive. One segment per constant rate
/// (and, under actual/actual, per calendar year), each rounded to 0.01.
pub fn accrue(
    timeline: &Timeline,
    day_count: DayCount,
    claim: usize,
    base: Decimal,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Segment>, CaseError> {
    let mut segments = Vec::new();
    if from > to || base <= Decimal::ZERO {
        return Ok(segments);
    }
    let mut cursor = from;
    while cursor <= to {
        let index = timeline.index_on(cursor).ok_or(CaseError::RateMissing {
            claim,
            date: cursor,
        })?;
        let point = &timeline.points()[index];
        let mut end = to;
        if let Some(next) = timeline.next_change_after(index).and_then(|d| d.pred_opt()) {
            end = end.min(next);
        }
        if day_count == DayCount::ActAct {
            end = end.min(end_of_year(cursor));
        }
        let days = (end - cursor).num_days() + 1;
        let div = divisor(day_count, cursor);
        let amount = interest_amount(base, point.percent, days, div).ok_or(CaseError::Overflow)?;
        segments.push(Segment {
            from: cursor,
            to: end,
            days,
            rate: point.percent,
            base,
            divisor: div,
            amount,
            basis: point.basis,
            origin: point.origin,
            rate_source: index,
        });
        match end.succ_opt() {
            Some(next) => cursor = next,
            None => break,
        }
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::testkit::dec;

    #[test]
    fn integer_path_agrees_with_decimal_arithmetic() {
        let cases = [
            ("10000", "7", 1538, 365),
            ("610", "11.5", 136, 365),
            ("100000000", "15.69", 28, 365),
            ("3419.23", "5.6", 1, 366),
            ("0.01", "0.1", 1, 365),
            ("999999999999.99", "60", 40000, 365),
            ("1234.5", "13.25", 1, 365),
        ];
        for (base, pct, days, div) in cases {
            let (base, pct) = (dec(base), dec(pct));
            let slow = round_money(base * pct * Decimal::from(days) / Decimal::from(100 * div));
            assert_eq!(
                interest_amount(base, pct, days, div),
                Some(slow),
                "{base} {pct} {days}"
            );
        }
        // A tie is rounded away from zero: 73 × 5% × 1/365 = 0.01 exactly; 36.5 × 5% /365 = 0.005.
        assert_eq!(
            interest_amount(dec("36.5"), dec("5"), 1, 365),
            Some(dec("0.01"))
        );
    }

    #[test]
    fn beyond_decimal_is_none_not_a_panic() {
        let max = Decimal::MAX;
        assert_eq!(interest_amount(max, dec("1000"), 40_000, 365), None);
        // Many decimals leave the integer path; Decimal still computes it.
        assert_eq!(
            interest_amount(
                dec("1000.0000000000000001"),
                dec("10.000000000001"),
                365,
                365
            ),
            Some(dec("100.00"))
        );
    }
}
