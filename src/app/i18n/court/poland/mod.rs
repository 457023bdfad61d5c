//! Texts of the Polish route of the Court tool: the e-Sąd (EPU) sheet, the XML and the paper
//! pozew. The documents themselves are worded in Polish in src/engine/court/pl/phrases.rs.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

pub struct PolandCourtTexts {
    pub heading: &'static str,
    pub filing_date: &'static str,
    pub filing_hint: &'static str,
    pub route: &'static str,
    pub route_epu: &'static str,
    pub route_epu_hint: &'static str,
    pub route_paper: &'static str,
    pub route_paper_hint: &'static str,
    pub no_claims: &'static str,
    pub checks: &'static str,
    pub checks_clear: &'static str,
    /// "{date}".
    pub limitation: &'static str,
    /// "{date}": claims due on or before it are outside EPU.
    pub epu_window: &'static str,
    /// "{number}", "{date}".
    pub issue_epu_too_old: &'static str,
    pub issue_not_in_poland: &'static str,
    /// "{currency}".
    pub issue_currency: &'static str,
    /// "{currency}".
    pub issue_fee_pln: &'static str,
    pub issue_tax_id_plaintiff: &'static str,
    pub issue_tax_id_defendant: &'static str,
    pub issue_address_plaintiff: &'static str,
    pub issue_address_defendant: &'static str,
    /// "{number}".
    pub issue_compensation_rate: &'static str,
    pub issue_nothing_owed: &'static str,
    pub issue_no_amicable: &'static str,
    pub issue_consumer: &'static str,
    /// "{date}".
    pub issue_rates: &'static str,
    /// "{date}".
    pub issue_time_barred: &'static str,
    pub issue_court: &'static str,
    pub epu_heading: &'static str,
    pub epu_intro: &'static str,
    pub step_defendant: &'static str,
    pub step_evidence: &'static str,
    pub step_claims: &'static str,
    pub step_justification: &'static str,
    pub step_plaintiff: &'static str,
    pub step_fee: &'static str,
    /// Per `PartyType`: person, sole trader, legal person.
    pub party_kinds: [&'static str; 3],
    pub party_kind: &'static str,
    pub name: &'static str,
    pub nip: &'static str,
    pub pesel: &'static str,
    pub krs: &'static str,
    pub regon: &'static str,
    pub street: &'static str,
    pub number: &'static str,
    pub flat: &'static str,
    pub postcode: &'static str,
    pub town: &'static str,
    pub account: &'static str,
    /// "{n}": an evidence item or a claim.
    pub evidence_item: &'static str,
    pub claim_item: &'static str,
    /// Per `EvidenceKind`: invoice, contract, other.
    pub evidence_kinds: [&'static str; 3],
    pub evidence_kind: &'static str,
    pub evidence_label: &'static str,
    pub evidence_date: &'static str,
    pub evidence_fact: &'static str,
    pub claim_value: &'static str,
    pub claim_currency: &'static str,
    pub claim_type: &'static str,
    /// Civil, commercial.
    pub claim_types: [&'static str; 2],
    pub claim_due: &'static str,
    pub claim_interest: &'static str,
    pub claim_no_interest: &'static str,
    pub claim_description: &'static str,
    pub claim_evidence: &'static str,
    /// "{n}" characters of "{limit}".
    pub justification_count: &'static str,
    pub court: &'static str,
    pub division: &'static str,
    pub value: &'static str,
    pub fee: &'static str,
    pub fee_unknown: &'static str,
    pub fee_rounding: &'static str,
    pub empty: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub xml_heading: &'static str,
    pub xml_intro: &'static str,
    pub xml_confirm: &'static str,
    pub filer_first: &'static str,
    pub filer_last: &'static str,
    pub filer_pesel: &'static str,
    pub filer_attorney: &'static str,
    pub filer_basis: &'static str,
    pub plaintiff_first: &'static str,
    pub plaintiff_last: &'static str,
    pub defendant_first: &'static str,
    pub defendant_last: &'static str,
    pub xml_missing: &'static str,
    pub gap_filer_name: &'static str,
    pub gap_filer_pesel: &'static str,
    pub gap_person_plaintiff: &'static str,
    pub gap_person_defendant: &'static str,
    pub gap_address_plaintiff: &'static str,
    pub gap_address_defendant: &'static str,
    pub gap_no_claims: &'static str,
    pub gap_currency: &'static str,
    pub xml_download: &'static str,
    pub pozew_heading: &'static str,
    pub summary: &'static str,
    pub summary_hint: &'static str,
    pub court_input: &'static str,
    pub court_hint: &'static str,
    /// "{court}", "{division}".
    pub court_default: &'static str,
    pub pozew_facts: &'static str,
    pub pdf: &'static str,
    pub docx: &'static str,
    pub print: &'static str,
    pub export_failed: &'static str,
    pub preview: &'static str,
}
