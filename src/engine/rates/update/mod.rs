//! The maintainer's monthly rate upkeep behind `scripts/update-rates`.
//!
//! The script downloads the official files with curl into a temporary folder and runs
//! `examples/update_rates.rs`, which calls [`plan`] (which files to fetch) and [`apply`] (what
//! they change). Everything here is pure: texts in, texts and a [`Summary`] out, so the parsing
//! and merging are tested natively on recorded copies (tests/rates_update.rs). [`apply`] either
//! returns every changed table or an error: a file that is missing, malformed or contradicts the
//! tables changes nothing.
//!
//! Derived rows (README "Adding a rate change"): for an NBP decision the reference rate, the
//! statutory delay rate = ref + 5.5 (art. 481 § 2 KC) and the capital rate = ref + 3.5
//! (art. 359 § 2 KC) from the effective day; the commercial rates on 1 January / 1 July = ref
//! in force that day + 10 (+ 8 for healthcare debtors) (art. 4 pkt 3, art. 11b UPNO); the BNR
//! semester rows = the BNR rate in force on the semester's first day (CPC art. 1018(1)).

mod downloads;
mod eur;
mod interest_rates;
mod month;
mod sources;
mod summary;
mod table;
mod verified;

pub use downloads::{
    bnr_year_file, bnr_year_url, nbp_eur_file, nbp_eur_url, plan, Download, NBP_ARCHIVE_FILE,
    NBP_ARCHIVE_URL, NBP_CURRENT_FILE, NBP_CURRENT_URL, RO_EUR_FIRST_MONTH,
};
pub use month::Month;
pub use sources::{bnr_eur, nbp_eur, nbp_reference, DailyEur, Decision, SourceError};
pub use summary::{Added, Summary};

use super::csv;
use chrono::{Datelike, NaiveDate};
use downloads::{bnr_years, pl_eur_months, ro_eur_months};
use eur::{four_places, update_eur, PL_EUR_FILE, RO_EUR_FILE};
use interest_rates::{nbp_decisions, update_pl_rates, update_ro_rates};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use table::Table;
use verified::move_verified;

/// The texts `apply` reads and returns: the four tables and `src/engine/rates/verified.rs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    pub pl_rates: String,
    pub ro_rates: String,
    pub pl_eur: String,
    pub ro_eur: String,
    pub verified: String,
}

/// A BNR reference-rate change the maintainer read by hand (BNR publishes no file for it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BnrChange {
    pub from: NaiveDate,
    pub percent: Decimal,
    /// The circular and its Monitorul Oficial number, or the BNR press release.
    pub source: String,
}

/// What the maintainer checked by hand and passes on the command line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manual {
    pub bnr_change: Option<BnrChange>,
    /// The day up to which the BNR rate was checked on bnr.ro (moves RO_VERIFIED_THROUGH).
    pub bnr_checked_through: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdateError {
    /// A downloaded file is not there.
    MissingFile(String),
    /// A downloaded file could not be read.
    Source(SourceError),
    /// The official files contradict each other or the tables; nothing is changed.
    Conflict(String),
    /// A value typed on the command line is not usable.
    Manual(String),
    /// The bundled tables or verified.rs are not in the shape the upkeep edits.
    Tables(String),
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpdateError::MissingFile(name) => write!(f, "{name}: not downloaded"),
            UpdateError::Source(e) => write!(f, "{e}"),
            UpdateError::Conflict(m) => write!(f, "conflict: {m}"),
            UpdateError::Manual(m) => write!(f, "command line: {m}"),
            UpdateError::Tables(m) => write!(f, "tables: {m}"),
        }
    }
}

impl From<SourceError> for UpdateError {
    fn from(e: SourceError) -> Self {
        UpdateError::Source(e)
    }
}

/// The changed tables and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub tables: Tables,
    pub summary: Summary,
}

pub(super) fn file<'a>(
    files: &'a BTreeMap<String, Vec<u8>>,
    name: &str,
) -> Result<&'a [u8], UpdateError> {
    files
        .get(name)
        .map(Vec::as_slice)
        .ok_or_else(|| UpdateError::MissingFile(name.to_string()))
}

pub(super) fn decimal(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

/// Reads every downloaded file, derives the new rows and returns the updated tables, or the
/// first problem found (in which case the caller writes nothing).
pub fn apply(
    tables: &Tables,
    files: &BTreeMap<String, Vec<u8>>,
    manual: &Manual,
    today: NaiveDate,
) -> Result<Outcome, UpdateError> {
    use crate::engine::locale::Jurisdiction;
    let mut summary = Summary::default();

    // Every file is read before anything is derived.
    let decisions = nbp_decisions(files)?;
    let pl_months = pl_eur_months(tables, today);
    let mut nbp_quotes = Vec::new();
    for &m in &pl_months {
        let name = nbp_eur_file(m);
        nbp_quotes.extend(nbp_eur(&name, file(files, &name)?)?);
    }
    let ro_months = ro_eur_months(tables, today);
    let mut bnr_quotes = Vec::new();
    for y in bnr_years(&ro_months) {
        let name = bnr_year_file(y);
        bnr_quotes.extend(bnr_eur(&name, file(files, &name)?)?);
    }
    if let Some(checked) = manual.bnr_checked_through {
        if checked > today {
            return Err(UpdateError::Manual(format!(
                "the BNR rate cannot be checked through {checked}, after today ({today})"
            )));
        }
    }

    // The current file states the rate in force on the day it was read.
    let verified = move_verified(&tables.verified, "PL_VERIFIED_THROUGH", today, &mut summary)?;
    let pl_through = summary.verified_through("PL_VERIFIED_THROUGH");
    let ro_target = manual.bnr_checked_through.unwrap_or(NaiveDate::MIN);
    let verified = move_verified(&verified, "RO_VERIFIED_THROUGH", ro_target, &mut summary)?;
    let ro_through = summary.verified_through("RO_VERIFIED_THROUGH");

    let pl_rates = update_pl_rates(tables, &decisions, today, pl_through, &mut summary)?;
    let ro_rates = update_ro_rates(tables, manual, today, ro_through, &mut summary)?;
    let read = format!("downloaded {today} by scripts/update-rates");
    let pl_eur = update_eur(
        &tables.pl_eur,
        PL_EUR_FILE,
        &pl_months,
        &nbp_quotes,
        |q| {
            format!(
                "NBP Web API table A ({}): {} effectiveDate {}; {read}",
                nbp_eur_url(Month::of(q.date)),
                q.table.clone().unwrap_or_default(),
                q.date
            )
        },
        |m, q, source| {
            vec![
                m.to_string(),
                q.date.to_string(),
                q.table.clone().unwrap_or_default(),
                four_places(q.rate),
                source,
            ]
        },
        Jurisdiction::Pl,
        &mut summary,
    );
    let ro_eur = update_eur(
        &tables.ro_eur,
        RO_EUR_FILE,
        &ro_months,
        &bnr_quotes,
        |q| {
            format!(
                "BNR {} ({}): Cube date {} Rate EUR; {read}",
                bnr_year_file(q.date.year()),
                bnr_year_url(q.date.year()),
                q.date
            )
        },
        |m, q, source| {
            vec![
                m.to_string(),
                q.date.to_string(),
                four_places(q.rate),
                source,
            ]
        },
        Jurisdiction::Ro,
        &mut summary,
    );
    summary.ro_checked_by_hand = manual.bnr_checked_through.is_some();
    Ok(Outcome {
        tables: Tables {
            pl_rates,
            ro_rates,
            pl_eur,
            ro_eur,
            verified,
        },
        summary,
    })
}

/// Reads a `kind,date,percent,source` file's rows back, for tests and the summary.
pub fn read_rows(text: &str) -> Vec<(String, NaiveDate, Decimal)> {
    csv::parse(text)
        .into_iter()
        .skip(1)
        .filter_map(|r| {
            Some((
                r.first()?.clone(),
                r.get(1)?.parse().ok()?,
                Decimal::from_str(r.get(2)?.trim()).ok()?,
            ))
        })
        .collect()
}
