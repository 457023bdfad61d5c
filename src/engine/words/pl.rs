//! Polish numerals with the three noun forms (złoty / złote / złotych).

use super::{triples, WordsStyle};
use crate::engine::locale::Currency;

const UNITS: [&str; 10] = [
    "",
    "jeden",
    "dwa",
    "trzy",
    "cztery",
    "pięć",
    "sześć",
    "siedem",
    "osiem",
    "dziewięć",
];
const TEENS: [&str; 10] = [
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
];
const TENS: [&str; 10] = [
    "",
    "",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
];
const HUNDREDS: [&str; 10] = [
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
];
/// (singular, 2–4 form, genitive plural) for thousands, millions, billions.
const SCALES: [[&str; 3]; 3] = [
    ["tysiąc", "tysiące", "tysięcy"],
    ["milion", "miliony", "milionów"],
    ["miliard", "miliardy", "miliardów"],
];

/// Polish noun form for a count: 1 -> singular; ending in 2–4 but not 12–14 -> "few"; else "many".
pub fn form(n: u64, forms: [&str; 3]) -> &str {
    let last = n % 10;
    let last_two = n % 100;
    if n == 1 {
        forms[0]
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        forms[1]
    } else {
        forms[2]
    }
}

fn below_thousand(n: u64, out: &mut Vec<&'static str>) {
    let (h, t, u) = (
        (n / 100) as usize,
        ((n / 10) % 10) as usize,
        (n % 10) as usize,
    );
    if h > 0 {
        out.push(HUNDREDS[h]);
    }
    if t == 1 {
        out.push(TEENS[u]);
    } else {
        if t > 1 {
            out.push(TENS[t]);
        }
        if u > 0 {
            out.push(UNITS[u]);
        }
    }
}

pub fn number(n: u64) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    let mut words: Vec<&'static str> = Vec::new();
    let groups = triples(n);
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if i == 0 {
            below_thousand(g, &mut words);
            continue;
        }
        let scale = SCALES[i - 1];
        // "tysiąc", not "jeden tysiąc", is the form used in judgments; likewise "milion".
        if g != 1 {
            below_thousand(g, &mut words);
        }
        words.push(form(g, scale));
    }
    words.join(" ")
}

fn unit_names(currency: Currency) -> ([&'static str; 3], [&'static str; 3]) {
    match currency {
        Currency::Pln => (["złoty", "złote", "złotych"], ["grosz", "grosze", "groszy"]),
        Currency::Ron => (["lej", "leje", "lei"], ["bani", "bani", "bani"]),
        Currency::Eur => (
            ["euro", "euro", "euro"],
            ["eurocent", "eurocenty", "eurocentów"],
        ),
    }
}

pub fn amount(units: u64, cents: u64, currency: Currency, style: WordsStyle) -> String {
    let (major, minor) = unit_names(currency);
    let main = format!("{} {}", number(units), form(units, major));
    match style {
        WordsStyle::Fraction => format!("{main} {cents:02}/100"),
        WordsStyle::Full if cents == 0 => main,
        WordsStyle::Full => format!("{main} {} {}", number(cents), form(cents, minor)),
    }
}
