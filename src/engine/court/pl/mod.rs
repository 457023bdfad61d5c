//! Polish court documents: the e-Sąd (EPU) data sheet and XML, and the paper pozew o zapłatę.
