//! The last day each bundled table was checked against its official source. `scripts/update-rates`
//! rewrites these two lines (see `update::verified`); keep their shape.
//!
//! PL: reference/pl/rules.md §8.1, no RPP change through 2026-07-23 (a public mirror of NBP's
//! stopy_procentowe.xml). RO: reference/ro/rules.md §10, holds confirmed through 2026-02-17;
//! later BNR decisions could not be confirmed.

use super::date;
use chrono::NaiveDate;

pub const PL_VERIFIED_THROUGH: NaiveDate = date(2026, 7, 23);
pub const RO_VERIFIED_THROUGH: NaiveDate = date(2026, 2, 17);
