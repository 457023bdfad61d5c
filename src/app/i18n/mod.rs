//! Every visible string in three languages. Each language is one `Texts` value: a missing
//! field is a compile error, never a blank on screen.

pub mod court;
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
    /// The language of this table, which picks the tables below.
    pub lang: Lang,
}

pub struct ToolTexts {
    pub interest: &'static str,
    pub plan: &'static str,
    pub limitation: &'static str,
    pub letter: &'static str,
    pub method: &'static str,
    pub overview: &'static str,
    pub contacts: &'static str,
    pub court: &'static str,
    pub import: &'static str,
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
    pub bad_checksum: &'static str,
    pub wrong_length: &'static str,
    pub not_an_account: &'static str,
    pub zero: &'static str,
    pub end_before_start: &'static str,
    pub delivered_before_sent: &'static str,
    pub wrong_columns: &'static str,
    pub not_a_whole_number: &'static str,
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

/// The texts of the tools that are not in the first load are reached through these methods,
/// never through a field of `Texts`: a field would put every language's table into the main
/// wasm's data (the first screen reads `Texts`), while a method is code that only the split-off
/// tools call, so wasm-split moves it and the tables it names into `split_rest.wasm`.
macro_rules! split_texts {
    ($($(#[$doc:meta])* $name:ident: $module:ident::$ty:ident;)*) => {
        impl Texts {
            $($(#[$doc])*
            pub fn $name(&self) -> &'static $module::$ty {
                match self.lang {
                    Lang::Pl => &$module::PL,
                    Lang::Ro => &$module::RO,
                    Lang::En => &$module::EN,
                }
            })*
        }
    };
}

split_texts! {
    limitation: limitation::LimitationTexts;
    drafts: drafts::DraftTexts;
    plan: plan::PlanTexts;
    letter: letter::LetterTexts;
    overview: overview::OverviewTexts;
    court: court::CourtTexts;
}

impl Texts {
    pub fn get(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Pl => &pl::TEXTS,
            Lang::Ro => &ro::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }

    /// The Method page's texts (see `split_texts!`).
    pub fn method(&self) -> &'static MethodTexts {
        match self.lang {
            Lang::Pl => &pl::METHOD,
            Lang::Ro => &ro::METHOD,
            Lang::En => &en::METHOD,
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
            InputError::BadChecksum => e.bad_checksum,
            InputError::WrongLength => e.wrong_length,
            InputError::NotAnAccount => e.not_an_account,
            InputError::Zero => e.zero,
            InputError::EndBeforeStart => e.end_before_start,
            InputError::DeliveredBeforeSent => e.delivered_before_sent,
            InputError::WrongColumns => e.wrong_columns,
            InputError::NotAWholeNumber => e.not_a_whole_number,
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
        self.method().rate_kinds[i]
    }

    pub fn jurisdiction(&self, j: Jurisdiction) -> &'static str {
        match j {
            Jurisdiction::Pl => self.jurisdiction_pl,
            Jurisdiction::Ro => self.jurisdiction_ro,
        }
    }
}
