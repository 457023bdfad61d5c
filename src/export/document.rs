//! One entry point for the document writers, taking the document as JSON: the PDF and DOCX
//! writers run in a separate wasm module (a Web Worker started on the first export), and JSON is
//! how the document crosses over. Pure, so the crossing is tested natively.

use crate::engine::document::Document;

/// The field names of the messages between the page (src/app/documents.rs) and the export worker
/// (src/export_worker.rs), named once for both sides. The page sends `{ID, FORMAT, DOCUMENT,
/// REGULAR?, BOLD?}`; the worker answers `{ID, BYTES}` or `{ID, ERROR}`, and `{READY: true}` once
/// it listens.
pub mod message {
    pub const ID: &str = "id";
    /// "pdf" or "docx" (`Format::slug`).
    pub const FORMAT: &str = "format";
    /// The `Document` as JSON (a `Letter`'s JSON reads as its document).
    pub const DOCUMENT: &str = "document";
    /// The PDF's font files (bytes); absent for DOCX.
    pub const REGULAR: &str = "regular";
    pub const BOLD: &str = "bold";
    pub const BYTES: &str = "bytes";
    pub const ERROR: &str = "error";
    pub const READY: &str = "ready";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Docx,
}

impl Format {
    pub fn slug(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Format> {
        [Format::Pdf, Format::Docx]
            .into_iter()
            .find(|f| f.slug() == slug)
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }
}

/// Why a document could not be made; the worker sends it back as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    UnknownFormat(String),
    /// The JSON did not match this build's `Document` (for example a page and a worker from two
    /// different builds). Named from when only letters crossed; tests and callers match on it.
    Letter(String),
    /// The font files could not be read.
    Font,
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::UnknownFormat(s) => write!(f, "unknown format {s:?}"),
            DocumentError::Letter(e) => write!(f, "document: {e}"),
            DocumentError::Font => f.write_str("font"),
        }
    }
}

/// `format` ("pdf" or "docx") of the document in `document_json`; the fonts are used by the PDF.
pub fn render(
    format: &str,
    document_json: &str,
    regular: &[u8],
    bold: &[u8],
) -> Result<Vec<u8>, DocumentError> {
    let format =
        Format::from_slug(format).ok_or_else(|| DocumentError::UnknownFormat(format.into()))?;
    let doc: Document =
        serde_json::from_str(document_json).map_err(|e| DocumentError::Letter(e.to_string()))?;
    match format {
        Format::Pdf => {
            super::pdf::document_pdf(&doc, regular, bold).map_err(|_| DocumentError::Font)
        }
        Format::Docx => Ok(super::docx::document_docx(&doc)),
    }
}
