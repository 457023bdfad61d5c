//! The rows of the overview: one per saved draft (the open one from the form, the others from
//! storage), each computed by the engine and memoised until its draft or the date changes.

use crate::app::drafts::LocalBackend;
use crate::app::store::Store;
use crate::drafts::{self, Entry};
use crate::engine::case::Case;
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::portfolio::{row, Row};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    /// The draft's own name (the debtor's name may be empty).
    pub name: String,
    pub current: bool,
    pub jurisdiction: Jurisdiction,
    pub row: Row,
}

/// What a row was computed from; the same key gives the same row.
#[derive(Clone, PartialEq)]
enum Stamp {
    /// A stored draft: its save time and revision.
    Stored(i64, u64),
    /// The open draft: its parsed case.
    Open(Box<Case>),
}

#[derive(Clone)]
struct Cached {
    stamp: Stamp,
    as_at: NaiveDate,
    lang: Lang,
    item: Item,
}

#[derive(Default)]
pub struct Cache {
    rows: HashMap<String, Cached>,
}

thread_local! {
    // Kept while the page lives, not per opening of the overview: a row is read and computed
    // again only when its draft was saved since (its save time and revision), the date or the
    // language changed, so opening the overview a second time reads no draft.
    static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
}

/// Runs `f` on the rows kept for this page.
pub fn with_cache<R>(f: impl FnOnce(&mut Cache) -> R) -> R {
    CACHE.with(|c| f(&mut c.borrow_mut()))
}

impl Cache {
    /// Every draft as at `as_at`; only drafts that changed since the last call are computed.
    pub fn items(
        &mut self,
        list: &[Entry],
        open: Option<(&str, &str)>,
        store: Store,
        as_at: NaiveDate,
        lang: Lang,
    ) -> Vec<Item> {
        let backend = LocalBackend::new();
        let mut out = Vec::new();
        let mut seen = Vec::new();
        let open_id = open.map(|(id, _)| id.to_string());
        let mut push = |this: &mut Self,
                        id: &str,
                        stamp: Stamp,
                        name: &str,
                        make: &dyn Fn() -> Option<Case>| {
            seen.push(id.to_string());
            if let Some(c) = this.rows.get(id) {
                if c.stamp == stamp && c.as_at == as_at && c.lang == lang {
                    out.push(c.item.clone());
                    return;
                }
            }
            let Some(case) = make() else {
                return;
            };
            if case.claims.is_empty() {
                return;
            }
            let item = Item {
                id: id.to_string(),
                name: name.to_string(),
                current: open_id.as_deref() == Some(id),
                jurisdiction: case.jurisdiction,
                row: row(0, &case, as_at),
            };
            this.rows.insert(
                id.to_string(),
                Cached {
                    stamp,
                    as_at,
                    lang,
                    item: item.clone(),
                },
            );
            out.push(item);
        };
        if let Some((id, name)) = open {
            let case = store.parsed.with_untracked(|p| p.case.clone());
            push(self, id, Stamp::Open(Box::new(case.clone())), name, &|| {
                Some(case.clone())
            });
        }
        for e in list {
            let Entry::Ok(meta) = e else {
                continue;
            };
            if open_id.as_deref() == Some(meta.id.as_str()) {
                continue;
            }
            let id = meta.id.clone();
            let read = || {
                let d = drafts::read(&backend, &id)?.ok()?;
                Some(d.form.parse(d.form.case.jurisdiction, lang).case)
            };
            push(
                self,
                &meta.id,
                Stamp::Stored(meta.updated, meta.rev),
                &meta.name,
                &read,
            );
        }
        self.rows.retain(|id, _| seen.contains(id));
        for (i, item) in out.iter_mut().enumerate() {
            item.row.case = i;
        }
        out
    }
}
