use super::*;

pub const TEXTS: CourtTexts = CourtTexts {
    tool: "Court",
    intro: "When reminders and the demand have failed: the claim you file in court, with the fee, the interest and the preconditions checked for the filing date.",
    poland: &poland::EN,
    romania: &romania::EN,
    eu: &eu::EN,
};
