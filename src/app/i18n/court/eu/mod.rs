mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

pub struct EuCourtTexts {
    pub heading: &'static str,
}
