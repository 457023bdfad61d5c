//! Polish court documents: the e-Sąd (EPU) data sheet and XML, and the paper pozew o zapłatę,
//! made from one set of claims (claims.rs) so the two never differ in a figure.

mod address;
mod claims;
mod epu;
mod justification;
mod phrases;
mod pozew;
mod xml;

pub use address::{split_address, AddressParts};
pub use claims::{pl_claims, ClaimKind, CourtClaim, Interest, Issue, PlClaims};
pub use epu::{
    epu_sheet, epu_window_start, in_epu_window, EpuClaim, EpuSheet, Evidence, EvidenceKind,
    PartySheet, PartyType, EPU_CURRENCIES, JUSTIFICATION_LIMIT,
};
pub use pozew::{default_court, pozew, PozewFacts, PozewOptions, DISTRICT_COURT_LIMIT};
pub use xml::{epu_xml, Filer, XmlGap, EPU_NAMESPACE};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
