use super::{mb, ImportTexts, Names};
use crate::engine::locale::Lang;
use crate::import::list::Column;
use crate::import::plan::Reason;
use crate::import::{Field, FileKind, Note, Problem};

fn field(f: Field) -> &'static str {
    match f {
        Field::Number => "numărul facturii",
        Field::IssueDate => "data emiterii",
        Field::DueDate => "data scadenței",
        Field::Gross => "totalul cu TVA",
        Field::Payable => "suma de plată",
        Field::Prepaid => "suma plătită în avans",
        Field::Currency => "moneda",
        Field::Kind => "tipul facturii",
        Field::SellerName => "denumirea furnizorului",
        Field::SellerTaxId => "CUI-ul furnizorului",
        Field::BuyerName => "denumirea clientului",
        Field::BuyerTaxId => "CUI-ul clientului",
        Field::PaymentDate => "data plății",
        Field::PaymentAmount => "suma plătită",
        Field::CorrectedInvoice => "factura corectată",
        Field::Paid => "achitat",
        Field::Balance => "rest de plată",
    }
}

fn column(c: Column) -> &'static str {
    match c {
        Column::Debtor => "Client (debitor)",
        Column::DebtorTaxId => "CUI/CIF client",
        Column::Number => "Nr. factură",
        Column::IssueDate => "Data emiterii",
        Column::DueDate => "Data scadenței",
        Column::Amount => "Total",
        Column::Paid => "Achitat",
        Column::Balance => "Rest de plată",
        Column::Currency => "Moneda",
    }
}

fn kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Xml => "fișier XML",
        FileKind::KsefPackage => "pachet de export KSeF",
        FileKind::AnafPackage => "arhivă ANAF (e-Factura)",
        FileKind::Zip => "arhivă ZIP",
        FileKind::List => "listă (CSV)",
        FileKind::Unknown => "fișier nerecunoscut",
    }
}

fn problem(p: &Problem) -> String {
    let l = Lang::Ro;
    match p {
        Problem::Empty { .. } => "Fișierul este gol.".into(),
        Problem::TooLarge { bytes, limit, .. } => format!("Fișierul are {} MB, iar limita este {} MB: nu a fost citit.", mb(*bytes, l), mb(*limit, l)),
        Problem::UnknownFileType { .. } => "Nu este o factură XML, o arhivă ZIP sau o listă CSV.".into(),
        Problem::MalformedXml { line, column, .. } => format!("XML deteriorat (linia {line}, coloana {column})."),
        Problem::Doctype { .. } => "XML-ul cu declarație DOCTYPE este refuzat din motive de securitate.".into(),
        Problem::OtherXml { root, .. } => format!("Este alt document XML („{root}”), nu o factură KSeF sau e-Factura."),
        Problem::UnknownVersion { version, .. } => format!("Versiune necunoscută a formatului de factură ({version})."),
        Problem::SignatureFile { .. } => "Fișier de semnătură ANAF (semnatura_…): factura este celălalt fișier din arhivă.".into(),
        Problem::AnafErrorMessage { upload_index, .. } => format!("Mesaj de eroare ANAF în loc de factură (index de încărcare {upload_index}): factura a fost respinsă de sistem."),
        Problem::MissingField { field: f, .. } => format!("Lipsește câmpul: {}.", field(*f)),
        Problem::BadDate { field: f, value, .. } => format!("Dată greșită la „{}”: „{value}”.", field(*f)),
        Problem::BadAmount { field: f, value, .. } => format!("Sumă greșită la „{}”: „{value}”.", field(*f)),
        Problem::ZipCorrupt { .. } => "Arhiva ZIP este deteriorată.".into(),
        Problem::ZipEncrypted { .. } => "Arhiva ZIP este criptată (pachetul KSeF trebuie mai întâi decriptat).".into(),
        Problem::ZipUnsupported { .. } => "Această metodă de compresie ZIP nu este acceptată.".into(),
        Problem::ZipBomb { uncompressed, limit, .. } => format!("Dezarhivată, arhiva ar avea {} MB (limita {} MB): refuzată.", mb(*uncompressed, l), mb(*limit, l)),
        Problem::ZipTooManyEntries { entries, limit, .. } => format!("Arhiva are {entries} fișiere, iar limita este {limit}."),
        Problem::ZipInZip { .. } => "O arhivă ZIP din altă arhivă nu se deschide.".into(),
        Problem::UnsupportedEntry { .. } => "Acest fișier din arhivă nu este o factură XML: omis.".into(),
        Problem::MetadataUnreadable { .. } => "_metadata.json nu a putut fi citit: facturile au fost citite fără numerele KSeF din metadate.".into(),
        Problem::TooManyInvoices { limit, .. } => format!("Se pot importa cel mult {limit} facturi deodată; restul nu au fost citite."),
        Problem::ListNoHeader { .. } => "Primul rând nu conține capete de coloană recunoscute.".into(),
        Problem::ListMissingColumn { field: f, .. } => format!("Alegeți coloana: {}.", field(*f)),
        Problem::BadCurrency { value, .. } => format!("Cod de monedă greșit: „{value}”."),
    }
}

fn reason(r: &Reason, n: &Names) -> String {
    match r {
        Reason::Purchase => "Achiziție (sunteți cumpărătorul): omisă.".into(),
        Reason::NotOwn => "Nici furnizorul, nici clientul nu are CUI-ul dumneavoastră: omisă.".into(),
        Reason::DuplicateInBatch { of } => format!("Repetă factura {} din acest import: omisă.", (n.invoice)(*of)),
        Reason::AlreadyInCase { case } => format!("Deja salvată în dosarul „{}”: omisă.", (n.case)(*case)),
        Reason::UnsupportedCurrency { currency } => format!("Moneda {currency}: un dosar se ține doar în moneda țării sau în EUR. Omisă."),
        Reason::DueDateNeeded => "Nu are o singură dată a scadenței: alegeți data mai jos.".into(),
        Reason::PaidInFull => "Achitată integral: omisă.".into(),
        Reason::NothingPayable => "Nimic de plată: omisă.".into(),
        Reason::NettedInBatch { target, change } => format!("Corecție de {} compensată cu factura {}.", (n.money)(*change), (n.invoice)(*target)),
        Reason::NettedInCase { case, claim, change } => format!("Corecție de {} compensată cu factura {claim} din dosarul „{}”.", (n.money)(*change), (n.case)(*case)),
        Reason::CorrectionUnmatched => "Corectează o factură care nu este nici în acest import, nici în dosarele salvate: nu a fost compensată.".into(),
        Reason::CorrectionOfSeveral { count } => format!("Corecție pentru {count} facturi: suma nu poate fi atribuită unei singure facturi; corectați manual."),
        Reason::CorrectionWithoutAmount => "Corecție fără schimbarea sumei (datele părților, cota TVA): nimic de compensat.".into(),
        Reason::Claim => "Va fi adăugată ca creanță.".into(),
        Reason::UndatedPaymentDeducted { amount } => format!("Plata de {} fără dată a fost scăzută din creanță (puteți indica data mai jos).", (n.money)(*amount)),
        Reason::FactorFlagged => "Plătibilă în contul unui factor: creanța poate aparține factorului.".into(),
        Reason::AdvanceOrSettling => "Factură de avans sau de regularizare: suma este avansul sau restul de plată.".into(),
    }
}

fn note(x: &Note, n: &Names) -> String {
    match x {
        Note::PayableDiffersFromGross => {
            "Suma de plată diferă de total: s-a luat suma de plată.".into()
        }
        Note::Rounding { amount } => format!("Rotunjire de {} inclusă.", (n.money)(*amount)),
        Note::Factor => "Este indicat un factor.".into(),
        Note::SettlesAdvances { count } => format!("Regularizează {count} facturi de avans."),
        Note::PaidInInstalments => "Achitată integral în rate.".into(),
        Note::BalanceUsed => {
            "Soldul din listă nu este egal cu totalul minus achitat: s-a luat soldul.".into()
        }
        Note::MetadataMismatch => "Metadatele KSeF dau alt număr pentru această factură.".into(),
        Note::TermDescription { text } => format!("Termen descris: {text}."),
    }
}

pub static TEXTS: ImportTexts = ImportTexts {
    intro: "Importați facturile pe care le aveți deja: facturi KSeF (XML și pachete de export ZIP), e-Factura (XML și arhive ANAF) și liste CSV din programul de contabilitate. Înainte de salvare vedeți ce se va crea.",
    privacy: "Fișierele sunt citite în acest browser și nu sunt trimise nicăieri.",
    drop: "Trageți fișierele aici",
    choose: "Alegeți fișierele",
    formats: "KSeF FA(2)/FA(3) XML și ZIP, e-Factura UBL XML și ZIP, CSV/TSV (UTF-8, Windows-1250, ISO-8859-2).",
    limits: "Limite: {file} MB pe fișier, {zip} MB după dezarhivare, {n} facturi într-un import.",
    reading: "Se citește {file}: {done} din {total}",
    own_label: "CUI-ul / NIP-ul dumneavoastră",
    own_hint: "Facturile emise de dumneavoastră devin creanțe; cele în care sunteți cumpărătorul sunt achiziții și se omit. Îl reținem la import.",
    own_suggested: "Sugestie: {id} — furnizorul de pe {n} facturi.",
    own_use: "Folosiți",
    own_unknown: "Fișierele nu indică furnizorul: toate facturile sunt considerate ale dumneavoastră.",
    mapping_title: "Coloanele fișierului {file}",
    mapping_hint: "Coloanele recunoscute sunt deja alese; schimbați-le dacă e nevoie. Alegerea se reține pentru fișierele cu aceleași capete de coloană.",
    ignore: "— ignorați —",
    preview_title: "Previzualizare",
    file_summary: "facturi: {n}, probleme: {p}",
    signatures_skipped: "Fișiere de semnătură ANAF omise: {n}.",
    col_number: "Număr",
    col_debtor: "Debitor",
    col_amount: "Sumă",
    col_due: "Scadență",
    col_outcome: "Ce se întâmplă",
    col_where: "Unde",
    col_tax_id: "CUI / NIP",
    col_invoices: "Facturi",
    groups_title: "Debitori și sume",
    group_new: "dosar nou",
    group_existing: "adăugate la dosarul „{name}”",
    totals_title: "Total",
    choices_title: "De decis",
    choices_hint: "Overdue nu ghicește scadențe sau date de plată: indicați-le aici sau omiteți aceste facturi.",
    due_label: "Scadența facturii {number} ({debtor})",
    found_terms: "În factură",
    use_date: "Folosiți {date}",
    payment_label: "Data plății de {amount} pentru factura {number}",
    payment_hint: "Fără dată, suma se scade din creanță de la început.",
    confirm: "Importați facturile: {n}",
    clear: "Goliți",
    nothing_new: "Nimic nou de importat.",
    done: "Import efectuat. Dosare noi: {created}; dosare completate: {updated}.",
    undo: "Anulați importul",
    undone: "Import anulat: dosarele sunt ca înainte.",
    not_adjusted: "Corecții necompensate (suma facturii din dosar nu se poate citi): {numbers}.",
    storage_full: "Memoria browserului este plină: nu s-a salvat nimic.",
    storage_unavailable: "Memoria browserului nu este disponibilă: nu s-a salvat nimic.",
    drafts_loading: "Se încarcă dosarele salvate…",
    open_overview: "Deschideți creanțele",
    row: "rândul",
    invoice: "factura",
    no_debtor: "(fără nume)",
    problem,
    reason,
    note,
    field,
    column,
    kind,
    title: "Import facturi",
};
