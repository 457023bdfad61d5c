//! The wording of the Romanian court documents, in Romanian. Placeholders in `{braces}`.

/// The cerere de emitere a ordonanței de plată (CPC art. 1014–1025; content art. 1017).
pub struct OrderPhrases {
    pub to_court: &'static str,
    pub title: &'static str,
    pub basis: &'static str,
    /// "{party}": the creditor's identification.
    pub creditor: &'static str,
    pub against: &'static str,
    pub debtor: &'static str,
    /// "{total}", "{words}".
    pub request: &'static str,
    pub principal: &'static str,
    /// "{regime}", "{from}", "{date}", "{amount}", "{next}".
    pub interest: &'static str,
    /// "{eur}", "{amount}".
    pub compensation: &'static str,
    pub costs: &'static str,
    pub reasons: &'static str,
    pub facts: &'static str,
    pub invoice_header: [&'static str; 7],
    /// "{paid}": payments already applied.
    pub payments: &'static str,
    pub certain: &'static str,
    /// "{sent}", "{channel}", "{received}", "{pay_by}".
    pub somatie: &'static str,
    pub channel_registered: &'static str,
    pub channel_bailiff: &'static str,
    pub channel_other: &'static str,
    /// "{regime}", "{n}".
    pub interest_basis: &'static str,
    pub semester: &'static str,
    pub law: &'static str,
    pub law_l72: &'static str,
    pub evidence_heading: &'static str,
    pub evidence: &'static str,
    pub duty: &'static str,
    pub annexes_heading: &'static str,
    /// "{numbers}".
    pub annex_invoices: &'static str,
    /// "{sent}", "{received}".
    pub annex_somatie: &'static str,
    /// "{n}".
    pub annex_interest: &'static str,
    pub annex_duty: &'static str,
    pub annex_copies: &'static str,
    pub date: &'static str,
    pub signature_role: &'static str,
    pub signature: &'static str,
    pub annex_title: &'static str,
    pub annex_header: [&'static str; 7],
    pub annex_total: &'static str,
}

pub const ORDER: OrderPhrases = OrderPhrases {
    to_court: "Către",
    title: "CERERE DE EMITERE A ORDONANȚEI DE PLATĂ",
    basis: "(art. 1014–1025 din Codul de procedură civilă)",
    creditor: "Subscrisa {party}, în calitate de creditoare,",
    against: "în contradictoriu cu",
    debtor: "{party}, în calitate de debitoare,",
    request: "formulăm prezenta cerere de emitere a ordonanței de plată, prin care vă solicităm să emiteți o ordonanță de plată prin care să obligați debitoarea să ne plătească suma de {total} (în litere: {words}), compusă din:",
    principal: "debit principal: {amount}, reprezentând contravaloarea neachitată a facturilor de mai jos;",
    interest: "{regime}, calculată de la data de {from} până la data de {date}: {amount}, precum și dobânda în continuare, de la data de {next} până la plata efectivă;",
    compensation: "despăgubirea pentru costurile de recuperare prevăzută de art. 10 din Legea nr. 72/2013: {eur} EUR, adică {amount};",
    costs: "De asemenea, solicităm obligarea debitoarei la plata cheltuielilor de judecată, inclusiv taxa judiciară de timbru de {duty}.",
    reasons: "Motivele cererii",
    facts: "În fapt, între creditoare și debitoare s-au derulat raporturi comerciale, în baza cărora creditoarea a emis facturile de mai jos, pe care debitoarea nu le-a achitat la scadență:",
    invoice_header: ["Factura", "Data emiterii", "Scadența", "Valoarea", "Achitat", "Rest de plată", "Dobândă"],
    payments: "Plățile debitoarei, în total {paid}, au fost imputate potrivit art. 1507–1509 din Codul civil; sumele cerute sunt cele rămase de plată.",
    certain: "Creanța este certă, lichidă și exigibilă (art. 1014 alin. (1) C.proc.civ.): existența ei rezultă din facturile menționate, cuantumul ei este determinat, iar toate facturile erau scadente la data formulării prezentei cereri.",
    somatie: "Prin somația de plată trimisă debitoarei la data de {sent}{channel} și primită de aceasta la data de {received}, am solicitat plata în termen de 15 zile de la primire (art. 1015 alin. (1) C.proc.civ.). Termenul s-a împlinit la data de {pay_by}, fără ca debitoarea să plătească.",
    channel_registered: " prin scrisoare recomandată cu conținut declarat și confirmare de primire",
    channel_bailiff: " prin executor judecătoresc",
    channel_other: "",
    interest_basis: "Dobânda cerută este {regime}. Calculul pe perioade, cu rata aplicată în fiecare perioadă, este cuprins în anexa nr. {n}.",
    semester: " Potrivit art. 1018 alin. (1) C.proc.civ., rata dobânzii de referință în vigoare în prima zi calendaristică a semestrului s-a aplicat pe întregul semestru.",
    law: "În drept, ne întemeiem cererea pe dispozițiile art. 1014–1025 din Codul de procedură civilă, ale art. 1535 din Codul civil și ale OG nr. 13/2011 privind dobânda legală",
    law_l72: " și ale Legii nr. 72/2013",
    evidence_heading: "Probe",
    evidence: "În dovedirea cererii solicităm proba cu înscrisurile anexate.",
    duty: "Am achitat taxa judiciară de timbru de {duty}, potrivit art. 6 alin. (2) din OUG nr. 80/2013.",
    annexes_heading: "Anexe",
    annex_invoices: "facturile nr. {numbers}, în copie certificată „conform cu originalul”;",
    annex_somatie: "somația de plată din data de {sent} și dovada comunicării ei (confirmarea de primire din data de {received});",
    annex_interest: "calculul dobânzii (anexa nr. {n} la prezenta cerere);",
    annex_duty: "dovada achitării taxei judiciare de timbru;",
    annex_copies: "copii ale cererii și ale înscrisurilor, câte un exemplar pentru fiecare parte.",
    date: "Data: {date}",
    signature_role: "Creditoare,",
    signature: "(semnătura)",
    annex_title: "Anexa nr. {n}: calculul dobânzii",
    annex_header: ["Factura", "De la", "Până la", "Zile", "Rata", "Bază", "Dobândă"],
    annex_total: "Total dobândă calculată: {accrued} − achitată prin plăți: {paid} = de plată: {due}",
};

/// The interest regimes, with their legal basis and rate (OG 13/2011 art. 3).
pub struct Regimes {
    pub professionals: &'static str,
    pub penalty: &'static str,
    pub non_enterprise: &'static str,
    pub remunerative: &'static str,
    /// "{rate}".
    pub contractual: &'static str,
}

pub const REGIMES: Regimes = Regimes {
    professionals: "dobânda legală penalizatoare între profesioniști, egală cu rata dobânzii de referință a BNR plus 8 puncte procentuale (art. 3 alin. (2¹) din OG nr. 13/2011)",
    penalty: "dobânda legală penalizatoare, egală cu rata dobânzii de referință a BNR plus 4 puncte procentuale (art. 3 alin. (2) din OG nr. 13/2011)",
    non_enterprise: "dobânda legală penalizatoare, egală cu rata dobânzii de referință a BNR plus 4 puncte procentuale, redusă cu 20% (art. 3 alin. (2) și (3) din OG nr. 13/2011)",
    remunerative: "dobânda legală remuneratorie, egală cu rata dobânzii de referință a BNR (art. 3 alin. (1) din OG nr. 13/2011)",
    contractual: "dobânda convențională de {rate} pe an, stabilită de părți (art. 1 alin. (1) din OG nr. 13/2011)",
};

/// How a party is identified (art. 1017 alin. (1) lit. a–b): seat or domicile, CUI or CNP, the
/// trade-register number, the bank account.
pub struct PartyPhrases {
    pub seat: &'static str,
    pub domicile: &'static str,
    pub cui: &'static str,
    pub cnp: &'static str,
    pub registry: &'static str,
    pub account: &'static str,
}

pub const PARTY: PartyPhrases = PartyPhrases {
    seat: "cu sediul în {address}",
    domicile: "cu domiciliul în {address}",
    cui: "CUI {id}",
    cnp: "CNP {id}",
    registry: "înregistrată la registrul comerțului sub nr. {id}",
    account: "cont bancar {iban}",
};

/// The data for the small-claims form (Anexa 1 la Ordinul ministrului justiției nr. 359/C/2013).
pub struct SmallPhrases {
    pub title: &'static str,
    pub intro: &'static str,
    pub unconfirmed: &'static str,
    pub section_court: &'static str,
    pub court: &'static str,
    pub section_parties: &'static str,
    pub claimant: &'static str,
    pub defendant: &'static str,
    pub party_header: [&'static str; 2],
    pub name: &'static str,
    pub address: &'static str,
    pub id: &'static str,
    pub registry: &'static str,
    pub section_claim: &'static str,
    pub subject: &'static str,
    pub not_excluded: &'static str,
    pub section_value: &'static str,
    pub value_header: [&'static str; 2],
    pub principal: &'static str,
    pub limit: &'static str,
    pub interest: &'static str,
    pub interest_basis: &'static str,
    pub compensation: &'static str,
    pub total: &'static str,
    pub invoices: &'static str,
    pub invoice_header: [&'static str; 7],
    pub section_costs: &'static str,
    pub duty: &'static str,
    pub section_evidence: &'static str,
    pub evidence_invoices: &'static str,
    pub evidence_letter: &'static str,
    pub evidence_interest: &'static str,
    pub section_hearing: &'static str,
    pub hearing: &'static str,
    pub section_signature: &'static str,
    pub signature: &'static str,
    pub procedure: &'static str,
    pub annex_title: &'static str,
}

pub const SMALL: SmallPhrases = SmallPhrases {
    title: "DATE PENTRU CEREREA DE VALOARE REDUSĂ",
    intro: "Datele de mai jos servesc la completarea formularului de cerere aprobat prin Ordinul ministrului justiției nr. 359/C/2013 (anexa nr. 1), depus la instanță potrivit art. 1029 C.proc.civ. Dacă formularul nu este completat corect, instanța cere completarea sau rectificarea lui (anexa nr. 2), iar în lipsă cererea se anulează.",
    unconfirmed: "Secțiunile 1–3 urmează rubricile confirmate ale formularului. Rubricile marcate cu * nu au putut fi confirmate din sursele consultate: verificați formularul oficial (just.ro) și treceți datele la rubrica potrivită.",
    section_court: "1. Instanța judecătorească",
    court: "{court} (judecătoria este competentă; art. 1026–1033 C.proc.civ.)",
    section_parties: "2. Identificarea părților",
    claimant: "Reclamant",
    defendant: "Pârât",
    party_header: ["Rubrica", "Date"],
    name: "Nume / denumire",
    address: "Domiciliu / sediu",
    id: "Cod de identificare (CUI / CNP)",
    registry: "Nr. de înmatriculare în registrul comerțului",
    section_claim: "3. Informații privind cererea introductivă",
    subject: "Obiectul cererii: obligarea pârâtului la plata sumei de {principal}, debit principal neachitat din facturile de mai jos, cu dobânzile și cheltuielile arătate.",
    not_excluded: "Cererea privește o creanță de bani dintr-un contract și nu intră în materiile exceptate de art. 1026 alin. (2) C.proc.civ.",
    section_value: "4. Valoarea cererii *",
    value_header: ["Element", "Suma"],
    principal: "Debit principal",
    limit: "Debitul principal, fără dobânzi, cheltuieli de judecată și alte venituri accesorii, nu depășește {limit} (art. 1026 alin. (1) C.proc.civ.).",
    interest: "Dobândă până la data de {date}",
    interest_basis: "Dobânda: {regime}; de la data de {next} până la plata efectivă se cere dobânda în continuare.",
    compensation: "Despăgubire pentru costurile de recuperare (art. 10 din Legea nr. 72/2013, {eur} EUR)",
    total: "Total",
    invoices: "Facturile:",
    invoice_header: ["Factura", "Data emiterii", "Scadența", "Valoarea", "Achitat", "Rest de plată", "Dobândă"],
    section_costs: "5. Cheltuieli de judecată *",
    duty: "Taxa judiciară de timbru: {duty} (art. 6 alin. (1) din OUG nr. 80/2013: 50 lei până la 2.000 lei, 200 lei peste această valoare).",
    section_evidence: "6. Motivarea și probele *",
    evidence_invoices: "facturile nr. {numbers};",
    evidence_letter: "{document} din data de {date}{delivered};",
    evidence_interest: "calculul dobânzii pe perioade (anexa nr. 1).",
    section_hearing: "7. Dezbaterea orală *",
    hearing: "Procedura este scrisă; instanța dispune înfățișarea părților numai dacă o consideră necesară (art. 1030 C.proc.civ.). Indicați în formular dacă cereți dezbateri orale.",
    section_signature: "8. Data și semnătura *",
    signature: "Data: {date}. Semnătura reclamantului.",
    procedure: "Nu este necesară o somație prealabilă. Pârâtul are 30 de zile pentru a răspunde (art. 1030), iar hotărârea se pronunță în cel mult 30 de zile de la primirea informațiilor necesare (art. 1031); apelul se declară în 30 de zile de la comunicare (art. 1033).",
    annex_title: "Anexa nr. 1: calculul dobânzii",
};

/// Names of the documents in the contact log, as the small-claims evidence cites them.
pub struct EvidenceNames {
    pub demand: &'static str,
    pub somatie: &'static str,
    pub agreement: &'static str,
    pub delivered: &'static str,
}

pub const EVIDENCE: EvidenceNames = EvidenceNames {
    demand: "notificarea de plată",
    somatie: "somația de plată",
    agreement: "acordul de plată eșalonată semnat de pârât",
    delivered: ", primită la data de {date}",
};
