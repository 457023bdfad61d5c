use super::*;

pub const TEXTS: EuCourtTexts = EuCourtTexts {
    heading: "Debitor în alt stat membru al UE",
};
