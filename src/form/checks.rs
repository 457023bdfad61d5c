//! The check before a letter or agreement is sent: every gap that would make the document wrong
//! or unfit to sign, each naming the field to fix. Pure (tested natively); the UI words them and
//! links each to its field.

use super::{CaseForm, Field, Parsed};
use crate::engine::interest::{Report, Warning};
use chrono::NaiveDate;

/// The document being checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Letter,
    Agreement,
}

/// Where a gap is fixed: a parsed field, or a party or letter text kept in the case itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Field(Field),
    CreditorName,
    CreditorAddress,
    DebtorName,
    DebtorAddress,
    LetterPlace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    /// No account: the debtor is not told where to pay.
    NoAccount,
    /// An account that fails its checksum or length is left out of the document.
    BadAccount,
    CreditorName,
    CreditorAddress,
    DebtorName,
    DebtorAddress,
    /// The agreement says where it was made.
    NoPlace,
    /// An invoice row with a typing error, left out of every figure. `label` is its number, or
    /// its position in the list when it has none.
    InvoiceLeftOut {
        label: String,
        field: Field,
    },
    /// A payment row with a typing error (position in the list, from 1).
    PaymentLeftOut {
        position: usize,
        field: Field,
    },
    /// The compensation of these invoices is left out: the EUR rate is not known.
    CompensationWithoutRate {
        invoices: Vec<String>,
    },
    /// Interest runs past the last day the bundled rates were checked.
    PastVerifiedRates {
        through: NaiveDate,
    },
}

impl Gap {
    pub fn target(&self) -> Target {
        match self {
            Gap::NoAccount | Gap::BadAccount => Target::Field(Field::LetterIban),
            Gap::CreditorName => Target::CreditorName,
            Gap::CreditorAddress => Target::CreditorAddress,
            Gap::DebtorName => Target::DebtorName,
            Gap::DebtorAddress => Target::DebtorAddress,
            Gap::NoPlace => Target::LetterPlace,
            Gap::InvoiceLeftOut { field, .. } | Gap::PaymentLeftOut { field, .. } => {
                Target::Field(*field)
            }
            Gap::CompensationWithoutRate { .. } => Target::Field(Field::EurRate),
            Gap::PastVerifiedRates { .. } => Target::Field(Field::CalcDate),
        }
    }
}

/// The first field of a row that has an error (the one to focus).
fn first_error(parsed: &Parsed, fields: &[Field]) -> Option<Field> {
    fields.iter().copied().find(|f| parsed.error(*f).is_some())
}

/// The gaps of `document` for the case as typed (`form`, `parsed`) and its `report` (evaluated
/// on the document's date, when the engine has run).
pub fn gaps(
    form: &CaseForm,
    parsed: &Parsed,
    report: Option<&Report>,
    document: Document,
) -> Vec<Gap> {
    let mut gaps = Vec::new();
    let case = &parsed.case;
    if form.letter.iban.trim().is_empty() {
        gaps.push(Gap::NoAccount);
    } else if parsed.error(Field::LetterIban).is_some() {
        gaps.push(Gap::BadAccount);
    }
    let blank = |s: &str| s.trim().is_empty();
    for (missing, gap) in [
        (blank(&case.creditor.name), Gap::CreditorName),
        (blank(&case.creditor.address), Gap::CreditorAddress),
        (blank(&case.debtor.name), Gap::DebtorName),
        (blank(&case.debtor.address), Gap::DebtorAddress),
        (
            document == Document::Agreement && blank(&case.letter.place),
            Gap::NoPlace,
        ),
    ] {
        if missing {
            gaps.push(gap);
        }
    }
    for (i, row) in form.claims.iter().enumerate() {
        let fields = [
            Field::ClaimIssue(row.id),
            Field::ClaimDue(row.id),
            Field::ClaimAmount(row.id),
        ];
        if let Some(field) = first_error(parsed, &fields) {
            let label = match row.number.trim() {
                "" => format!("#{}", i + 1),
                n => n.to_string(),
            };
            gaps.push(Gap::InvoiceLeftOut { label, field });
        }
    }
    for (i, row) in form.payments.iter().enumerate() {
        let fields = [Field::PaymentDate(row.id), Field::PaymentAmount(row.id)];
        if let Some(field) = first_error(parsed, &fields) {
            gaps.push(Gap::PaymentLeftOut {
                position: i + 1,
                field,
            });
        }
    }
    if let Some(report) = report {
        let invoices: Vec<String> = report
            .warnings
            .iter()
            .filter_map(|w| match w {
                Warning::EurRateMissing { claims } => Some(claims),
                _ => None,
            })
            .flatten()
            .map(|claim| {
                report
                    .claims
                    .get(*claim)
                    .map(|c| c.number.clone())
                    .unwrap_or_else(|| format!("#{}", claim + 1))
            })
            .collect();
        if !invoices.is_empty() {
            gaps.push(Gap::CompensationWithoutRate { invoices });
        }
        if let Some(through) = report.warnings.iter().find_map(|w| match w {
            Warning::PastVerifiedThrough {
                verified_through, ..
            } => Some(*verified_through),
            _ => None,
        }) {
            gaps.push(Gap::PastVerifiedRates { through });
        }
    }
    gaps
}
