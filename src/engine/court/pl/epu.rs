//! The e-Sąd (EPU) claim as the web form asks for it, step by step (defendant, evidence, claims,
//! justification, plaintiff; reference/pl/collection.md §2.3), every field on its own so it can
//! be copied into the form; the XML (xml.rs) is written from the same sheet.

use super::address::{split_address, AddressParts};
use super::claims::{pl_claims, ClaimKind, CourtClaim, Interest, Issue, PlClaims};
use super::justification::justification;
use super::phrases as ph;
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Channel, Direction, Document as Doc, Party, PartyKind};
use crate::engine::court::fees::pl_epu_fee;
use crate::engine::interest::CaseError;
use crate::engine::locale::{Currency, Lang};
use crate::engine::money::{format_fixed, format_percent};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

/// `typWaluta` of the EPU schema: the currencies a claim may be in (no RON).
pub const EPU_CURRENCIES: [&str; 11] = [
    "PLN", "USD", "EUR", "CHF", "GBP", "AUD", "CAD", "CZK", "DKK", "HUF", "JPY",
];

/// The justification's limit in the form and the schema (`typTekstowy`).
pub const JUSTIFICATION_LIMIT: usize = 32_000;
/// `typNazwa120`: an evidence item's name.
const EVIDENCE_LABEL_LIMIT: usize = 120;
/// `Dowod/@numer` is an `xsd:byte`.
const EVIDENCE_LIMIT: usize = 127;

/// `rodzajStrony` of the schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyType {
    /// 0: a natural person (a consumer).
    Person,
    /// 1: a natural person in business (CEIDG).
    SoleTrader,
    /// 2: a legal person (KRS).
    LegalPerson,
}

impl PartyType {
    pub fn code(self) -> u8 {
        match self {
            PartyType::Person => 0,
            PartyType::SoleTrader => 1,
            PartyType::LegalPerson => 2,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartySheet {
    pub kind: PartyType,
    pub name: String,
    pub nip: String,
    pub pesel: String,
    pub krs: String,
    pub regon: String,
    pub address: AddressParts,
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn party_sheet(p: &Party) -> PartySheet {
    let id = digits(&p.tax_id);
    let krs = digits(&p.registry_number);
    // An 11-digit number is a PESEL, a 10-digit one a NIP.
    let (nip, pesel) = match id.len() {
        11 => (String::new(), id),
        10 => (id, String::new()),
        _ => (String::new(), String::new()),
    };
    PartySheet {
        kind: match p.kind {
            PartyKind::Consumer => PartyType::Person,
            _ if !krs.is_empty() => PartyType::LegalPerson,
            PartyKind::Business => PartyType::SoleTrader,
            // Public bodies are legal persons or units without KRS; the form's "legal person".
            _ => PartyType::LegalPerson,
        },
        name: p.name.trim().to_string(),
        nip,
        pesel,
        krs,
        regon: digits(&p.regon),
        address: split_address(&p.address),
    }
}

/// `typDowodu`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Invoice,
    Contract,
    Other,
}

impl EvidenceKind {
    pub fn code(self) -> &'static str {
        match self {
            EvidenceKind::Invoice => "faktura",
            EvidenceKind::Contract => "umowa",
            EvidenceKind::Other => "inny",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// 1-based, as the claims refer to it.
    pub number: u8,
    pub kind: EvidenceKind,
    /// At most 120 characters.
    pub label: String,
    pub date: Option<NaiveDate>,
    pub fact: String,
    /// The invoice it proves, if it is one; other evidence supports every claim.
    #[serde(skip)]
    pub invoice: Option<usize>,
}

/// One claim of the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EpuClaim {
    pub number: u32,
    pub value: Decimal,
    pub currency: &'static str,
    /// `typ`: 0 civil, 1 commercial.
    pub commercial: bool,
    pub due_date: NaiveDate,
    /// `czyUstawowe` (8, 10, 15 or 18) and its start; none for a sum without interest.
    pub interest_code: Option<u8>,
    pub interest_from: Option<NaiveDate>,
    /// The yearly rate, for contractual interest.
    pub interest_rate: Option<Decimal>,
    /// The interest as the form words it ("z odsetkami … od dnia … do dnia zapłaty").
    pub interest_text: String,
    pub description: String,
    pub evidence: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EpuSheet {
    pub filing: NaiveDate,
    pub court: &'static str,
    pub division: &'static str,
    pub defendant: PartySheet,
    pub evidence: Vec<Evidence>,
    pub claims: Vec<EpuClaim>,
    pub justification: String,
    pub plaintiff: PartySheet,
    /// Polish NRB (26 digits), for the refund of fees; empty when the case has none.
    pub account: String,
    /// Sum of the claims, rounded up to the złoty (art. 126¹ § 3 KPC); in PLN.
    pub value: Decimal,
    /// A quarter of the art. 13 fee (art. 19 ust. 2 pkt 2 UKSC) on the filing date; none when
    /// it cannot be computed (not in złoty, or before the fee table).
    pub fee: Option<Decimal>,
    /// The earliest limitation deadline of the claims filed.
    pub limitation: Option<NaiveDate>,
    /// Claims due on or before this day are outside EPU (art. 505²⁹ᵃ KPC).
    pub oldest_due: NaiveDate,
    pub issues: Vec<Issue>,
}

/// Art. 505²⁹ᵃ KPC: in EPU only claims that "stały się wymagalne w okresie trzech lat przed
/// dniem wniesienia pozwu". A claim is taken as due on its payment term (after the art. 115 KC
/// shift); one due exactly three years before the filing day is left out, so the sheet never
/// offers a claim the court could refuse.
pub fn epu_window_start(filing: NaiveDate) -> NaiveDate {
    filing.checked_sub_months(Months::new(36)).unwrap_or(filing)
}

pub fn in_epu_window(due: NaiveDate, filing: NaiveDate) -> bool {
    due > epu_window_start(filing)
}

pub(super) fn interest_text(i: Interest, from: NaiveDate) -> String {
    let day = format_date(from, Lang::Pl);
    match i {
        Interest::Commercial => ph::INTEREST_COMMERCIAL.replace("{from}", &day),
        Interest::Statutory => ph::INTEREST_STATUTORY.replace("{from}", &day),
        Interest::Capital => ph::INTEREST_CAPITAL.replace("{from}", &day),
        Interest::Contractual { rate } => ph::INTEREST_CONTRACTUAL
            .replace("{rate}", &format_percent(rate, Lang::Pl))
            .replace("{from}", &day),
    }
}

pub(super) fn regime(i: Interest) -> &'static str {
    match i {
        Interest::Commercial => ph::REGIME_COMMERCIAL,
        Interest::Statutory => ph::REGIME_STATUTORY,
        Interest::Capital => ph::REGIME_CAPITAL,
        Interest::Contractual { .. } => ph::REGIME_CONTRACTUAL,
    }
}

/// What a claim is, in a line.
pub(super) fn description(c: &CourtClaim) -> String {
    let day = |d| format_date(d, Lang::Pl);
    match c.kind {
        ClaimKind::Principal { .. } => ph::CLAIM_PRINCIPAL
            .replace("{number}", &c.number)
            .replace("{due}", &day(c.due_date)),
        ClaimKind::AccruedInterest { interest, until } => ph::CLAIM_ACCRUED
            .replace("{regime}", regime(interest))
            .replace("{number}", &c.number)
            .replace("{until}", &day(until)),
        ClaimKind::Compensation { eur } => ph::CLAIM_COMPENSATION
            .replace("{number}", &c.number)
            .replace("{eur}", &format_fixed(eur, 0, Lang::Pl)),
    }
}

fn truncate(s: String, limit: usize) -> String {
    if s.chars().count() <= limit {
        s
    } else {
        s.chars().take(limit - 1).chain(['…']).collect()
    }
}

/// The evidence: each invoice filed, then the demands, acknowledgements and agreements of the
/// contact log (outgoing documents; the posting date is the contact's date).
pub(super) fn evidence(case: &Case, claims: &[CourtClaim]) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = Vec::new();
    let mut invoices: Vec<usize> = claims.iter().map(|c| c.invoice).collect();
    invoices.dedup();
    for i in invoices {
        let c = &case.claims[i];
        let number = c.number.trim();
        let label = match c.issue_date {
            Some(d) => ph::EVIDENCE_INVOICE_DATED
                .replace("{number}", number)
                .replace("{date}", &format_date(d, Lang::Pl)),
            None => ph::EVIDENCE_INVOICE.replace("{number}", number),
        };
        out.push(Evidence {
            number: 0,
            kind: EvidenceKind::Invoice,
            label,
            date: c.issue_date,
            fact: ph::FACT_INVOICE.replace("{number}", number),
            invoice: Some(i),
        });
    }
    for contact in &case.contacts {
        let day = format_date(contact.date, Lang::Pl);
        let item = match contact.document {
            _ if contact.acknowledges => Some((
                ph::EVIDENCE_ACKNOWLEDGEMENT,
                ph::FACT_ACKNOWLEDGEMENT,
                EvidenceKind::Other,
            )),
            Some(Doc::Demand | Doc::FinalDemand | Doc::RegistryWarning)
                if contact.direction == Direction::Outgoing =>
            {
                let label = if contact.channel == Channel::RegisteredLetter {
                    ph::EVIDENCE_DEMAND_REGISTERED
                } else {
                    ph::EVIDENCE_DEMAND
                };
                Some((label, ph::FACT_DEMAND, EvidenceKind::Other))
            }
            Some(Doc::Agreement) => Some((
                ph::EVIDENCE_AGREEMENT,
                ph::FACT_AGREEMENT,
                EvidenceKind::Contract,
            )),
            _ => None,
        };
        if let Some((label, fact, kind)) = item {
            out.push(Evidence {
                number: 0,
                kind,
                label: label.replace("{date}", &day),
                date: Some(contact.date),
                fact: fact.to_string(),
                invoice: None,
            });
        }
    }
    out.truncate(EVIDENCE_LIMIT);
    for (n, e) in out.iter_mut().enumerate() {
        e.number = (n + 1) as u8;
        e.label = truncate(std::mem::take(&mut e.label), EVIDENCE_LABEL_LIMIT);
    }
    out
}

fn party_issues(p: &PartySheet, plaintiff: bool, issues: &mut Vec<Issue>) {
    if p.nip.is_empty() && p.pesel.is_empty() {
        issues.push(Issue::MissingTaxId { plaintiff });
    }
    if !p.address.is_complete() {
        issues.push(Issue::AddressIncomplete { plaintiff });
    }
}

/// The EPU claim of `case` filed on `filing`.
pub fn epu_sheet(case: &Case, filing: NaiveDate) -> Result<EpuSheet, CaseError> {
    let all = pl_claims(case, filing)?;
    Ok(sheet_from(case, all))
}

fn sheet_from(case: &Case, all: PlClaims) -> EpuSheet {
    let filing = all.filing;
    let mut issues = Vec::new();
    let mut too_old: Vec<usize> = Vec::new();
    for c in &all.claims {
        if !in_epu_window(c.due_date, filing) && !too_old.contains(&c.invoice) {
            too_old.push(c.invoice);
            issues.push(Issue::EpuTooOld {
                number: c.number.clone(),
                due: c.due_date,
            });
        }
    }
    let mut filed = all.clone();
    filed.claims.retain(|c| !too_old.contains(&c.invoice));
    issues.extend(all.issues.iter().cloned());
    let defendant = party_sheet(&case.debtor);
    let plaintiff = party_sheet(&case.creditor);
    if !defendant.address.is_polish() {
        issues.push(Issue::NotServedInPoland);
    }
    if case.currency == Currency::Ron {
        issues.push(Issue::CurrencyNotInEpu {
            currency: case.currency,
        });
    }
    party_issues(&defendant, false, &mut issues);
    party_issues(&plaintiff, true, &mut issues);
    let evidence = evidence(case, &filed.claims);
    let general: Vec<u8> = evidence
        .iter()
        .filter(|e| e.invoice.is_none())
        .map(|e| e.number)
        .collect();
    let claims = filed
        .claims
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let (code, from, rate, text) = match c.kind {
                ClaimKind::Principal { interest, from } => {
                    let (code, rate) = match interest {
                        Interest::Commercial => (15, None),
                        Interest::Statutory => (8, None),
                        Interest::Capital => (18, None),
                        Interest::Contractual { rate } => (10, Some(rate)),
                    };
                    (Some(code), Some(from), rate, interest_text(interest, from))
                }
                _ => (None, None, None, String::new()),
            };
            let mut refs: Vec<u8> = evidence
                .iter()
                .filter(|e| e.invoice == Some(c.invoice))
                .map(|e| e.number)
                .collect();
            refs.extend(&general);
            EpuClaim {
                number: (n + 1) as u32,
                value: c.amount,
                currency: case.currency.code(),
                commercial: filed.commercial,
                due_date: c.due_date,
                interest_code: code,
                interest_from: from,
                interest_rate: rate,
                interest_text: text,
                description: description(c),
                evidence: refs,
            }
        })
        .collect();
    let value = filed.value();
    let fee = (case.currency == Currency::Pln)
        .then(|| pl_epu_fee(value, filing))
        .flatten();
    // The form takes a Polish NRB: the IBAN without "PL".
    let account = crate::engine::letter::check_account(
        &case.letter.iban,
        crate::engine::locale::Jurisdiction::Pl,
    )
    .ok()
    .and_then(|iban| iban.strip_prefix("PL").map(str::to_string))
    .unwrap_or_default();
    // Plain spaces: the form's text field and the XML take what is pasted as is.
    let justification = truncate(
        justification(case, &filed, &evidence).replace('\u{a0}', " "),
        JUSTIFICATION_LIMIT,
    );
    EpuSheet {
        filing,
        court: ph::EPU_COURT,
        division: ph::EPU_DIVISION,
        defendant,
        evidence,
        claims,
        justification,
        plaintiff,
        account,
        value,
        fee,
        limitation: filed.limitation,
        oldest_due: epu_window_start(filing),
        issues,
    }
}
