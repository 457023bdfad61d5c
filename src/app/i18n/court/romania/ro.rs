use super::*;

pub const TEXTS: RomaniaCourtTexts = RomaniaCourtTexts {
    heading: "Ordonanța de plată",
};
