//! Cross-border claims in the EU: the European order for payment (Regulation (EC) 1896/2006) and
//! the European small claims procedure (Regulation (EC) 861/2007).
