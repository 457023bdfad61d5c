//! Import of the invoices people already have: KSeF FA(2)/FA(3) XML and export packages,
//! e-Factura UBL (CIUS-RO) and ANAF download ZIPs, CSV/TSV/semicolon lists.
//!
//! Pure: bytes and a file name in, [`Invoice`]s and typed [`Problem`]s out. No storage, no
//! browser types; the UI shows the result, lets the user change a list's mapping
//! ([`list::apply`]) and hands the batch to [`plan::plan_import`].

// A Problem is a few strings large; it is returned once per file or entry, on a cold path, so
// boxing it would add code without saving anything that matters.
#![allow(clippy::result_large_err)]

pub mod invoice;
mod ksef;
pub mod list;
pub mod plan;
pub mod problem;
pub mod taxid;
pub mod text;
mod ubl;
mod values;
mod xml;
mod zip;

pub use invoice::{
    DocKind, DueTerm, Format, Invoice, InvoiceParty, Note, PaidAmount, PaymentSource, Provenance,
};
pub use problem::{At, Field, Problem};

use serde::Serialize;
use std::collections::HashMap;

/// One file picked: 20 MB is far above any single invoice (an FA(3) with 10 000 lines is about
/// 5 MB) and above a KSeF export part of a few thousand invoices.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// All entries of one ZIP together, as declared in its directory (checked before inflating).
pub const MAX_UNCOMPRESSED_BYTES: u64 = 100 * 1024 * 1024;
/// XML deflates about 10–20 times; an entry above 1 MB expanding more than this is a bomb.
pub const MAX_RATIO: u64 = 200;
/// Entries of one ZIP (a KSeF export part holds at most 10 000 invoices plus `_metadata.json`).
pub const MAX_ZIP_ENTRIES: u64 = 10_001;
/// Invoices in one import (one file or one batch).
pub const MAX_INVOICES: u64 = 5_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Limits {
    pub file_bytes: u64,
    pub uncompressed_bytes: u64,
    pub ratio: u64,
    pub entries: u64,
    pub invoices: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: MAX_FILE_BYTES,
            uncompressed_bytes: MAX_UNCOMPRESSED_BYTES,
            ratio: MAX_RATIO,
            entries: MAX_ZIP_ENTRIES,
            invoices: MAX_INVOICES,
        }
    }
}

/// What the file was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Xml,
    KsefPackage,
    AnafPackage,
    Zip,
    List,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileResult {
    pub file: String,
    pub kind: FileKind,
    pub invoices: Vec<Invoice>,
    pub problems: Vec<Problem>,
    /// ANAF `semnatura_…` twins passed over because their invoice is in the same ZIP.
    pub skipped_signatures: Vec<String>,
    /// A list's table and proposed mapping, for the mapping step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<list::ListTable>,
}

impl FileResult {
    /// A file refused before it is read (the app checks the size before loading the bytes).
    pub fn refused(file: &str, problem: Problem) -> FileResult {
        let mut r = FileResult::new(file, FileKind::Unknown);
        r.problems.push(problem);
        r
    }

    fn new(file: &str, kind: FileKind) -> FileResult {
        FileResult {
            file: file.to_string(),
            kind,
            invoices: Vec::new(),
            problems: Vec::new(),
            skipped_signatures: Vec::new(),
            list: None,
        }
    }
}

/// Reads one file of any supported kind. Never panics; every failure is a [`Problem`].
pub fn read(file_name: &str, bytes: &[u8], limits: &Limits) -> FileResult {
    let at = At::file(file_name);
    if bytes.len() as u64 > limits.file_bytes {
        let mut r = FileResult::new(file_name, FileKind::Unknown);
        r.problems.push(Problem::TooLarge {
            at,
            bytes: bytes.len() as u64,
            limit: limits.file_bytes,
        });
        return r;
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        let mut r = FileResult::new(file_name, FileKind::Unknown);
        r.problems.push(Problem::Empty { at });
        return r;
    }
    if zip::is_zip(bytes) {
        return read_zip(file_name, bytes, limits);
    }
    if xml::looks_like_xml(bytes) {
        let mut r = FileResult::new(file_name, FileKind::Xml);
        if is_signature_name(file_name) {
            r.problems.push(Problem::SignatureFile { at });
            return r;
        }
        let provenance = Provenance {
            file: file_name.to_string(),
            ..Provenance::default()
        };
        read_xml(bytes, &at, provenance, &mut r);
        return r;
    }
    let mut r = FileResult::new(file_name, FileKind::List);
    match list::read_table(file_name, bytes, limits) {
        Ok(table) => {
            let (invoices, problems) = list::apply(file_name, &table, &table.mapping, limits);
            r.invoices = invoices;
            r.problems = problems;
            r.list = Some(table);
        }
        Err(p) => {
            r.kind = FileKind::Unknown;
            r.problems.push(p);
        }
    }
    r
}

fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

fn is_signature_name(name: &str) -> bool {
    base_name(name)
        .to_ascii_lowercase()
        .starts_with("semnatura_")
}

fn read_xml(bytes: &[u8], at: &At, provenance: Provenance, out: &mut FileResult) {
    let Some(text) = xml::xml_text(bytes) else {
        out.problems.push(Problem::MalformedXml {
            at: at.clone(),
            line: 1,
            column: 1,
        });
        return;
    };
    let doc = match xml::parse(&text, at) {
        Ok(doc) => doc,
        Err(p) => {
            out.problems.push(p);
            return;
        }
    };
    let root = doc.root_element();
    let ns = root.tag_name().namespace().unwrap_or("");
    let name = root.tag_name().name();
    let (invoice, problems) = match (name, ns) {
        ("Faktura", xml::FA3_NS) => ksef::read(root, Format::KsefFa3, at, provenance),
        ("Faktura", xml::FA2_NS) => ksef::read(root, Format::KsefFa2, at, provenance),
        ("Faktura", ns) if ns.starts_with("http://crd.gov.pl/wzor/") => {
            let version =
                xml::text_at(root, &["Naglowek", "WariantFormularza"]).unwrap_or_default();
            (
                None,
                vec![Problem::UnknownVersion {
                    at: at.clone(),
                    namespace: ns.to_string(),
                    version,
                }],
            )
        }
        ("Invoice", xml::UBL_INVOICE_NS) | ("CreditNote", xml::UBL_CREDIT_NOTE_NS) => {
            let customization = xml::text_at(root, &["CustomizationID"]).unwrap_or_default();
            if !ubl::customization_known(&customization) {
                (
                    None,
                    vec![Problem::UnknownVersion {
                        at: at.clone(),
                        namespace: ns.to_string(),
                        version: customization,
                    }],
                )
            } else {
                let format = if name == "Invoice" {
                    Format::UblInvoice
                } else {
                    Format::UblCreditNote
                };
                ubl::read(root, format, at, provenance)
            }
        }
        ("header", xml::ANAF_ERROR_NS) => {
            let upload_index = root.attribute("Index_incarcare").unwrap_or("").to_string();
            (
                None,
                vec![Problem::AnafErrorMessage {
                    at: at.clone(),
                    upload_index,
                }],
            )
        }
        (root_name, ns) => (
            None,
            vec![Problem::OtherXml {
                at: at.clone(),
                root: root_name.to_string(),
                namespace: ns.to_string(),
            }],
        ),
    };
    out.problems.extend(problems);
    out.invoices.extend(invoice);
}

/// One `_metadata.json` record: what the importer keeps of KSeF's `InvoiceMetadata`.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct KsefMetadata {
    ksef_number: Option<String>,
    invoice_number: Option<String>,
    invoicing_date: Option<String>,
    acquisition_date: Option<String>,
    seller: Option<MetadataSeller>,
}

#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct MetadataSeller {
    nip: Option<String>,
}

/// `{"invoices": [...]}` as the KSeF API documents it; `invoiceList` (the C# client's obsolete
/// name) and a bare array are accepted too.
fn parse_metadata(bytes: &[u8]) -> Option<Vec<KsefMetadata>> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Shape {
        Object {
            #[serde(alias = "invoiceList")]
            invoices: Vec<KsefMetadata>,
        },
        Array(Vec<KsefMetadata>),
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match serde_json::from_slice::<Shape>(bytes).ok()? {
        Shape::Object { invoices } | Shape::Array(invoices) => Some(invoices),
    }
}

fn read_zip(file_name: &str, bytes: &[u8], limits: &Limits) -> FileResult {
    let mut steps = ZipSteps::new(file_name, bytes, limits);
    while !steps.step(bytes, usize::MAX) {}
    steps.finish()
}

/// A ZIP read a few entries at a time, so the browser can paint a progress bar between steps
/// (a KSeF package of 1 000 invoices takes about 0.3 s natively, several seconds in a slowed
/// browser). The bytes are passed to every step instead of being borrowed, so the caller can
/// keep both across `await`s; the directory is re-read per step (microseconds).
pub struct ZipSteps {
    file: String,
    limits: Limits,
    names: std::collections::HashSet<String>,
    metadata: HashMap<String, KsefMetadata>,
    by_number: HashMap<(String, String), KsefMetadata>,
    next: usize,
    total: usize,
    done: bool,
    result: FileResult,
}

impl ZipSteps {
    pub fn new(file_name: &str, bytes: &[u8], limits: &Limits) -> ZipSteps {
        let mut s = ZipSteps {
            file: file_name.to_string(),
            limits: *limits,
            names: Default::default(),
            metadata: HashMap::new(),
            by_number: HashMap::new(),
            next: 0,
            total: 0,
            done: false,
            result: FileResult::new(file_name, FileKind::Zip),
        };
        let entries = match zip::directory(bytes, file_name, limits) {
            Ok(e) => e,
            Err(p) => {
                s.result.problems.push(p);
                s.done = true;
                return s;
            }
        };
        s.total = entries.len();
        s.names = entries
            .iter()
            .map(|e| base_name(e.name()).to_ascii_lowercase())
            .collect();
        if let Some(meta) = entries
            .iter()
            .find(|e| base_name(e.name()) == "_metadata.json")
        {
            s.result.kind = FileKind::KsefPackage;
            match meta.inflate(file_name).map(|data| parse_metadata(&data)) {
                Ok(Some(list)) => {
                    for m in list {
                        if let Some(k) = &m.ksef_number {
                            s.metadata.insert(k.clone(), m.clone());
                        }
                        if let (Some(n), Some(nip)) = (
                            &m.invoice_number,
                            m.seller.as_ref().and_then(|s| s.nip.clone()),
                        ) {
                            s.by_number.insert((n.clone(), nip), m);
                        }
                    }
                }
                Ok(None) => s.result.problems.push(Problem::MetadataUnreadable {
                    at: At::entry(file_name, Some(meta.name())),
                }),
                Err(p) => s.result.problems.push(p),
            }
        }
        s
    }

    /// Entries read so far and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.total)
    }

    /// Reads up to `max_entries` more entries of `bytes` (the same bytes as given to `new`);
    /// true when the ZIP is done.
    pub fn step(&mut self, bytes: &[u8], max_entries: usize) -> bool {
        if self.done {
            return true;
        }
        let entries = match zip::directory(bytes, &self.file, &self.limits) {
            Ok(e) => e,
            Err(p) => {
                self.result.problems.push(p);
                self.done = true;
                return true;
            }
        };
        let file_name = self.file.clone();
        let end = self.next.saturating_add(max_entries).min(entries.len());
        for entry in entries.get(self.next..end).unwrap_or_default() {
            if !self.entry(&file_name, entry) {
                self.done = true;
                break;
            }
        }
        self.next = end;
        if self.next >= entries.len() {
            self.done = true;
        }
        self.done
    }

    pub fn finish(self) -> FileResult {
        self.result
    }

    /// False when the invoice limit is reached and the rest is not read.
    fn entry(&mut self, file_name: &str, entry: &zip::RawEntry) -> bool {
        let r = &mut self.result;
        let name = entry.name();
        let base = base_name(name);
        let lower = base.to_ascii_lowercase();
        let at = At::entry(file_name, Some(name));
        if entry.is_dir() || base == "_metadata.json" {
            return true;
        }
        if lower.ends_with(".zip") {
            r.problems.push(Problem::ZipInZip { at });
            return true;
        }
        if !lower.ends_with(".xml") {
            r.problems.push(Problem::UnsupportedEntry { at });
            return true;
        }
        if let Some(twin) = lower.strip_prefix("semnatura_") {
            // ANAF: the signature file is the same invoice re-serialised; take the invoice once.
            if self.names.contains(twin) {
                r.kind = FileKind::AnafPackage;
                r.skipped_signatures.push(name.to_string());
            } else {
                r.problems.push(Problem::SignatureFile { at });
            }
            return true;
        }
        if r.invoices.len() as u64 >= self.limits.invoices {
            r.problems.push(Problem::TooManyInvoices {
                at: At::file(file_name),
                limit: self.limits.invoices,
            });
            return false;
        }
        let data = match entry.inflate(file_name) {
            Ok(data) => data,
            Err(p) => {
                r.problems.push(p);
                return true;
            }
        };
        if zip::is_zip(&data) {
            r.problems.push(Problem::ZipInZip { at });
            return true;
        }
        let stem = base
            .strip_suffix(".xml")
            .or_else(|| base.strip_suffix(".XML"))
            .unwrap_or(base);
        let mut provenance = Provenance {
            file: file_name.to_string(),
            entry: Some(name.to_string()),
            ..Provenance::default()
        };
        if stem.chars().all(|c| c.is_ascii_digit())
            && self.names.contains(&format!("semnatura_{lower}"))
        {
            provenance.anaf_upload_index = Some(stem.to_string());
        }
        let before = r.invoices.len();
        read_xml(&data, &at, provenance, r);
        for inv in &mut r.invoices[before..] {
            let seller_nip = inv
                .seller
                .tax_id
                .as_ref()
                .map(|t| t.number.clone())
                .unwrap_or_default();
            let meta = self
                .metadata
                .get(stem)
                .or_else(|| self.by_number.get(&(inv.number.clone(), seller_nip)));
            if let Some(m) = meta {
                inv.provenance.ksef_number = m.ksef_number.clone();
                inv.provenance.ksef_invoicing_date = m.invoicing_date.clone();
                inv.provenance.ksef_acquisition_date = m.acquisition_date.clone();
                if m.invoice_number.as_deref().is_some_and(|n| n != inv.number) {
                    inv.notes.push(Note::MetadataMismatch);
                }
            } else if looks_like_ksef_number(stem) {
                // Export packages name each invoice `{ksefNumber}.xml`.
                inv.provenance.ksef_number = Some(stem.to_string());
            }
        }
        true
    }
}

/// A file being read: whole at once, or a ZIP in steps ([`ZipSteps`]).
pub enum Reading {
    Done(FileResult),
    Zip(Box<ZipSteps>),
}

/// Starts reading one file; only ZIPs (many invoices) are read in steps.
pub fn start(file_name: &str, bytes: &[u8], limits: &Limits) -> Reading {
    if bytes.len() as u64 <= limits.file_bytes && zip::is_zip(bytes) {
        Reading::Zip(Box::new(ZipSteps::new(file_name, bytes, limits)))
    } else {
        Reading::Done(read(file_name, bytes, limits))
    }
}

/// `NIP-YYYYMMDD-XXXXXXXXXXXX-XX`: ten digits, a date, hex, a two-character checksum.
fn looks_like_ksef_number(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 4
        && parts[0].len() == 10
        && parts[0].chars().all(|c| c.is_ascii_digit())
        && parts[1].len() == 8
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && parts[2].chars().all(|c| c.is_ascii_hexdigit())
        && parts[3].len() == 2
}

/// Invoices and problems of many files, with the per-import invoice limit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Batch {
    pub files: Vec<FileResult>,
}

impl Batch {
    /// Adds a file's result; invoices beyond `limits.invoices` for the whole batch are dropped
    /// with a [`Problem::TooManyInvoices`].
    pub fn add(&mut self, mut result: FileResult, limits: &Limits) {
        let have: usize = self.files.iter().map(|f| f.invoices.len()).sum();
        let room = (limits.invoices as usize).saturating_sub(have);
        if result.invoices.len() > room {
            result.invoices.truncate(room);
            result.problems.push(Problem::TooManyInvoices {
                at: At::file(&result.file),
                limit: limits.invoices,
            });
        }
        self.files.push(result);
    }

    pub fn invoices(&self) -> impl Iterator<Item = &Invoice> {
        self.files.iter().flat_map(|f| f.invoices.iter())
    }
}

/// The native JSON entry point: one file in, `{file, kind, invoices, problems, …}` out (see
/// docs/json.md, "Import").
pub fn import_json(file_name: &str, bytes: &[u8]) -> String {
    serde_json::to_string(&read(file_name, bytes, &Limits::default())).unwrap_or_default()
}
