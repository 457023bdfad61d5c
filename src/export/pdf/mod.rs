//! Letters as PDF, made in the browser: A4, margins, page numbers, tables that break across
//! pages, an embedded font subset (Polish and Romanian letters render and copy correctly), and
//! title/author metadata. The font files are fetched on first export (assets/fonts).

mod layout;
mod write;

use crate::engine::letter::Letter;
use write::{Face, Faces};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The font files could not be read.
    Font,
}

pub fn letter_pdf(letter: &Letter, regular: &[u8], bold: &[u8]) -> Result<Vec<u8>, PdfError> {
    let faces = Faces {
        regular: Face::parse(regular).ok_or(PdfError::Font)?,
        bold: Face::parse(bold).ok_or(PdfError::Font)?,
    };
    let pages = layout::layout(letter, &faces);
    Ok(write::write(
        &pages.pages,
        &faces,
        &letter.title,
        &letter.author,
    ))
}
