//! localStorage as a drafts backend. Storage may be missing (sandboxed iframe, private mode)
//! or full; both become typed errors, never panics.

use crate::drafts::{Backend, StorageError};
use wasm_bindgen::JsCast;

pub struct LocalBackend {
    storage: Option<web_sys::Storage>,
}

impl LocalBackend {
    pub fn new() -> Self {
        // Reading window.localStorage itself throws in some sandboxed frames.
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalBackend { storage }
    }

    pub fn available(&self) -> bool {
        self.storage.is_some()
    }
}

impl Default for LocalBackend {
    fn default() -> Self {
        Self::new()
    }
}

impl Backend for LocalBackend {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let storage = self.storage.as_ref().ok_or(StorageError::Unavailable)?;
        storage.set_item(key, value).map_err(|e| {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                StorageError::Full
            } else {
                StorageError::Unavailable
            }
        })
    }

    fn remove(&mut self, key: &str) {
        if let Some(s) = &self.storage {
            let _ = s.remove_item(key);
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(s) = &self.storage else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
    }
}
