//! Languages, jurisdictions and currencies: the small closed sets everything else is keyed on.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Pl,
    Ro,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::Ro, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::En => "en",
        }
    }

    /// Accepts BCP 47 tags as browsers report them ("pl-PL", "ro", "en-GB").
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "pl" => Some(Lang::Pl),
            "ro" | "mo" => Some(Lang::Ro),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// First supported language in the browser's preference list, English otherwise.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The jurisdiction a person writing this language most likely needs.
    pub fn default_jurisdiction(self) -> Jurisdiction {
        match self {
            Lang::Ro => Jurisdiction::Ro,
            Lang::Pl | Lang::En => Jurisdiction::Pl,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum Jurisdiction {
    #[default]
    Pl,
    Ro,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 2] = [Jurisdiction::Pl, Jurisdiction::Ro];

    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Pl => "PL",
            Jurisdiction::Ro => "RO",
        }
    }

    pub fn from_code(code: &str) -> Option<Jurisdiction> {
        match code.trim().to_ascii_uppercase().as_str() {
            "PL" => Some(Jurisdiction::Pl),
            "RO" => Some(Jurisdiction::Ro),
            _ => None,
        }
    }

    pub fn home_currency(self) -> Currency {
        match self {
            Jurisdiction::Pl => Currency::Pln,
            Jurisdiction::Ro => Currency::Ron,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    #[default]
    Pln,
    Ron,
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Pln, Currency::Ron, Currency::Eur];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Pln => "PLN",
            Currency::Ron => "RON",
            Currency::Eur => "EUR",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_first_supported_browser_language() {
        assert_eq!(Lang::negotiate(["de-DE", "ro-RO", "en"]), Lang::Ro);
        assert_eq!(Lang::negotiate(["pl"]), Lang::Pl);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate(Vec::<&str>::new()), Lang::En);
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
    }

    #[test]
    fn jurisdiction_follows_language() {
        assert_eq!(Lang::Pl.default_jurisdiction(), Jurisdiction::Pl);
        assert_eq!(Lang::Ro.default_jurisdiction(), Jurisdiction::Ro);
        assert_eq!(Lang::En.default_jurisdiction(), Jurisdiction::Pl);
    }

    #[test]
    fn codes_round_trip() {
        for j in Jurisdiction::ALL {
            assert_eq!(Jurisdiction::from_code(j.code()), Some(j));
        }
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(&c.code().to_lowercase()), Some(c));
        }
        assert_eq!(Currency::from_code("USD"), None);
    }
}
