//! What went wrong with a file, an entry of a ZIP, an invoice or a row: typed, so the UI words
//! each in the user's language and points at the place.

use serde::Serialize;

/// Where a problem is: the file picked, the ZIP entry, the invoice number or list row.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct At {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    /// 1-based line of a list (the header is line 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
}

impl At {
    pub fn file(file: &str) -> At {
        At {
            file: file.to_string(),
            ..At::default()
        }
    }

    pub fn entry(file: &str, entry: Option<&str>) -> At {
        At {
            file: file.to_string(),
            entry: entry.map(str::to_string),
            ..At::default()
        }
    }

    pub fn with_invoice(&self, invoice: &str) -> At {
        At {
            invoice: (!invoice.is_empty()).then(|| invoice.to_string()),
            ..self.clone()
        }
    }

    pub fn with_row(&self, row: usize) -> At {
        At {
            row: Some(row),
            ..self.clone()
        }
    }
}

/// The invoice field a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Number,
    IssueDate,
    DueDate,
    Gross,
    Payable,
    Prepaid,
    Currency,
    Kind,
    SellerName,
    SellerTaxId,
    BuyerName,
    BuyerTaxId,
    PaymentDate,
    PaymentAmount,
    CorrectedInvoice,
    Paid,
    Balance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// Zero bytes (or only whitespace).
    Empty { at: At },
    /// Larger than `Limits::file_bytes`.
    TooLarge { at: At, bytes: u64, limit: u64 },
    /// Neither XML, a ZIP nor a delimited list.
    UnknownFileType { at: At },
    /// Starts like XML but does not parse; `line`/`column` where the parser stopped.
    MalformedXml { at: At, line: u32, column: u32 },
    /// A DOCTYPE: DTDs and entities are refused outright (entity expansion, external files).
    Doctype { at: At },
    /// XML with another root (`root` in namespace `namespace`), e.g. a JPK or an order.
    OtherXml {
        at: At,
        root: String,
        namespace: String,
    },
    /// A KSeF FA or UBL document in a version this importer does not know.
    UnknownVersion {
        at: At,
        namespace: String,
        version: String,
    },
    /// An ANAF `semnatura_…` file without its invoice (the invoice is the other file).
    SignatureFile { at: At },
    /// An ANAF error message (`mesajEroriFactuta`) instead of an invoice: the upload was refused.
    AnafErrorMessage { at: At, upload_index: String },
    /// A field the format requires is missing.
    MissingField { at: At, field: Field },
    /// A date that is not a calendar date (`value` as found).
    BadDate { at: At, field: Field, value: String },
    /// An amount that is not a number with at most two decimals (`value` as found).
    BadAmount { at: At, field: Field, value: String },
    /// The ZIP's directory or an entry cannot be read.
    ZipCorrupt { at: At },
    /// Encrypted entries (an undecrypted KSeF export is AES-256 as a whole).
    ZipEncrypted { at: At },
    /// A compression method other than stored or deflate, or ZIP64.
    ZipUnsupported { at: At, method: u16 },
    /// Uncompressed size above `limit` in total, or an entry expanding more than
    /// `Limits::ratio` times: refused before it is inflated.
    ZipBomb {
        at: At,
        uncompressed: u64,
        limit: u64,
    },
    /// More entries than `Limits::entries`.
    ZipTooManyEntries { at: At, entries: u64, limit: u64 },
    /// A ZIP inside a ZIP is not opened.
    ZipInZip { at: At },
    /// An entry that is neither an invoice XML nor `_metadata.json` (a PDF, an image...).
    UnsupportedEntry { at: At },
    /// `_metadata.json` that is not the KSeF shape; the invoices still import without it.
    MetadataUnreadable { at: At },
    /// More invoices than `Limits::invoices` in one import; the rest were not read.
    TooManyInvoices { at: At, limit: u64 },
    /// A list whose first line has no header this importer recognises.
    ListNoHeader { at: At },
    /// A list without a column the invoices need (number, amount, due date or debtor).
    ListMissingColumn { at: At, field: Field },
    /// A currency code that is not three letters.
    BadCurrency { at: At, value: String },
}

impl Problem {
    pub fn at(&self) -> &At {
        match self {
            Problem::Empty { at }
            | Problem::TooLarge { at, .. }
            | Problem::UnknownFileType { at }
            | Problem::MalformedXml { at, .. }
            | Problem::Doctype { at }
            | Problem::OtherXml { at, .. }
            | Problem::UnknownVersion { at, .. }
            | Problem::SignatureFile { at }
            | Problem::AnafErrorMessage { at, .. }
            | Problem::MissingField { at, .. }
            | Problem::BadDate { at, .. }
            | Problem::BadAmount { at, .. }
            | Problem::ZipCorrupt { at }
            | Problem::ZipEncrypted { at }
            | Problem::ZipUnsupported { at, .. }
            | Problem::ZipBomb { at, .. }
            | Problem::ZipTooManyEntries { at, .. }
            | Problem::ZipInZip { at }
            | Problem::UnsupportedEntry { at }
            | Problem::MetadataUnreadable { at }
            | Problem::TooManyInvoices { at, .. }
            | Problem::ListNoHeader { at }
            | Problem::ListMissingColumn { at, .. }
            | Problem::BadCurrency { at, .. } => at,
        }
    }
}
