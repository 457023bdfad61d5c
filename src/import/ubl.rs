//! e-Factura: UBL 2.1 `Invoice` and `CreditNote` with CIUS-RO. Paths and their meaning:
//! formats/efactura/README.md ("Debt-tool fields → UBL paths").

use super::invoice::{
    CorrectedRef, DocKind, DueTerm, Format, Invoice, InvoiceParty, Note, PaidAmount, PaymentSource,
    Provenance,
};
use super::problem::{At, Field, Problem};
use super::taxid::TaxId;
use super::values::{date, xml_amount};
use super::xml::{child, children, path, text_at};
use roxmltree::Node;
use rust_decimal::Decimal;

/// BT-24 values accepted: every CIUS-RO version (the 2022 ANAF examples carry 1.0.0, current
/// files 1.0.1) and plain EN 16931, which CIUS-RO restricts.
pub fn customization_known(id: &str) -> bool {
    id.starts_with("urn:cen.eu:en16931:2017")
}

pub fn read(
    root: Node,
    format: Format,
    at: &At,
    provenance: Provenance,
) -> (Option<Invoice>, Vec<Problem>) {
    let mut problems = Vec::new();
    let credit = format == Format::UblCreditNote;
    let number = text_at(root, &["ID"]).unwrap_or_default();
    let at = at.with_invoice(&number);
    let kind = if credit {
        DocKind::CreditNote
    } else {
        match text_at(root, &["InvoiceTypeCode"]).as_deref() {
            Some("384") => DocKind::UblCorrected,
            Some("381") => DocKind::CreditNote,
            Some("386") => DocKind::Zal,
            _ => DocKind::Vat,
        }
    };
    let mut inv = Invoice::new(format, kind, provenance);
    inv.number = number;
    if inv.number.is_empty() {
        problems.push(Problem::MissingField {
            at: at.clone(),
            field: Field::Number,
        });
    }
    inv.seller = party(path(root, &["AccountingSupplierParty", "Party"]));
    inv.buyer = party(path(root, &["AccountingCustomerParty", "Party"]));
    inv.currency = text_at(root, &["DocumentCurrencyCode"])
        .unwrap_or_default()
        .to_ascii_uppercase();
    if inv.currency.len() != 3 || !inv.currency.chars().all(|c| c.is_ascii_alphabetic()) {
        problems.push(Problem::BadCurrency {
            at: at.clone(),
            value: inv.currency.clone(),
        });
    }
    inv.issue_date = match text_at(root, &["IssueDate"]) {
        None => {
            problems.push(Problem::MissingField {
                at: at.clone(),
                field: Field::IssueDate,
            });
            None
        }
        Some(raw) => {
            let d = date(&raw);
            if d.is_none() {
                problems.push(Problem::BadDate {
                    at: at.clone(),
                    field: Field::IssueDate,
                    value: raw,
                });
            }
            d
        }
    };
    // BT-9: `DueDate` on an Invoice; a CreditNote carries it in PaymentMeans.
    let due_raw = text_at(root, &["DueDate"])
        .or_else(|| children(root, "PaymentMeans").find_map(|m| text_at(m, &["PaymentDueDate"])));
    let note = children(root, "PaymentTerms")
        .filter_map(|t| text_at(t, &["Note"]))
        .collect::<Vec<_>>()
        .join(" / ");
    match due_raw {
        Some(raw) => match date(&raw) {
            Some(d) => {
                inv.due.push(DueTerm::Date { date: d });
                if !note.is_empty() {
                    inv.notes.push(Note::TermDescription { text: note });
                }
            }
            None => problems.push(Problem::BadDate {
                at: at.clone(),
                field: Field::DueDate,
                value: raw,
            }),
        },
        None if !note.is_empty() => inv.due.push(DueTerm::Described { text: note }),
        None => {}
    }
    let total = child(root, "LegalMonetaryTotal");
    let amount = |name: &str, field: Field, problems: &mut Vec<Problem>| -> Option<Decimal> {
        let raw = total.and_then(|t| text_at(t, &[name]))?;
        let v = xml_amount(&raw);
        if v.is_none() {
            problems.push(Problem::BadAmount {
                at: at.clone(),
                field,
                value: raw,
            });
        }
        v
    };
    let gross = amount("TaxInclusiveAmount", Field::Gross, &mut problems);
    let prepaid = amount("PrepaidAmount", Field::Prepaid, &mut problems).unwrap_or_default();
    let rounding =
        amount("PayableRoundingAmount", Field::Payable, &mut problems).unwrap_or_default();
    let payable = amount("PayableAmount", Field::Payable, &mut problems);
    let (Some(gross), Some(payable)) = (gross, payable) else {
        if total.and_then(|t| text_at(t, &["PayableAmount"])).is_none() {
            problems.push(Problem::MissingField {
                at: at.clone(),
                field: Field::Payable,
            });
        }
        return (None, problems);
    };
    if !rounding.is_zero() {
        inv.notes.push(Note::Rounding { amount: rounding });
    }
    // A credit note's amounts are credits: stored as a negative change, like an FA correction.
    let sign = if kind == DocKind::CreditNote {
        -Decimal::ONE
    } else {
        Decimal::ONE
    };
    inv.gross = gross * sign;
    inv.payable = (payable + prepaid) * sign;
    if !prepaid.is_zero() && kind != DocKind::CreditNote {
        inv.payments.push(PaidAmount {
            date: None,
            amount: prepaid,
            source: PaymentSource::Prepaid,
        });
    }
    inv.bank_accounts = children(root, "PaymentMeans")
        .filter_map(|m| text_at(m, &["PayeeFinancialAccount", "ID"]))
        .map(|iban| iban.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    inv.corrects = children(root, "BillingReference")
        .filter_map(|b| child(b, "InvoiceDocumentReference"))
        .map(|r| CorrectedRef {
            number: text_at(r, &["ID"]).unwrap_or_default(),
            issue_date: text_at(r, &["IssueDate"]).and_then(|s| date(&s)),
            ksef_number: None,
        })
        .collect();
    let ok = !inv.number.is_empty() && inv.issue_date.is_some() && inv.currency.len() == 3;
    (ok.then_some(inv), problems)
}

/// `cac:Party`: legal name (BT-27) before the trading name; the VAT ID (BT-31), else another
/// tax registration (BT-32), else a legal ID (BT-30) that is a CUI rather than a `J…` number.
fn party(node: Option<Node>) -> InvoiceParty {
    let Some(p) = node else {
        return InvoiceParty::default();
    };
    let address = child(p, "PostalAddress");
    let country = address
        .and_then(|a| text_at(a, &["Country", "IdentificationCode"]))
        .unwrap_or_default()
        .to_ascii_uppercase();
    let hint = if country.is_empty() {
        "RO"
    } else {
        country.as_str()
    };
    let schemes: Vec<Node> = children(p, "PartyTaxScheme").collect();
    let vat = schemes
        .iter()
        .find(|s| text_at(**s, &["TaxScheme", "ID"]).as_deref() == Some("VAT"))
        .or(schemes.first())
        .and_then(|s| text_at(*s, &["CompanyID"]));
    let legal = text_at(p, &["PartyLegalEntity", "CompanyID"]).filter(|id| {
        id.trim()
            .trim_start_matches("RO")
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    let tax_id = vat.or(legal).and_then(|id| TaxId::parse(&id, hint));
    let name = text_at(p, &["PartyLegalEntity", "RegistrationName"])
        .or_else(|| text_at(p, &["PartyName", "Name"]))
        .unwrap_or_default();
    let lines: Vec<String> = address
        .into_iter()
        .flat_map(|a| {
            [
                "StreetName",
                "AdditionalStreetName",
                "PostalZone",
                "CityName",
                "CountrySubentity",
            ]
            .into_iter()
            .filter_map(move |n| text_at(a, &[n]))
        })
        .collect();
    InvoiceParty {
        name,
        tax_id,
        address: lines.join(", "),
        country,
    }
}
