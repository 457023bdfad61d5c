//! Text decoding for lists exported by accounting programs and spreadsheets.
//!
//! Polish and Romanian Excel writes CSV in Windows-1250, older programs in ISO-8859-2. Both are
//! single-byte code pages whose upper halves agree from 0xC0 on, so two small tables (128 + 32
//! entries, about 640 bytes of wasm data) decode them: `encoding_rs` would add some 100 KB of
//! tables and code for the dozens of encodings nobody sends here.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1250,
    Iso88592,
}

/// Windows-1250, bytes 0x80..=0xFF (undefined bytes as U+FFFD).
const CP1250: [char; 128] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{FFFD}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{FFFD}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{015A}', '\u{0164}', '\u{017D}', '\u{0179}',
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{FFFD}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{015B}', '\u{0165}', '\u{017E}', '\u{017A}',
    '\u{00A0}', '\u{02C7}', '\u{02D8}', '\u{0141}', '\u{00A4}', '\u{0104}', '\u{00A6}', '\u{00A7}',
    '\u{00A8}', '\u{00A9}', '\u{015E}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{017B}',
    '\u{00B0}', '\u{00B1}', '\u{02DB}', '\u{0142}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{00B8}', '\u{0105}', '\u{015F}', '\u{00BB}', '\u{013D}', '\u{02DD}', '\u{013E}', '\u{017C}',
    '\u{0154}', '\u{00C1}', '\u{00C2}', '\u{0102}', '\u{00C4}', '\u{0139}', '\u{0106}', '\u{00C7}',
    '\u{010C}', '\u{00C9}', '\u{0118}', '\u{00CB}', '\u{011A}', '\u{00CD}', '\u{00CE}', '\u{010E}',
    '\u{0110}', '\u{0143}', '\u{0147}', '\u{00D3}', '\u{00D4}', '\u{0150}', '\u{00D6}', '\u{00D7}',
    '\u{0158}', '\u{016E}', '\u{00DA}', '\u{0170}', '\u{00DC}', '\u{00DD}', '\u{0162}', '\u{00DF}',
    '\u{0155}', '\u{00E1}', '\u{00E2}', '\u{0103}', '\u{00E4}', '\u{013A}', '\u{0107}', '\u{00E7}',
    '\u{010D}', '\u{00E9}', '\u{0119}', '\u{00EB}', '\u{011B}', '\u{00ED}', '\u{00EE}', '\u{010F}',
    '\u{0111}', '\u{0144}', '\u{0148}', '\u{00F3}', '\u{00F4}', '\u{0151}', '\u{00F6}', '\u{00F7}',
    '\u{0159}', '\u{016F}', '\u{00FA}', '\u{0171}', '\u{00FC}', '\u{00FD}', '\u{0163}', '\u{02D9}',
];

/// ISO-8859-2, bytes 0xA0..=0xBF; 0x80..=0x9F are C1 controls and 0xC0.. equal Windows-1250.
const ISO_8859_2_A0: [char; 32] = [
    '\u{00A0}', '\u{0104}', '\u{02D8}', '\u{0141}', '\u{00A4}', '\u{013D}', '\u{015A}', '\u{00A7}',
    '\u{00A8}', '\u{0160}', '\u{015E}', '\u{0164}', '\u{0179}', '\u{00AD}', '\u{017D}', '\u{017B}',
    '\u{00B0}', '\u{0105}', '\u{02DB}', '\u{0142}', '\u{00B4}', '\u{013E}', '\u{015B}', '\u{02C7}',
    '\u{00B8}', '\u{0161}', '\u{015F}', '\u{0165}', '\u{017A}', '\u{02DD}', '\u{017E}', '\u{017C}',
];

fn decode_byte(b: u8, enc: Encoding) -> char {
    match (b, enc) {
        (0..=0x7F, _) => char::from(b),
        (0x80..=0x9F, Encoding::Iso88592) => char::from(b),
        (0xA0..=0xBF, Encoding::Iso88592) => ISO_8859_2_A0[usize::from(b - 0xA0)],
        _ => CP1250[usize::from(b - 0x80)],
    }
}

/// Romanian in the legacy code pages can only be written with the cedilla letters (ş ţ); the
/// correct letters are the comma-below ones (ș ț), which every Romanian name uses today.
fn romanian_comma(c: char) -> char {
    match c {
        '\u{015E}' => '\u{0218}',
        '\u{015F}' => '\u{0219}',
        '\u{0162}' => '\u{021A}',
        '\u{0163}' => '\u{021B}',
        other => other,
    }
}

fn decode_single(bytes: &[u8], enc: Encoding) -> String {
    bytes
        .iter()
        .map(|&b| romanian_comma(decode_byte(b, enc)))
        .collect()
}

/// Letters a Polish or Romanian text is made of: the code page that yields more of them wins.
fn is_target_letter(c: char) -> bool {
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻșțăîâȘȚĂÎÂ".contains(c)
}

/// Decodes a text file: UTF-8 (with or without a byte-order mark), else whichever of
/// Windows-1250 and ISO-8859-2 reads as more Polish/Romanian letters. C1 control bytes
/// (0x80..=0x9F) never occur in ISO-8859-2 text, so they decide for Windows-1250 at once.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            Encoding::Utf8Bom,
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), Encoding::Utf8);
    }
    if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return (
            decode_single(bytes, Encoding::Windows1250),
            Encoding::Windows1250,
        );
    }
    let cp = decode_single(bytes, Encoding::Windows1250);
    let iso = decode_single(bytes, Encoding::Iso88592);
    let score = |s: &str| s.chars().filter(|&c| is_target_letter(c)).count();
    if score(&iso) > score(&cp) {
        (iso, Encoding::Iso88592)
    } else {
        (cp, Encoding::Windows1250)
    }
}

/// Decodes with a named legacy code page (an XML declaration naming one).
pub fn decode_as(bytes: &[u8], enc: Encoding) -> String {
    match enc {
        Encoding::Utf8 | Encoding::Utf8Bom => String::from_utf8_lossy(bytes).into_owned(),
        legacy => decode_single(bytes, legacy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_and_romanian_letters_in_both_code_pages() {
        // "Łódź ąęś" in Windows-1250 and in ISO-8859-2: ą and ś differ between the two.
        let cp = [0xA3, 0xF3, 0x64, 0x9F, 0x20, 0xB9, 0xEA, 0x9C];
        assert_eq!(decode(&cp), ("Łódź ąęś".to_string(), Encoding::Windows1250));
        let iso = [0xA3, 0xF3, 0x64, 0xBC, 0x20, 0xB1, 0xEA, 0xB6];
        assert_eq!(decode(&iso), ("Łódź ąęś".to_string(), Encoding::Iso88592));
        // "Braşov ţară" with cedillas becomes comma-below.
        let ro = [
            0x42, 0x72, 0x61, 0xBA, 0x6F, 0x76, 0x20, 0xFE, 0x61, 0x72, 0xE3,
        ];
        assert_eq!(decode(&ro).0, "Brașov țară");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("ż".as_bytes()), ("ż".to_string(), Encoding::Utf8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("ș".as_bytes());
        assert_eq!(decode(&bom), ("ș".to_string(), Encoding::Utf8Bom));
    }
}
