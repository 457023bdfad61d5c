//! One row of a form table (invoices, payments, rates, events), edited in place by its id.

use crate::app::store::Store;
use crate::form::{CaseForm, Row};
use leptos::prelude::*;

pub struct RowHandle<R: Row> {
    store: Store,
    id: u32,
    list_mut: fn(&mut CaseForm) -> &mut Vec<R>,
    /// The row and its position, recomputed on every change of the form but notifying this
    /// row's fields only when they differ: typing in one row leaves the other rows untouched.
    row: Memo<(R, usize)>,
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
        let row = Memo::new(move |_| {
            store.form.with(|f| {
                let rows = list(f);
                let position = rows.iter().position(|r| r.id() == id);
                let row = position
                    .and_then(|i| rows.get(i))
                    .cloned()
                    .unwrap_or_default();
                (row, position.unwrap_or(0) + 1)
            })
        });
        RowHandle {
            store,
            id,
            list_mut,
            row,
        }
    }

    /// The row as typed (tracked).
    pub fn get(&self) -> R {
        self.row.with(|(r, _)| r.clone())
    }

    /// 1-based position, for labels such as "Amount (2)".
    pub fn position(&self) -> usize {
        self.row.with(|(_, p)| *p)
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

/// Moves focus to a field once it is on the page: after "add a row" the person types straight
/// into the new row (the row is rendered by the next reactive run, hence the frame's delay).
pub fn focus_when_rendered(id: String) {
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    });
}
