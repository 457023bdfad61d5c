//! Drafts that are never lost: a versioned envelope per draft in key-value storage, listing that
//! survives damaged entries, conflict detection between tabs, backups and imports.
//!
//! Pure Rust behind the `Backend` trait: the browser plugs in localStorage, the tests a map.

mod backup;
mod codec;
pub mod invoices;
mod migrate;
mod model;
mod profile;
mod share;
mod storage;
mod usage;

pub use backup::{backup_json, import, stored_for_backup, ImportError, Imported};
pub use codec::{base64url_decode, base64url_encode};
pub use migrate::{migrate, MigrateError, DRAFT_VERSION};
pub use model::{Draft, DraftMeta};
pub use profile::{
    creditor_untouched, forget_profile, load_profile, save_profile, Profile, PROFILE_KEY,
};
pub use share::{read_share, share_json, Shared, SHARE_KIND};
pub use storage::*;
pub use usage::{usage, Usage, QUOTA};

#[cfg(test)]
mod tests;
