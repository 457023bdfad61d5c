//! How much of the browser's storage the app uses. Browsers allow about 5 MB per site
//! (Chromium and Firefox count 5 Mi UTF-16 code units of keys and values); the app warns well
//! before that, while a backup can still be made and closed cases archived.

use super::storage::Backend;

/// A conservative quota in UTF-16 code units (below the 5 Mi browsers allow).
pub const QUOTA: usize = 5_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 code units of every key and value of this site (other apps on the same origin
    /// count against the same quota).
    pub used: usize,
    pub quota: usize,
}

impl Usage {
    pub fn percent(&self) -> usize {
        (self.used * 100).div_ceil(self.quota.max(1))
    }

    /// Past 80 %: time to back up and archive, while saving still works.
    pub fn short(&self) -> bool {
        self.used * 5 >= self.quota * 4
    }
}

pub fn usage(backend: &dyn Backend) -> Usage {
    let units = |s: &str| s.encode_utf16().count();
    let used = backend
        .keys()
        .iter()
        .map(|k| units(k) + backend.get(k).as_deref().map_or(0, units))
        .sum();
    Usage { used, quota: QUOTA }
}
