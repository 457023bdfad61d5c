//! Which official files one run needs, and where each comes from: NBP's two XML files of
//! decisions, one NBP API document per month missing from the NBP EUR table, BNR's yearly file
//! for every year with a month missing from the BNR EUR table.

use super::{Month, Table, Tables};
use chrono::NaiveDate;

pub const NBP_CURRENT_URL: &str = "https://static.nbp.pl/dane/stopy/stopy_procentowe.xml";
pub const NBP_ARCHIVE_URL: &str = "https://static.nbp.pl/dane/stopy/stopy_procentowe_archiwum.xml";
pub const NBP_CURRENT_FILE: &str = "stopy_procentowe.xml";
pub const NBP_ARCHIVE_FILE: &str = "stopy_procentowe_archiwum.xml";

/// The first month of an empty BNR EUR table: like the NBP table, the month before the first due
/// month the 40 EUR can concern (Legea 72/2013 is in force from April 2013). Once the table has
/// rows, its first row's month is the start.
pub const RO_EUR_FIRST_MONTH: Month = Month::new(2013, 3);

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

pub(super) fn pl_eur_months(tables: &Tables, today: NaiveDate) -> Vec<Month> {
    let have = months_in(&Table::read(&tables.pl_eur));
    match have.iter().min() {
        Some(&first) => missing_months(&have, first, today),
        None => Vec::new(),
    }
}

pub(super) fn ro_eur_months(tables: &Tables, today: NaiveDate) -> Vec<Month> {
    let have = months_in(&Table::read(&tables.ro_eur));
    let first = have.iter().min().copied().unwrap_or(RO_EUR_FIRST_MONTH);
    missing_months(&have, first, today)
}

pub(super) fn bnr_years(months: &[Month]) -> Vec<i32> {
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
