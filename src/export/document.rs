//! One entry point for the letter writers, taking the letter as JSON: the PDF and DOCX writers
//! run in a separate wasm module (a Web Worker started on the first export), and JSON is how
//! the letter crosses over. Pure, so the crossing is tested natively.

use crate::engine::letter::Letter;

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
    /// The letter JSON did not match this build's `Letter` (for example a page and a worker
    /// from two different builds).
    Letter(String),
    /// The font files could not be read.
    Font,
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::UnknownFormat(s) => write!(f, "unknown format {s:?}"),
            DocumentError::Letter(e) => write!(f, "letter: {e}"),
            DocumentError::Font => f.write_str("font"),
        }
    }
}

/// `format` ("pdf" or "docx") of the letter in `letter_json`; the fonts are used by the PDF.
pub fn render(
    format: &str,
    letter_json: &str,
    regular: &[u8],
    bold: &[u8],
) -> Result<Vec<u8>, DocumentError> {
    let format =
        Format::from_slug(format).ok_or_else(|| DocumentError::UnknownFormat(format.into()))?;
    let letter: Letter =
        serde_json::from_str(letter_json).map_err(|e| DocumentError::Letter(e.to_string()))?;
    match format {
        Format::Pdf => {
            super::pdf::letter_pdf(&letter, regular, bold).map_err(|_| DocumentError::Font)
        }
        Format::Docx => Ok(super::docx::letter_docx(&letter)),
    }
}
