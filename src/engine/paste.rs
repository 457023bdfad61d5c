//! Rows pasted from a spreadsheet into the invoice table (tab- or semicolon-separated).

use super::calendar::parse_date;
use super::error::InputError;
use super::locale::Lang;
use super::money::parse_amount;
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedClaim {
    pub number: String,
    pub issue_date: Option<NaiveDate>,
    pub due_date: NaiveDate,
    pub amount: Decimal,
}

/// One pasted line: its 1-based number and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedRow {
    pub line: usize,
    pub result: Result<PastedClaim, InputError>,
}

/// Columns: `due; amount`, `number; due; amount` or `number; issue date; due; amount[; …]`.
/// A first line whose due date does not read as a date is a header and is skipped.
pub fn parse_claim_rows(text: &str, lang: Lang) -> Vec<PastedRow> {
    let separator = if text.contains('\t') { '\t' } else { ';' };
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line
            .split(separator)
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        let (number, issue, due, amount) = match cells.as_slice() {
            [due, amount] => ("", None, *due, *amount),
            [number, due, amount] => (*number, None, *due, *amount),
            [number, issue, due, amount, ..] => (*number, Some(*issue), *due, *amount),
            _ => {
                rows.push(PastedRow {
                    line: i + 1,
                    result: Err(InputError::WrongColumns),
                });
                continue;
            }
        };
        let due_date = parse_date(due);
        if i == 0 && due_date.is_err() {
            continue;
        }
        let result = due_date.and_then(|due_date| {
            Ok(PastedClaim {
                number: number.to_string(),
                issue_date: match issue {
                    Some(s) if !s.is_empty() => Some(parse_date(s)?),
                    _ => None,
                },
                due_date,
                amount: parse_amount(amount, lang)?,
            })
        });
        rows.push(PastedRow {
            line: i + 1,
            result,
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_spreadsheet_rows() {
        let text = "Nr\tData wystawienia\tTermin\tKwota\nFV 1/2025\t01.03.2025\t31.03.2025\t1 234,56\nFV 2/2025\t\t2025-04-30\t99,00\n\nFV 3\tx\t30.04.2025\t1\n";
        let rows = parse_claim_rows(text, Lang::Pl);
        assert_eq!(rows.len(), 3);
        let first = rows[0].result.as_ref().unwrap();
        assert_eq!(first.number, "FV 1/2025");
        assert_eq!(first.amount, Decimal::new(123456, 2));
        assert_eq!(first.issue_date, NaiveDate::from_ymd_opt(2025, 3, 1));
        assert_eq!(rows[1].result.as_ref().unwrap().issue_date, None);
        assert_eq!(
            rows[2],
            PastedRow {
                line: 5,
                result: Err(InputError::NotADate)
            }
        );
    }

    #[test]
    fn semicolons_and_short_rows() {
        let rows = parse_claim_rows("F1;2025-01-31;100,5\n2025-02-28;7\nonlyone", Lang::Ro);
        assert_eq!(
            rows[0].result.as_ref().unwrap().amount,
            Decimal::new(1005, 1)
        );
        assert_eq!(rows[1].result.as_ref().unwrap().number, "");
        assert_eq!(rows[2].result, Err(InputError::WrongColumns));
    }
}
