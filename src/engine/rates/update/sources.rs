//! Readers for the official files the upkeep downloads. Each returns plain dated values or a
//! `SourceError` naming the file and what was wrong; nothing here guesses a missing value.
//!
//! Shapes (see tests/fixtures/rates/README.md for the public copies they were checked against):
//! - NBP `stopy_procentowe.xml`: `<stopy_procentowe data_publikacji><tabela><pozycja id="ref"
//!   oprocentowanie="3,75" obowiazuje_od="2026-03-05"/>`, encoded ISO-8859-2 or UTF-8;
//! - NBP `stopy_procentowe_archiwum.xml`: `<pozycje obowiazuje_od="…"><pozycja id="ref"
//!   oprocentowanie="…"/>` per decision;
//! - NBP Web API `/api/exchangerates/rates/a/eur/{from}/{to}/?format=json`:
//!   `{"table":"A","code":"EUR","rates":[{"no":"147/A/NBP/2026","effectiveDate":"2026-07-31","mid":4.3128}]}`;
//! - BNR `nbrfxratesYYYY.xml`: `<DataSet><Body><Cube date="…"><Rate currency="EUR">4.9743</Rate>`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub problem: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

fn error(file: &str, problem: impl Into<String>) -> SourceError {
    SourceError {
        file: file.to_string(),
        problem: problem.into(),
    }
}

/// One NBP reference-rate decision: the rate in force from a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub from: NaiveDate,
    pub percent: Decimal,
}

/// One published mid rate (NBP table A or BNR reference rate) of EUR.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DailyEur {
    pub date: NaiveDate,
    /// NBP's table number; none for BNR.
    pub table: Option<String>,
    pub rate: Decimal,
}

/// NBP serves its XML in ISO-8859-2; only the ASCII attributes are read, so any byte outside
/// ASCII in a non-UTF-8 file becomes U+FFFD instead of failing the whole file.
fn text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes
            .iter()
            .map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' })
            .collect(),
    }
}

fn parse_xml<'a>(file: &str, text: &'a str) -> Result<roxmltree::Document<'a>, SourceError> {
    roxmltree::Document::parse(text).map_err(|e| error(file, format!("not well-formed XML ({e})")))
}

fn date(file: &str, value: &str) -> Result<NaiveDate, SourceError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| error(file, format!("not a date: {value:?}")))
}

/// "3,75" (NBP writes a decimal comma) or "3.75".
fn percent(file: &str, value: &str) -> Result<Decimal, SourceError> {
    let v = Decimal::from_str(&value.trim().replace(',', "."))
        .map_err(|_| error(file, format!("not a number: {value:?}")))?;
    if v < Decimal::ZERO || v > Decimal::from(100) {
        return Err(error(file, format!("rate out of range: {value:?}")));
    }
    Ok(v)
}

/// The reference-rate positions of `stopy_procentowe.xml` or its archive. The effective date is
/// on the position (current file) or on its parent `pozycje` (archive).
pub fn nbp_reference(
    file: &str,
    bytes: &[u8],
    root_name: &str,
) -> Result<Vec<Decision>, SourceError> {
    let text = text(bytes);
    let doc = parse_xml(file, &text)?;
    let root = doc.root_element();
    if root.tag_name().name() != root_name {
        return Err(error(
            file,
            format!(
                "root element is <{}>, expected <{root_name}>",
                root.tag_name().name()
            ),
        ));
    }
    let mut out = Vec::new();
    for node in root
        .descendants()
        .filter(|n| n.has_tag_name("pozycja") && n.attribute("id") == Some("ref"))
    {
        let from = node
            .attribute("obowiazuje_od")
            .or_else(|| {
                node.parent_element()
                    .and_then(|p| p.attribute("obowiazuje_od"))
            })
            .ok_or_else(|| error(file, "a ref position has no obowiazuje_od"))?;
        let value = node
            .attribute("oprocentowanie")
            .ok_or_else(|| error(file, "a ref position has no oprocentowanie"))?;
        out.push(Decision {
            from: date(file, from)?,
            percent: percent(file, value)?,
        });
    }
    if out.is_empty() {
        return Err(error(
            file,
            "no reference-rate position (pozycja id=\"ref\")",
        ));
    }
    crate::engine::sorting::sort_by_key(&mut out, |d| d.from);
    Ok(out)
}

#[derive(serde::Deserialize)]
struct NbpSeries {
    code: String,
    rates: Vec<NbpRate>,
}

#[derive(serde::Deserialize)]
struct NbpRate {
    no: String,
    #[serde(rename = "effectiveDate")]
    effective_date: String,
    mid: serde_json::Number,
}

/// The NBP Web API's EUR series of table A.
pub fn nbp_eur(file: &str, bytes: &[u8]) -> Result<Vec<DailyEur>, SourceError> {
    let series: NbpSeries = serde_json::from_slice(bytes)
        .map_err(|e| error(file, format!("not the NBP API's rate series ({e})")))?;
    if series.code != "EUR" {
        return Err(error(
            file,
            format!("currency is {}, expected EUR", series.code),
        ));
    }
    series
        .rates
        .iter()
        .map(|r| {
            // The shortest decimal that round-trips is what NBP wrote (four places).
            let rate = Decimal::from_str(&r.mid.to_string())
                .map_err(|_| error(file, format!("not a rate: {}", r.mid)))?;
            if !r.no.contains("/A/NBP/") {
                return Err(error(file, format!("not a table A number: {}", r.no)));
            }
            Ok(DailyEur {
                date: date(file, &r.effective_date)?,
                table: Some(r.no.clone()),
                rate: positive(file, rate)?,
            })
        })
        .collect()
}

fn positive(file: &str, rate: Decimal) -> Result<Decimal, SourceError> {
    if rate <= Decimal::ZERO || rate > Decimal::from(100) {
        return Err(error(file, format!("rate out of range: {rate}")));
    }
    Ok(rate)
}

/// BNR's EUR reference rate of every day in a yearly (or daily) `nbrfxrates` file.
pub fn bnr_eur(file: &str, bytes: &[u8]) -> Result<Vec<DailyEur>, SourceError> {
    let text = text(bytes);
    let doc = parse_xml(file, &text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "DataSet" {
        return Err(error(file, "root element is not <DataSet>"));
    }
    let mut out = Vec::new();
    for cube in root.descendants().filter(|n| n.has_tag_name("Cube")) {
        let day = date(file, cube.attribute("date").unwrap_or_default())?;
        let Some(rate) = cube
            .children()
            .find(|n| n.has_tag_name("Rate") && n.attribute("currency") == Some("EUR"))
        else {
            continue;
        };
        if rate
            .attribute("multiplier")
            .is_some_and(|m| m.trim() != "1")
        {
            return Err(error(file, format!("{day}: EUR quoted with a multiplier")));
        }
        let value = rate.text().unwrap_or_default().trim();
        let value = Decimal::from_str(value)
            .map_err(|_| error(file, format!("{day}: not a rate: {value:?}")))?;
        out.push(DailyEur {
            date: day,
            table: None,
            rate: positive(file, value)?,
        });
    }
    if out.is_empty() {
        return Err(error(file, "no <Cube> with an EUR rate"));
    }
    crate::engine::sorting::sort_by_key(&mut out, |d| d.date);
    Ok(out)
}
