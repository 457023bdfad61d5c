use super::*;

pub const TEXTS: RomaniaCourtTexts = RomaniaCourtTexts {
    heading: "Nakaz zapłaty w Rumunii (ordonanța de plată)",
};
