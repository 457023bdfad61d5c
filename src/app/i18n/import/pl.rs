use super::{mb, ImportTexts, Names};
use crate::engine::locale::Lang;
use crate::import::list::Column;
use crate::import::plan::Reason;
use crate::import::{Field, FileKind, Note, Problem};

fn field(f: Field) -> &'static str {
    match f {
        Field::Number => "numer faktury",
        Field::IssueDate => "data wystawienia",
        Field::DueDate => "termin płatności",
        Field::Gross => "kwota brutto",
        Field::Payable => "kwota do zapłaty",
        Field::Prepaid => "kwota zapłacona z góry",
        Field::Currency => "waluta",
        Field::Kind => "rodzaj faktury",
        Field::SellerName => "nazwa sprzedawcy",
        Field::SellerTaxId => "NIP sprzedawcy",
        Field::BuyerName => "nazwa nabywcy",
        Field::BuyerTaxId => "NIP nabywcy",
        Field::PaymentDate => "data zapłaty",
        Field::PaymentAmount => "kwota zapłaty",
        Field::CorrectedInvoice => "faktura korygowana",
        Field::Paid => "zapłacono",
        Field::Balance => "pozostało do zapłaty",
    }
}

fn column(c: Column) -> &'static str {
    match c {
        Column::Debtor => "Kontrahent (dłużnik)",
        Column::DebtorTaxId => "NIP kontrahenta",
        Column::Number => "Numer faktury",
        Column::IssueDate => "Data wystawienia",
        Column::DueDate => "Termin płatności",
        Column::Amount => "Kwota brutto",
        Column::Paid => "Zapłacono",
        Column::Balance => "Pozostało do zapłaty",
        Column::Currency => "Waluta",
    }
}

fn kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Xml => "plik XML",
        FileKind::KsefPackage => "paczka eksportu KSeF",
        FileKind::AnafPackage => "archiwum ANAF (e-Factura)",
        FileKind::Zip => "archiwum ZIP",
        FileKind::List => "zestawienie (CSV)",
        FileKind::Unknown => "plik nierozpoznany",
    }
}

fn problem(p: &Problem) -> String {
    let l = Lang::Pl;
    match p {
        Problem::Empty { .. } => "Plik jest pusty.".into(),
        Problem::TooLarge { bytes, limit, .. } => format!("Plik ma {} MB, a limit to {} MB: nie został wczytany.", mb(*bytes, l), mb(*limit, l)),
        Problem::UnknownFileType { .. } => "To nie jest faktura XML, archiwum ZIP ani zestawienie CSV.".into(),
        Problem::MalformedXml { line, column, .. } => format!("Uszkodzony XML (wiersz {line}, kolumna {column})."),
        Problem::Doctype { .. } => "XML z deklaracją DOCTYPE jest odrzucany ze względów bezpieczeństwa.".into(),
        Problem::OtherXml { root, .. } => format!("To inny dokument XML („{root}”), nie faktura KSeF ani e-Factura."),
        Problem::UnknownVersion { version, .. } => format!("Nieznana wersja formatu faktury ({version})."),
        Problem::SignatureFile { .. } => "Plik podpisu ANAF (semnatura_…): faktura jest w drugim pliku archiwum.".into(),
        Problem::AnafErrorMessage { upload_index, .. } => format!("Komunikat błędu ANAF zamiast faktury (indeks wysyłki {upload_index}): faktura została odrzucona przez system."),
        Problem::MissingField { field: f, .. } => format!("Brak pola: {}.", field(*f)),
        Problem::BadDate { field: f, value, .. } => format!("Nieprawidłowa data w polu „{}”: „{value}”.", field(*f)),
        Problem::BadAmount { field: f, value, .. } => format!("Nieprawidłowa kwota w polu „{}”: „{value}”.", field(*f)),
        Problem::ZipCorrupt { .. } => "Archiwum ZIP jest uszkodzone.".into(),
        Problem::ZipEncrypted { .. } => "Archiwum ZIP jest zaszyfrowane (paczkę KSeF trzeba najpierw odszyfrować).".into(),
        Problem::ZipUnsupported { .. } => "Ta metoda kompresji ZIP nie jest obsługiwana.".into(),
        Problem::ZipBomb { uncompressed, limit, .. } => format!("Po rozpakowaniu archiwum miałoby {} MB (limit {} MB): odrzucone.", mb(*uncompressed, l), mb(*limit, l)),
        Problem::ZipTooManyEntries { entries, limit, .. } => format!("Archiwum ma {entries} plików, a limit to {limit}."),
        Problem::ZipInZip { .. } => "Archiwum ZIP wewnątrz archiwum nie jest otwierane.".into(),
        Problem::UnsupportedEntry { .. } => "Ten plik w archiwum nie jest fakturą XML: pominięty.".into(),
        Problem::MetadataUnreadable { .. } => "Nie udało się odczytać _metadata.json: faktury wczytano bez numerów KSeF z metadanych.".into(),
        Problem::TooManyInvoices { limit, .. } => format!("Jednorazowo można zaimportować najwyżej {limit} faktur; pozostałe nie zostały wczytane."),
        Problem::ListNoHeader { .. } => "Pierwszy wiersz nie zawiera rozpoznawalnych nagłówków kolumn.".into(),
        Problem::ListMissingColumn { field: f, .. } => format!("Wskaż kolumnę: {}.", field(*f)),
        Problem::BadCurrency { value, .. } => format!("Nieprawidłowy kod waluty: „{value}”."),
    }
}

fn reason(r: &Reason, n: &Names) -> String {
    match r {
        Reason::Purchase => "Zakup (jesteś nabywcą): pominięta.".into(),
        Reason::NotOwn => "Ani sprzedawca, ani nabywca nie ma Twojego NIP: pominięta.".into(),
        Reason::DuplicateInBatch { of } => format!("Powtórzenie faktury {} z tego importu: pominięta.", (n.invoice)(*of)),
        Reason::AlreadyInCase { case } => format!("Już zapisana w sprawie „{}”: pominięta.", (n.case)(*case)),
        Reason::UnsupportedCurrency { currency } => format!("Waluta {currency}: sprawa może być prowadzona tylko w walucie kraju albo w EUR. Pominięta."),
        Reason::DueDateNeeded => "Brak jednego terminu płatności: wybierz datę poniżej.".into(),
        Reason::PaidInFull => "Zapłacona w całości: pominięta.".into(),
        Reason::NothingPayable => "Nic do zapłaty: pominięta.".into(),
        Reason::NettedInBatch { target, change } => format!("Korekta o {} zaliczona do faktury {}.", (n.money)(*change), (n.invoice)(*target)),
        Reason::NettedInCase { case, claim, change } => format!("Korekta o {} zaliczona do faktury {claim} w sprawie „{}”.", (n.money)(*change), (n.case)(*case)),
        Reason::CorrectionUnmatched => "Korekta faktury, której nie ma ani w tym imporcie, ani w zapisanych sprawach: nie została zaliczona.".into(),
        Reason::CorrectionOfSeveral { count } => format!("Korekta zbiorcza {count} faktur: kwoty nie da się przypisać do jednej faktury; popraw ją ręcznie."),
        Reason::CorrectionWithoutAmount => "Korekta bez zmiany kwoty (dane stron, stawka VAT): nic do zaliczenia.".into(),
        Reason::Claim => "Zostanie dodana jako należność.".into(),
        Reason::UndatedPaymentDeducted { amount } => format!("Zapłata {} bez daty odjęta od należności (możesz podać jej datę poniżej).", (n.money)(*amount)),
        Reason::FactorFlagged => "Płatna na rachunek faktora: wierzytelność może należeć do faktora.".into(),
        Reason::AdvanceOrSettling => "Faktura zaliczkowa lub rozliczeniowa: kwota to zaliczka albo reszta do zapłaty.".into(),
    }
}

fn note(x: &Note, n: &Names) -> String {
    match x {
        Note::PayableDiffersFromGross => {
            "Kwota do zapłaty (DoZaplaty) różni się od brutto: przyjęto kwotę do zapłaty.".into()
        }
        Note::Rounding { amount } => format!("Uwzględniono zaokrąglenie {}.", (n.money)(*amount)),
        Note::Factor => "Wskazany faktor.".into(),
        Note::SettlesAdvances { count } => format!("Rozlicza {count} faktur zaliczkowych."),
        Note::PaidInInstalments => "Zapłacona w całości w częściach.".into(),
        Note::BalanceUsed => {
            "Saldo z zestawienia nie zgadza się z kwotą minus zapłata: przyjęto saldo.".into()
        }
        Note::MetadataMismatch => "Metadane KSeF podają inny numer tej faktury.".into(),
        Note::TermDescription { text } => format!("Termin opisowy: {text}."),
    }
}

pub static TEXTS: ImportTexts = ImportTexts {
    intro: "Zaimportuj faktury, które już masz: faktury KSeF (XML i paczki eksportu ZIP), e-Factura (XML i archiwa ANAF) oraz zestawienia CSV z programu księgowego. Przed zapisaniem zobaczysz, co zostanie utworzone.",
    privacy: "Pliki są odczytywane w tej przeglądarce i nigdzie nie są wysyłane.",
    drop: "Upuść pliki tutaj",
    choose: "Wybierz pliki",
    formats: "KSeF FA(2)/FA(3) XML i ZIP, e-Factura UBL XML i ZIP, CSV/TSV (UTF-8, Windows-1250, ISO-8859-2).",
    limits: "Limity: {file} MB na plik, {zip} MB po rozpakowaniu archiwum, {n} faktur w jednym imporcie.",
    reading: "Wczytywanie {file}: {done} z {total}",
    own_label: "Twój NIP / CUI",
    own_hint: "Faktury, które wystawiłeś, stają się należnościami; te, na których jesteś nabywcą, to zakupy i są pomijane. Zapamiętamy go przy imporcie.",
    own_suggested: "Podpowiedź: {id} — sprzedawca na {n} fakturach.",
    own_use: "Użyj",
    own_unknown: "Pliki nie podają sprzedawcy: wszystkie faktury traktujemy jako Twoje.",
    mapping_title: "Kolumny pliku {file}",
    mapping_hint: "Rozpoznane kolumny są już wybrane; zmień, jeśli trzeba. Wybór zapamiętamy dla plików z tymi samymi nagłówkami.",
    ignore: "— pomiń —",
    preview_title: "Podgląd",
    file_summary: "faktury: {n}, problemy: {p}",
    signatures_skipped: "Pominięte pliki podpisu ANAF: {n}.",
    col_number: "Numer",
    col_debtor: "Dłużnik",
    col_amount: "Kwota",
    col_due: "Termin",
    col_outcome: "Co się stanie",
    col_where: "Gdzie",
    col_tax_id: "NIP / CUI",
    col_invoices: "Faktury",
    groups_title: "Dłużnicy i kwoty",
    group_new: "nowa sprawa",
    group_existing: "dopisane do sprawy „{name}”",
    totals_title: "Razem",
    choices_title: "Do decyzji",
    choices_hint: "Overdue nie zgaduje terminów ani dat zapłat: podaj je tutaj albo pomiń te faktury.",
    due_label: "Termin płatności faktury {number} ({debtor})",
    found_terms: "W fakturze",
    use_date: "Użyj {date}",
    payment_label: "Data zapłaty {amount} za fakturę {number}",
    payment_hint: "Bez daty kwota jest odejmowana od należności od początku.",
    confirm: "Importuj faktury: {n}",
    clear: "Wyczyść",
    nothing_new: "Nic nowego do zaimportowania.",
    done: "Zaimportowano. Nowe sprawy: {created}; sprawy uzupełnione: {updated}.",
    undo: "Cofnij import",
    undone: "Import cofnięty: sprawy są takie jak przed nim.",
    not_adjusted: "Nie zaliczono korekt (kwota faktury w sprawie jest nieczytelna): {numbers}.",
    storage_full: "Pamięć przeglądarki jest pełna: nic nie zostało zapisane.",
    storage_unavailable: "Pamięć przeglądarki jest niedostępna: nic nie zostało zapisane.",
    drafts_loading: "Wczytywanie zapisanych spraw…",
    open_overview: "Otwórz należności",
    row: "wiersz",
    invoice: "faktura",
    no_debtor: "(bez nazwy)",
    problem,
    reason,
    note,
    field,
    column,
    kind,
    title: "Import faktur",
};
