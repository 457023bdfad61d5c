//! The paper pozew o zapłatę (art. 187 and 126 KPC) as a `Document`: printed, or exported as PDF
//! or DOCX like the letters. Filed with the court by value and seat (art. 17 pkt 4, art. 27 KPC).

use super::address::split_address;
use super::claims::{pl_claims, ClaimKind, Issue, PlClaims};
use super::epu::{description, evidence, interest_text, Evidence};
use super::justification::paragraphs;
use super::phrases as ph;
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Direction, Document as Doc};
use crate::engine::court::fees::{pl_fee, PlFeeFraction};
use crate::engine::document::{interest_periods, Block, Document};
use crate::engine::interest::CaseError;
use crate::engine::locale::{Currency, Lang};
use crate::engine::money::format_amount;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Art. 17 pkt 4 KPC: above this value the regional court (sąd okręgowy) hears the case.
pub const DISTRICT_COURT_LIMIT: i64 = 100_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PozewOptions {
    /// The nakazowe procedure (art. 485 KPC), a quarter of the fee (art. 19 ust. 2 pkt 1
    /// UKSC). Off by default: it needs documents the case cannot show (the creditor confirms).
    pub summary: bool,
    /// The court as the person corrects it; empty: by value and the defendant's seat.
    pub court: String,
}

/// What the pozew says beyond its text: for the UI's checks and the tests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PozewFacts {
    pub value: Decimal,
    pub fee: Option<Decimal>,
    pub court: String,
    pub division: &'static str,
    /// Art. 17 pkt 4 KPC.
    pub regional: bool,
    pub commercial: bool,
    pub limitation: Option<NaiveDate>,
    pub issues: Vec<Issue>,
}

/// The court by value (art. 17 pkt 4 KPC) and the defendant's seat (art. 30 KPC), to be
/// corrected to the court's own name (not every town has a court of its own).
pub fn default_court(case: &Case, value: Decimal) -> String {
    let town = split_address(&case.debtor.address).town;
    let town = if town.is_empty() {
        "______________".to_string()
    } else {
        town
    };
    let pattern = if value > Decimal::from(DISTRICT_COURT_LIMIT) {
        ph::REGIONAL_COURT
    } else {
        ph::DISTRICT_COURT
    };
    pattern.replace("{town}", &town)
}

fn party_lines(label: &str, p: &crate::engine::case::Party) -> Vec<String> {
    let mut lines = vec![label.to_string(), p.name.trim().to_string()];
    lines.extend(
        p.address
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
    );
    let id_label = if p.tax_id.chars().filter(char::is_ascii_digit).count() == 11 {
        "PESEL"
    } else {
        "NIP"
    };
    for (l, v) in [
        (id_label, &p.tax_id),
        ("KRS", &p.registry_number),
        ("REGON", &p.regon),
    ] {
        if !v.trim().is_empty() {
            lines.push(format!("{l}: {}", v.trim()));
        }
    }
    lines
}

/// The attempts at an amicable solution, from the log (art. 187 § 1 pkt 3 KPC).
fn amicable(case: &Case) -> Option<String> {
    let attempts: Vec<String> = case
        .contacts
        .iter()
        .filter(|c| c.direction == Direction::Outgoing)
        .filter_map(|c| {
            let day = format_date(c.date, Lang::Pl);
            match c.document {
                Some(Doc::Demand | Doc::FinalDemand | Doc::RegistryWarning) => {
                    Some(ph::AMICABLE_DEMAND.replace("{date}", &day))
                }
                Some(Doc::Reminder) | None if !c.summary.trim().is_empty() => {
                    Some(ph::AMICABLE_CONTACT.replace("{date}", &day))
                }
                _ => None,
            }
        })
        .collect();
    (!attempts.is_empty()).then(|| ph::AMICABLE.replace("{attempts}", &attempts.join(", ")))
}

fn numbered(items: &[String]) -> Vec<Block> {
    items
        .iter()
        .enumerate()
        .map(|(i, t)| Block::Para {
            text: format!("{}. {t}", i + 1),
        })
        .collect()
}

/// The pozew of `case` filed on `filing`, and the facts behind it.
pub fn pozew(
    case: &Case,
    filing: NaiveDate,
    o: &PozewOptions,
) -> Result<(Document, PozewFacts), CaseError> {
    let claims = pl_claims(case, filing)?;
    Ok(compose(case, &claims, o))
}

fn compose(case: &Case, claims: &PlClaims, o: &PozewOptions) -> (Document, PozewFacts) {
    let money = |v| format_amount(v, case.currency, Lang::Pl);
    let day = |d| format_date(d, Lang::Pl);
    let value = claims.value();
    let pln = case.currency == Currency::Pln;
    let fraction = if o.summary {
        PlFeeFraction::Quarter
    } else {
        PlFeeFraction::Full
    };
    let fee = pln
        .then(|| pl_fee(value, claims.filing, fraction))
        .flatten();
    let regional = value > Decimal::from(DISTRICT_COURT_LIMIT);
    let court = if o.court.trim().is_empty() {
        default_court(case, value)
    } else {
        o.court.trim().to_string()
    };
    let division = if claims.commercial {
        ph::COMMERCIAL_DIVISION
    } else {
        ph::CIVIL_DIVISION
    };
    let mut issues = claims.issues.clone();
    if o.court.trim().is_empty() {
        issues.push(Issue::CourtToCheck);
    }
    let evidence: Vec<Evidence> = evidence(case, &claims.claims);
    let amicable = amicable(case);
    if amicable.is_none() {
        issues.push(Issue::NoAmicableAttempt);
    }

    let mut body = Vec::new();
    body.push(Block::Para {
        text: ph::VALUE.replace("{value}", &money(value)),
    });
    if let Some(f) = fee {
        body.push(Block::Para {
            text: ph::FEE_LINE.replace("{fee}", &money(f)),
        });
    }
    body.push(Block::Para {
        text: ph::DEMANDS.to_string(),
    });
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let lines: Vec<String> = claims
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let interest = match c.kind {
                ClaimKind::Principal { interest, from } => {
                    format!(" {}", interest_text(interest, from))
                }
                _ => String::new(),
            };
            let letter = letters
                .chars()
                .nth(i % 26)
                .map(|l| {
                    if i >= 26 {
                        format!("{l}{}", i / 26)
                    } else {
                        l.to_string()
                    }
                })
                .unwrap_or_default();
            ph::DEMAND_LINE
                .replace("{letter}", &letter)
                .replace("{amount}", &money(c.amount))
                .replace("{what}", &description(c))
                .replace("{interest}", &interest)
        })
        .collect();
    let first = if o.summary {
        ph::DEMAND_SUMMARY
    } else {
        ph::DEMAND_ORDER
    };
    let fee_text = fee.map(money).unwrap_or_else(|| "____".into());
    let demands = [
        first.to_string(),
        ph::DEMAND_COSTS.replace("{fee}", &fee_text),
        ph::DEMAND_EVIDENCE.to_string(),
        ph::DEMAND_ABSENT.to_string(),
    ];
    let mut numbered_demands = numbered(&demands);
    // The claims go right after the first demand, which they complete.
    let rest = numbered_demands.split_off(1);
    body.extend(numbered_demands);
    body.extend(lines.into_iter().map(|text| Block::Para { text }));
    body.extend(rest);
    body.push(Block::Para {
        text: ph::DUE_DATES.to_string(),
    });
    body.push(Block::Para {
        text: amicable.unwrap_or_else(|| ph::AMICABLE_NONE.to_string()),
    });
    body.push(Block::Heading {
        text: ph::JUSTIFICATION.to_string(),
    });
    body.extend(
        paragraphs(case, claims, &evidence)
            .into_iter()
            .map(|text| Block::Para { text }),
    );
    body.push(Block::Para {
        text: if claims.commercial {
            ph::EVIDENCE_COMMERCIAL
        } else {
            ph::EVIDENCE_HEADING
        }
        .to_string(),
    });
    body.push(Block::Table {
        header: ph::EVIDENCE_HEADER.map(String::from).to_vec(),
        rows: evidence
            .iter()
            .map(|e| vec![e.number.to_string(), e.label.clone(), e.fact.clone()])
            .collect(),
        numeric: vec![true, false, false],
    });
    body.push(Block::Para {
        text: match (fee, o.summary) {
            (Some(f), true) => ph::FEE_SUMMARY.replace("{fee}", &money(f)),
            (Some(f), false) => ph::FEE_FULL.replace("{fee}", &money(f)),
            (None, _) => ph::FEE_UNKNOWN.to_string(),
        },
    });
    let mut signature = vec![ph::SIGNATURE.to_string()];
    if !case.letter.signatory.trim().is_empty() {
        signature.push(case.letter.signatory.trim().to_string());
    }
    body.push(Block::Signature { lines: signature });
    body.push(Block::Para {
        text: ph::ENCLOSURES.to_string(),
    });
    let mut enclosures = vec![
        ph::ENCLOSURE_COPY.to_string(),
        ph::ENCLOSURE_FEE.to_string(),
        ph::ENCLOSURE_REGISTER.to_string(),
    ];
    enclosures.extend(
        evidence
            .iter()
            .map(|e| ph::ENCLOSURE_DOCUMENT.replace("{label}", &e.label)),
    );
    if o.summary {
        enclosures.push(ph::ENCLOSURE_SUMMARY.to_string());
    }
    enclosures.push(ph::ENCLOSURE_ANNEX.to_string());
    body.extend(numbered(&enclosures));

    let annex = interest_annex(claims, case.currency);
    let title = format!(
        "{} {}",
        ph::POZEW_TITLE,
        if o.summary {
            ph::POZEW_SUBTITLE_SUMMARY
        } else {
            ph::POZEW_SUBTITLE_ORDER
        }
    );
    let place = case.letter.place.trim();
    let document = Document {
        lang: Lang::Pl,
        title,
        place_date: [place.to_string(), day(claims.filing)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        sender: party_lines(ph::PLAINTIFF, &case.creditor)
            .into_iter()
            .chain([String::new()])
            .chain(party_lines(ph::DEFENDANT, &case.debtor))
            .collect(),
        recipient: vec![court.clone(), division.to_string()],
        body,
        annex,
        author: case.creditor.name.trim().to_string(),
    };
    (
        document,
        PozewFacts {
            value,
            fee,
            court,
            division,
            regional,
            commercial: claims.commercial,
            limitation: claims.limitation,
            issues,
        },
    )
}

/// The interest computation per period on the filing date (Załącznik nr 1).
fn interest_annex(claims: &PlClaims, currency: Currency) -> Vec<Block> {
    let day = |d| format_date(d, Lang::Pl);
    if claims.report.claims.iter().all(|c| c.segments.is_empty()) {
        return Vec::new();
    }
    vec![
        Block::Heading {
            text: ph::ANNEX_TITLE.replace("{date}", &day(claims.filing)),
        },
        interest_periods(&claims.report.claims, &ph::ANNEX_HEADER, currency, Lang::Pl),
        Block::Note {
            text: ph::ANNEX_NOTE.replace("{date}", &day(claims.filing)),
        },
    ]
}
