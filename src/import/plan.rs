//! From read invoices to cases: whose invoices they are, which debtor and currency each belongs
//! to, what corrections change, what is already there. Pure; every decision carries a typed
//! reason the UI words in the user's language. Nothing here saves anything.

use super::invoice::{DocKind, Format, Invoice};
use super::taxid::name_key;
use crate::engine::case::{Case, Claim, Party, Payment};
use crate::engine::locale::{Currency, Jurisdiction};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A case the user already has, as the planner needs to know it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ExistingCase {
    /// The debtor's tax ID as stored (normalised here) and name.
    pub debtor_tax_id: String,
    pub debtor_name: String,
    pub currency: Option<Currency>,
    pub claim_numbers: Vec<String>,
    /// Numbers of corrections already netted into this case's claims (`Case::imported`):
    /// without them a correction imported again would be netted again.
    pub corrections_applied: Vec<String>,
    /// KSeF numbers of invoices imported before, where the app kept them.
    pub ksef_numbers: Vec<String>,
}

impl ExistingCase {
    pub fn from_case(case: &Case) -> ExistingCase {
        ExistingCase {
            debtor_tax_id: case.debtor.tax_id.clone(),
            debtor_name: case.debtor.name.clone(),
            currency: Some(case.currency),
            claim_numbers: case.claims.iter().map(|c| c.number.clone()).collect(),
            corrections_applied: case.imported.corrections.clone(),
            ksef_numbers: case.imported.ksef_numbers.clone(),
        }
    }
}

/// Which invoice of the batch: its index in `Batch::invoices()` order.
pub type InvoiceIndex = usize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OwnTaxId {
    Given {
        key: String,
    },
    /// Not given: the seller on most invoices.
    Suggested {
        key: String,
        invoices: usize,
    },
    /// No invoice names a seller (lists only): every invoice counts as the user's.
    Unknown,
}

/// Why an invoice is not imported, or how it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The user is the buyer.
    Purchase,
    /// Neither seller nor buyer is the user.
    NotOwn,
    /// Same debtor and number, or same KSeF number, earlier in this batch.
    DuplicateInBatch { of: InvoiceIndex },
    /// Already in existing case `case`.
    AlreadyInCase { case: usize },
    /// A currency the case cannot hold: a case is in its country's currency or in EUR.
    UnsupportedCurrency { currency: String },
    /// No single due date: several dates, only a described term, or none. The user picks one
    /// (set `due` on the invoice and plan again); no date is invented.
    DueDateNeeded,
    /// Paid in full according to the document: nothing to claim.
    PaidInFull,
    /// Nothing payable (zero, or negative without being a correction).
    NothingPayable,
    /// A correction netted against invoice `target` of this batch.
    NettedInBatch {
        target: InvoiceIndex,
        change: Decimal,
    },
    /// A correction netted against a claim in existing case `case`.
    NettedInCase {
        case: usize,
        claim: String,
        change: Decimal,
    },
    /// A correction whose invoice is in neither this batch nor an existing case.
    CorrectionUnmatched,
    /// A correction of several invoices at once: the change cannot be split by the importer.
    CorrectionOfSeveral { count: usize },
    /// A correction that changes no amount (party data, VAT rate).
    CorrectionWithoutAmount,
    /// Imported as a claim.
    Claim,
    /// A payment without a date was deducted from the claim (the user may date it instead).
    UndatedPaymentDeducted { amount: Decimal },
    /// Paid to a factor: the claim may belong to the factor.
    FactorFlagged,
    /// Advance (ZAL) or settling (ROZ) invoice: its amount is the advance or the rest due.
    AdvanceOrSettling,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub invoice: InvoiceIndex,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    Existing { case: usize },
    New,
}

/// One debtor and currency: the claims and payments to add, to an existing case or a new one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    pub target: Target,
    pub debtor_key: String,
    pub currency: Currency,
    pub invoices: Vec<InvoiceIndex>,
    /// For `Existing`: the claims and payments to add. For `New`: also the whole case.
    pub claims: Vec<Claim>,
    pub payments: Vec<Payment>,
    pub case: Option<Case>,
    /// Numbers of the corrections netted into these claims: the app keeps them with the case
    /// ([`ExistingCase::corrections_applied`]) so a second import does not net them again.
    pub corrections: Vec<String>,
}

/// A change to a claim already saved (a correction of an earlier import).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Adjustment {
    pub case: usize,
    pub claim: String,
    pub change: Decimal,
    pub correction: InvoiceIndex,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImportPlan {
    pub own_tax_id: OwnTaxId,
    pub groups: Vec<Group>,
    pub adjustments: Vec<Adjustment>,
    /// Every invoice of the batch, with why it is or is not imported.
    pub decisions: Vec<Decision>,
}

fn jurisdiction(format: Format, list: Jurisdiction) -> Jurisdiction {
    match format {
        Format::KsefFa2 | Format::KsefFa3 => Jurisdiction::Pl,
        Format::UblInvoice | Format::UblCreditNote => Jurisdiction::Ro,
        Format::List => list,
    }
}

fn debtor_key(inv: &Invoice) -> String {
    inv.buyer
        .tax_id
        .as_ref()
        .map(|t| t.key())
        .unwrap_or_else(|| format!("name:{}", name_key(&inv.buyer.name)))
}

fn existing_key(case: &ExistingCase) -> String {
    match super::taxid::TaxId::parse(&case.debtor_tax_id, "") {
        Some(t) => t.key(),
        None => format!("name:{}", name_key(&case.debtor_name)),
    }
}

/// Keys equal, allowing a tax ID stored without its country (a case typed by hand) to match.
fn same_debtor(existing: &str, key: &str) -> bool {
    existing == key
        || (!existing.starts_with("name:")
            && key.starts_with(|c: char| c.is_ascii_uppercase())
            && key.get(2..) == Some(existing))
}

/// Plans an import. `own_tax_id`: the user's tax ID (None: the most frequent seller is
/// suggested and used). `list_jurisdiction`: the jurisdiction for invoices from lists.
pub fn plan_import(
    batch: &super::Batch,
    own_tax_id: Option<&str>,
    existing: &[ExistingCase],
    list_jurisdiction: Jurisdiction,
) -> ImportPlan {
    let invoices: Vec<&Invoice> = batch.invoices().collect();
    let own = match own_tax_id.and_then(|t| super::taxid::TaxId::parse(t, "")) {
        Some(t) => OwnTaxId::Given { key: t.key() },
        None => {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for inv in &invoices {
                if let Some(t) = &inv.seller.tax_id {
                    *counts.entry(t.key()).or_default() += 1;
                }
            }
            match counts.into_iter().max_by_key(|(_, n)| *n) {
                Some((key, n)) => OwnTaxId::Suggested { key, invoices: n },
                None => OwnTaxId::Unknown,
            }
        }
    };
    let own_key = match &own {
        OwnTaxId::Given { key } | OwnTaxId::Suggested { key, .. } => Some(key.clone()),
        OwnTaxId::Unknown => None,
    };
    let is_own = |key: &str| {
        own_key
            .as_deref()
            .is_some_and(|o| same_debtor(key, o) || same_debtor(o, key))
    };
    let mut decisions: Vec<Decision> = (0..invoices.len())
        .map(|i| Decision {
            invoice: i,
            reasons: Vec::new(),
        })
        .collect();
    let mut seen: HashMap<(String, String), InvoiceIndex> = HashMap::new();
    let mut seen_ksef: HashMap<String, InvoiceIndex> = HashMap::new();
    // Claim amounts of the invoices kept, after corrections in this batch.
    let mut kept: Vec<InvoiceIndex> = Vec::new();
    let mut amount: HashMap<InvoiceIndex, Decimal> = HashMap::new();
    let mut corrections: Vec<InvoiceIndex> = Vec::new();
    let existing_keys: Vec<String> = existing.iter().map(existing_key).collect();
    for (i, inv) in invoices.iter().enumerate() {
        let reasons = &mut decisions[i].reasons;
        let seller_key = inv.seller.tax_id.as_ref().map(|t| t.key());
        let buyer_key = inv.buyer.tax_id.as_ref().map(|t| t.key());
        let seller_own = match &seller_key {
            Some(k) => is_own(k),
            None => inv.format == Format::List || own_key.is_none(),
        };
        if !seller_own {
            reasons.push(if buyer_key.as_deref().is_some_and(is_own) {
                Reason::Purchase
            } else {
                Reason::NotOwn
            });
            continue;
        }
        let key = debtor_key(inv);
        let dup_key = (key.clone(), inv.number.trim().to_string());
        if let Some(&of) = seen.get(&dup_key).or_else(|| {
            inv.provenance
                .ksef_number
                .as_ref()
                .and_then(|k| seen_ksef.get(k))
        }) {
            reasons.push(Reason::DuplicateInBatch { of });
            continue;
        }
        seen.insert(dup_key, i);
        if let Some(k) = &inv.provenance.ksef_number {
            seen_ksef.insert(k.clone(), i);
        }
        let currency = if inv.currency.is_empty() {
            Some(jurisdiction(inv.format, list_jurisdiction).home_currency())
        } else {
            Currency::from_code(&inv.currency)
        };
        if let Some(case) = existing.iter().position(|c| {
            (inv.provenance
                .ksef_number
                .as_ref()
                .is_some_and(|k| c.ksef_numbers.contains(k)))
                || (same_debtor(&existing_key(c), &key)
                    && c.claim_numbers
                        .iter()
                        .chain(&c.corrections_applied)
                        .any(|n| n.trim() == inv.number.trim())
                    && (c.currency.is_none() || c.currency == currency))
        }) {
            reasons.push(Reason::AlreadyInCase { case });
            continue;
        }
        // A case is in its country's currency or in EUR (a PL case cannot hold RON).
        let home = jurisdiction(inv.format, list_jurisdiction).home_currency();
        if currency.is_none_or(|c| c != home && c != Currency::Eur) {
            reasons.push(Reason::UnsupportedCurrency {
                currency: inv.currency.clone(),
            });
            continue;
        }
        if inv.factor.is_some() {
            reasons.push(Reason::FactorFlagged);
        }
        if inv.kind.is_correction() {
            corrections.push(i);
            continue;
        }
        if matches!(inv.kind, DocKind::Zal | DocKind::Roz) {
            reasons.push(Reason::AdvanceOrSettling);
        }
        let paid_dated: Decimal = inv
            .payments
            .iter()
            .filter(|p| p.date.is_some())
            .map(|p| p.amount)
            .sum();
        if inv.payable > Decimal::ZERO && paid_dated >= inv.payable {
            reasons.push(Reason::PaidInFull);
            continue;
        }
        let undated: Decimal = inv
            .payments
            .iter()
            .filter(|p| p.date.is_none())
            .map(|p| p.amount)
            .sum();
        let claim = inv.payable - undated;
        if claim <= Decimal::ZERO {
            reasons.push(Reason::NothingPayable);
            continue;
        }
        if undated > Decimal::ZERO {
            reasons.push(Reason::UndatedPaymentDeducted { amount: undated });
        }
        kept.push(i);
        amount.insert(i, claim);
    }
    // Corrections: netted against the corrected invoice in this batch, else in a saved case.
    let mut adjustments = Vec::new();
    for &c in &corrections {
        let inv = invoices[c];
        let reasons = &mut decisions[c].reasons;
        if inv.gross.is_zero() && inv.payable.is_zero() {
            reasons.push(Reason::CorrectionWithoutAmount);
            continue;
        }
        if inv.corrects.len() > 1 {
            reasons.push(Reason::CorrectionOfSeveral {
                count: inv.corrects.len(),
            });
            continue;
        }
        let Some(target) = inv.corrects.first() else {
            reasons.push(Reason::CorrectionUnmatched);
            continue;
        };
        let key = debtor_key(inv);
        let change = inv.payable;
        let in_batch = kept.iter().copied().find(|&k| {
            let t = invoices[k];
            target.ksef_number.is_some() && t.provenance.ksef_number == target.ksef_number
                || (debtor_key(t) == key && t.number.trim() == target.number.trim())
        });
        if let Some(k) = in_batch {
            if let Some(a) = amount.get_mut(&k) {
                *a += change;
            }
            reasons.push(Reason::NettedInBatch { target: k, change });
            continue;
        }
        let in_case = existing.iter().enumerate().find(|(i, c)| {
            same_debtor(&existing_keys[*i], &key)
                && c.claim_numbers
                    .iter()
                    .any(|n| n.trim() == target.number.trim())
        });
        match in_case {
            Some((case, _)) => {
                reasons.push(Reason::NettedInCase {
                    case,
                    claim: target.number.clone(),
                    change,
                });
                adjustments.push(Adjustment {
                    case,
                    claim: target.number.clone(),
                    change,
                    correction: c,
                });
            }
            None => reasons.push(Reason::CorrectionUnmatched),
        }
    }
    // Claims: one due date each, grouped by debtor and currency.
    let mut groups: Vec<Group> = Vec::new();
    for &k in &kept {
        let inv = invoices[k];
        let claim_amount = amount.get(&k).copied().unwrap_or_default();
        let Some(due) = inv.single_due_date() else {
            decisions[k].reasons.push(Reason::DueDateNeeded);
            continue;
        };
        if claim_amount <= Decimal::ZERO {
            decisions[k].reasons.push(Reason::NothingPayable);
            continue;
        }
        let jur = jurisdiction(inv.format, list_jurisdiction);
        let Some(currency) = (if inv.currency.is_empty() {
            Some(jur.home_currency())
        } else {
            Currency::from_code(&inv.currency)
        }) else {
            continue;
        };
        let key = debtor_key(inv);
        decisions[k].reasons.push(Reason::Claim);
        let claim = Claim {
            number: inv.number.clone(),
            issue_date: inv.issue_date,
            due_date: due,
            amount: claim_amount,
            currency,
            pl_kind: None,
            eur_rate: None,
        };
        let payments: Vec<Payment> = inv
            .payments
            .iter()
            .filter_map(|p| {
                Some(Payment {
                    date: p.date?,
                    amount: p.amount,
                    claim: Some(inv.number.clone()),
                })
            })
            .collect();
        let group = match groups
            .iter_mut()
            .position(|g| g.debtor_key == key && g.currency == currency)
        {
            Some(g) => &mut groups[g],
            None => {
                let target = existing
                    .iter()
                    .enumerate()
                    .position(|(i, c)| {
                        same_debtor(&existing_keys[i], &key)
                            && c.currency.is_none_or(|cur| cur == currency)
                    })
                    .map_or(Target::New, |case| Target::Existing { case });
                let case = (target == Target::New).then(|| {
                    let mut case = Case::new(jur);
                    case.currency = currency;
                    case.creditor = party(&inv.seller);
                    case.debtor = party(&inv.buyer);
                    case
                });
                groups.push(Group {
                    target,
                    debtor_key: key,
                    currency,
                    invoices: Vec::new(),
                    claims: Vec::new(),
                    payments: Vec::new(),
                    corrections: Vec::new(),
                    case,
                });
                let last = groups.len() - 1;
                &mut groups[last]
            }
        };
        group.invoices.push(k);
        group.claims.push(claim.clone());
        group.payments.extend(payments.iter().cloned());
        if let Some(case) = &mut group.case {
            case.claims.push(claim);
            case.payments.extend(payments);
        }
    }
    for d in &decisions {
        for r in &d.reasons {
            if let Reason::NettedInBatch { target, .. } = r {
                if let Some(g) = groups.iter_mut().find(|g| g.invoices.contains(target)) {
                    g.corrections.push(invoices[d.invoice].number.clone());
                }
            }
        }
    }
    ImportPlan {
        own_tax_id: own,
        groups,
        adjustments,
        decisions,
    }
}

fn party(p: &super::invoice::InvoiceParty) -> Party {
    Party {
        name: p.name.clone(),
        address: p.address.clone(),
        tax_id: p.tax_id.as_ref().map(|t| t.display()).unwrap_or_default(),
        ..Party::default()
    }
}
