//! A Polish address typed on one or two lines ("ul. Leśna 2/5, 30-001 Kraków") split into the
//! parts the e-Sąd form and the EPU schema ask for one by one (`typAdres`: ulica, nr_domu,
//! nr_mieszkania, kod, miejscowosc). Nothing is guessed: a part that cannot be read stays empty
//! and the sheet says it is missing.

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AddressParts {
    /// With its prefix as typed ("ul. Leśna", "al. Jerozolimskie"); for a village without
    /// streets, the village name (e-Sąd's own advice).
    pub street: String,
    pub number: String,
    pub flat: String,
    /// "NN-NNN".
    pub postcode: String,
    pub town: String,
}

impl AddressParts {
    /// A Polish postcode was found: the address is in Poland (EPU serves only there).
    pub fn is_polish(&self) -> bool {
        !self.postcode.is_empty()
    }

    pub fn is_complete(&self) -> bool {
        !(self.street.is_empty()
            || self.number.is_empty()
            || self.postcode.is_empty()
            || self.town.is_empty())
    }
}

/// "NN-NNN" at the start of `word`, the Polish postcode.
fn postcode(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let ok = b.len() == 6
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b'-'
        && b[3..].iter().all(u8::is_ascii_digit);
    ok.then(|| word.to_string())
}

/// The house number (and flat) at the end of a street line: "Leśna 2/5", "Polna 12A m. 3",
/// "Długa 7 lok. 4".
fn split_street(line: &str) -> (String, String, String) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let flat_marker = |w: &str| {
        matches!(
            w.to_lowercase().trim_end_matches('.'),
            "m" | "lok" | "lokal" | "mieszk"
        )
    };
    let starts_with_digit = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit());
    // The number is the last word that starts with a digit, not counting a flat after a marker.
    let mut end = words.len();
    let mut flat = String::new();
    if end >= 2 && flat_marker(words[end - 2]) && starts_with_digit(words[end - 1]) {
        flat = words[end - 1].to_string();
        end -= 2;
    }
    if end >= 2 && starts_with_digit(words[end - 1]) {
        let number = words[end - 1];
        let (number, flat_here) = match number.split_once('/') {
            Some((n, f)) if flat.is_empty() => (n.to_string(), f.to_string()),
            _ => (number.to_string(), String::new()),
        };
        if flat.is_empty() {
            flat = flat_here;
        }
        return (words[..end - 1].join(" "), number, flat);
    }
    (line.trim().to_string(), String::new(), flat)
}

/// Splits an address as typed in the case. Lines or commas separate the street part from the
/// "postcode town" part; the town's own name may follow the postcode in several words.
pub fn split_address(text: &str) -> AddressParts {
    let parts: Vec<&str> = text
        .split(['\n', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut out = AddressParts::default();
    let mut street_part = None;
    for part in &parts {
        let mut words = part.split_whitespace();
        if let Some(code) = words.next().and_then(postcode) {
            out.postcode = code;
            out.town = words.collect::<Vec<_>>().join(" ");
        } else if street_part.is_none() {
            street_part = Some(*part);
        }
    }
    if let Some(line) = street_part {
        let (street, number, flat) = split_street(line);
        out.street = street;
        out.number = number;
        out.flat = flat;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (String, String, String, String, String) {
        let a = split_address(s);
        (a.street, a.number, a.flat, a.postcode, a.town)
    }

    fn t(a: &str, b: &str, c: &str, d: &str, e: &str) -> (String, String, String, String, String) {
        (a.into(), b.into(), c.into(), d.into(), e.into())
    }

    #[test]
    fn the_usual_ways_of_typing_an_address() {
        assert_eq!(
            parts("ul. Leśna 2, 30-001 Kraków"),
            t("ul. Leśna", "2", "", "30-001", "Kraków")
        );
        assert_eq!(
            parts("ul. Długa 12A/5\n00-950 Warszawa"),
            t("ul. Długa", "12A", "5", "00-950", "Warszawa")
        );
        assert_eq!(
            parts("al. Jana Pawła II 7 lok. 4, 31-111 Kraków Nowa Huta"),
            t("al. Jana Pawła II", "7", "4", "31-111", "Kraków Nowa Huta")
        );
        assert_eq!(
            parts("Zielonka 15, 05-220 Zielonka"),
            t("Zielonka", "15", "", "05-220", "Zielonka")
        );
    }

    #[test]
    fn what_cannot_be_read_stays_empty() {
        let a = split_address("Strada Lungă 5, București");
        assert!(!a.is_polish());
        assert!(!a.is_complete());
        let a = split_address("ul. Polna, 00-001 Warszawa");
        assert_eq!((a.street.as_str(), a.number.as_str()), ("ul. Polna", ""));
        assert!(!a.is_complete());
        assert_eq!(split_address(""), AddressParts::default());
    }
}
