//! Texts of the Interest tool. Messages with values use `{name}` placeholders.

mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

use crate::engine::interest::{CaseError, Item, RateToCheck, Warning};

pub struct InterestTexts {
    pub parties: &'static str,
    pub creditor: &'static str,
    pub debtor: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    pub tax_id_invalid: &'static str,
    /// The disclosure holding the register numbers (KRS, REGON / Nr. Reg. Com.).
    pub registry_ids: &'static str,
    pub registry_ro: &'static str,
    pub krs_invalid: &'static str,
    pub regon_invalid: &'static str,
    pub kind: &'static str,
    pub kind_business: &'static str,
    pub kind_consumer: &'static str,
    pub kind_public: &'static str,
    pub kind_healthcare: &'static str,
    pub regime: &'static str,
    pub regime_statutory: &'static str,
    pub regime_statutory_help: &'static str,
    pub regime_commercial: &'static str,
    pub regime_commercial_help: &'static str,
    pub regime_capital: &'static str,
    pub regime_capital_help: &'static str,
    pub regime_contractual: &'static str,
    pub regime_contractual_help: &'static str,
    pub contract_rate: &'static str,
    pub calc_date: &'static str,
    pub currency: &'static str,
    pub in_eur: &'static str,
    pub claims: &'static str,
    pub number: &'static str,
    pub issue_date: &'static str,
    pub due_date: &'static str,
    pub amount: &'static str,
    pub add_claim: &'static str,
    pub remove: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_button: &'static str,
    pub pasted: &'static str,
    pub paste_line_error: &'static str,
    pub payments: &'static str,
    pub payment_date: &'static str,
    pub pays_invoice: &'static str,
    pub pays_any: &'static str,
    pub add_payment: &'static str,
    pub options: &'static str,
    pub day_count: &'static str,
    pub act365: &'static str,
    pub actact: &'static str,
    pub allocation: &'static str,
    pub allocation_statutory: &'static str,
    pub allocation_principal: &'static str,
    pub shift_due: &'static str,
    pub ro_semester: &'static str,
    pub ro_non_enterprise: &'static str,
    pub pl_pre_2020: &'static str,
    pub compensation_on: &'static str,
    pub eur_rate: &'static str,
    pub eur_rate_hint: &'static str,
    pub own_rates: &'static str,
    pub own_rates_hint: &'static str,
    pub rate_from: &'static str,
    pub rate_to: &'static str,
    pub rate_percent: &'static str,
    pub add_rate: &'static str,
    pub results: &'static str,
    pub as_of: &'static str,
    pub principal_outstanding: &'static str,
    pub interest: &'static str,
    pub compensation: &'static str,
    pub paid: &'static str,
    pub total_due: &'static str,
    pub per_day: &'static str,
    pub export_csv: &'static str,
    pub no_claims: &'static str,
    pub row_left_out: &'static str,
    pub breakdown: &'static str,
    /// Shown when the breakdowns start collapsed (many invoices).
    pub breakdown_many: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub col_days: &'static str,
    pub col_rate: &'static str,
    pub col_base: &'static str,
    pub col_interest: &'static str,
    pub col_basis: &'static str,
    pub due_moved: &'static str,
    pub paid_on: &'static str,
    pub user_rate: &'static str,
    pub capped: &'static str,
    pub compensation_line: &'static str,
    pub compensation_no_rate: &'static str,
    pub payment_line: &'static str,
    pub payment_part: &'static str,
    pub unapplied: &'static str,
    pub invoice_fallback: &'static str,
    pub warnings: WarningTexts,
    pub case_errors: CaseErrorTexts,
    /// The one-step button under the past-verified-through warning; `{date}`.
    pub add_rate_from: &'static str,
    // Issue 18 (defaults, entering data).
    /// Accessible names of the table cells: "Invoice {n}: {field}", "Payment {n}: {field}".
    pub cell_claim: &'static str,
    pub cell_payment: &'static str,
    /// "1 invoice and 2 payments left out" for (invoices, payments) rows that could not be read.
    pub left_out: fn(usize, usize) -> String,
    /// "{count} — fix: {rows}".
    pub left_out_fix: &'static str,
    pub payment_fallback: &'static str,
    pub owes_back: &'static str,
    pub payment_overpaid: &'static str,
    pub not_yet_due: &'static str,
    /// The invoice's own EUR rate, asked where no table has it: "{date}" is the day the law names.
    pub eur_rate_for: &'static str,
    pub eur_rate_for_hint: &'static str,
    /// Romania: no day is named by the law (Legea 72/2013).
    pub eur_rate_for_ro: &'static str,
}

pub struct WarningTexts {
    pub contract_cap_applied: &'static str,
    pub contract_cap_before_2016: &'static str,
    pub commercial_before_2016: &'static str,
    pub commercial_transition_2020: &'static str,
    pub ro_professionals_before_l72: &'static str,
    pub ro_og9_period: &'static str,
    pub ro_contract_above_ceiling: &'static str,
    pub contract_rate_above_maximum: &'static str,
    pub contract_rate_unusual: &'static str,
    pub payment_before_due: &'static str,
    pub payment_after_calculation: &'static str,
    pub overpayment: &'static str,
    pub unknown_designation: &'static str,
    pub eur_rate_missing: &'static str,
    pub compensation_not_for_consumers: &'static str,
    pub user_rate_used: &'static str,
    /// Past the verified-through date, by the rate to check (`RateToCheck`); `{date}`.
    pub past_verified_nbp: &'static str,
    pub past_verified_bnr: &'static str,
    /// `{claim}`, `{date}`: the 40 EUR converted at the BNR table's rate by the default rule.
    pub ro_eur_rate_default: &'static str,
    // Issue 18.
    pub commercial_not_for_consumers_pl: &'static str,
    pub commercial_not_for_consumers_ro: &'static str,
    pub and_no_compensation: &'static str,
    pub not_yet_due: &'static str,
    pub issue_after_due: &'static str,
}

pub struct CaseErrorTexts {
    pub missing_calculation_date: &'static str,
    pub mixed_currency: &'static str,
    pub negative_claim: &'static str,
    pub non_positive_payment: &'static str,
    pub contract_rate_missing: &'static str,
    pub negative_rate: &'static str,
    pub rate_missing: &'static str,
    pub bad_user_rate: &'static str,
    pub too_many_items: &'static str,
    // The engine's bounds (issue 17 §3); `{item}` is one of the item names below.
    pub amount_too_large: &'static str,
    pub rate_out_of_range: &'static str,
    pub eur_rate_out_of_range: &'static str,
    pub date_out_of_range: &'static str,
    pub too_many_events: &'static str,
    pub too_many_user_rates: &'static str,
    pub event_ends_before_start: &'static str,
    pub overflow: &'static str,
    pub item_calculation_date: &'static str,
    pub item_contract_rate: &'static str,
    /// `{n}`: the period's number, from 1.
    pub item_user_rate: &'static str,
    /// `{n}`: the event's number, from 1.
    pub item_event: &'static str,
    pub item_today: &'static str,
}

/// How the messages name things: `claim(i)` gives the invoice's label, `money` and `date` format.
pub struct Namer<'a> {
    pub claim: &'a dyn Fn(usize) -> String,
    pub money: &'a dyn Fn(rust_decimal::Decimal) -> String,
    pub date: &'a dyn Fn(chrono::NaiveDate) -> String,
    pub payment: &'a dyn Fn(usize) -> String,
    /// "12,5%" in the current language.
    pub percent: &'a dyn Fn(rust_decimal::Decimal) -> String,
    pub jurisdiction: crate::engine::locale::Jurisdiction,
}

impl InterestTexts {
    /// "1 invoice left out — fix: FV 1"; none when every row was read.
    pub fn left_out_line(&self, claims: &[String], payments: &[String]) -> Option<String> {
        if claims.is_empty() && payments.is_empty() {
            return None;
        }
        let rows: Vec<&str> = claims.iter().chain(payments).map(String::as_str).collect();
        Some(
            self.left_out_fix
                .replace("{count}", &(self.left_out)(claims.len(), payments.len()))
                .replace("{rows}", &rows.join(", ")),
        )
    }

    pub fn warning(&self, w: &Warning, n: &Namer) -> String {
        let t = &self.warnings;
        let claim = |tpl: &str, c: usize| tpl.replace("{claim}", &(n.claim)(c));
        let payment = |tpl: &str, p: usize| tpl.replace("{payment}", &(n.payment)(p));
        match w {
            Warning::PastVerifiedThrough {
                verified_through,
                check,
            } => match check {
                RateToCheck::NbpReference => t.past_verified_nbp,
                RateToCheck::BnrReference => t.past_verified_bnr,
            }
            .replace("{date}", &(n.date)(*verified_through)),
            Warning::ContractCapApplied { claim: c } => claim(t.contract_cap_applied, *c),
            Warning::ContractCapNotCheckedBefore2016 { claim: c } => {
                claim(t.contract_cap_before_2016, *c)
            }
            Warning::CommercialBefore2016 { claim: c } => claim(t.commercial_before_2016, *c),
            Warning::CommercialTransition2020 { claim: c } => {
                claim(t.commercial_transition_2020, *c)
            }
            Warning::RoProfessionalsBeforeL72 { claim: c } => {
                claim(t.ro_professionals_before_l72, *c)
            }
            Warning::RoOg9Period { claim: c } => claim(t.ro_og9_period, *c),
            Warning::ContractRateHigh {
                rate,
                maximum: Some(max),
            } => t
                .contract_rate_above_maximum
                .replace("{rate}", &(n.percent)(*rate))
                .replace("{maximum}", &(n.percent)(*max)),
            Warning::ContractRateHigh { rate, .. } => t
                .contract_rate_unusual
                .replace("{rate}", &(n.percent)(*rate)),
            Warning::RoContractAboveCeiling { ceiling } => t
                .ro_contract_above_ceiling
                .replace("{ceiling}", &ceiling.normalize().to_string()),
            Warning::PaymentBeforeDueDate {
                payment: p,
                claim: c,
            } => claim(&payment(t.payment_before_due, *p), *c),
            Warning::PaymentAfterCalculationDate { payment: p } => {
                payment(t.payment_after_calculation, *p)
            }
            Warning::Overpayment { payment: p, amount } => {
                payment(t.overpayment, *p).replace("{amount}", &(n.money)(*amount))
            }
            Warning::UnknownDesignation { payment: p } => payment(t.unknown_designation, *p),
            Warning::EurRateMissing { claims } => t.eur_rate_missing.replace(
                "{claims}",
                &claims
                    .iter()
                    .map(|c| (n.claim)(*c))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Warning::CompensationNotForConsumers => t.compensation_not_for_consumers.to_string(),
            Warning::UserRateUsed => t.user_rate_used.to_string(),
            Warning::RoEurRateDefault { claim: c, date } => {
                claim(t.ro_eur_rate_default, *c).replace("{date}", &(n.date)(*date))
            }
            Warning::CommercialNotForConsumers { compensation } => {
                let text = match n.jurisdiction {
                    crate::engine::locale::Jurisdiction::Pl => t.commercial_not_for_consumers_pl,
                    crate::engine::locale::Jurisdiction::Ro => t.commercial_not_for_consumers_ro,
                };
                if *compensation {
                    format!("{text} {}", t.and_no_compensation)
                } else {
                    text.to_string()
                }
            }
            Warning::NotYetDue { claim: c } => claim(t.not_yet_due, *c),
            Warning::IssueAfterDue { claim: c } => claim(t.issue_after_due, *c),
        }
    }

    pub fn case_error(&self, e: &CaseError, n: &Namer) -> String {
        let t = &self.case_errors;
        match e {
            CaseError::MissingCalculationDate => t.missing_calculation_date.to_string(),
            CaseError::MixedCurrency { claim } => {
                t.mixed_currency.replace("{claim}", &(n.claim)(*claim))
            }
            CaseError::NegativeClaim { claim } => {
                t.negative_claim.replace("{claim}", &(n.claim)(*claim))
            }
            CaseError::NonPositivePayment { payment } => t
                .non_positive_payment
                .replace("{payment}", &(n.payment)(*payment)),
            CaseError::ContractRateMissing => t.contract_rate_missing.to_string(),
            CaseError::NegativeRate => t.negative_rate.to_string(),
            CaseError::RateMissing { claim, date } => t
                .rate_missing
                .replace("{claim}", &(n.claim)(*claim))
                .replace("{date}", &(n.date)(*date)),
            CaseError::BadUserRate { .. } => t.bad_user_rate.to_string(),
            CaseError::TooManyItems => t.too_many_items.to_string(),
            CaseError::AmountTooLarge { item } => {
                t.amount_too_large.replace("{item}", &self.item(item, n))
            }
            CaseError::RateOutOfRange { item } => {
                t.rate_out_of_range.replace("{item}", &self.item(item, n))
            }
            CaseError::EurRateOutOfRange => t.eur_rate_out_of_range.to_string(),
            CaseError::DateOutOfRange { item, date } => t
                .date_out_of_range
                .replace("{item}", &self.item(item, n))
                .replace("{date}", &(n.date)(*date)),
            CaseError::TooManyEvents => t.too_many_events.to_string(),
            CaseError::TooManyUserRates => t.too_many_user_rates.to_string(),
            CaseError::EventEndsBeforeStart { event } => t
                .event_ends_before_start
                .replace("{item}", &self.item(&Item::Event { event: *event }, n)),
            CaseError::Overflow => t.overflow.to_string(),
        }
    }

    /// The name of the input a bound refers to, as the messages start with it.
    fn item(&self, item: &Item, n: &Namer) -> String {
        let t = &self.case_errors;
        let number = |tpl: &str, i: usize| tpl.replace("{n}", &(i + 1).to_string());
        match *item {
            Item::Claim { claim } => (n.claim)(claim),
            Item::Payment { payment } => (n.payment)(payment),
            Item::CalculationDate => t.item_calculation_date.to_string(),
            Item::ContractRate => t.item_contract_rate.to_string(),
            Item::UserRate { index } => number(t.item_user_rate, index),
            Item::Event { event } => number(t.item_event, event),
            Item::Today => t.item_today.to_string(),
        }
    }
}
