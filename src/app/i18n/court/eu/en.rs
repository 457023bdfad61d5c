use super::*;

pub const TEXTS: EuCourtTexts = EuCourtTexts {
    heading: "Debtor in another EU member state",
};
