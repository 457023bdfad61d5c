//! Splits an interest period into constant-rate segments and computes each one.

use super::error::CaseError;
use super::options::DayCount;
use super::report::Segment;
use super::timeline::Timeline;
use crate::engine::money::round_money;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

fn year_end(day: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day)
}

fn divisor(day_count: DayCount, day: NaiveDate) -> u32 {
    match day_count {
        DayCount::Act365 => 365,
        DayCount::ActAct if day.leap_year() => 366,
        DayCount::ActAct => 365,
    }
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
        let index = timeline
            .index_on(cursor)
            .ok_or(CaseError::RateMissing { claim, date: cursor })?;
        let point = &timeline.points()[index];
        let mut end = to;
        if let Some(next) = timeline.next_change_after(index).and_then(|d| d.pred_opt()) {
            end = end.min(next);
        }
        if day_count == DayCount::ActAct {
            end = end.min(year_end(cursor));
        }
        let days = (end - cursor).num_days() + 1;
        let div = divisor(day_count, cursor);
        let amount = round_money(
            base * point.percent * Decimal::from(days) / Decimal::from(100 * div),
        );
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
