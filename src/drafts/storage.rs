//! Drafts in a key-value store: `overdue.draft.<id>` per draft, `overdue.last` for the last
//! open one. The list is rebuilt from the entries themselves, so no index can go stale.

use super::migrate::{migrate, DRAFT_VERSION};
use super::model::{Draft, DraftMeta};

pub const PREFIX: &str = "overdue.";
pub const DRAFT_PREFIX: &str = "overdue.draft.";
pub const LAST_OPEN: &str = "overdue.last";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// QuotaExceededError: the data stays in memory; the person should export a backup.
    Full,
    /// Storage is disabled (private mode, sandboxed iframe).
    Unavailable,
}

pub trait Backend {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// A listed entry: a readable draft, or a damaged one offered as raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Ok(DraftMeta),
    Damaged { id: String, raw: String },
}

pub fn key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub fn read(backend: &dyn Backend, id: &str) -> Option<Result<Draft, String>> {
    let raw = backend.get(&key(id))?;
    Some(migrate(&raw).map_err(|_| raw.clone()))
}

/// Every draft, newest first; damaged entries last, never hiding the others.
pub fn list(backend: &dyn Backend) -> Vec<Entry> {
    let mut ok = Vec::new();
    let mut damaged = Vec::new();
    for k in backend.keys() {
        let Some(id) = k.strip_prefix(DRAFT_PREFIX) else {
            continue;
        };
        match read(backend, id) {
            Some(Ok(d)) => ok.push(d.meta),
            Some(Err(raw)) => damaged.push(Entry::Damaged {
                id: id.to_string(),
                raw,
            }),
            None => {}
        }
    }
    crate::engine::sorting::sort_by(&mut ok, |a, b| {
        b.updated.cmp(&a.updated).then(a.id.cmp(&b.id))
    });
    ok.into_iter().map(Entry::Ok).chain(damaged).collect()
}

/// `list` after `meta` was saved, without reading every draft again: with hundreds of drafts
/// that reread (each one deserialised in full) blocked the page after every autosave, under
/// the person's typing. The result is what `list` would read back from this tab's writes.
pub fn with_saved(list: &mut Vec<Entry>, meta: DraftMeta) {
    list.retain(|e| match e {
        Entry::Ok(m) => m.id != meta.id,
        Entry::Damaged { id, .. } => *id != meta.id,
    });
    // `list`'s order: newest first, then by id; damaged entries last.
    let key = (std::cmp::Reverse(meta.updated), meta.id.as_str());
    let at = list
        .iter()
        .position(|e| match e {
            Entry::Ok(m) => (std::cmp::Reverse(m.updated), m.id.as_str()) > key,
            Entry::Damaged { .. } => true,
        })
        .unwrap_or(list.len());
    list.insert(at, Entry::Ok(meta));
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    Plain {
        rev: u64,
    },
    /// Another tab saved this draft since we loaded it: ours was kept, theirs copied to `copy`.
    KeptOursCopiedTheirs {
        rev: u64,
        copy: DraftMeta,
    },
}

/// Saves `draft`, whose `meta.rev` is the revision this tab last loaded or saved.
pub fn save(
    backend: &mut dyn Backend,
    mut draft: Draft,
    copy_id: &str,
    copy_suffix: &str,
) -> Result<Saved, StorageError> {
    let mut copied = None;
    if let Some(Ok(stored)) = read(backend, &draft.meta.id) {
        if stored.meta.rev > draft.meta.rev && stored.meta.tab != draft.meta.tab {
            let mut theirs = stored.clone();
            theirs.meta.id = copy_id.to_string();
            theirs.meta.name = format!("{} {copy_suffix}", stored.meta.name);
            write(backend, &theirs)?;
            copied = Some(theirs.meta);
        }
        draft.meta.rev = draft.meta.rev.max(stored.meta.rev);
    }
    draft.meta.rev += 1;
    draft.v = DRAFT_VERSION;
    write(backend, &draft)?;
    let rev = draft.meta.rev;
    Ok(match copied {
        Some(copy) => Saved::KeptOursCopiedTheirs { rev, copy },
        None => Saved::Plain { rev },
    })
}

fn write(backend: &mut dyn Backend, draft: &Draft) -> Result<(), StorageError> {
    let json = serde_json::to_string(draft).map_err(|_| StorageError::Unavailable)?;
    backend.set(&key(&draft.meta.id), &json)
}

pub fn delete(backend: &mut dyn Backend, id: &str) {
    backend.remove(&key(id));
    if backend.get(LAST_OPEN).as_deref() == Some(id) {
        backend.remove(LAST_OPEN);
    }
}

pub fn set_last_open(backend: &mut dyn Backend, id: &str) {
    let _ = backend.set(LAST_OPEN, id);
}

pub fn last_open(backend: &dyn Backend) -> Option<String> {
    backend.get(LAST_OPEN)
}

/// "Delete all my data": every key Overdue wrote, preferences included.
pub fn delete_all(backend: &mut dyn Backend) {
    for k in backend.keys() {
        if k.starts_with(PREFIX) {
            backend.remove(&k);
        }
    }
}
