use super::*;

pub const TEXTS: CourtTexts = CourtTexts {
    tool: "Instanță",
    intro: "Când somațiile nu au dat rezultat: cererea către instanță, cu taxa de timbru, dobânzile și condițiile verificate la data depunerii.",
    poland: &poland::RO,
    romania: &romania::RO,
    eu: &eu::RO,
};
