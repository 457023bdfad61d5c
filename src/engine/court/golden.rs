//! Whole court documents pinned in tests/golden (regenerate after an intended change with
//! OVERDUE_BLESS=1), as the letters are.

use crate::engine::document::{plain_text, Document};

pub(crate) fn golden(name: &str, doc: &Document) -> String {
    let text = plain_text(doc);
    let path = format!("{}/tests/golden/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("OVERDUE_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(text, expected, "{name} differs from {path}");
    text
}
