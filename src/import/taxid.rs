//! Tax identifiers as invoices write them, reduced to one comparable form.
//!
//! A NIP may come as `PL 111-111-11-11`, a CUI as `RO8609468`, `8609468` or `RO 8609468`
//! (CIUS-RO BT-48 lacks the prefix in real ANAF files), an EU VAT ID with its country prefix.
//! The checksum is not enforced: the official KSeF samples carry dummy NIPs that fail it.

use serde::Serialize;

/// EU VAT prefixes (Greece is `EL`), plus the two home countries.
const EU_PREFIXES: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TaxId {
    /// ISO country (VAT prefix) when known from the prefix or the format, else empty.
    pub country: String,
    /// Letters and digits only, upper case, without the country prefix.
    pub number: String,
    /// True when the document wrote the VAT prefix (RO: registered for VAT).
    pub prefixed: bool,
}

impl TaxId {
    /// `country_hint` is the country the field implies (NIP → PL, an e-Factura CUI → RO), used
    /// when the value has no prefix. None when nothing but separators is left.
    pub fn parse(raw: &str, country_hint: &str) -> Option<TaxId> {
        let cleaned: String = raw
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if cleaned.is_empty() {
            return None;
        }
        let prefix = cleaned.get(..2).unwrap_or("");
        let rest = cleaned.get(2..).unwrap_or("");
        if EU_PREFIXES.contains(&prefix) && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            return Some(TaxId {
                country: prefix.to_string(),
                number: rest.to_string(),
                prefixed: true,
            });
        }
        Some(TaxId {
            country: country_hint.to_ascii_uppercase(),
            number: cleaned,
            prefixed: false,
        })
    }

    /// The key invoices are matched and grouped by: country and number, prefix or not
    /// (`RO8609468` and `8609468` on an e-Factura are the same company).
    pub fn key(&self) -> String {
        format!("{}{}", self.country, self.number)
    }

    /// As the case shows it: the NIP bare, a Romanian CUI with `RO` only when the document wrote
    /// it (it tells VAT registration), other countries with their prefix.
    pub fn display(&self) -> String {
        match self.country.as_str() {
            "PL" | "" => self.number.clone(),
            "RO" if !self.prefixed => self.number.clone(),
            c => format!("{c}{}", self.number),
        }
    }
}

/// A name reduced for grouping when there is no tax ID: case, punctuation and spacing ignored.
pub fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_identifier_share_a_key() {
        let a = TaxId::parse("RO8609468", "RO").unwrap();
        let b = TaxId::parse(" 8609468 ", "RO").unwrap();
        assert_eq!(a.key(), b.key());
        assert_eq!(a.display(), "RO8609468");
        assert_eq!(b.display(), "8609468");
        let nip = TaxId::parse("PL 111-111-11-11", "PL").unwrap();
        assert_eq!(nip.key(), TaxId::parse("1111111111", "PL").unwrap().key());
        assert_eq!(nip.display(), "1111111111");
        let de = TaxId::parse("DE123456789", "").unwrap();
        assert_eq!(
            (de.country.as_str(), de.display().as_str()),
            ("DE", "DE123456789")
        );
        assert_eq!(TaxId::parse(" - ", "PL"), None);
        assert_eq!(name_key("CDE sp. j."), "cdespj");
    }
}
