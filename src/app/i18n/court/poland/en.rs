use super::*;

pub const TEXTS: PolandCourtTexts = PolandCourtTexts {
    heading: "Claim for payment in Poland (pozew o zapłatę)",
};
