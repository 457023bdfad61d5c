//! Texts of the Court tool. Each route has its own struct and folder (poland: EPU and the paper
//! pozew; romania: ordonanța de plată and cererea de valoare redusă; eu: the cross-border
//! procedures), so the three can grow apart without touching one another.

mod en;
pub mod eu;
mod pl;
pub mod poland;
mod ro;
pub mod romania;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

pub struct CourtTexts {
    pub tool: &'static str,
    pub intro: &'static str,
    pub poland: &'static poland::PolandCourtTexts,
    pub romania: &'static romania::RomaniaCourtTexts,
    pub eu: &'static eu::EuCourtTexts,
}
