use super::*;

pub const TEXTS: CourtTexts = CourtTexts {
    tool: "Sąd",
    intro: "Gdy wezwania nie pomogły: dane do pozwu w e-Sądzie (EPU) albo pozew papierowy, z opłatą, odsetkami i warunkami sprawdzonymi na dzień złożenia.",
    poland: &poland::PL,
    romania: &romania::PL,
    eu: &eu::PL,
};
