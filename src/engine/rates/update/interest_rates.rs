//! The interest-rate tables: NBP decisions and the Polish rates derived from them, the BNR
//! reference rate the maintainer types and the Romanian semester rows (README "Adding a rate
//! change" states the derivations).

use super::downloads::{NBP_ARCHIVE_FILE, NBP_CURRENT_FILE, NBP_CURRENT_URL};
use super::{
    decimal, file, nbp_reference, Added, Decision, Manual, Summary, Table, Tables, UpdateError,
};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

const PL_DELAY_MARGIN: &str = "5.5";
const PL_CAPITAL_MARGIN: &str = "3.5";
/// Art. 4 pkt 3 lit. b UPNO since 2020; healthcare debtors (lit. a) + 8.
const PL_COMMERCIAL_MARGIN: &str = "10";
const PL_HEALTHCARE_MARGIN: &str = "8";

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

fn pl_percent(v: Decimal) -> String {
    v.normalize().to_string()
}

fn ro_percent(v: Decimal) -> String {
    format!("{:.2}", v)
}

/// Merges the current file and the archive into one list of decisions, refusing a day both
/// name with different rates.
pub(super) fn nbp_decisions(
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Vec<Decision>, UpdateError> {
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

pub(super) fn update_pl_rates(
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

pub(super) fn update_ro_rates(
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
