use super::{mb, ImportTexts, Names};
use crate::engine::locale::Lang;
use crate::import::list::Column;
use crate::import::plan::Reason;
use crate::import::{Field, FileKind, Note, Problem};

fn field(f: Field) -> &'static str {
    match f {
        Field::Number => "invoice number",
        Field::IssueDate => "issue date",
        Field::DueDate => "due date",
        Field::Gross => "gross amount",
        Field::Payable => "amount payable",
        Field::Prepaid => "prepaid amount",
        Field::Currency => "currency",
        Field::Kind => "invoice type",
        Field::SellerName => "seller's name",
        Field::SellerTaxId => "seller's tax ID",
        Field::BuyerName => "buyer's name",
        Field::BuyerTaxId => "buyer's tax ID",
        Field::PaymentDate => "payment date",
        Field::PaymentAmount => "payment amount",
        Field::CorrectedInvoice => "corrected invoice",
        Field::Paid => "paid",
        Field::Balance => "balance",
    }
}

fn column(c: Column) -> &'static str {
    match c {
        Column::Debtor => "Customer (debtor)",
        Column::DebtorTaxId => "Customer's tax ID",
        Column::Number => "Invoice number",
        Column::IssueDate => "Issue date",
        Column::DueDate => "Due date",
        Column::Amount => "Gross amount",
        Column::Paid => "Paid",
        Column::Balance => "Balance",
        Column::Currency => "Currency",
    }
}

fn kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Xml => "XML file",
        FileKind::KsefPackage => "KSeF export package",
        FileKind::AnafPackage => "ANAF download (e-Factura)",
        FileKind::Zip => "ZIP archive",
        FileKind::List => "list (CSV)",
        FileKind::Unknown => "unrecognised file",
    }
}

fn problem(p: &Problem) -> String {
    let l = Lang::En;
    match p {
        Problem::Empty { .. } => "The file is empty.".into(),
        Problem::TooLarge { bytes, limit, .. } => format!("The file is {} MB and the limit is {} MB: it was not read.", mb(*bytes, l), mb(*limit, l)),
        Problem::UnknownFileType { .. } => "This is not an invoice XML, a ZIP archive or a CSV list.".into(),
        Problem::MalformedXml { line, column, .. } => format!("Damaged XML (line {line}, column {column})."),
        Problem::Doctype { .. } => "XML with a DOCTYPE declaration is refused for security reasons.".into(),
        Problem::OtherXml { root, .. } => format!("This is another XML document (“{root}”), not a KSeF or e-Factura invoice."),
        Problem::UnknownVersion { version, .. } => format!("Unknown version of the invoice format ({version})."),
        Problem::SignatureFile { .. } => "An ANAF signature file (semnatura_…): the invoice is the other file of the download.".into(),
        Problem::AnafErrorMessage { upload_index, .. } => format!("An ANAF error message instead of an invoice (upload index {upload_index}): the system refused the invoice."),
        Problem::MissingField { field: f, .. } => format!("Missing: {}.", field(*f)),
        Problem::BadDate { field: f, value, .. } => format!("Not a valid date in “{}”: “{value}”.", field(*f)),
        Problem::BadAmount { field: f, value, .. } => format!("Not a valid amount in “{}”: “{value}”.", field(*f)),
        Problem::ZipCorrupt { .. } => "The ZIP archive is damaged.".into(),
        Problem::ZipEncrypted { .. } => "The ZIP archive is encrypted (decrypt the KSeF package first).".into(),
        Problem::ZipUnsupported { .. } => "This ZIP compression method is not supported.".into(),
        Problem::ZipBomb { uncompressed, limit, .. } => format!("Unpacked, the archive would take {} MB (limit {} MB): refused.", mb(*uncompressed, l), mb(*limit, l)),
        Problem::ZipTooManyEntries { entries, limit, .. } => format!("The archive holds {entries} files and the limit is {limit}."),
        Problem::ZipInZip { .. } => "A ZIP inside a ZIP is not opened.".into(),
        Problem::UnsupportedEntry { .. } => "This file in the archive is not an invoice XML: passed over.".into(),
        Problem::MetadataUnreadable { .. } => "_metadata.json could not be read: the invoices were read without its KSeF numbers.".into(),
        Problem::TooManyInvoices { limit, .. } => format!("At most {limit} invoices can be imported at once; the rest were not read."),
        Problem::ListNoHeader { .. } => "The first line has no column headings Overdue recognises.".into(),
        Problem::ListMissingColumn { field: f, .. } => format!("Choose the column: {}.", field(*f)),
        Problem::BadCurrency { value, .. } => format!("Not a currency code: “{value}”."),
    }
}

fn reason(r: &Reason, n: &Names) -> String {
    match r {
        Reason::Purchase => "A purchase (you are the buyer): skipped.".into(),
        Reason::NotOwn => "Neither the seller nor the buyer has your tax ID: skipped.".into(),
        Reason::DuplicateInBatch { of } => format!("Repeats invoice {} of this import: skipped.", (n.invoice)(*of)),
        Reason::AlreadyInCase { case } => format!("Already saved in the case “{}”: skipped.", (n.case)(*case)),
        Reason::UnsupportedCurrency { currency } => format!("Currency {currency}: a case is kept in its country's currency or in EUR. Skipped."),
        Reason::DueDateNeeded => "No single due date: choose the date below.".into(),
        Reason::PaidInFull => "Paid in full: skipped.".into(),
        Reason::NothingPayable => "Nothing to pay: skipped.".into(),
        Reason::NettedInBatch { target, change } => format!("Correction of {} netted against invoice {}.", (n.money)(*change), (n.invoice)(*target)),
        Reason::NettedInCase { case, claim, change } => format!("Correction of {} netted against invoice {claim} in the case “{}”.", (n.money)(*change), (n.case)(*case)),
        Reason::CorrectionUnmatched => "Corrects an invoice that is neither in this import nor in a saved case: not netted.".into(),
        Reason::CorrectionOfSeveral { count } => format!("Corrects {count} invoices at once: the change cannot be given to one invoice; adjust it by hand."),
        Reason::CorrectionWithoutAmount => "A correction that changes no amount (party details, VAT rate): nothing to net.".into(),
        Reason::Claim => "Will be added as a claim.".into(),
        Reason::UndatedPaymentDeducted { amount } => format!("A payment of {} without a date was deducted from the claim (you can give its date below).", (n.money)(*amount)),
        Reason::FactorFlagged => "Payable to a factor's account: the claim may belong to the factor.".into(),
        Reason::AdvanceOrSettling => "An advance or settling invoice: its amount is the advance or the rest to pay.".into(),
    }
}

fn note(x: &Note, n: &Names) -> String {
    match x {
        Note::PayableDiffersFromGross => {
            "The amount payable differs from the gross total: the amount payable is used.".into()
        }
        Note::Rounding { amount } => format!("A rounding of {} is included.", (n.money)(*amount)),
        Note::Factor => "A factor is named.".into(),
        Note::SettlesAdvances { count } => format!("Settles {count} advance invoices."),
        Note::PaidInInstalments => "Paid in full in instalments.".into(),
        Note::BalanceUsed => {
            "The list's balance is not the amount minus the paid amount: the balance is used."
                .into()
        }
        Note::MetadataMismatch => "The KSeF metadata gives this invoice another number.".into(),
        Note::TermDescription { text } => format!("Payment term: {text}."),
    }
}

pub static TEXTS: ImportTexts = ImportTexts {
    intro: "Import the invoices you already have: KSeF invoices (XML and export ZIPs), e-Factura (XML and ANAF downloads) and CSV lists from your accounting program. You see what will be created before anything is saved.",
    privacy: "The files are read in this browser and sent nowhere.",
    drop: "Drop files here",
    choose: "Choose files",
    formats: "KSeF FA(2)/FA(3) XML and ZIP, e-Factura UBL XML and ZIP, CSV/TSV (UTF-8, Windows-1250, ISO-8859-2).",
    limits: "Limits: {file} MB per file, {zip} MB unpacked per archive, {n} invoices per import.",
    reading: "Reading {file}: {done} of {total}",
    own_label: "Your tax ID (NIP / CUI)",
    own_hint: "Invoices you issued become claims; those where you are the buyer are purchases and are skipped. It is remembered when you import.",
    own_suggested: "Suggested: {id}, the seller on {n} invoices.",
    own_use: "Use it",
    own_unknown: "The files name no seller: every invoice is taken as yours.",
    mapping_title: "Columns of {file}",
    mapping_hint: "Recognised columns are already chosen; change them if needed. The choice is remembered for files with the same headings.",
    ignore: "— ignore —",
    preview_title: "Preview",
    file_summary: "invoices: {n}, problems: {p}",
    signatures_skipped: "ANAF signature files passed over: {n}.",
    col_number: "Number",
    col_debtor: "Debtor",
    col_amount: "Amount",
    col_due: "Due",
    col_outcome: "What happens",
    col_where: "Where",
    col_tax_id: "Tax ID",
    col_invoices: "Invoices",
    groups_title: "Debtors and totals",
    group_new: "new case",
    group_existing: "added to the case “{name}”",
    totals_title: "Total",
    choices_title: "Your decisions",
    choices_hint: "Overdue never guesses due dates or payment dates: give them here, or leave those invoices out.",
    due_label: "Due date of invoice {number} ({debtor})",
    found_terms: "The invoice says",
    use_date: "Use {date}",
    payment_label: "Date of the payment of {amount} for invoice {number}",
    payment_hint: "Without a date the amount is deducted from the claim from the start.",
    confirm: "Import invoices: {n}",
    clear: "Clear",
    nothing_new: "Nothing new to import.",
    done: "Imported. New cases: {created}; cases that received invoices: {updated}.",
    undo: "Undo the import",
    undone: "Import undone: the cases are as they were before it.",
    not_adjusted: "Corrections not netted (the invoice's amount in the case does not read): {numbers}.",
    storage_full: "The browser's storage is full: nothing was saved.",
    storage_unavailable: "The browser's storage is unavailable: nothing was saved.",
    drafts_loading: "Loading the saved cases…",
    open_overview: "Open the receivables",
    row: "row",
    invoice: "invoice",
    no_debtor: "(no name)",
    problem,
    reason,
    note,
    field,
    column,
    kind,
    title: "Import invoices",
};
