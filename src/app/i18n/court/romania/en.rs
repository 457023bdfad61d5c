use super::*;

pub const TEXTS: RomaniaCourtTexts = RomaniaCourtTexts {
    heading: "Payment order in Romania (ordonanța de plată)",
};
