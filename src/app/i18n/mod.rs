//! Every visible string in three languages. Each language is one `Texts` value: a missing
//! field is a compile error, never a blank on screen.

pub mod drafts;
mod en;
pub mod import;
pub mod interest;
pub mod letter;
pub mod limitation;
pub mod overview;
mod pl;
pub mod plan;
mod ro;

use crate::engine::error::InputError;
use crate::engine::locale::{Jurisdiction, Lang};

pub struct Texts {
    pub lang_name: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub page_title: &'static str,
    pub meta_description: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub language_label: &'static str,
    pub jurisdiction_label: &'static str,
    pub jurisdiction_pl: &'static str,
    pub jurisdiction_ro: &'static str,
    pub tools: ToolTexts,
    pub interest_intro: &'static str,
    pub plan_intro: &'static str,
    pub limitation_intro: &'static str,
    pub letter_intro: &'static str,
    pub errors: ErrorTexts,
    pub required: &'static str,
    pub interest: &'static interest::InterestTexts,
    pub limitation: &'static limitation::LimitationTexts,
    pub drafts: &'static drafts::DraftTexts,
    pub plan: &'static plan::PlanTexts,
    pub letter: &'static letter::LetterTexts,
    pub method: MethodTexts,
    pub footer_privacy: &'static str,
    pub footer_disclaimer: &'static str,
    pub open_full: &'static str,
    /// A part of the app that is fetched when first opened could not be fetched.
    pub load_failed: &'static str,
    pub try_again: &'static str,
    pub law_question: &'static str,
    pub law_help: &'static str,
    pub law_region: &'static str,
    pub case_bar_label: &'static str,
    pub overview: &'static overview::OverviewTexts,
    /// The invoice import's tool name (its other texts are in `import`, outside the first load).
    pub import_tool: &'static str,
}

pub struct ToolTexts {
    pub interest: &'static str,
    pub plan: &'static str,
    pub limitation: &'static str,
    pub letter: &'static str,
    pub method: &'static str,
}

pub struct ErrorTexts {
    pub empty: &'static str,
    pub not_a_number: &'static str,
    pub too_many_decimals: &'static str,
    pub negative: &'static str,
    pub too_large: &'static str,
    pub bad_grouping: &'static str,
    pub not_a_date: &'static str,
    pub date_out_of_range: &'static str,
    pub somatie_under_15_days: &'static str,
}

pub struct MethodTexts {
    pub title: &'static str,
    pub disclaimer: &'static str,
    pub privacy_title: &'static str,
    pub privacy: &'static str,
    pub conventions_title: &'static str,
    pub conventions: &'static [&'static str],
    pub holidays_title: &'static str,
    pub holidays_pl: &'static str,
    pub holidays_ro: &'static str,
    pub fees_title: &'static str,
    pub fees_pl: &'static str,
    pub fees_ro: &'static str,
    /// Column heads of the dated fee table: from, the largest fee, legal basis.
    pub col_cap: &'static str,
    pub rates_title: &'static str,
    pub rates: &'static str,
    pub verified_through: &'static str,
    pub col_from: &'static str,
    pub col_rate: &'static str,
    pub col_source: &'static str,
    pub rate_kinds: [&'static str; 7],
    pub unconfirmed_title: &'static str,
    pub unconfirmed: &'static [&'static str],
}

impl Texts {
    pub fn get(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Pl => &pl::TEXTS,
            Lang::Ro => &ro::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }

    pub fn error(&self, error: InputError) -> &'static str {
        let e = &self.errors;
        match error {
            InputError::Empty => e.empty,
            InputError::NotANumber => e.not_a_number,
            InputError::TooManyDecimals => e.too_many_decimals,
            InputError::Negative => e.negative,
            InputError::TooLarge => e.too_large,
            InputError::BadGrouping => e.bad_grouping,
            InputError::NotADate => e.not_a_date,
            InputError::DateOutOfRange => e.date_out_of_range,
            InputError::SomatieUnder15Days => e.somatie_under_15_days,
        }
    }

    /// The name of a rate table, in the order of `RATE_KINDS`.
    pub fn rate_kind(&self, kind: crate::engine::rates::RateKind) -> &'static str {
        use crate::engine::rates::RateKind::*;
        let i = match kind {
            PlDelay => 0,
            PlCapital => 1,
            PlCommercial => 2,
            PlCommercialHealthcare => 3,
            NbpReference => 4,
            BnrReference => 5,
            BnrSemester => 6,
        };
        self.method.rate_kinds[i]
    }

    pub fn jurisdiction(&self, j: Jurisdiction) -> &'static str {
        match j {
            Jurisdiction::Pl => self.jurisdiction_pl,
            Jurisdiction::Ro => self.jurisdiction_ro,
        }
    }
}
