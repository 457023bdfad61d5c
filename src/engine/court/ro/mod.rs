//! Romanian court documents: the cerere de emitere a ordonanței de plată (CPC art. 1014–1025) and
//! the cerere de valoare redusă (CPC art. 1026–1033).
