use super::*;

pub const TEXTS: EuCourtTexts = EuCourtTexts {
    heading: "Dłużnik w innym państwie UE",
};
