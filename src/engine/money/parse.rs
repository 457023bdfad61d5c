//! Reads an amount as a person types it in Poland, Romania or an English-speaking office.

use super::MAX_AMOUNT;
use crate::engine::error::InputError;
use crate::engine::locale::Lang;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Currency words and signs people type around amounts; longest first so "pln" wins over "zl".
const CURRENCY_TOKENS: [&str; 10] = [
    "euro", "pln", "ron", "eur", "lei", "leu", "zł", "zl", "€", "$",
];

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' | '\'' | '\t'
    )
}

fn strip_currency(input: &str) -> String {
    let mut s = input.trim().to_lowercase();
    for token in CURRENCY_TOKENS {
        if let Some(rest) = s.strip_suffix(token) {
            s = rest.trim().to_string();
        }
        if let Some(rest) = s.strip_prefix(token) {
            s = rest.trim().to_string();
        }
    }
    s
}

/// "2 500,-" (also with "." or a dash of any length): the way Polish and Romanian invoices and
/// cheques write whole amounts, "no grosze / bani". The mark must follow a digit.
fn strip_no_fraction(s: &str) -> String {
    for end in [
        ",-",
        ".-",
        ",\u{2013}",
        ".\u{2013}",
        ",\u{2014}",
        ".\u{2014}",
        ",--",
        ".--",
    ] {
        if let Some(rest) = s.strip_suffix(end) {
            if rest.ends_with(|c: char| c.is_ascii_digit()) {
                return rest.to_string();
            }
        }
    }
    s.to_string()
}

/// Parses a non-negative amount with at most two decimals.
///
/// A lone separator followed by exactly three digits is read as grouping when it is not the
/// language's decimal mark ("1.234" in Polish is 1234); both marks present means the last one
/// is the decimal mark ("1.234,56" and "1,234.56" are the same amount in every language).
pub fn parse_amount(input: &str, lang: Lang) -> Result<Decimal, InputError> {
    parse_decimal(input, lang, 2)
}

/// A non-negative number with at most `decimals` decimals, read like an amount: rates and
/// percentages ("4,2730", "11,25%").
pub fn parse_decimal(input: &str, lang: Lang, decimals: usize) -> Result<Decimal, InputError> {
    let input = input.trim().trim_end_matches('%');
    let s = strip_currency(input);
    let s = strip_no_fraction(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let s = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit()) => return Err(InputError::Negative),
        Some(_) => return Err(InputError::NotANumber),
        None => s.strip_prefix('+').unwrap_or(&s).to_string(),
    };
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
        || !s.chars().any(|c| c.is_ascii_digit())
    {
        return Err(InputError::NotANumber);
    }
    let decimal_mark = decimal_mark(&s, lang);
    let (int_part, frac_part) = match decimal_mark {
        Some(mark) => {
            let idx = s.rfind(mark).unwrap_or(s.len());
            (&s[..idx], &s[idx + mark.len_utf8()..])
        }
        None => (s.as_str(), ""),
    };
    if !frac_part.chars().all(|c| c.is_ascii_digit()) {
        return Err(InputError::BadGrouping);
    }
    if frac_part.len() > decimals {
        return Err(InputError::TooManyDecimals);
    }
    let int_digits = integer_digits(int_part)?;
    let significant = int_digits.trim_start_matches('0');
    if significant.len() > 12 {
        return Err(InputError::TooLarge);
    }
    let text = format!(
        "{}.{}",
        if int_digits.is_empty() {
            "0"
        } else {
            &int_digits
        },
        if frac_part.is_empty() { "0" } else { frac_part }
    );
    let value = Decimal::from_str(&text).map_err(|_| InputError::NotANumber)?;
    if value > MAX_AMOUNT {
        return Err(InputError::TooLarge);
    }
    Ok(value.normalize())
}

fn decimal_mark(s: &str, lang: Lang) -> Option<char> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let mark = if dots > 0 { '.' } else { ',' };
            if dots + commas > 1 {
                return None;
            }
            let after = s.len() - s.rfind(mark).unwrap_or(0) - 1;
            let lang_decimal = if lang == Lang::En { '.' } else { ',' };
            if mark != lang_decimal && after == 3 {
                None
            } else {
                Some(mark)
            }
        }
        _ => {
            let last_dot = s.rfind('.');
            let last_comma = s.rfind(',');
            if last_dot > last_comma {
                Some('.')
            } else {
                Some(',')
            }
        }
    }
}

/// Checks that grouping separators split the integer into a 1-3 digit head and 3-digit groups.
fn integer_digits(int_part: &str) -> Result<String, InputError> {
    let trimmed = int_part.trim_matches(is_space);
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let groups: Vec<&str> = trimmed
        .split(|c: char| c == '.' || c == ',' || is_space(c))
        .collect();
    if groups.len() > 1 {
        let head_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !head_ok || !rest_ok {
            return Err(InputError::BadGrouping);
        }
    }
    Ok(groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str, lang: Lang) -> String {
        parse_amount(input, lang)
            .unwrap_or_else(|e| panic!("{input:?}: {e}"))
            .to_string()
    }

    #[test]
    fn reads_every_common_format() {
        let cases = [
            ("1 234,56", Lang::Pl, "1234.56"),
            ("1\u{a0}234,56", Lang::Pl, "1234.56"),
            ("1\u{202f}234,56 zł", Lang::Pl, "1234.56"),
            ("1\u{2009}234,56", Lang::Ro, "1234.56"),
            ("1234,56", Lang::Pl, "1234.56"),
            ("1.234,56", Lang::Ro, "1234.56"),
            ("1.234,56", Lang::En, "1234.56"),
            ("1,234.56", Lang::En, "1234.56"),
            ("1,234.56", Lang::Pl, "1234.56"),
            ("1234.56", Lang::Pl, "1234.56"),
            ("1234.56", Lang::En, "1234.56"),
            ("PLN 12,345.67", Lang::En, "12345.67"),
            ("12.345,67 lei", Lang::Ro, "12345.67"),
            ("12 345,67 zł", Lang::Pl, "12345.67"),
            ("€ 40", Lang::En, "40"),
            ("40 EUR", Lang::Pl, "40"),
            ("1.234", Lang::Pl, "1234"),
            ("1.234", Lang::Ro, "1234"),
            ("1,234", Lang::En, "1234"),
            ("12,5", Lang::Pl, "12.5"),
            ("12.5", Lang::Pl, "12.5"),
            (",50", Lang::Pl, "0.5"),
            ("1.234.567", Lang::Pl, "1234567"),
            ("1,234,567.8", Lang::En, "1234567.8"),
            ("0", Lang::Pl, "0"),
            ("007,00", Lang::Pl, "7"),
            ("+15", Lang::Pl, "15"),
            ("999 999 999 999,99", Lang::Pl, "999999999999.99"),
            // Whole amounts as invoices write them (issue 18 C13).
            ("2 500,-", Lang::Pl, "2500"),
            ("2 500,- zł", Lang::Pl, "2500"),
            ("2.500,-", Lang::Ro, "2500"),
            ("2 500,\u{2014}", Lang::Pl, "2500"),
            ("1,500.-", Lang::En, "1500"),
        ];
        for (input, lang, want) in cases {
            assert_eq!(ok(input, lang), want, "{input:?} in {lang:?}");
        }
    }

    #[test]
    fn reads_rates_with_more_decimals() {
        assert_eq!(
            parse_decimal("4,2730", Lang::Pl, 6).unwrap().to_string(),
            "4.273"
        );
        assert_eq!(
            parse_decimal("11,25%", Lang::Ro, 4).unwrap().to_string(),
            "11.25"
        );
        assert_eq!(
            parse_decimal("4.97505", Lang::En, 4),
            Err(InputError::TooManyDecimals)
        );
        assert_eq!(
            parse_amount("4,2730", Lang::Pl),
            Err(InputError::TooManyDecimals)
        );
    }

    #[test]
    fn rejects_nonsense_with_a_reason() {
        let cases = [
            ("", InputError::Empty),
            ("   ", InputError::Empty),
            ("zł", InputError::Empty),
            ("abc", InputError::NotANumber),
            ("12a", InputError::NotANumber),
            ("1e5", InputError::NotANumber),
            ("-5", InputError::Negative),
            ("\u{2212}5,00", InputError::Negative),
            ("1,234", InputError::TooManyDecimals),
            ("12,345", InputError::TooManyDecimals),
            ("1.2345", InputError::TooManyDecimals),
            ("12 34,00", InputError::BadGrouping),
            ("1.23.456", InputError::BadGrouping),
            ("1 000 000 000 000", InputError::TooLarge),
            ("9999999999999", InputError::TooLarge),
            ("..", InputError::NotANumber),
            (",-", InputError::NotANumber),
            ("25-", InputError::NotANumber),
        ];
        for (input, want) in cases {
            assert_eq!(parse_amount(input, Lang::Pl), Err(want), "{input:?}");
        }
    }
}
