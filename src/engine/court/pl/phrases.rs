//! Every sentence of the Polish court documents (the EPU justification, the paper pozew), in
//! one table. Placeholders in `{braces}`. Court documents are written in Polish whatever the
//! language of the screen.

/// EPU: the only court (art. 505²⁸ KPC; reference/pl/collection.md §2.2), with its address as
/// e-Sąd's own sample package gives it.
pub const EPU_COURT: &str = "Sąd Rejonowy Lublin-Zachód w Lublinie";
pub const EPU_DIVISION: &str = "VI Wydział Cywilny";
pub const EPU_COURT_STREET: &str = "ul. Boczna Lubomelskiej";
pub const EPU_COURT_NUMBER: &str = "13";
pub const EPU_COURT_POSTCODE: &str = "20-070";
pub const EPU_COURT_TOWN: &str = "Lublin";

/// Art. 17 pkt 4 KPC: the regional court above 100 000 zł. The court's own name needs the town
/// in the locative and the court's district, which the app does not know: this default names
/// the defendant's town, and the person corrects it (the sheet asks to).
pub const DISTRICT_COURT: &str = "Sąd Rejonowy właściwy dla miejscowości {town}";
pub const REGIONAL_COURT: &str = "Sąd Okręgowy właściwy dla miejscowości {town}";
/// Art. 458² KPC: disputes between entrepreneurs go to the commercial division.
pub const COMMERCIAL_DIVISION: &str = "Wydział Gospodarczy";
pub const CIVIL_DIVISION: &str = "Wydział Cywilny";

/// The interest of a claim until payment, in the words of the e-Sąd form (codes 15 and 8) and
/// of judgments.
pub const INTEREST_COMMERCIAL: &str =
    "z odsetkami ustawowymi za opóźnienie w transakcjach handlowych od dnia {from} do dnia zapłaty";
pub const INTEREST_STATUTORY: &str =
    "z odsetkami ustawowymi za opóźnienie od dnia {from} do dnia zapłaty";
pub const INTEREST_CAPITAL: &str = "z odsetkami ustawowymi od dnia {from} do dnia zapłaty";
pub const INTEREST_CONTRACTUAL: &str = "z odsetkami umownymi w wysokości {rate} w stosunku rocznym, nie wyższymi niż odsetki maksymalne za opóźnienie, od dnia {from} do dnia zapłaty";

/// What each claim is, for the claim's description and the pozew's demand.
pub const CLAIM_PRINCIPAL: &str = "należność główna z faktury nr {number}, płatna do dnia {due}";
pub const CLAIM_ACCRUED: &str =
    "{regime} od należności z faktury nr {number}, naliczone do dnia {until} i niezapłacone";
pub const CLAIM_COMPENSATION: &str = "rekompensata za koszty odzyskiwania należności z faktury nr {number} ({eur} EUR), art. 10 ust. 1 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych";
pub const REGIME_COMMERCIAL: &str = "odsetki ustawowe za opóźnienie w transakcjach handlowych";
pub const REGIME_STATUTORY: &str = "odsetki ustawowe za opóźnienie";
pub const REGIME_CAPITAL: &str = "odsetki ustawowe";
pub const REGIME_CONTRACTUAL: &str = "odsetki umowne";
/// The same after "wraz z" (instrumental case).
pub const WITH_COMMERCIAL: &str = "odsetkami ustawowymi za opóźnienie w transakcjach handlowych";
pub const WITH_STATUTORY: &str = "odsetkami ustawowymi za opóźnienie";
pub const WITH_CAPITAL: &str = "odsetkami ustawowymi";
pub const WITH_CONTRACTUAL: &str = "odsetkami umownymi";

/// The legal basis of the interest, for the justification.
pub const BASIS_COMMERCIAL: &str = "art. 7 ust. 1 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych";
pub const BASIS_STATUTORY: &str = "art. 481 § 1 i 2 Kodeksu cywilnego";
pub const BASIS_CAPITAL: &str = "art. 359 § 2 Kodeksu cywilnego";
pub const BASIS_CONTRACTUAL: &str = "umowy stron oraz art. 481 § 2¹ Kodeksu cywilnego";

/// Evidence: what each document is and what it proves.
pub const EVIDENCE_INVOICE: &str = "Faktura nr {number}";
pub const EVIDENCE_INVOICE_DATED: &str = "Faktura nr {number} z dnia {date}";
pub const FACT_INVOICE: &str =
    "wysokość i termin płatności należności z faktury nr {number}, wykonanie świadczenia przez powoda";
pub const EVIDENCE_DEMAND: &str = "Przedsądowe wezwanie do zapłaty z dnia {date}";
pub const EVIDENCE_DEMAND_REGISTERED: &str =
    "Przedsądowe wezwanie do zapłaty z dnia {date} z potwierdzeniem nadania";
pub const FACT_DEMAND: &str = "wezwanie pozwanego do zapłaty, próba polubownego rozwiązania sporu";
pub const EVIDENCE_ACKNOWLEDGEMENT: &str = "Pisemne uznanie długu przez pozwanego z dnia {date}";
pub const FACT_ACKNOWLEDGEMENT: &str =
    "uznanie długu przez pozwanego, przerwanie biegu przedawnienia";
pub const EVIDENCE_AGREEMENT: &str = "Ugoda ratalna z uznaniem długu z dnia {date}";
pub const FACT_AGREEMENT: &str =
    "uznanie długu przez pozwanego, próba polubownego rozwiązania sporu";

/// The justification, shared by EPU and the pozew.
pub const JUST_BUSINESS: &str = "Powód w ramach prowadzonej działalności gospodarczej wykonał na rzecz pozwanego świadczenia, za które wystawił następujące faktury:";
pub const JUST_CIVIL: &str =
    "Powód wykonał na rzecz pozwanego świadczenia, za które wystawił następujące faktury:";
pub const JUST_INVOICE: &str =
    "nr {number}{issued} na kwotę {amount}, z terminem płatności do dnia {due}";
pub const JUST_ISSUED: &str = " z dnia {date}";
pub const JUST_UNPAID: &str = "Pozwany nie zapłacił należności w terminie.";
pub const JUST_PAYMENT: &str = "W dniu {date} pozwany zapłacił {amount}; wpłatę zaliczono zgodnie z art. 451 Kodeksu cywilnego, najpierw na zaległe odsetki, a następnie na należność główną.";
pub const JUST_PAYMENT_PRINCIPAL: &str =
    "W dniu {date} pozwany zapłacił {amount}; wpłatę zaliczono na należność główną.";
pub const JUST_DEMAND: &str =
    "Pismem z dnia {date} powód wezwał pozwanego do zapłaty; wezwanie pozostało bezskuteczne.";
pub const JUST_ACKNOWLEDGED: &str = "Pismem z dnia {date} pozwany uznał dług.";
pub const JUST_CLAIMS: &str = "Powód dochodzi należności głównej w kwocie {principal} wraz z {regime} na podstawie {basis}, liczonymi od dnia następującego po terminie płatności (a po częściowej zapłacie od dnia następującego po niej) do dnia zapłaty.";
pub const JUST_ACCRUED: &str = "Powód dochodzi także odsetek naliczonych do dnia ostatniej wpłaty i przez nią niepokrytych, w kwocie {amount}.";
pub const JUST_COMPENSATION: &str = "Na podstawie art. 10 ust. 1 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych powód dochodzi rekompensaty za koszty odzyskiwania należności w łącznej kwocie {amount}, przeliczonej według średniego kursu euro NBP z ostatniego dnia roboczego miesiąca poprzedzającego miesiąc, w którym świadczenie stało się wymagalne.";
pub const JUST_COMMERCIAL: &str = "Obie strony są przedsiębiorcami, a należności wynikają z transakcji handlowych w rozumieniu art. 4 pkt 1 ustawy z dnia 8 marca 2013 r.";

/// The paper pozew.
pub const POZEW_TITLE: &str = "POZEW O ZAPŁATĘ";
pub const POZEW_SUBTITLE_SUMMARY: &str = "(w postępowaniu nakazowym)";
pub const POZEW_SUBTITLE_ORDER: &str = "(w postępowaniu upominawczym)";
pub const PLAINTIFF: &str = "Powód:";
pub const DEFENDANT: &str = "Pozwany:";
pub const VALUE: &str = "Wartość przedmiotu sporu: {value}";
pub const FEE_LINE: &str = "Opłata sądowa: {fee}";
pub const DEMANDS: &str = "Działając w imieniu własnym, wnoszę o:";
pub const DEMAND_SUMMARY: &str = "wydanie nakazu zapłaty w postępowaniu nakazowym (art. 485 § 1 i § 2¹ KPC), w którym sąd nakaże pozwanemu zapłacić powodowi w terminie dwóch tygodni od doręczenia nakazu:";
pub const DEMAND_ORDER: &str = "wydanie nakazu zapłaty w postępowaniu upominawczym (art. 498 § 1 KPC), w którym sąd nakaże pozwanemu zapłacić powodowi w terminie dwóch tygodni od doręczenia nakazu:";
pub const DEMAND_LINE: &str = "{letter}) kwotę {amount} ({what}){interest};";
pub const DEMAND_COSTS: &str = "zasądzenie od pozwanego na rzecz powoda kosztów postępowania, w tym opłaty sądowej w kwocie {fee}, według norm przepisanych, wraz z odsetkami ustawowymi za opóźnienie za czas od dnia uprawomocnienia się orzeczenia do dnia zapłaty (art. 98 § 1 i § 1¹ KPC);";
pub const DEMAND_EVIDENCE: &str =
    "przeprowadzenie dowodów z dokumentów wymienionych poniżej na okoliczności tam wskazane;";
pub const DEMAND_ABSENT: &str = "rozpoznanie sprawy również pod nieobecność powoda.";
pub const DUE_DATES: &str = "Roszczenia stały się wymagalne z upływem terminów płatności wskazanych przy każdej fakturze (art. 187 § 1 pkt 1¹ KPC).";
pub const AMICABLE: &str = "Oświadczenie (art. 187 § 1 pkt 3 KPC): przed wniesieniem pozwu strony nie przeprowadziły mediacji. Powód podjął próbę pozasądowego rozwiązania sporu: {attempts}. Próba nie przyniosła rezultatu.";
pub const AMICABLE_DEMAND: &str = "pismem z dnia {date} wezwał pozwanego do zapłaty";
pub const AMICABLE_CONTACT: &str = "w dniu {date} kontaktował się z pozwanym w sprawie zapłaty";
pub const AMICABLE_NONE: &str = "Oświadczenie (art. 187 § 1 pkt 3 KPC): strony nie podjęły próby mediacji ani innego pozasądowego sposobu rozwiązania sporu, ponieważ ______________________________.";
pub const JUSTIFICATION: &str = "UZASADNIENIE";
pub const EVIDENCE_HEADING: &str = "Dowody:";
/// "458(5)": the PDF font has the superscripts ¹ ² ³ only (Latin-1), so the others are written
/// the way typed Polish pleadings write them without superscripts.
pub const EVIDENCE_COMMERCIAL: &str =
    "Wszystkie twierdzenia i dowody powód przedstawia w pozwie (art. 458(5) § 1 KPC):";
pub const EVIDENCE_HEADER: [&str; 3] = ["Nr", "Dowód", "Na okoliczność"];
pub const FEE_SUMMARY: &str = "Opłata sądowa wynosi {fee}: czwarta część opłaty stosunkowej (art. 13 i art. 19 ust. 2 pkt 1 ustawy o kosztach sądowych w sprawach cywilnych), zaokrąglona w górę do pełnych złotych (art. 21), nie mniej niż 30 zł (art. 20 ust. 1).";
pub const FEE_FULL: &str = "Opłata sądowa wynosi {fee} (art. 13 ustawy o kosztach sądowych w sprawach cywilnych), zaokrąglona w górę do pełnych złotych (art. 21).";
pub const FEE_UNKNOWN: &str = "Opłatę sądową należy obliczyć od wartości przedmiotu sporu wyrażonej w złotych (art. 13 ustawy o kosztach sądowych w sprawach cywilnych).";
pub const SIGNATURE: &str = "(podpis powoda)";
pub const ENCLOSURES: &str = "Załączniki:";
pub const ENCLOSURE_COPY: &str = "odpis pozwu wraz z załącznikami dla pozwanego;";
pub const ENCLOSURE_FEE: &str = "dowód uiszczenia opłaty sądowej;";
pub const ENCLOSURE_REGISTER: &str =
    "odpis z Krajowego Rejestru Sądowego albo wydruk z CEIDG dotyczący powoda (art. 68 KPC);";
pub const ENCLOSURE_DOCUMENT: &str = "{label} (kopia);";
pub const ENCLOSURE_SUMMARY: &str = "umowa lub zamówienie, dowód wykonania świadczenia i dowód doręczenia faktury pozwanemu (art. 485 § 2¹ KPC);";
pub const ENCLOSURE_ANNEX: &str = "wyliczenie odsetek (załącznik nr 1).";
pub const ANNEX_TITLE: &str = "Załącznik nr 1: wyliczenie odsetek na dzień {date}";
pub const ANNEX_HEADER: [&str; 7] = ["Faktura", "Od", "Do", "Dni", "Stopa", "Podstawa", "Odsetki"];
pub const ANNEX_NOTE: &str = "Odsetki naliczone do dnia {date} są podane dla informacji; w pozwie dochodzi się ich od wskazanych dni do dnia zapłaty.";
