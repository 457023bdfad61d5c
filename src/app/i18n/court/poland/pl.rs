use super::*;

pub const TEXTS: PolandCourtTexts = PolandCourtTexts {
    heading: "Pozew o zapłatę",
};
