//! Whole court documents pinned in tests/golden (regenerate after an intended change with
//! OVERDUE_BLESS=1), as the letters are: the document's plain text through the test kit's
//! `golden`.

use crate::engine::document::{plain_text, Document};
use crate::engine::testkit;

pub(crate) fn golden(name: &str, doc: &Document) -> String {
    let text = plain_text(doc);
    testkit::golden(&format!("tests/golden/{name}.txt"), &text);
    text
}
