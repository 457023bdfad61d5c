use super::*;

pub const TEXTS: PolandCourtTexts = PolandCourtTexts {
    heading: "Cererea de chemare în judecată în Polonia (pozew o zapłatę)",
};
