//! Moves the verified-through constants of `src/engine/rates/verified.rs` forward (never back),
//! keeping the shape of their two lines.

use super::{Summary, UpdateError};
use chrono::{Datelike, NaiveDate};

/// Rewrites `pub const NAME: NaiveDate = date(Y, M, D);` in verified.rs, only forwards.
pub(super) fn move_verified(
    text: &str,
    name: &str,
    to: NaiveDate,
    summary: &mut Summary,
) -> Result<String, UpdateError> {
    let prefix = format!("pub const {name}: NaiveDate = date(");
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with(&prefix)).collect();
    let [line] = lines.as_slice() else {
        return Err(UpdateError::Tables(format!(
            "verified.rs: expected one line starting {prefix:?}"
        )));
    };
    let numbers: Vec<u32> = line[prefix.len()..]
        .trim_end_matches(");")
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let from = match numbers.as_slice() {
        [y, m, d] => NaiveDate::from_ymd_opt(*y as i32, *m, *d),
        _ => None,
    }
    .ok_or_else(|| UpdateError::Tables(format!("verified.rs: cannot read {line:?}")))?;
    if to <= from {
        summary.verified.push((name.to_string(), from, None));
        return Ok(text.to_string());
    }
    summary.verified.push((name.to_string(), from, Some(to)));
    let new = format!("{prefix}{}, {}, {});", to.year(), to.month(), to.day());
    Ok(text.replacen(line, &new, 1))
}
