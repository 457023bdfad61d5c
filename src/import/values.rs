//! Dates and amounts as files write them.

use crate::engine::locale::Lang;
use crate::engine::money::parse_amount;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

/// An XML amount (`xs:decimal`, a dot, optional sign, at most two decimals as FA `TKwota2` and
/// UBL amounts in practice are; more decimals are refused rather than rounded silently).
pub fn xml_amount(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    // Digits first: the decimals test below slices by bytes.
    if !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
        || int.is_empty() && frac.is_empty()
        || int.len() > 15
        || frac.len() > 2 && frac[2..].chars().any(|c| c != '0')
    {
        return None;
    }
    let value = Decimal::from_str(&format!(
        "{}.{}",
        if int.is_empty() { "0" } else { int },
        if frac.is_empty() { "0" } else { frac }
    ))
    .ok()?;
    Some(if neg { -value } else { value }.normalize_money())
}

trait NormalizeMoney {
    fn normalize_money(self) -> Self;
}

impl NormalizeMoney for Decimal {
    /// Two decimals exactly, so "2051" and "2051.00" compare and print alike.
    fn normalize_money(self) -> Decimal {
        let mut d = self.round_dp(2);
        d.rescale(2);
        d
    }
}

/// A list amount in the header's language ("1 234,56", "1,234.56"), with an optional minus for
/// credits. The engine's parser reads the number; the sign is taken off first because the engine
/// refuses negative amounts in a form.
pub fn list_amount(s: &str, lang: Lang) -> Option<Decimal> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(inner) => (true, inner),
            None => (false, t),
        },
    };
    let value = parse_amount(body, lang).ok()?.normalize_money();
    // Below 10^15 like XML amounts, so sums and differences of them cannot overflow.
    if value >= Decimal::from(1_000_000_000_000_000i64) {
        return None;
    }
    Some(if neg { -value } else { value })
}

/// A date: ISO `YYYY-MM-DD` (an XML date, or a date-time whose date part is taken), or the
/// day-first forms Polish and Romanian lists use (`DD.MM.YYYY`, `DD/MM/YYYY`, `DD-MM-YYYY`).
pub fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    // Exactly ten characters of date (chrono also reads "2025-1-5", whose tail would then be cut
    // in the middle), then nothing or a time.
    if let (Some(head), Some(rest)) = (s.get(..10), s.get(10..)) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            if rest.is_empty() || rest.starts_with(['T', ' ']) {
                return Some(d);
            }
        }
    }
    ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y.%m.%d", "%Y/%m/%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by tests/import_fuzz.rs: a short ISO date used to cut the text out of range.
    #[test]
    fn short_or_odd_dates_are_refused_not_a_panic() {
        for text in [
            "2025-1-5",
            "2025-1-5T",
            "2025-01-0é",
            "é2025-01-05",
            "2025-01-05Z",
        ] {
            let _ = date(text);
        }
        assert_eq!(
            date("2025-01-05T10:00:00"),
            NaiveDate::from_ymd_opt(2025, 1, 5)
        );
        assert_eq!(date("05.01.2025"), NaiveDate::from_ymd_opt(2025, 1, 5));
    }

    #[test]
    fn xml_amounts() {
        assert_eq!(xml_amount("2051").unwrap().to_string(), "2051.00");
        assert_eq!(xml_amount("-200").unwrap().to_string(), "-200.00");
        assert_eq!(xml_amount(" 16678.80 ").unwrap().to_string(), "16678.80");
        assert_eq!(xml_amount("1.500").unwrap().to_string(), "1.50");
        for bad in [
            "",
            "-",
            "1,5",
            "1.555",
            "1e3",
            "12.3.4",
            "0x10",
            "9999999999999999",
        ] {
            assert_eq!(xml_amount(bad), None, "{bad}");
        }
    }

    #[test]
    fn list_amounts_and_dates() {
        assert_eq!(
            list_amount("1 234,56", Lang::Pl).unwrap().to_string(),
            "1234.56"
        );
        assert_eq!(
            list_amount("-1.234,56", Lang::Ro).unwrap().to_string(),
            "-1234.56"
        );
        assert_eq!(
            list_amount("1,234.56", Lang::En).unwrap().to_string(),
            "1234.56"
        );
        assert_eq!(list_amount("abc", Lang::En), None);
        assert_eq!(list_amount("99999999999999999999999999", Lang::En), None);
        assert_eq!(date("2026-03-15"), NaiveDate::from_ymd_opt(2026, 3, 15));
        assert_eq!(
            date("2025-08-28T09:22:13+00:00"),
            NaiveDate::from_ymd_opt(2025, 8, 28)
        );
        assert_eq!(date("15.03.2026"), NaiveDate::from_ymd_opt(2026, 3, 15));
        assert_eq!(date("31.02.2026"), None);
        assert_eq!(date("2026-03-15x"), None);
    }
}
