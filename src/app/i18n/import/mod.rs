//! Texts of the invoice import. Problems, reasons and notes are one `match` per language, so a
//! new variant in `import` is a compile error until it is worded in all three languages.
//! Reached only from the import tool (the split-off part), not from `Texts`.

mod en;
mod pl;
mod ro;

use crate::engine::locale::Lang;
use crate::import::list::Column;
use crate::import::plan::Reason;
use crate::import::{At, Field, FileKind, Note, Problem};
use rust_decimal::Decimal;

/// What a reason names by index, worded by the tool.
pub struct Names<'a> {
    /// The number of invoice `i` of the batch.
    pub invoice: &'a dyn Fn(usize) -> String,
    /// The name of saved case `i`.
    pub case: &'a dyn Fn(usize) -> String,
    /// An amount in the invoice's currency.
    pub money: &'a dyn Fn(Decimal) -> String,
}

pub struct ImportTexts {
    pub intro: &'static str,
    pub privacy: &'static str,
    pub drop: &'static str,
    pub choose: &'static str,
    pub formats: &'static str,
    /// `{file}` MB per file, `{zip}` MB unpacked per ZIP, `{n}` invoices.
    pub limits: &'static str,
    /// `{file}`, `{done}`, `{total}`.
    pub reading: &'static str,
    pub own_label: &'static str,
    pub own_hint: &'static str,
    /// `{id}`, `{n}`.
    pub own_suggested: &'static str,
    pub own_use: &'static str,
    pub own_unknown: &'static str,
    /// `{file}`.
    pub mapping_title: &'static str,
    pub mapping_hint: &'static str,
    pub ignore: &'static str,
    pub preview_title: &'static str,
    /// `{n}` invoices, `{p}` problems.
    pub file_summary: &'static str,
    /// `{n}`.
    pub signatures_skipped: &'static str,
    pub col_number: &'static str,
    pub col_debtor: &'static str,
    pub col_amount: &'static str,
    pub col_due: &'static str,
    pub col_outcome: &'static str,
    pub col_where: &'static str,
    pub col_tax_id: &'static str,
    pub col_invoices: &'static str,
    pub groups_title: &'static str,
    pub group_new: &'static str,
    /// `{name}`.
    pub group_existing: &'static str,
    pub totals_title: &'static str,
    pub choices_title: &'static str,
    pub choices_hint: &'static str,
    /// `{number}`, `{debtor}`.
    pub due_label: &'static str,
    pub found_terms: &'static str,
    /// `{date}`.
    pub use_date: &'static str,
    /// `{amount}`, `{number}`.
    pub payment_label: &'static str,
    pub payment_hint: &'static str,
    /// `{n}` invoices.
    pub confirm: &'static str,
    pub clear: &'static str,
    pub nothing_new: &'static str,
    /// `{created}`, `{updated}`.
    pub done: &'static str,
    pub undo: &'static str,
    pub undone: &'static str,
    /// `{numbers}`.
    pub not_adjusted: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
    pub drafts_loading: &'static str,
    pub open_overview: &'static str,
    pub row: &'static str,
    pub invoice: &'static str,
    pub no_debtor: &'static str,
    pub problem: fn(&Problem) -> String,
    pub reason: fn(&Reason, &Names) -> String,
    pub note: fn(&Note, &Names) -> String,
    pub field: fn(Field) -> &'static str,
    pub column: fn(Column) -> &'static str,
    pub kind: fn(FileKind) -> &'static str,
    /// The page's heading (the tool bar says just "Import").
    pub title: &'static str,
}

pub fn texts(lang: Lang) -> &'static ImportTexts {
    match lang {
        Lang::Pl => &pl::TEXTS,
        Lang::Ro => &ro::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

impl ImportTexts {
    /// Where a problem is: the file, its ZIP entry, the row, the invoice.
    pub fn at(&self, at: &At) -> String {
        let mut s = at.file.clone();
        if let Some(e) = &at.entry {
            s.push_str(" › ");
            s.push_str(e);
        }
        if let Some(r) = at.row {
            s.push_str(&format!(", {} {r}", self.row));
        }
        if let Some(i) = &at.invoice {
            s.push_str(&format!(", {} {i}", self.invoice));
        }
        s
    }
}

/// Megabytes with one decimal, in the language's decimal mark.
fn mb(bytes: u64, lang: Lang) -> String {
    let text = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    match lang {
        Lang::En => text,
        Lang::Pl | Lang::Ro => text.replace('.', ","),
    }
}

pub fn megabytes(bytes: u64, lang: Lang) -> String {
    mb(bytes, lang)
}
