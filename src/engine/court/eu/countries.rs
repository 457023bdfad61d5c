//! The member states the two EU procedures cover, and where a debtor sits, read from its VAT
//! number's prefix (Council Directive 2006/112/EC art. 215: the ISO code, EL for Greece).

use crate::engine::locale::Jurisdiction;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2, as the EU forms use it.
    pub code: &'static str,
    /// The VAT number's prefix.
    pub vat: &'static str,
    pub name: &'static str,
}

const fn c(code: &'static str, vat: &'static str, name: &'static str) -> Country {
    Country { code, vat, name }
}

pub const MEMBER_STATES: [Country; 27] = [
    c("AT", "AT", "Austria"),
    c("BE", "BE", "Belgium"),
    c("BG", "BG", "Bulgaria"),
    c("CY", "CY", "Cyprus"),
    c("CZ", "CZ", "Czechia"),
    c("DE", "DE", "Germany"),
    c("DK", "DK", "Denmark"),
    c("EE", "EE", "Estonia"),
    c("ES", "ES", "Spain"),
    c("FI", "FI", "Finland"),
    c("FR", "FR", "France"),
    c("GR", "EL", "Greece"),
    c("HR", "HR", "Croatia"),
    c("HU", "HU", "Hungary"),
    c("IE", "IE", "Ireland"),
    c("IT", "IT", "Italy"),
    c("LT", "LT", "Lithuania"),
    c("LU", "LU", "Luxembourg"),
    c("LV", "LV", "Latvia"),
    c("MT", "MT", "Malta"),
    c("NL", "NL", "Netherlands"),
    c("PL", "PL", "Poland"),
    c("PT", "PT", "Portugal"),
    c("RO", "RO", "Romania"),
    c("SE", "SE", "Sweden"),
    c("SI", "SI", "Slovenia"),
    c("SK", "SK", "Slovakia"),
];

/// Denmark takes part in neither regulation (Reg. 1896/2006 art. 2(3); Reg. 861/2007 art.
/// 2(3); reference/ro/collection.md §12.1).
pub const NOT_PARTICIPATING: &str = "DK";

/// A member state by its ISO code or VAT prefix ("EL" and "GR" both give Greece).
pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim().to_ascii_uppercase();
    MEMBER_STATES
        .iter()
        .find(|c| c.code == code || c.vat == code)
}

/// The member state a VAT number names by its prefix; none for a number without one (a
/// Polish NIP or Romanian CUI typed without "PL" / "RO").
pub fn country_of_tax_id(tax_id: &str) -> Option<&'static Country> {
    let t = tax_id.trim();
    let prefix: String = t.chars().take(2).collect();
    if prefix.len() == 2 && prefix.chars().all(|c| c.is_ascii_alphabetic()) {
        country(&prefix)
    } else {
        None
    }
}

pub fn home(j: Jurisdiction) -> &'static Country {
    match j {
        Jurisdiction::Pl => &MEMBER_STATES[21],
        Jurisdiction::Ro => &MEMBER_STATES[23],
    }
}
