//! Statutory and contractual interest, payment allocation and the recovery-cost compensation.

mod accrue;
mod compensation;
mod error;
mod evaluate;
pub mod options;
pub mod report;
pub mod timeline;
mod warnings;

pub use crate::engine::bounds::MAX_ITEMS;
pub(crate) use accrue::accrue;
pub use compensation::{pl_tier, rate_day, table_rate, TableRate};
pub use error::{CaseError, Item};
pub use evaluate::{evaluate, evaluate_json};
pub use options::{effective_kind, Allocation, DayCount, InterestKind, InterestOptions, UserRate};
pub use report::{ClaimReport, RateToCheck, Report, Segment, Totals, Warning};
pub use timeline::Timeline;

#[cfg(test)]
mod tests;
