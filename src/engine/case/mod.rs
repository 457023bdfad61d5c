//! The Case: plain data a person enters. Everything else is derived from it.
//!
//! Its JSON form is what drafts, backups and share links store, so every change to it bumps
//! `SCHEMA_VERSION` and ships a migration. Every type it stores is defined in this folder (the
//! engine modules re-export theirs), so a schema change is a change under `case/`; of the
//! engine it uses only `locale` (tests/layering.rs).

mod contact;
pub mod interest;
pub mod letter;
pub mod limitation;
pub mod plan;

pub use contact::{
    Channel, Collection, Contact, Direction, Document, Promise, Stage, Timing, Timings,
    MAX_TIMING_DAYS,
};

use crate::engine::locale::{Currency, Jurisdiction};
use chrono::NaiveDate;
use interest::InterestOptions;
use letter::LetterOptions;
use limitation::{LimitationOptions, PlClaimKind};
use plan::PlanOptions;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// 2 (December 2026): register numbers, per-invoice claim kind and EUR rate, the contact log and
/// the collection stage, the letter's registry bureau; `migrate_v1` carries the case-wide claim
/// kind a person chose into every invoice.
pub const SCHEMA_VERSION: u32 = 2;

/// Version 1 had one claim kind for the whole case, preselected as "business". A kind other than
/// that was chosen by the person, so it becomes every invoice's kind; "business" may never have
/// been chosen, so those invoices stay unchosen (their deadline shows the earliest possible day
/// and asks, which never overstates it).
pub fn migrate_v1(case: &mut serde_json::Value) {
    let kind = case
        .pointer("/limitation/pl_kind")
        .and_then(|k| k.as_str())
        .filter(|k| *k != "business")
        .map(str::to_string);
    if let (Some(kind), Some(claims)) =
        (kind, case.get_mut("claims").and_then(|c| c.as_array_mut()))
    {
        for claim in claims {
            if let Some(c) = claim.as_object_mut() {
                c.entry("pl_kind").or_insert_with(|| kind.clone().into());
            }
        }
    }
    if let Some(c) = case.as_object_mut() {
        c.insert("schema".into(), SCHEMA_VERSION.into());
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// An entrepreneur or company: commercial-transaction rules apply between two of them.
    #[default]
    Business,
    Consumer,
    /// A public body or contracting authority.
    PublicEntity,
    /// PL art. 4 pkt 3 lit. a UPNO: a public healthcare entity (lower commercial rate).
    PublicHealthcare,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Party {
    pub name: String,
    pub address: String,
    /// NIP / CUI (or PESEL / CNP for a person).
    pub tax_id: String,
    pub kind: PartyKind,
    /// PL: the KRS number (10 digits); RO: the trade-register number (Nr. Reg. Com., e.g.
    /// J40/1234/2020). Letters and court documents name the party by it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub registry_number: String,
    /// PL: the REGON statistical number (9 or 14 digits).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub regon: String,
}

/// One invoice or other money claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    #[serde(default)]
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_date: Option<NaiveDate>,
    pub due_date: NaiveDate,
    pub amount: Decimal,
    #[serde(default)]
    pub currency: Currency,
    /// PL: what was invoiced, which decides the limitation period (art. 118, 554, 646, 751, 778
    /// KC). None until the person says: limitation then shows the earliest possible deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pl_kind: Option<PlClaimKind>,
    /// Local currency per EUR typed for this invoice's compensation. It is used only when no
    /// bundled table has the rate the law names, so it never replaces a known rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eur_rate: Option<Decimal>,
}

impl Claim {
    /// An invoice with nothing chosen beyond its number, due date and amount.
    pub fn new(number: &str, due_date: NaiveDate, amount: Decimal, currency: Currency) -> Claim {
        Claim {
            number: number.to_string(),
            issue_date: None,
            due_date,
            amount,
            currency,
            pl_kind: None,
            eur_rate: None,
        }
    }
}

/// An invoice reference as a payment's designation or a limitation event stores it, read the one
/// way every part of the engine reads it: trimmed, because numbers typed or imported from
/// KSeF, e-Factura or a spreadsheet carry stray spaces, and blank when it names no invoice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference<'a> {
    /// Absent or blank: no invoice is named.
    Blank,
    /// An invoice number, trimmed.
    Number(&'a str),
}

impl<'a> Reference<'a> {
    pub fn read(text: Option<&'a str>) -> Reference<'a> {
        match text.map(str::trim) {
            None | Some("") => Reference::Blank,
            Some(number) => Reference::Number(number),
        }
    }

    /// Whether this names `claim` (its number, trimmed). A blank reference names none.
    pub fn names(self, claim: &Claim) -> bool {
        matches!(self, Reference::Number(n) if claim.number.trim() == n)
    }
}

/// The claim a payment's designation points to (PL art. 451 § 1 KC, RO art. 1507 C.civ.).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Designation {
    /// The debtor named no invoice: the statutory order applies.
    None,
    /// The first claim with the number named.
    Claim(usize),
    /// A number no claim of the case has (the report warns; the statutory order applies).
    Unknown,
}

/// A partial or full payment received from the debtor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub date: NaiveDate,
    pub amount: Decimal,
    /// The claim number the debtor designated, if any (PL art. 451 § 1 KC, RO art. 1507 C.civ.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
}

impl Payment {
    pub fn designation(&self, claims: &[Claim]) -> Designation {
        let reference = Reference::read(self.claim.as_deref());
        if reference == Reference::Blank {
            return Designation::None;
        }
        claims
            .iter()
            .position(|c| reference.names(c))
            .map_or(Designation::Unknown, Designation::Claim)
    }
}

impl limitation::LimitationEvent {
    /// An event names one invoice, or none for every claim of the case.
    pub fn concerns(&self, claim: &Claim) -> bool {
        match Reference::read(self.claim.as_deref()) {
            Reference::Blank => true,
            reference => reference.names(claim),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    pub schema: u32,
    pub jurisdiction: Jurisdiction,
    pub currency: Currency,
    pub creditor: Party,
    pub debtor: Party,
    pub claims: Vec<Claim>,
    pub payments: Vec<Payment>,
    /// Interest is computed up to and including this day; the UI fills in today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calculation_date: Option<NaiveDate>,
    pub interest: InterestOptions,
    pub limitation: LimitationOptions,
    pub plan: PlanOptions,
    pub letter: LetterOptions,
    /// The contact and evidence log, oldest first as entered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(skip_serializing_if = "Collection::is_default")]
    pub collection: Collection,
    /// What invoice imports brought into this case, so importing the same files again changes
    /// nothing (added after schema 2 with a default: older cases read as "nothing imported").
    #[serde(default, skip_serializing_if = "Imported::is_empty")]
    pub imported: Imported,
}

/// The import keys of a case beyond its invoice numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Imported {
    /// Numbers of corrections (FA `KOR`, UBL credit notes) already netted into the claims:
    /// without them a correction imported again would be netted again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<String>,
    /// KSeF numbers of the invoices imported, the one key unique across sellers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ksef_numbers: Vec<String>,
}

impl Imported {
    pub fn is_empty(&self) -> bool {
        self.corrections.is_empty() && self.ksef_numbers.is_empty()
    }
}

impl Default for Case {
    fn default() -> Self {
        Case::new(Jurisdiction::Pl)
    }
}

impl Case {
    pub fn new(jurisdiction: Jurisdiction) -> Self {
        Case {
            schema: SCHEMA_VERSION,
            jurisdiction,
            currency: jurisdiction.home_currency(),
            creditor: Party::default(),
            debtor: Party::default(),
            claims: Vec::new(),
            payments: Vec::new(),
            calculation_date: None,
            interest: InterestOptions::default(),
            limitation: LimitationOptions::default(),
            plan: PlanOptions::default(),
            letter: LetterOptions::default(),
            contacts: Vec::new(),
            collection: Collection::default(),
            imported: Imported::default(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Result<Case, CaseJsonError> {
        // The schema is read first (a tiny struct), then the case straight from the text, so the
        // wasm holds one deserializer per type (no detour through serde_json::Value).
        #[derive(Deserialize)]
        struct Header {
            #[serde(default)]
            schema: Option<u64>,
        }
        let header: Header = serde_json::from_str(json).map_err(|e| match e.classify() {
            // Well-formed JSON that is not an object (a number, a string, an array).
            serde_json::error::Category::Data => CaseJsonError::NotACase,
            _ => CaseJsonError::Syntax {
                message: e.to_string(),
            },
        })?;
        match header.schema {
            Some(v) if v > u64::from(SCHEMA_VERSION) => {
                Err(CaseJsonError::NewerSchema { schema: v })
            }
            Some(v) if v == u64::from(SCHEMA_VERSION) => {
                serde_json::from_str(json).map_err(|e| CaseJsonError::Shape {
                    message: e.to_string(),
                })
            }
            Some(_) => {
                let shape = |e: serde_json::Error| CaseJsonError::Shape {
                    message: e.to_string(),
                };
                let mut value: serde_json::Value = serde_json::from_str(json).map_err(shape)?;
                migrate_v1(&mut value);
                // Back through text, so a shape error still names its line and column.
                serde_json::from_str(&value.to_string()).map_err(shape)
            }
            None => Err(CaseJsonError::NotACase),
        }
    }
}

/// Why a text is not a case this app can read. Serialised like the other errors of the JSON
/// entry points (docs/json.md): `{"kind": "newer_schema", "schema": 9}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CaseJsonError {
    /// Not JSON at all (serde_json's message, with line and column).
    Syntax { message: String },
    /// JSON without a `schema`: some other document.
    NotACase,
    /// Written by a newer version of the app.
    NewerSchema { schema: u64 },
    /// A case whose fields have the wrong types (serde_json's message names the field).
    Shape { message: String },
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn json_round_trip_keeps_amounts_as_decimal_strings() {
        let mut case = Case::new(Jurisdiction::Ro);
        case.claims.push(Claim {
            number: "FV 1/2025".into(),
            issue_date: None,
            due_date: NaiveDate::from_ymd_opt(2025, 6, 20).unwrap(),
            amount: Decimal::from_str("1234.50").unwrap(),
            currency: Currency::Ron,
            pl_kind: None,
            eur_rate: None,
        });
        let json = case.to_json();
        assert!(json.contains("\"amount\":\"1234.50\""), "{json}");
        assert!(json.contains("\"due_date\":\"2025-06-20\""));
        assert!(json.contains("\"schema\":2"));
        assert_eq!(Case::from_json(&json), Ok(case));
    }

    #[test]
    fn references_are_read_trimmed_and_blank_names_nothing() {
        let due = NaiveDate::from_ymd_opt(2025, 6, 20).unwrap();
        let claims = [
            Claim::new("FV 1/2025 ", due, Decimal::ONE, Currency::Pln),
            Claim::new("FV 2/2025", due, Decimal::ONE, Currency::Pln),
            Claim::new("FV 2/2025", due, Decimal::ONE, Currency::Pln),
        ];
        assert_eq!(Reference::read(None), Reference::Blank);
        assert_eq!(Reference::read(Some(" \t")), Reference::Blank);
        assert_eq!(Reference::read(Some(" FV 1 ")), Reference::Number("FV 1"));
        assert!(Reference::read(Some("  FV 1/2025")).names(&claims[0]));
        assert!(!Reference::Blank.names(&Claim::new("", due, Decimal::ONE, Currency::Pln)));

        let payment = |claim: Option<&str>| Payment {
            date: due,
            amount: Decimal::ONE,
            claim: claim.map(str::to_string),
        };
        assert_eq!(payment(None).designation(&claims), Designation::None);
        assert_eq!(payment(Some("  ")).designation(&claims), Designation::None);
        assert_eq!(
            payment(Some(" FV 1/2025")).designation(&claims),
            Designation::Claim(0)
        );
        assert_eq!(
            payment(Some("FV 2/2025 ")).designation(&claims),
            Designation::Claim(1)
        );
        assert_eq!(
            payment(Some("FV 3/2025")).designation(&claims),
            Designation::Unknown
        );

        let event = |claim: Option<&str>| limitation::LimitationEvent {
            kind: limitation::EventKind::Acknowledgement,
            date: due,
            end: None,
            claim: claim.map(str::to_string),
        };
        let concerned = |e: limitation::LimitationEvent| -> Vec<bool> {
            claims.iter().map(|c| e.concerns(c)).collect()
        };
        assert_eq!(concerned(event(None)), [true, true, true]);
        assert_eq!(concerned(event(Some(" "))), [true, true, true]);
        assert_eq!(concerned(event(Some("FV 1/2025"))), [true, false, false]);
        assert_eq!(concerned(event(Some(" FV 2/2025"))), [false, true, true]);
        assert_eq!(concerned(event(Some("FV 3/2025"))), [false, false, false]);
    }

    #[test]
    fn rejects_foreign_and_future_json() {
        assert!(matches!(
            Case::from_json("not json"),
            Err(CaseJsonError::Syntax { .. })
        ));
        assert_eq!(Case::from_json("{\"a\":1}"), Err(CaseJsonError::NotACase));
        assert_eq!(Case::from_json("42"), Err(CaseJsonError::NotACase));
        assert_eq!(Case::from_json("\"text\""), Err(CaseJsonError::NotACase));
        assert_eq!(
            Case::from_json("{\"schema\":99}"),
            Err(CaseJsonError::NewerSchema { schema: 99 })
        );
        assert!(matches!(
            Case::from_json("{\"schema\":1,\"claims\":[{\"amount\":\"x\"}]}"),
            Err(CaseJsonError::Shape { .. })
        ));
    }
}
