//! Pure byte producers: (Case, Report, language) -> file contents. No browser code here either.

pub mod aging;
pub mod csv;
pub mod document;
pub mod docx;
pub mod ics;
pub mod names;
pub mod pdf;
pub mod zip;
