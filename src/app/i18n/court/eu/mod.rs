mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

/// Placeholders in `{braces}` are filled by the tool from the engine's figures.
pub struct EuCourtTexts {
    pub heading: &'static str,
    pub country: &'static str,
    /// "{country}".
    pub country_from_vat: &'static str,
    pub country_choose: &'static str,
    pub country_unknown: &'static str,
    /// "{country}".
    pub not_cross_border: &'static str,
    pub denmark: &'static str,
    pub nothing_due: &'static str,
    pub order: &'static str,
    pub small: &'static str,
    pub open: &'static str,
    /// "{eur}".
    pub principal_eur: &'static str,
    pub over_limit: &'static str,
    pub limit_not_assessed: &'static str,
    pub uncontested: &'static str,
    pub opposition: &'static str,
    pub recommended: &'static str,
    pub sheet: &'static str,
    pub sheet_hint: &'static str,
    /// In the order of `engine::court::eu::MEMBER_STATES`.
    pub countries: [&'static str; 27],
}

impl EuCourtTexts {
    pub fn country_name(&self, code: &str) -> &'static str {
        crate::engine::court::eu::MEMBER_STATES
            .iter()
            .position(|c| c.code == code)
            .and_then(|i| self.countries.get(i).copied())
            .unwrap_or("")
    }
}
