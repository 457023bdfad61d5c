//! Texts of the drafts bar: saving, the drafts list, backups, imports and share links.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

pub struct DraftTexts {
    pub name_label: &'static str,
    pub untitled: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub full: &'static str,
    pub unavailable: &'static str,
    pub conflict: &'static str,
    pub drafts: &'static str,
    pub new_case: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub deleted: &'static str,
    pub undo: &'static str,
    pub copy_suffix: &'static str,
    pub other_tab_suffix: &'static str,
    pub col_name: &'static str,
    pub col_debtor: &'static str,
    pub col_total: &'static str,
    pub col_deadline: &'static str,
    pub col_updated: &'static str,
    pub current: &'static str,
    pub damaged: &'static str,
    pub damaged_download: &'static str,
    pub backup_all: &'static str,
    pub backup_one: &'static str,
    pub import: &'static str,
    pub imported: &'static str,
    pub import_not_json: &'static str,
    pub import_not_overdue: &'static str,
    pub import_newer: &'static str,
    pub import_damaged: &'static str,
    pub import_exists: &'static str,
    pub keep_both: &'static str,
    pub replace: &'static str,
    pub share: &'static str,
    pub share_warning: &'static str,
    pub share_copied: &'static str,
    pub share_opened: &'static str,
    pub share_broken: &'static str,
    pub delete_all: &'static str,
    pub delete_all_confirm: &'static str,
    pub deleted_all: &'static str,
    pub changed_elsewhere: &'static str,
}
