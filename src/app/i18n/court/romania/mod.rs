mod en;
mod pl;
mod ro;

pub use en::TEXTS as EN;
pub use pl::TEXTS as PL;
pub use ro::TEXTS as RO;

/// Placeholders in `{braces}` are filled by the tool with dates and amounts from the engine.
pub struct RomaniaCourtTexts {
    pub heading: &'static str,
    pub filing_date: &'static str,
    pub filing_hint: &'static str,
    pub court: &'static str,
    pub court_hint: &'static str,
    pub no_claims: &'static str,
    pub order_heading: &'static str,
    pub small_heading: &'static str,
    pub somatie_missing: &'static str,
    /// "{sent}".
    pub somatie_unknown: &'static str,
    /// "{sent}", "{received}".
    pub somatie_wrong: &'static str,
    /// "{sent}", "{received}", "{pay_by}", "{earliest}".
    pub somatie_received: &'static str,
    /// "{earliest}", "{pay_by}".
    pub too_early: &'static str,
    pub nothing_due: &'static str,
    /// "{date}", "{duty}".
    pub order_ok: &'static str,
    /// "{channel}".
    pub caution_channel: &'static str,
    /// "{until}".
    pub caution_lapsed: &'static str,
    /// "{numbers}".
    pub caution_not_yet_due: &'static str,
    pub caution_tribunal: &'static str,
    /// "{currency}".
    pub caution_currency: &'static str,
    pub caution_court: &'static str,
    /// "{principal}", "{duty}".
    pub small_ok: &'static str,
    /// "{principal}", "{limit}".
    pub small_over: &'static str,
    /// "{currency}".
    pub small_not_lei: &'static str,
    pub small_unconfirmed: &'static str,
    pub recommendation: &'static str,
    pub recommend_order: &'static str,
    pub recommend_small: &'static str,
    pub recommend_none: &'static str,
    pub reason_only_one: &'static str,
    /// "{small}", "{order}".
    pub reason_small_cheaper: &'static str,
    /// "{duty}".
    pub reason_same_duty: &'static str,
    /// "{earliest}".
    pub reason_order_not_yet: &'static str,
    pub reason_no_somatie: &'static str,
    pub reason_order_fast: &'static str,
    pub reason_small_decides: &'static str,
    pub document: &'static str,
    pub doc_order: &'static str,
    pub doc_small: &'static str,
    pub refused: &'static str,
    pub preview: &'static str,
    pub open_contacts: &'static str,
}
