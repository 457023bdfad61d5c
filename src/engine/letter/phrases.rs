//! The wording of each country's letters, in that country's language (English for the
//! cross-border demand). Placeholders in `{braces}`.

use crate::engine::locale::Lang;

pub struct Phrases {
    pub creditor: &'static str,
    pub debtor: &'static str,
    pub nip: &'static str,
    /// "{creditor}", "{total}", "{words}".
    pub opening: &'static str,
    /// Stands for the creditor in the opening when no name was typed.
    pub creditor_fallback: &'static str,
    pub principal: &'static str,
    pub invoices_intro: &'static str,
    pub invoice_header: [&'static str; 7],
    /// How the payments were applied: under the statutory order, or principal first.
    pub payments_statutory: &'static str,
    pub payments_principal_first: &'static str,
    pub payments_header: [&'static str; 5],
    pub payments_total: &'static str,
    /// What a payment left over after every debt was paid: "{date}", "{amount}".
    pub unapplied: &'static str,
    pub interest: &'static str,
    /// The interest item when payments covered part of it: "{accrued}", "{paid}", "{amount}".
    pub interest_paid: &'static str,
    /// The annex's closing line, accrued − paid = due: "{accrued}", "{paid}", "{due}".
    pub reconciliation: &'static str,
    pub compensation: &'static str,
    /// The source of a table rate: "{date}", "{table}".
    pub compensation_rate: &'static str,
    pub compensation_header: [&'static str; 4],
    pub further_interest: &'static str,
    pub total: &'static str,
    pub in_words: &'static str,
    pub deadline_days: &'static str,
    pub deadline_date: &'static str,
    pub account: &'static str,
    pub consequences: &'static str,
    pub fees: &'static str,
    /// RO: the stamp duty of the payment order (OUG 80/2013 art. 6 alin. (2)), "{fee}".
    pub fee_order: &'static str,
    /// RO: the small claim's duty (art. 6 alin. (1); CPC art. 1026–1033), "{fee}".
    pub fee_small: &'static str,
    /// RO: the ordinary action's duty as the alternative (art. 3 alin. (1)), "{fee}".
    pub fee_ordinary: &'static str,
    /// PL: the warning of art. 15 ust. 1 UUIG (art. 14 ust. 1 for consumers): "{bureau}",
    /// "{address}", "{article}".
    pub registry: Option<&'static str>,
    pub settle: &'static str,
    pub plan: &'static str,
    pub signature: &'static str,
    /// "{n}": the annex's number.
    pub annex_title: &'static str,
    pub annex_header: [&'static str; 7],
    pub annex_payments: &'static str,
    pub schedule_title: &'static str,
    pub schedule_header: [&'static str; 5],
    pub schedule_down_payment: &'static str,
    pub regimes: Regimes,
    pub contract: &'static str,
}

/// The name of each interest regime, with its legal basis.
pub struct Regimes {
    pub statutory: &'static str,
    pub commercial: &'static str,
    pub capital: &'static str,
    pub contractual: &'static str,
}

pub fn phrases(lang: Lang) -> &'static Phrases {
    match lang {
        Lang::Pl => &PL,
        Lang::Ro => &RO,
        Lang::En => &EN,
    }
}

pub const PL: Phrases = Phrases {
    creditor: "Wierzyciel:",
    debtor: "Dłużnik:",
    nip: "NIP",
    creditor_fallback: "Wierzyciela",
    opening: "Działając w imieniu {creditor}, wzywam Dłużnika do zapłaty na rzecz Wierzyciela kwoty {total} (słownie: {words}), na którą składają się:",
    principal: "należność główna: {amount} (słownie: {words})",
    invoices_intro: "wynikająca z następujących dokumentów:",
    invoice_header: ["Faktura", "Data wystawienia", "Termin płatności", "Kwota", "Spłacona należność", "Pozostało", "Odsetki do zapłaty"],
    payments_statutory: "Wpłaty Dłużnika zaliczono zgodnie z art. 451 KC, najpierw na zaległe odsetki, a następnie na należność główną:",
    payments_principal_first: "Wpłaty Dłużnika zaliczono w pierwszej kolejności na należność główną:",
    payments_header: ["Data wpłaty", "Kwota wpłaty", "Faktura", "Na odsetki", "Na należność główną"],
    payments_total: "Razem",
    unapplied: "Z wpłaty z dnia {date} pozostała nadpłata {amount}, niezaliczona na żadną należność.",
    interest: "{regime}, naliczone do dnia {date}: {amount}",
    interest_paid: "{regime}, naliczone do dnia {date}: {accrued}, z czego wpłatami pokryto {paid}; pozostaje do zapłaty: {amount}",
    reconciliation: "Odsetki naliczone: {accrued} − odsetki pokryte wpłatami: {paid} = odsetki do zapłaty: {due}",
    compensation: "rekompensata za koszty odzyskiwania należności (art. 10 ust. 1 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych): {eur} EUR, tj. {amount}",
    compensation_rate: "kurs średni NBP z dnia {date}, tabela {table}",
    compensation_header: ["Faktura", "EUR", "Kurs", "Kwota"],
    further_interest: "wraz z dalszymi odsetkami od należności głównej od dnia {date} do dnia zapłaty.",
    total: "Razem do zapłaty",
    in_words: "słownie",
    deadline_days: "Wskazaną kwotę należy zapłacić w terminie {days} dni od dnia doręczenia niniejszego wezwania",
    deadline_date: "Wskazaną kwotę należy zapłacić do dnia {date}",
    account: " na rachunek bankowy nr {iban}.",
    consequences: "W przypadku braku zapłaty w wyznaczonym terminie sprawa zostanie skierowana na drogę postępowania sądowego bez dalszego wezwania, co narazi Dłużnika na dodatkowe koszty: opłatę sądową, koszty zastępstwa procesowego i koszty postępowania egzekucyjnego.",
    fees: "Opłata sądowa od pozwu wyniesie {fee} (art. 13 ustawy o kosztach sądowych w sprawach cywilnych), a w elektronicznym postępowaniu upominawczym {epu} (art. 19 ust. 2 pkt 2).",
    fee_order: "Opłata od wniosku o wydanie nakazu zapłaty (ordonanța de plată) wynosi {fee} (art. 6 ust. 2 OUG nr 80/2013).",
    fee_small: "W postępowaniu w sprawach o niskiej wartości (art. 1026–1033 rumuńskiego k.p.c.) opłata wyniosłaby {fee} (art. 6 ust. 1 OUG nr 80/2013).",
    fee_ordinary: "W zwykłym postępowaniu opłata wyniosłaby {fee} (art. 3 ust. 1 OUG nr 80/2013).",
    registry: Some("W razie braku zapłaty Wierzyciel zamierza przekazać dane Dłużnika wraz z informacją o zadłużeniu do biura informacji gospodarczej {bureau}, adres siedziby: {address} ({article} ustawy z dnia 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych)."),
    settle: "Wierzyciel pozostaje otwarty na polubowne rozwiązanie sprawy. Niniejsze wezwanie stanowi próbę polubownego rozwiązania sporu (art. 187 § 1 pkt 3 KPC).",
    plan: "Wierzyciel proponuje spłatę w ratach według harmonogramu stanowiącego załącznik nr {annex} do niniejszego wezwania (liczba rat: {count}; pierwsza rata w wysokości {instalment} płatna do dnia {first}).",
    signature: "(podpis)",
    annex_title: "Załącznik nr {n}: wyliczenie odsetek",
    annex_header: ["Faktura", "Od", "Do", "Dni", "Stopa", "Podstawa", "Odsetki"],
    annex_payments: "Wpłaty i ich zaliczenie",
    schedule_title: "Załącznik nr {n}: proponowany harmonogram spłaty w ratach",
    schedule_header: ["Nr", "Termin płatności", "Rata", "Należność główna", "Odsetki"],
    schedule_down_payment: "Wpłata początkowa w dniu zawarcia ugody: {amount}.",
    regimes: Regimes {
        statutory: "odsetki ustawowe za opóźnienie (art. 481 § 1 i 2 KC)",
        commercial: "odsetki ustawowe za opóźnienie w transakcjach handlowych (art. 7 ust. 1 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych)",
        capital: "odsetki ustawowe (art. 359 § 2 KC)",
        contractual: "odsetki umowne",
    },
    contract: "w wysokości {rate} w stosunku rocznym",
};

pub const RO: Phrases = Phrases {
    creditor: "Creditor:",
    debtor: "Debitor:",
    nip: "CUI",
    creditor_fallback: "creditorului",
    opening: "Prin prezenta vă solicităm să achitați suma totală de {total} (în litere: {words}), reprezentând:",
    principal: "debit principal: {amount} (în litere: {words})",
    invoices_intro: "conform următoarelor facturi, creanță certă, lichidă și exigibilă:",
    invoice_header: ["Factura", "Data emiterii", "Scadența", "Suma", "Debit achitat", "Rest de plată", "Dobândă de plată"],
    payments_statutory: "Plățile debitorului au fost imputate potrivit art. 1507–1509 din Codul civil, mai întâi asupra dobânzilor și apoi asupra debitului principal:",
    payments_principal_first: "Plățile debitorului au fost imputate mai întâi asupra debitului principal:",
    payments_header: ["Data plății", "Suma plătită", "Factura", "Asupra dobânzii", "Asupra debitului"],
    payments_total: "Total",
    unapplied: "Din plata din data de {date} a rămas un excedent de {amount}, neimputat asupra vreunei datorii.",
    interest: "{regime}, calculată până la data de {date}: {amount}",
    interest_paid: "{regime}, calculată până la data de {date}: {accrued}, din care s-a achitat prin plăți {paid}; rămâne de plată: {amount}",
    reconciliation: "Dobândă calculată: {accrued} − dobândă achitată prin plăți: {paid} = dobândă de plată: {due}",
    compensation: "despăgubirea pentru costurile de recuperare (Legea nr. 72/2013): {eur} EUR, adică {amount}",
    compensation_rate: "curs BNR din {date}",
    compensation_header: ["Factura", "EUR", "Curs", "Suma"],
    further_interest: "la care se adaugă dobânda în continuare, de la data de {date} până la plata efectivă.",
    total: "Total de plată",
    in_words: "în litere",
    deadline_days: "Suma trebuie achitată în termen de {days} zile de la primirea prezentei",
    deadline_date: "Suma trebuie achitată până la data de {date}",
    account: ", în contul bancar {iban}.",
    consequences: "În cazul neachitării în termen, vom solicita emiterea unei ordonanțe de plată sau vom introduce o cerere de chemare în judecată, cu obligarea debitorului la plata cheltuielilor de judecată și de executare silită.",
    fees: "Taxa judiciară de timbru pentru o acțiune în pretenții ar fi de {fee} (art. 3 alin. (1) din OUG nr. 80/2013).",
    fee_order: "Taxa judiciară de timbru pentru cererea de emitere a ordonanței de plată este de {fee} (art. 6 alin. (2) din OUG nr. 80/2013).",
    fee_small: "Pentru o cerere de valoare redusă (art. 1026–1033 C.proc.civ.), taxa ar fi de {fee} (art. 6 alin. (1) din OUG nr. 80/2013).",
    fee_ordinary: "Pentru o acțiune în pretenții pe calea dreptului comun, taxa ar fi de {fee} (art. 3 alin. (1) din OUG nr. 80/2013).",
    registry: None,
    settle: "Suntem deschiși unei soluționări amiabile, inclusiv unei eșalonări a plății.",
    plan: "Propunem plata în rate, potrivit graficului din anexa nr. {annex} la prezenta (numărul ratelor: {count}; prima rată, de {instalment}, scadentă la data de {first}).",
    signature: "(semnătura)",
    annex_title: "Anexa nr. {n}: calculul dobânzii",
    annex_header: ["Factura", "De la", "Până la", "Zile", "Rata", "Bază", "Dobândă"],
    annex_payments: "Plățile și imputația lor",
    schedule_title: "Anexa nr. {n}: graficul de plată în rate propus",
    schedule_header: ["Nr.", "Scadența", "Rata", "Debit", "Dobândă"],
    schedule_down_payment: "Avans plătit la încheierea acordului: {amount}.",
    regimes: Regimes {
        statutory: "dobânda legală penalizatoare (art. 3 alin. (2) din OG nr. 13/2011)",
        commercial: "dobânda legală penalizatoare între profesioniști (art. 3 alin. (2¹) din OG nr. 13/2011)",
        capital: "dobânda legală remuneratorie (art. 3 alin. (1) din OG nr. 13/2011)",
        contractual: "dobânda convențională",
    },
    contract: "de {rate} pe an",
};

pub const EN: Phrases = Phrases {
    creditor: "Creditor:",
    debtor: "Debtor:",
    nip: "Tax ID",
    creditor_fallback: "the creditor",
    opening: "We hereby demand payment of {total} (in words: {words}), made up of:",
    principal: "principal: {amount} (in words: {words})",
    invoices_intro: "under the following invoices:",
    invoice_header: ["Invoice", "Issued", "Due", "Amount", "Principal paid", "Outstanding", "Interest due"],
    payments_statutory: "Your payments were applied first to the overdue interest and then to the principal, as the applicable law provides:",
    payments_principal_first: "Your payments were applied to the principal first:",
    payments_header: ["Payment date", "Amount paid", "Invoice", "To interest", "To principal"],
    payments_total: "Total",
    unapplied: "Your payment of {date} left {amount} over, not applied to any debt.",
    interest: "{regime}, computed up to {date}: {amount}",
    interest_paid: "{regime}, computed up to {date}: {accrued}, of which your payments covered {paid}; outstanding: {amount}",
    reconciliation: "Interest accrued: {accrued} − interest covered by payments: {paid} = interest due: {due}",
    compensation: "fixed compensation for recovery costs (Directive 2011/7/EU art. 6): {eur} EUR, i.e. {amount}",
    compensation_rate: "rate of {date}",
    compensation_header: ["Invoice", "EUR", "Rate", "Amount"],
    further_interest: "together with further interest on the principal from {date} until payment.",
    total: "Total due",
    in_words: "in words",
    deadline_days: "Please pay within {days} days of receiving this letter",
    deadline_date: "Please pay by {date}",
    account: " to the bank account {iban}.",
    consequences: "If payment is not received in time we will start court proceedings without further notice; the court fees, legal costs and enforcement costs will then also be claimed from you.",
    fees: "The court fee on a claim of this value would be {fee}.",
    fee_order: "The court fee for a Romanian payment order (ordonanța de plată) is {fee} (OUG 80/2013 art. 6(2)).",
    fee_small: "In the Romanian small-claims procedure (Code of Civil Procedure art. 1026–1033) it would be {fee} (OUG 80/2013 art. 6(1)).",
    fee_ordinary: "In ordinary proceedings it would be {fee} (OUG 80/2013 art. 3(1)).",
    registry: None,
    settle: "We remain open to an amicable settlement, including payment in instalments.",
    plan: "We propose payment in instalments as set out in the schedule in annex {annex} ({count} instalments; the first, of {instalment}, due on {first}).",
    signature: "(signature)",
    annex_title: "Annex {n}: interest computation",
    annex_header: ["Invoice", "From", "To", "Days", "Rate", "Base", "Interest"],
    annex_payments: "Payments and how they were applied",
    schedule_title: "Annex {n}: proposed instalment schedule",
    schedule_header: ["No.", "Due", "Instalment", "Principal", "Interest"],
    schedule_down_payment: "Down payment on signing the agreement: {amount}.",
    regimes: Regimes {
        statutory: "statutory late-payment interest",
        commercial: "statutory interest for late payment in commercial transactions",
        capital: "statutory interest",
        contractual: "contractual interest",
    },
    contract: "at {rate} a year",
};

/// The interest note (PL only): it bills interest on invoices paid late.
pub struct NotePhrases {
    pub intro: &'static str,
    pub header: [&'static str; 7],
    pub deadline_days: &'static str,
    pub not_vat: &'static str,
}

pub const PL_NOTE: NotePhrases = NotePhrases {
    intro: "Wierzyciel obciąża Dłużnika odsetkami za nieterminową zapłatę następujących należności ({regime}):",
    header: ["Dokument", "Termin płatności", "Data zapłaty", "Dni zwłoki", "Kwota", "Stopa", "Odsetki"],
    deadline_days: "Wskazaną kwotę należy zapłacić w terminie {days} dni od dnia doręczenia noty",
    not_vat: "Nota odsetkowa nie jest fakturą VAT (odsetki nie podlegają opodatkowaniu VAT).",
};

/// RO: the provision each document is sent under, printed under the title.
pub const RO_SOMATIE_BASIS: &str = "În temeiul art. 1015 din Codul de procedură civilă";
pub const RO_NOTICE_BASIS: &str = "În temeiul art. 1522 din Codul civil";

/// RO: what the somație does to prescription, told to the debtor as a consequence
/// (ro/rules.md §7 item 6).
pub const RO_SOMATIE_INTERRUPTION: &str = "Somația întrerupe prescripția dacă este urmată de o cerere de chemare în judecată în termen de 6 luni (art. 1015 alin. (2) C.proc.civ., art. 2540 C.civ.).";
