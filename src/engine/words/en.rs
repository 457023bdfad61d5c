//! English numerals, cheque style without "and" inside the number.

use super::{triples, WordsStyle};
use crate::engine::locale::Currency;

const SMALL: [&str; 20] = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SCALES: [&str; 3] = ["thousand", "million", "billion"];

fn below_thousand(n: u64) -> String {
    let (h, r) = ((n / 100) as usize, (n % 100) as usize);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{} hundred", SMALL[h]));
    }
    match r {
        0 => {}
        1..=19 => parts.push(SMALL[r].to_string()),
        _ if r % 10 == 0 => parts.push(TENS[r / 10].to_string()),
        _ => parts.push(format!("{}-{}", TENS[r / 10], SMALL[r % 10])),
    }
    parts.join(" ")
}

pub fn number(n: u64) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    let groups = triples(n);
    let mut parts = Vec::new();
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        let words = below_thousand(g);
        parts.push(if i == 0 {
            words
        } else {
            format!("{words} {}", SCALES[i - 1])
        });
    }
    parts.join(" ")
}

fn unit_names(currency: Currency) -> ([&'static str; 2], [&'static str; 2]) {
    match currency {
        Currency::Pln => (["zloty", "zlotys"], ["grosz", "groszy"]),
        Currency::Ron => (["leu", "lei"], ["ban", "bani"]),
        Currency::Eur => (["euro", "euros"], ["cent", "cents"]),
    }
}

pub fn amount(units: u64, cents: u64, currency: Currency, style: WordsStyle) -> String {
    let (major, minor) = unit_names(currency);
    let main = format!("{} {}", number(units), major[usize::from(units != 1)]);
    match style {
        WordsStyle::Fraction => format!("{main} {cents:02}/100"),
        WordsStyle::Full if cents == 0 => main,
        WordsStyle::Full => format!(
            "{main} and {} {}",
            number(cents),
            minor[usize::from(cents != 1)]
        ),
    }
}
