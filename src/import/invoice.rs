//! An invoice as read from a file: plain data, kept as found (several due dates stay several,
//! an undated payment stays undated) so the preview shows it and the user decides.

use super::taxid::TaxId;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    KsefFa2,
    KsefFa3,
    UblInvoice,
    UblCreditNote,
    List,
}

/// The document kind: FA `RodzajFaktury`, the UBL document and type code, or a list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// FA `VAT`, UBL 380 (commercial invoice), 389 (self-billed), 751 (accounting only).
    Vat,
    /// FA `KOR`: a correction; its amount is the change.
    Kor,
    /// FA `ZAL`: an advance invoice; its amount is the advance received or due.
    Zal,
    /// FA `ROZ`: the settling invoice after advances; its amount is what is still to pay.
    Roz,
    /// FA `UPR`: a simplified invoice (buyer's NIP only).
    Upr,
    KorZal,
    KorRoz,
    /// UBL 384: a corrected invoice that replaces an earlier one.
    UblCorrected,
    /// UBL `CreditNote` (381): amounts are credits, stored here as negative changes.
    CreditNote,
    /// A row of a list.
    ListRow,
}

impl DocKind {
    pub fn is_correction(self) -> bool {
        matches!(
            self,
            DocKind::Kor | DocKind::KorZal | DocKind::KorRoz | DocKind::CreditNote
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct InvoiceParty {
    pub name: String,
    pub tax_id: Option<TaxId>,
    /// Address lines joined by ", " (FA `AdresL1`, `AdresL2`; UBL street, city, postcode).
    pub address: String,
    /// ISO country of the address, where given.
    pub country: String,
}

/// One due date or term as the document states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DueTerm {
    Date {
        date: NaiveDate,
    },
    /// A term without a date, e.g. FA(3) `TerminOpis` 30 / Dzień / Otrzymanie faktury, or a UBL
    /// `PaymentTerms/Note` "15 Zile": the user picks the date.
    Described {
        text: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentSource {
    /// FA `Zaplacono` = 1 with `DataZaplaty`: paid in full.
    PaidInFull,
    /// FA `ZaplataCzesciowa`.
    Partial,
    /// UBL `PrepaidAmount`: one amount, no date.
    Prepaid,
    /// A list's paid / balance columns: an amount without a date.
    ListPaid,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PaidAmount {
    /// None: the document gives no date; the user must date it before it counts as a payment.
    pub date: Option<NaiveDate>,
    pub amount: Decimal,
    pub source: PaymentSource,
}

/// The invoice a correction corrects (FA `DaneFaKorygowanej`, UBL `BillingReference`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CorrectedRef {
    pub number: String,
    pub issue_date: Option<NaiveDate>,
    pub ksef_number: Option<String>,
}

/// The factor the claim may belong to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Factor {
    /// `Podmiot3` with `Rola` 1, where named.
    pub party: Option<InvoiceParty>,
    /// `RachunekBankowyFaktora/NrRB`.
    pub accounts: Vec<String>,
}

/// Where the invoice came from, for the preview and for duplicate detection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Provenance {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The KSeF number: from `_metadata.json`, or the entry name `{ksefNumber}.xml`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ksef_number: Option<String>,
    /// `_metadata.json` `invoicingDate` (accepted by KSeF) and `acquisitionDate` (number
    /// assigned), as written (ISO date-times).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ksef_invoicing_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ksef_acquisition_date: Option<String>,
    /// ANAF upload index (`n` in `n.xml` of a download ZIP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anaf_upload_index: Option<String>,
}

/// Things about an invoice the user should see before importing it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// `Rozliczenie/DoZaplaty` differs from `P_15`: the payable amount is used.
    PayableDiffersFromGross,
    /// UBL `PayableRoundingAmount` applied.
    Rounding { amount: Decimal },
    /// Paid to a factor's account, or a factor named as `Podmiot3`: the claim may be the factor's.
    Factor,
    /// Advance invoices settled by this one (FA `FakturaZaliczkowa`), by count.
    SettlesAdvances { count: usize },
    /// FA `ZnacznikZaplatyCzesciowej` = 2: paid in full in instalments.
    PaidInInstalments,
    /// The list's balance column disagrees with amount minus paid; the balance is used.
    BalanceUsed,
    /// `_metadata.json` names this invoice with another gross or number than the XML.
    MetadataMismatch,
    /// The FA `TerminOpis` next to a date, kept for the preview.
    TermDescription { text: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Invoice {
    pub format: Format,
    pub kind: DocKind,
    pub provenance: Provenance,
    pub seller: InvoiceParty,
    pub buyer: InvoiceParty,
    pub number: String,
    pub issue_date: Option<NaiveDate>,
    /// As found; several dates or only a description are shown to the user, never resolved here.
    pub due: Vec<DueTerm>,
    /// FA `P_15`, UBL `TaxInclusiveAmount`, a list's amount. For corrections, the change.
    pub gross: Decimal,
    /// The amount the buyer owes before any payment: FA `DoZaplaty` (or `P_15`), UBL
    /// `PayableAmount` + `PrepaidAmount`, a list's amount. Negative for credits.
    pub payable: Decimal,
    /// ISO 4217, upper case.
    pub currency: String,
    pub payments: Vec<PaidAmount>,
    pub bank_accounts: Vec<String>,
    pub factor: Option<Factor>,
    pub corrects: Vec<CorrectedRef>,
    pub notes: Vec<Note>,
}

impl Invoice {
    pub fn new(format: Format, kind: DocKind, provenance: Provenance) -> Invoice {
        Invoice {
            format,
            kind,
            provenance,
            seller: InvoiceParty::default(),
            buyer: InvoiceParty::default(),
            number: String::new(),
            issue_date: None,
            due: Vec::new(),
            gross: Decimal::ZERO,
            payable: Decimal::ZERO,
            currency: String::new(),
            payments: Vec::new(),
            bank_accounts: Vec::new(),
            factor: None,
            corrects: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The single due date, when the document gives exactly one.
    pub fn single_due_date(&self) -> Option<NaiveDate> {
        let mut dates = self.due.iter().filter_map(|t| match t {
            DueTerm::Date { date } => Some(*date),
            DueTerm::Described { .. } => None,
        });
        let first = dates.next()?;
        dates.all(|d| d == first).then_some(first)
    }

    /// Paid in total (dated and undated).
    pub fn paid(&self) -> Decimal {
        self.payments.iter().map(|p| p.amount).sum()
    }
}
