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

mod month;
mod sources;
mod summary;
mod table;

pub use month::Month;
pub use sources::{bnr_eur, nbp_eur, nbp_reference, DailyEur, Decision, SourceError};
pub use summary::{Added, Summary};

use super::csv;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use table::Table;

pub const NBP_CURRENT_URL: &str = "https://static.nbp.pl/dane/stopy/stopy_procentowe.xml";
pub const NBP_ARCHIVE_URL: &str = "https://static.nbp.pl/dane/stopy/stopy_procentowe_archiwum.xml";
pub const NBP_CURRENT_FILE: &str = "stopy_procentowe.xml";
pub const NBP_ARCHIVE_FILE: &str = "stopy_procentowe_archiwum.xml";

/// The first month of an empty BNR EUR table: like the NBP table, the month before the first due
/// month the 40 EUR can concern (Legea 72/2013 is in force from April 2013). Once the table has
/// rows, its first row's month is the start.
pub const RO_EUR_FIRST_MONTH: Month = Month::new(2013, 3);

const PL_DELAY_MARGIN: &str = "5.5";
const PL_CAPITAL_MARGIN: &str = "3.5";
/// Art. 4 pkt 3 lit. b UPNO since 2020; healthcare debtors (lit. a) + 8.
const PL_COMMERCIAL_MARGIN: &str = "10";
const PL_HEALTHCARE_MARGIN: &str = "8";

/// The texts `apply` reads and returns: the four tables and `src/engine/rates/verified.rs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    pub pl_rates: String,
    pub ro_rates: String,
    pub pl_eur: String,
    pub ro_eur: String,
    pub verified: String,
}

/// One file to download: its name in the download folder and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    pub file: String,
    pub url: String,
}

pub fn nbp_eur_file(month: Month) -> String {
    format!("nbp-eur-{month}.json")
}

pub fn nbp_eur_url(month: Month) -> String {
    format!(
        "https://api.nbp.pl/api/exchangerates/rates/a/eur/{}/{}/?format=json",
        month.first_day(),
        month.last_day()
    )
}

pub fn bnr_year_file(year: i32) -> String {
    format!("nbrfxrates{year}.xml")
}

pub fn bnr_year_url(year: i32) -> String {
    format!("https://www.bnr.ro/files/xml/years/nbrfxrates{year}.xml")
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

/// A `kind,effective_from,rate_percent,source` row.
struct RateRow {
    kind: String,
    from: NaiveDate,
    percent: Decimal,
}

fn rate_rows(table: &Table) -> Vec<RateRow> {
    let mut rows: Vec<RateRow> = table
        .rows()
        .into_iter()
        .filter_map(|r| {
            Some(RateRow {
                kind: r.first()?.clone(),
                from: r.get(1)?.parse().ok()?,
                percent: Decimal::from_str(r.get(2)?.trim()).ok()?,
            })
        })
        .collect();
    crate::engine::sorting::sort_by_key(&mut rows, |r| r.from);
    rows
}

fn of_kind<'a>(rows: &'a [RateRow], kind: &'a str) -> impl Iterator<Item = &'a RateRow> {
    rows.iter().filter(move |r| r.kind == kind)
}

fn in_force(rows: &[RateRow], kind: &str, day: NaiveDate) -> Option<Decimal> {
    of_kind(rows, kind)
        .take_while(|r| r.from <= day)
        .last()
        .map(|r| r.percent)
}

fn last_date(rows: &[RateRow], kind: &str) -> Option<NaiveDate> {
    of_kind(rows, kind).map(|r| r.from).last()
}

fn months_in(table: &Table) -> Vec<Month> {
    table
        .rows()
        .iter()
        .filter_map(|r| Month::parse(r.first()?))
        .collect()
}

/// The months from `first` through the last month that has ended before `today` which the table
/// lacks (a gap such as June 2026 is filled too).
fn missing_months(have: &[Month], first: Month, today: NaiveDate) -> Vec<Month> {
    let mut out = Vec::new();
    let mut m = first;
    while m.last_day() < today {
        if !have.contains(&m) {
            out.push(m);
        }
        m = m.next();
    }
    out
}

fn pl_eur_months(tables: &Tables, today: NaiveDate) -> Vec<Month> {
    let have = months_in(&Table::read(&tables.pl_eur));
    match have.iter().min() {
        Some(&first) => missing_months(&have, first, today),
        None => Vec::new(),
    }
}

fn ro_eur_months(tables: &Tables, today: NaiveDate) -> Vec<Month> {
    let have = months_in(&Table::read(&tables.ro_eur));
    let first = have.iter().min().copied().unwrap_or(RO_EUR_FIRST_MONTH);
    missing_months(&have, first, today)
}

fn bnr_years(months: &[Month]) -> Vec<i32> {
    let mut years: Vec<i32> = months.iter().map(|m| m.year).collect();
    years.dedup();
    years
}

/// The files `apply` needs for these tables on this day: NBP's two XML files, one NBP API
/// document per month missing from the NBP EUR table, and BNR's yearly file for every year with
/// a month missing from the BNR EUR table.
pub fn plan(tables: &Tables, today: NaiveDate) -> Vec<Download> {
    let mut out = vec![
        Download {
            file: NBP_CURRENT_FILE.into(),
            url: NBP_CURRENT_URL.into(),
        },
        Download {
            file: NBP_ARCHIVE_FILE.into(),
            url: NBP_ARCHIVE_URL.into(),
        },
    ];
    out.extend(pl_eur_months(tables, today).into_iter().map(|m| Download {
        file: nbp_eur_file(m),
        url: nbp_eur_url(m),
    }));
    out.extend(
        bnr_years(&ro_eur_months(tables, today))
            .into_iter()
            .map(|y| Download {
                file: bnr_year_file(y),
                url: bnr_year_url(y),
            }),
    );
    out
}

/// The changed tables and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub tables: Tables,
    pub summary: Summary,
}

fn file<'a>(files: &'a BTreeMap<String, Vec<u8>>, name: &str) -> Result<&'a [u8], UpdateError> {
    files
        .get(name)
        .map(Vec::as_slice)
        .ok_or_else(|| UpdateError::MissingFile(name.to_string()))
}

fn pl_percent(v: Decimal) -> String {
    v.normalize().to_string()
}

fn ro_percent(v: Decimal) -> String {
    format!("{:.2}", v)
}

/// NBP and BNR quote EUR to four places; JSON drops trailing zeros (4.26 for 4.2600).
fn four_places(v: Decimal) -> String {
    format!("{:.4}", v)
}

fn decimal(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

/// Merges the current file and the archive into one list of decisions, refusing a day both
/// name with different rates.
fn nbp_decisions(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<Decision>, UpdateError> {
    let current = nbp_reference(
        NBP_CURRENT_FILE,
        file(files, NBP_CURRENT_FILE)?,
        "stopy_procentowe",
    )?;
    let archive = nbp_reference(
        NBP_ARCHIVE_FILE,
        file(files, NBP_ARCHIVE_FILE)?,
        "stopy_procentowe_archiwum",
    )?;
    let mut by_day: BTreeMap<NaiveDate, Decimal> = BTreeMap::new();
    for d in archive.iter().chain(current.iter()) {
        if let Some(&seen) = by_day.get(&d.from) {
            if seen != d.percent {
                return Err(UpdateError::Conflict(format!(
                    "NBP reference rate from {}: {seen} in one file, {} in the other",
                    d.from, d.percent
                )));
            }
        }
        by_day.insert(d.from, d.percent);
    }
    Ok(by_day
        .into_iter()
        .map(|(from, percent)| Decision { from, percent })
        .collect())
}

/// First days of the half-years after `after` up to and including `through`.
fn half_years(after: NaiveDate, through: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    for year in after.year()..=through.year() {
        for month in [1, 7] {
            if let Some(day) = NaiveDate::from_ymd_opt(year, month, 1) {
                if day > after && day <= through {
                    out.push(day);
                }
            }
        }
    }
    out
}

fn add_rate(
    table: &mut Table,
    rows: &mut Vec<RateRow>,
    summary: &mut Summary,
    file: &'static str,
    (kind, from, percent, text): (&str, NaiveDate, String, String),
) {
    table.insert_in_kind(&[kind.to_string(), from.to_string(), percent.clone(), text]);
    rows.push(RateRow {
        kind: kind.to_string(),
        from,
        percent: decimal(&percent),
    });
    crate::engine::sorting::sort_by_key(rows, |r| r.from);
    summary.added.push(Added {
        file,
        kind: kind.to_string(),
        date: from,
        value: percent,
    });
}

const PL_FILE: &str = "data/pl_rates.csv";
const RO_FILE: &str = "data/ro_rates.csv";
const PL_EUR_FILE: &str = "data/pl_nbp_eur_month_end.csv";
const RO_EUR_FILE: &str = "data/ro_bnr_eur_month_end.csv";

fn update_pl_rates(
    tables: &Tables,
    decisions: &[Decision],
    today: NaiveDate,
    verified_through: NaiveDate,
    summary: &mut Summary,
) -> Result<String, UpdateError> {
    let mut table = Table::read(&tables.pl_rates);
    let mut rows = rate_rows(&table);
    let kind = "nbp_referencyjna";
    let (first, last) = match (of_kind(&rows, kind).next(), last_date(&rows, kind)) {
        (Some(first), Some(last)) => (first.from, last),
        _ => return Err(UpdateError::Tables(format!("{PL_FILE} has no {kind} rows"))),
    };
    // Older decisions are compared, never rewritten: a difference is for the maintainer to judge.
    for d in decisions
        .iter()
        .filter(|d| d.from >= first && d.from <= last)
    {
        if let Some(ours) = in_force(&rows, kind, d.from) {
            if ours != d.percent {
                summary.disagreements.push(format!(
                    "{PL_FILE}: {kind} on {} is {ours}, NBP's file says {}",
                    d.from, d.percent
                ));
            }
        }
    }
    let read = format!("read {today} by scripts/update-rates");
    for d in decisions.iter().filter(|d| d.from > last) {
        if in_force(&rows, kind, d.from) == Some(d.percent) {
            continue; // another NBP rate changed that day, not the reference rate
        }
        let (r, from) = (d.percent, d.from);
        let nbp = format!(
            "NBP {NBP_CURRENT_FILE} / {NBP_ARCHIVE_FILE} ({NBP_CURRENT_URL}): pozycja id=ref oprocentowanie {} obowiazuje_od {from}; {read}",
            pl_percent(r)
        );
        let derived = |margin: &str| {
            format!(
                "DERIVED ref {} od {from} + {margin} (NBP {NBP_CURRENT_FILE}, {read}); Obwieszczenie MS (M.P.): check by hand",
                pl_percent(r)
            )
        };
        let delay = format!(
            "art. 481 par.2 KC (ref+5.5pp): {}",
            derived(PL_DELAY_MARGIN)
        );
        let capital = format!(
            "art. 359 par.2 KC (ref+3.5pp): {}",
            derived(PL_CAPITAL_MARGIN)
        );
        for (kind, percent, text) in [
            (kind, r, nbp),
            (
                "ustawowe_za_opoznienie",
                r + decimal(PL_DELAY_MARGIN),
                delay,
            ),
            (
                "ustawowe_kapitalowe",
                r + decimal(PL_CAPITAL_MARGIN),
                capital,
            ),
        ] {
            let row = (kind, from, pl_percent(percent), text);
            add_rate(&mut table, &mut rows, summary, PL_FILE, row);
        }
    }
    for (kind, margin, basis) in [
        (
            "handlowe",
            PL_COMMERCIAL_MARGIN,
            "art. 4 pkt 3 lit. b + art. 11b ustawy z 8.03.2013 (ref+10pp, fixed per half-year)",
        ),
        (
            "handlowe_podmiot_leczniczy",
            PL_HEALTHCARE_MARGIN,
            "art. 4 pkt 3 lit. a + art. 11b ustawy z 8.03.2013 (debtor = podmiot leczniczy; ref+8pp, fixed per half-year)",
        ),
    ] {
        let Some(after) = last_date(&rows, kind) else {
            return Err(UpdateError::Tables(format!("{PL_FILE} has no {kind} rows")));
        };
        for day in half_years(after, verified_through) {
            let Some(r) = in_force(&rows, "nbp_referencyjna", day) else {
                continue;
            };
            let text = format!(
                "{basis}: DERIVED ref {} on {day} + {margin}pp ({read}); Obwieszczenie (M.P.): check by hand",
                pl_percent(r)
            );
            let row = (kind, day, pl_percent(r + decimal(margin)), text);
            add_rate(&mut table, &mut rows, summary, PL_FILE, row);
        }
    }
    Ok(table.text())
}

fn update_ro_rates(
    tables: &Tables,
    manual: &Manual,
    today: NaiveDate,
    verified_through: NaiveDate,
    summary: &mut Summary,
) -> Result<String, UpdateError> {
    let mut table = Table::read(&tables.ro_rates);
    let mut rows = rate_rows(&table);
    let kind = "bnr_referinta";
    let Some(last) = last_date(&rows, kind) else {
        return Err(UpdateError::Tables(format!("{RO_FILE} has no {kind} rows")));
    };
    if let Some(change) = &manual.bnr_change {
        if change.from <= last || change.from > today {
            return Err(UpdateError::Manual(format!(
                "the BNR change must be dated after {last} (the last row) and not after {today}"
            )));
        }
        if change.source.trim().is_empty() {
            return Err(UpdateError::Manual(
                "a BNR change needs its source (the circular and its Monitorul Oficial number)"
                    .into(),
            ));
        }
        if change.percent < Decimal::ZERO || change.percent > Decimal::from(100) {
            return Err(UpdateError::Manual("the BNR rate is out of range".into()));
        }
        if in_force(&rows, kind, change.from) == Some(change.percent) {
            return Err(UpdateError::Manual(format!(
                "the BNR rate is already {} on {}",
                ro_percent(change.percent),
                change.from
            )));
        }
        let text = format!(
            "{} (typed by the maintainer into scripts/update-rates on {today})",
            change.source.trim()
        );
        let row = (kind, change.from, ro_percent(change.percent), text);
        add_rate(&mut table, &mut rows, summary, RO_FILE, row);
    }
    let semester = "bnr_semestru";
    let Some(after) = last_date(&rows, semester) else {
        return Err(UpdateError::Tables(format!(
            "{RO_FILE} has no {semester} rows"
        )));
    };
    for day in half_years(after, verified_through) {
        let Some(r) = in_force(&rows, kind, day) else {
            continue;
        };
        let text = format!(
            "DERIVED from bnr_referinta rows: rate in force on the first calendar day of the semester; rule: CPC art. 1018(1) (written by scripts/update-rates on {today})"
        );
        add_rate(
            &mut table,
            &mut rows,
            summary,
            RO_FILE,
            (semester, day, ro_percent(r), text),
        );
    }
    Ok(table.text())
}

/// The last bank day of a month by the holiday calendar (Saturdays never count). A file whose
/// last quote of a month is on another day is incomplete or unusual: the month is left out and
/// listed for a look by hand rather than filled with a mid-month rate.
fn last_bank_day(month: Month, jurisdiction: crate::engine::locale::Jurisdiction) -> NaiveDate {
    let mut day = month.last_day();
    for _ in 0..10 {
        let weekend = matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
        if !weekend && crate::engine::calendar::holiday_on(jurisdiction, day).is_none() {
            break;
        }
        day = day.pred_opt().unwrap_or(day);
    }
    day
}

#[allow(clippy::too_many_arguments)]
fn update_eur(
    text: &str,
    file_name: &'static str,
    months: &[Month],
    quotes: &[DailyEur],
    source: impl Fn(&DailyEur) -> String,
    fields: impl Fn(Month, &DailyEur, String) -> Vec<String>,
    jurisdiction: crate::engine::locale::Jurisdiction,
    summary: &mut Summary,
) -> String {
    let mut table = Table::read(text);
    for &month in months {
        let Some(quote) = quotes
            .iter()
            .filter(|q| Month::of(q.date) == month)
            .max_by_key(|q| q.date)
        else {
            summary.missing.push(format!(
                "{file_name}: no quote for {month} in the downloaded file"
            ));
            continue;
        };
        let expected = last_bank_day(month, jurisdiction);
        if quote.date != expected {
            summary.missing.push(format!(
                "{file_name}: {month} not added: the file's last quote is dated {}, the last bank day is {expected}",
                quote.date
            ));
            continue;
        }
        table.insert_by_month(&fields(month, quote, source(quote)));
        summary.added.push(Added {
            file: file_name,
            kind: month.to_string(),
            date: quote.date,
            value: four_places(quote.rate),
        });
    }
    table.text()
}

/// Rewrites `pub const NAME: NaiveDate = date(Y, M, D);` in verified.rs, only forwards.
fn move_verified(
    text: &str,
    name: &str,
    to: NaiveDate,
    summary: &mut Summary,
) -> Result<String, UpdateError> {
    let prefix = format!("pub const {name}: NaiveDate = date(");
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with(&prefix)).collect();
    let [line] = lines.as_slice() else {
        return Err(UpdateError::Tables(format!(
            "verified.rs: expected one line starting {prefix:?}"
        )));
    };
    let numbers: Vec<u32> = line[prefix.len()..]
        .trim_end_matches(");")
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let from = match numbers.as_slice() {
        [y, m, d] => NaiveDate::from_ymd_opt(*y as i32, *m, *d),
        _ => None,
    }
    .ok_or_else(|| UpdateError::Tables(format!("verified.rs: cannot read {line:?}")))?;
    if to <= from {
        summary.verified.push((name.to_string(), from, None));
        return Ok(text.to_string());
    }
    summary.verified.push((name.to_string(), from, Some(to)));
    let new = format!("{prefix}{}, {}, {});", to.year(), to.month(), to.day());
    Ok(text.replacen(line, &new, 1))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::locale::Jurisdiction;

    /// The month-end rule the upkeep applies to new rows holds for every NBP row already
    /// bundled (158 months from 2013, each read from NBP's own tables).
    #[test]
    fn the_last_bank_day_rule_matches_every_bundled_nbp_month_end() {
        let table = Table::read(include_str!("../../../../data/pl_nbp_eur_month_end.csv"));
        let rows = table.rows();
        assert!(rows.len() > 150);
        for r in rows {
            let month = Month::parse(&r[0]).unwrap();
            assert_eq!(
                last_bank_day(month, Jurisdiction::Pl).to_string(),
                r[1],
                "{month}"
            );
        }
    }
}
