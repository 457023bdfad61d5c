//! Writes amounts the way each language's documents do: pl `12 345,67 zł`, ro `12.345,67 lei`,
//! en `PLN 12,345.67`.

use super::round_money;
use crate::engine::locale::{Currency, Lang};
use rust_decimal::Decimal;

/// Non-breaking space: keeps "12 345,67 zł" on one line in letters and tables.
const NBSP: char = '\u{a0}';

fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Pl => (NBSP, ','),
        Lang::Ro => ('.', ','),
        Lang::En => (',', '.'),
    }
}

fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with grouping and exactly `decimals` decimals (rounded half away from zero).
pub fn format_fixed(value: Decimal, decimals: u32, lang: Lang) -> String {
    let (group_sep, decimal_sep) = marks(lang);
    let rounded = value.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(int_part, group_sep));
    if decimals > 0 {
        out.push(decimal_sep);
        out.push_str(frac_part);
    }
    out
}

/// A money amount without its currency, always two decimals: what an input field shows back.
pub fn format_number(value: Decimal, lang: Lang) -> String {
    format_fixed(round_money(value), 2, lang)
}

/// A money amount with its currency in the language's usual position and symbol.
pub fn format_amount(value: Decimal, currency: Currency, lang: Lang) -> String {
    let number = format_number(value, lang);
    match (lang, currency) {
        (Lang::En, c) => format!("{} {number}", c.code()),
        (_, Currency::Pln) if lang == Lang::Pl => format!("{number}{NBSP}zł"),
        (_, Currency::Ron) => format!("{number}{NBSP}lei"),
        (_, c) => format!("{number}{NBSP}{}", c.code()),
    }
}

/// An annual rate in percent with up to two decimals and no trailing zeros: "11,25%", "7%".
pub fn format_percent(percent: Decimal, lang: Lang) -> String {
    let (_, decimal_sep) = marks(lang);
    let text = percent.round_dp(4).normalize().to_string();
    let text = if decimal_sep == ',' {
        text.replace('.', ",")
    } else {
        text
    };
    format!("{text}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::testkit::dec as d;

    #[test]
    fn formats_per_language() {
        let v = d("12345.67");
        assert_eq!(
            format_amount(v, Currency::Pln, Lang::Pl),
            "12\u{a0}345,67\u{a0}zł"
        );
        assert_eq!(
            format_amount(v, Currency::Ron, Lang::Ro),
            "12.345,67\u{a0}lei"
        );
        assert_eq!(format_amount(v, Currency::Pln, Lang::En), "PLN 12,345.67");
        assert_eq!(
            format_amount(v, Currency::Eur, Lang::Pl),
            "12\u{a0}345,67\u{a0}EUR"
        );
        assert_eq!(
            format_amount(v, Currency::Pln, Lang::Ro),
            "12.345,67\u{a0}PLN"
        );
        assert_eq!(
            format_amount(v, Currency::Ron, Lang::Pl),
            "12\u{a0}345,67\u{a0}lei"
        );
    }

    #[test]
    fn formats_edges() {
        assert_eq!(format_number(d("0"), Lang::Pl), "0,00");
        assert_eq!(format_number(d("999"), Lang::En), "999.00");
        assert_eq!(format_number(d("1000"), Lang::Ro), "1.000,00");
        assert_eq!(format_number(d("2.125"), Lang::En), "2.13");
        assert_eq!(format_number(d("-1234.5"), Lang::En), "-1,234.50");
        assert_eq!(format_number(d("-0.001"), Lang::En), "0.00");
        assert_eq!(
            format_number(d("999999999999.99"), Lang::Pl),
            "999\u{a0}999\u{a0}999\u{a0}999,99"
        );
    }

    #[test]
    fn formats_percent() {
        assert_eq!(format_percent(d("11.25"), Lang::Pl), "11,25%");
        assert_eq!(format_percent(d("7.00"), Lang::En), "7%");
        assert_eq!(format_percent(d("15.250"), Lang::Ro), "15,25%");
    }

    #[test]
    fn parse_and_format_round_trip() {
        for lang in Lang::ALL {
            for s in [
                "0.01",
                "1",
                "999.99",
                "1000",
                "1234567.89",
                "999999999999.99",
            ] {
                let v = d(s);
                let shown = format_number(v, lang);
                assert_eq!(
                    super::super::parse_amount(&shown, lang),
                    Ok(v.normalize()),
                    "{shown}"
                );
            }
        }
    }
}
