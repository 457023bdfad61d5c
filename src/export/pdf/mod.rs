//! Documents (letters, the agreement, court documents) as PDF, made in the browser: A4, margins,
//! page numbers, tables that break across pages, an embedded font subset (Polish and Romanian
//! text renders and copies correctly), and title/author metadata. The font files are fetched on first export (assets/fonts).

mod layout;
mod write;

use crate::engine::document::Document;
use write::{Face, Faces};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The font files could not be read.
    Font,
}

/// The name from when only letters were exported; a `&Letter` passes as its `&Document`.
pub use document_pdf as letter_pdf;

pub fn document_pdf(doc: &Document, regular: &[u8], bold: &[u8]) -> Result<Vec<u8>, PdfError> {
    let faces = Faces {
        regular: Face::parse(regular).ok_or(PdfError::Font)?,
        bold: Face::parse(bold).ok_or(PdfError::Font)?,
    };
    let pages = layout::layout(doc, &faces);
    Ok(write::write(&pages.pages, &faces, &doc.title, &doc.author))
}
