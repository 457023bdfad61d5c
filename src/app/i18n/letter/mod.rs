//! Texts of the Letter tool (the letters themselves are worded in src/engine/letter).

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

use crate::engine::letter::{Guidance, LetterKind};

pub struct LetterTexts {
    pub kind: &'static str,
    /// Per `LetterKind::ALL`.
    pub kinds: [&'static str; 6],
    pub place: &'static str,
    pub date: &'static str,
    pub date_hint: &'static str,
    pub deadline: &'static str,
    pub days: &'static str,
    pub fixed_deadline: &'static str,
    pub fixed_hint: &'static str,
    pub iban: &'static str,
    pub number: &'static str,
    pub extra: &'static str,
    pub extra_hint: &'static str,
    pub signatory: &'static str,
    pub annex: &'static str,
    pub big: &'static str,
    pub offer_plan: &'static str,
    pub preview: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub email: &'static str,
    pub docx: &'static str,
    pub pdf: &'static str,
    pub export_failed: &'static str,
    pub guidance: &'static str,
    pub somatie_days: &'static str,
    pub no_claims: &'static str,
    // The check before sending (issue 18 B4).
    pub check_title: &'static str,
    pub check_ok: &'static str,
    pub gap_no_account: &'static str,
    pub gap_bad_account: &'static str,
    pub gap_creditor_name: &'static str,
    pub gap_creditor_address: &'static str,
    pub gap_debtor_name: &'static str,
    pub gap_debtor_address: &'static str,
    pub gap_no_place: &'static str,
    /// `{invoice}`: its number.
    pub gap_invoice: &'static str,
    /// `{n}`: the payment's position in the list.
    pub gap_payment: &'static str,
    /// `{invoices}`: their numbers.
    pub gap_compensation: &'static str,
    /// `{date}`: the last day the rates were checked.
    pub gap_rates: &'static str,
    pub confirm: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    /// The registry select's "no warning" option and its explanation.
    pub registry_none: &'static str,
    pub registry_hint: &'static str,
    /// Per `Guidance`.
    pub guide_pl_send: &'static str,
    pub guide_pl_no_interruption: &'static str,
    pub guide_pl_registry_business: &'static str,
    pub guide_pl_registry_consumer: &'static str,
    pub guide_ro_somatie_service: &'static str,
    pub guide_ro_somatie_interruption: &'static str,
    pub guide_ro_notice_service: &'static str,
    pub guide_en_delivery: &'static str,
}

impl LetterTexts {
    pub fn kind(&self, k: LetterKind) -> &'static str {
        self.kinds[LetterKind::ALL.iter().position(|x| *x == k).unwrap_or(0)]
    }

    pub fn guidance(&self, g: Guidance) -> &'static str {
        match g {
            Guidance::PlSendRegistered => self.guide_pl_send,
            Guidance::PlNoInterruption => self.guide_pl_no_interruption,
            Guidance::PlRegistry { consumer: false } => self.guide_pl_registry_business,
            Guidance::PlRegistry { consumer: true } => self.guide_pl_registry_consumer,
            Guidance::RoSomatieService => self.guide_ro_somatie_service,
            Guidance::RoSomatieInterruption => self.guide_ro_somatie_interruption,
            Guidance::RoNoticeService => self.guide_ro_notice_service,
            Guidance::EnProveDelivery => self.guide_en_delivery,
        }
    }
}
