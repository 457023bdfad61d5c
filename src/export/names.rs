//! Names of downloaded files and calendar entries: what the document is, whose debt, which day
//! ("wezwanie-hurtownia-kowalski-2026-12-01.pdf"), so a folder of exports sorts and reads
//! without opening them. ASCII only (Polish and Romanian letters transliterated, no dashes
//! other than "-"), because mail programs and some file systems mangle the rest.

use crate::engine::letter::LetterKind;
use crate::engine::locale::Lang;
use chrono::NaiveDate;

/// What a downloaded file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    Letter(LetterKind),
    Agreement,
    /// The interest breakdown (CSV).
    Interest,
    /// The instalment schedule (CSV, calendar).
    Plan,
    /// Limitation deadlines (calendar).
    Limitation,
    /// One case as JSON.
    Case,
    /// PL: the paper pozew o zapłatę.
    PlPozew,
    /// PL: the EPU claim package (XML).
    PlEpu,
    /// RO cerere de emitere a ordonanței de plată (CPC art. 1014–1025).
    RoPaymentOrder,
    /// RO data for the cerere de valoare redusă form (art. 1026–1033).
    RoSmallClaim,
    /// EU Form A data: the order for payment (Reg. 1896/2006) or small claims (Reg. 861/2007).
    EuFormA {
        small_claims: bool,
    },
}

fn word(doc: Doc, lang: Lang) -> &'static str {
    match (doc, lang) {
        (Doc::Letter(LetterKind::PlDemand), _) => "wezwanie",
        (Doc::Letter(LetterKind::PlFinalDemand), _) => "ostateczne-wezwanie",
        (Doc::Letter(LetterKind::PlInterestNote), _) => "nota-odsetkowa",
        (Doc::Letter(LetterKind::RoSomatie), _) => "somatie",
        (Doc::Letter(LetterKind::RoNotice), _) => "notificare",
        (Doc::Letter(LetterKind::EnDemand), _) => "payment-demand",
        (Doc::Agreement, Lang::Pl) => "ugoda-ratalna",
        (Doc::Agreement, Lang::Ro) => "acord-esalonare",
        (Doc::Agreement, Lang::En) => "instalment-agreement",
        (Doc::Interest, Lang::Pl) => "odsetki",
        (Doc::Interest, Lang::Ro) => "dobanzi",
        (Doc::Interest, Lang::En) => "interest",
        (Doc::Plan, Lang::Pl) => "harmonogram",
        (Doc::Plan, Lang::Ro) => "grafic-plata",
        (Doc::Plan, Lang::En) => "payment-plan",
        (Doc::Limitation, Lang::Pl) => "przedawnienie",
        (Doc::Limitation, Lang::Ro) => "prescriptie",
        (Doc::Limitation, Lang::En) => "limitation",
        (Doc::Case, Lang::Pl) => "sprawa",
        (Doc::Case, Lang::Ro) => "dosar",
        (Doc::Case, Lang::En) => "case",
        // Polish documents keep their Polish names in every language, as letters do.
        (Doc::PlPozew, _) => "pozew",
        (Doc::PlEpu, _) => "pozew-epu",
        // Court documents are written in the court's language, whatever the UI's.
        (Doc::RoPaymentOrder, _) => "cerere-ordonanta-de-plata",
        (Doc::RoSmallClaim, _) => "cerere-valoare-redusa",
        (
            Doc::EuFormA {
                small_claims: false,
            },
            _,
        ) => "european-order-for-payment-form-a",
        (Doc::EuFormA { small_claims: true }, _) => "european-small-claims-form-a",
    }
}

/// Polish, Romanian and common Western letters without their marks; anything else that is not
/// an ASCII letter or digit separates words.
fn ascii(c: char) -> Option<&'static str> {
    Some(match c {
        'ą' | 'ă' | 'â' | 'á' | 'à' | 'ä' | 'ã' | 'å' => "a",
        'ć' | 'č' | 'ç' => "c",
        'ę' | 'é' | 'è' | 'ë' | 'ê' | 'ě' => "e",
        'î' | 'í' | 'ì' | 'ï' => "i",
        'ł' => "l",
        'ń' | 'ñ' | 'ň' => "n",
        'ó' | 'ò' | 'ô' | 'õ' => "o",
        'ö' => "o",
        'ś' | 'ș' | 'ş' | 'š' => "s",
        'ț' | 'ţ' | 'ť' => "t",
        'ú' | 'ù' | 'û' | 'ü' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ř' => "r",
        'ď' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'ø' => "o",
        'œ' => "oe",
        _ => return None,
    })
}

/// "Hurtownia „Kowalski” Sp. z o.o." -> "hurtownia-kowalski-sp-z-o-o", at most `max` bytes,
/// cut at a word boundary.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let piece = if c.is_ascii_alphanumeric() {
            Some(c.to_string())
        } else {
            ascii(c).map(str::to_string)
        };
        match piece {
            Some(p) => {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push_str(&p);
            }
            None => gap = true,
        }
    }
    if out.len() > max {
        let cut = out[..=max].rfind('-').unwrap_or(max);
        out.truncate(cut);
    }
    out
}

/// The file name of a download: "wezwanie-hurtownia-kowalski-2026-12-01.pdf"; without a
/// debtor name, "wezwanie-2026-12-01.pdf".
pub fn file_name(doc: Doc, lang: Lang, debtor: &str, date: NaiveDate, extension: &str) -> String {
    let who = slug(debtor, 40);
    let mut name = word(doc, lang).to_string();
    if !who.is_empty() {
        name.push('-');
        name.push_str(&who);
    }
    format!("{name}-{}.{extension}", date.format("%Y-%m-%d"))
}

/// A calendar entry's title led by the debtor, so entries of several cases tell apart:
/// "Hurtownia Kowalski — Rata 3: 1 000,00 zł".
pub fn calendar_summary(debtor: &str, what: &str) -> String {
    match debtor.trim() {
        "" => what.to_string(),
        who => format!("{who} — {what}"),
    }
}

/// A stable calendar key per case: the same invoice numbers in two cases are two events.
pub fn calendar_key(debtor: &str, key: &str) -> String {
    match slug(debtor, 40) {
        who if who.is_empty() => key.to_string(),
        who => format!("{who}/{key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn names_say_what_whose_and_when_in_ascii() {
        let day = d("2026-12-01");
        assert_eq!(
            file_name(
                Doc::Letter(LetterKind::PlDemand),
                Lang::Pl,
                "Hurtownia Kowalski",
                day,
                "pdf"
            ),
            "wezwanie-hurtownia-kowalski-2026-12-01.pdf"
        );
        assert_eq!(
            file_name(
                Doc::Agreement,
                Lang::Pl,
                "Zakład Łąkowy „Źdźbło” Sp. z o.o.",
                day,
                "docx"
            ),
            "ugoda-ratalna-zaklad-lakowy-zdzblo-sp-z-o-o-2026-12-01.docx"
        );
        assert_eq!(
            file_name(
                Doc::Letter(LetterKind::RoSomatie),
                Lang::Ro,
                "Țesătoria Ștefănești — SRL",
                day,
                "pdf"
            ),
            "somatie-tesatoria-stefanesti-srl-2026-12-01.pdf"
        );
        assert_eq!(
            file_name(Doc::Plan, Lang::En, "", day, "ics"),
            "payment-plan-2026-12-01.ics"
        );
        assert_eq!(
            file_name(Doc::Interest, Lang::Ro, "  ", day, "csv"),
            "dobanzi-2026-12-01.csv"
        );
        // Long names are cut at a word boundary.
        let long = file_name(
            Doc::Case,
            Lang::En,
            "Przedsiębiorstwo Handlowo Usługowe Produkcyjne Eksportowo Importowe Kowalski",
            day,
            "json",
        );
        assert_eq!(
            long,
            "case-przedsiebiorstwo-handlowo-uslugowe-2026-12-01.json"
        );
        assert!(long.is_ascii() && !long.contains("--") && !long.contains('—'));
    }

    #[test]
    fn calendar_entries_lead_with_the_debtor() {
        assert_eq!(
            calendar_summary("Hurtownia Kowalski", "Rata 3: 1 000,00 zł"),
            "Hurtownia Kowalski — Rata 3: 1 000,00 zł"
        );
        assert_eq!(calendar_summary(" ", "Rata 3"), "Rata 3");
        assert_eq!(
            calendar_key("Hurtownia Kowalski", "plan/2026-01-04/3"),
            "hurtownia-kowalski/plan/2026-01-04/3"
        );
    }
}
