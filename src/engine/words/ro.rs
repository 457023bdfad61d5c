//! Romanian numerals: gender agreement (unu/una, doi/două) and the "de" before nouns after 20.

use super::{triples, WordsStyle};
use crate::engine::locale::Currency;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    /// Neuter: masculine for one ("un milion", "douăzeci și unu de milioane"), feminine for two
    /// ("două milioane").
    Neuter,
}

const UNITS: [&str; 10] = [
    "", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă",
];
const TEENS: [&str; 10] = [
    "zece",
    "unsprezece",
    "doisprezece",
    "treisprezece",
    "paisprezece",
    "cincisprezece",
    "șaisprezece",
    "șaptesprezece",
    "optsprezece",
    "nouăsprezece",
];
const TENS: [&str; 10] = [
    "",
    "",
    "douăzeci",
    "treizeci",
    "patruzeci",
    "cincizeci",
    "șaizeci",
    "șaptezeci",
    "optzeci",
    "nouăzeci",
];

fn unit(u: usize, gender: Gender) -> &'static str {
    match (u, gender) {
        (1, Gender::Feminine) => "una",
        (2, Gender::Feminine | Gender::Neuter) => "două",
        _ => UNITS[u],
    }
}

/// 1..=999 in words; `alone` means the group is the whole count before its noun ("un leu", "o mie").
fn below_thousand(n: u64, gender: Gender, alone: bool, out: &mut Vec<&'static str>) {
    let (h, t, u) = (
        (n / 100) as usize,
        ((n / 10) % 10) as usize,
        (n % 10) as usize,
    );
    if h == 1 {
        out.extend(["o", "sută"]);
    } else if h > 1 {
        out.extend([unit(h, Gender::Feminine), "sute"]);
    }
    match t {
        0 if u == 1 && alone && h == 0 => out.push(match gender {
            Gender::Masculine | Gender::Neuter => "un",
            Gender::Feminine => "o",
        }),
        0 if u > 0 => out.push(unit(u, gender)),
        1 if u == 2 && gender != Gender::Masculine => out.push("douăsprezece"),
        1 => out.push(TEENS[u]),
        t if t >= 2 => {
            out.push(TENS[t]);
            if u > 0 {
                out.extend(["și", unit(u, gender)]);
            }
        }
        _ => {}
    }
}

/// Romanian puts "de" between a number and its noun when the last two digits are 00 or 20–99.
pub(super) fn needs_de(n: u64) -> bool {
    n >= 20 && (n % 100 == 0 || n % 100 >= 20)
}

/// (singular, plural) of the scale nouns: mie is feminine, milion and miliard neuter.
const SCALES: [(&str, &str); 3] = [
    ("mie", "mii"),
    ("milion", "milioane"),
    ("miliard", "miliarde"),
];
const SCALE_GENDER: [Gender; 3] = [Gender::Feminine, Gender::Neuter, Gender::Neuter];

/// A count followed by a masculine noun (leu, ban, euro, cent), with "de" where grammar wants it.
fn count(n: u64, singular: &'static str, plural: &'static str) -> String {
    if n == 0 {
        return format!("zero {plural}");
    }
    let mut words: Vec<&str> = Vec::new();
    let groups = triples(n);
    let top = groups.len() - 1;
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if i == 0 {
            below_thousand(g, Gender::Masculine, top == 0, &mut words);
            continue;
        }
        let (one, many) = SCALES[i - 1];
        below_thousand(g, SCALE_GENDER[i - 1], true, &mut words);
        if needs_de(g) {
            words.push("de");
        }
        words.push(if g == 1 { one } else { many });
    }
    if needs_de(n) {
        words.push("de");
    }
    words.push(if n == 1 { singular } else { plural });
    words.join(" ")
}

fn unit_names(currency: Currency) -> ((&'static str, &'static str), (&'static str, &'static str)) {
    match currency {
        Currency::Ron => (("leu", "lei"), ("ban", "bani")),
        Currency::Pln => (("zlot", "zloți"), ("grosz", "groszi")),
        Currency::Eur => (("euro", "euro"), ("cent", "cenți")),
    }
}

pub fn amount(units: u64, cents: u64, currency: Currency, style: WordsStyle) -> String {
    let ((one, many), (minor_one, minor_many)) = unit_names(currency);
    let main = count(units, one, many);
    match style {
        WordsStyle::Fraction => format!("{main} {cents:02}/100"),
        WordsStyle::Full if cents == 0 => main,
        WordsStyle::Full => format!("{main} și {}", count(cents, minor_one, minor_many)),
    }
}
