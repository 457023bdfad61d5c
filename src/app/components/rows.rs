//! One row of a form table (invoices, payments, rates, events), edited in place by its id.

use crate::app::store::Store;
use crate::form::{CaseForm, Row};
use leptos::prelude::*;

pub struct RowHandle<R: Row> {
    store: Store,
    id: u32,
    list: fn(&CaseForm) -> &Vec<R>,
    list_mut: fn(&mut CaseForm) -> &mut Vec<R>,
}

impl<R: Row> Clone for RowHandle<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Row> Copy for RowHandle<R> {}

impl<R: Row> RowHandle<R> {
    pub fn new(
        store: Store,
        id: u32,
        list: fn(&CaseForm) -> &Vec<R>,
        list_mut: fn(&mut CaseForm) -> &mut Vec<R>,
    ) -> Self {
        RowHandle {
            store,
            id,
            list,
            list_mut,
        }
    }

    /// The row as typed (tracked).
    pub fn get(&self) -> R {
        let (id, list) = (self.id, self.list);
        self.store.form.with(|f| {
            list(f)
                .iter()
                .find(|r| r.id() == id)
                .cloned()
                .unwrap_or_default()
        })
    }

    /// 1-based position, for labels such as "Amount (2)".
    pub fn position(&self) -> usize {
        let (id, list) = (self.id, self.list);
        self.store
            .form
            .with(|f| list(f).iter().position(|r| r.id() == id).unwrap_or(0) + 1)
    }

    /// A callback that writes one field of the row.
    pub fn edit(&self, write: fn(&mut R, String)) -> Callback<String> {
        let this = *self;
        Callback::new(move |value: String| {
            this.store.form.update(|f| {
                if let Some(r) = (this.list_mut)(f).iter_mut().find(|r| r.id() == this.id) {
                    write(r, value);
                }
            })
        })
    }

    pub fn remove(&self) {
        let (id, list_mut) = (self.id, self.list_mut);
        self.store
            .form
            .update(|f| list_mut(f).retain(|r| r.id() != id));
    }
}
