//! Identifiers on letters, checked by their checksums: PL NIP, REGON, KRS; RO CUI; IBAN.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdError {
    Length,
    NotDigits,
    Checksum,
}

fn digits(text: &str) -> Result<Vec<u32>, IdError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
        .collect();
    let cleaned = cleaned.trim_start_matches("PL").trim_start_matches("RO");
    cleaned
        .chars()
        .map(|c| c.to_digit(10).ok_or(IdError::NotDigits))
        .collect()
}

fn weighted(d: &[u32], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(a, b)| a * b).sum()
}

/// NIP: 10 digits, weights 6 5 7 2 3 4 5 6 7, sum mod 11 is the last digit (10 is invalid).
pub fn check_nip(text: &str) -> Result<(), IdError> {
    let d = digits(text)?;
    if d.len() != 10 {
        return Err(IdError::Length);
    }
    let sum = weighted(&d, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if sum == 10 || sum != d[9] {
        return Err(IdError::Checksum);
    }
    Ok(())
}

/// REGON: 9 digits (weights 8 9 2 3 4 5 6 7) or 14 (2 4 8 5 0 9 7 3 6 1 2 4 8); mod 11, 10 -> 0.
pub fn check_regon(text: &str) -> Result<(), IdError> {
    let d = digits(text)?;
    let weights: &[u32] = match d.len() {
        9 => &[8, 9, 2, 3, 4, 5, 6, 7],
        14 => &[2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8],
        _ => return Err(IdError::Length),
    };
    let check = weighted(&d, weights) % 11 % 10;
    if check != d[d.len() - 1] {
        return Err(IdError::Checksum);
    }
    Ok(())
}

/// KRS: 10 digits, no checksum.
pub fn check_krs(text: &str) -> Result<(), IdError> {
    match digits(text)?.len() {
        10 => Ok(()),
        _ => Err(IdError::Length),
    }
}

/// RO CUI/CIF: 2–10 digits; the key 7 5 3 2 1 7 5 3 2 weighs the digits before the control
/// digit right-aligned; sum × 10 mod 11 (10 -> 0) is the control digit.
pub fn check_cui(text: &str) -> Result<(), IdError> {
    let d = digits(text)?;
    if !(2..=10).contains(&d.len()) {
        return Err(IdError::Length);
    }
    let key = [7, 5, 3, 2, 1, 7, 5, 3, 2];
    let body = &d[..d.len() - 1];
    let offset = key.len() - body.len();
    let sum: u32 = body.iter().zip(&key[offset..]).map(|(a, b)| a * b).sum();
    if sum * 10 % 11 % 10 != d[d.len() - 1] {
        return Err(IdError::Checksum);
    }
    Ok(())
}

/// IBAN: country length (PL 28, RO 24, others 15–34), then mod 97 = 1 (ISO 13616).
pub fn check_iban(text: &str) -> Result<String, IdError> {
    let iban: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    if !iban.chars().all(|c| c.is_ascii_alphanumeric()) || iban.len() < 4 {
        return Err(IdError::NotDigits);
    }
    let expected = match &iban[..2] {
        "PL" => Some(28),
        "RO" => Some(24),
        "DE" => Some(22),
        "GB" => Some(22),
        "FR" => Some(27),
        _ => None,
    };
    if expected.is_some_and(|n| n != iban.len()) || !(15..=34).contains(&iban.len()) {
        return Err(IdError::Length);
    }
    let rearranged = format!("{}{}", &iban[4..], &iban[..4]);
    let mut remainder: u32 = 0;
    for c in rearranged.chars() {
        let value = c.to_digit(36).ok_or(IdError::NotDigits)?;
        for digit in value.to_string().chars() {
            remainder = (remainder * 10 + digit.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    if remainder != 1 {
        return Err(IdError::Checksum);
    }
    Ok(iban)
}

/// The creditor's account in a case of `jurisdiction`: an IBAN, or in a Polish case the 26-digit
/// NRB printed on every Polish invoice, which is the IBAN without "PL" (ZBP/NBP: the Polish IBAN
/// is "PL" + the NRB, whose first two digits are already the ISO 13616 check digits). The
/// checksum is checked either way; the result is the IBAN without spaces.
pub fn check_account(
    text: &str,
    jurisdiction: crate::engine::locale::Jurisdiction,
) -> Result<String, IdError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let nrb = compact.len() == 26 && compact.chars().all(|c| c.is_ascii_digit());
    if nrb && jurisdiction == crate::engine::locale::Jurisdiction::Pl {
        return check_iban(&format!("PL{compact}"));
    }
    check_iban(text)
}

/// An IBAN grouped by four, as printed on letters: "PL61 1090 1014 0000 0712 1981 2874".
pub fn group_iban(iban: &str) -> String {
    iban.chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_identifiers() {
        // Published examples: NIP of the Ministry of Finance 526-025-02-74; GUS REGON examples.
        assert_eq!(check_nip("526-025-02-74"), Ok(()));
        assert_eq!(check_nip("5260250274"), Ok(()));
        assert_eq!(check_nip("PL 526 025 02 74"), Ok(()));
        assert_eq!(check_nip("5260250275"), Err(IdError::Checksum));
        assert_eq!(check_nip("526025027"), Err(IdError::Length));
        assert_eq!(check_nip("52602502x4"), Err(IdError::NotDigits));
        assert_eq!(check_regon("123456785"), Ok(()));
        assert_eq!(check_regon("123456786"), Err(IdError::Checksum));
        assert_eq!(check_regon("12345678512347"), Ok(()));
        assert_eq!(check_krs("0000012345"), Ok(()));
        assert_eq!(check_krs("12345"), Err(IdError::Length));
    }

    #[test]
    fn romanian_cui() {
        // CUI 18547290 (a widely used test company code), check digit 0.
        assert_eq!(check_cui("18547290"), Ok(()));
        assert_eq!(check_cui("RO18547290"), Ok(()));
        assert_eq!(check_cui("18547291"), Err(IdError::Checksum));
        assert_eq!(check_cui("1"), Err(IdError::Length));
    }

    #[test]
    fn iban_checksum_and_grouping() {
        // ISO 13616 examples (ECBS/SWIFT registry examples).
        let pl = check_iban("PL61 1090 1014 0000 0712 1981 2874").unwrap();
        assert_eq!(group_iban(&pl), "PL61 1090 1014 0000 0712 1981 2874");
        assert!(check_iban("RO49 AAAA 1B31 0075 9384 0000").is_ok());
        assert!(check_iban("GB29 NWBK 6016 1331 9268 19").is_ok());
        assert_eq!(
            check_iban("PL61 1090 1014 0000 0712 1981 2875"),
            Err(IdError::Checksum)
        );
        assert_eq!(check_iban("PL61 1090 1014"), Err(IdError::Length));
    }

    /// ISO 13616 check digits: 98 − (BBAN + "PL00" as digits) mod 97, computed here
    /// independently of `check_iban` (P = 25, L = 21).
    fn pl_check_digits(bban: &str) -> String {
        let digits = format!("{bban}252100");
        let rem = digits.chars().fold(0u64, |r, c| {
            (r * 10 + u64::from(c.to_digit(10).unwrap())) % 97
        });
        format!("{:02}", 98 - rem)
    }

    #[test]
    fn a_polish_nrb_is_accepted_as_pl_plus_its_digits_with_the_checksum_checked() {
        use crate::engine::locale::Jurisdiction;
        // Real-shape NRBs: bank sort code 1020 1026 (PKO BP) and 1140 2004 (mBank) with a
        // 16-digit account number; the check digits are computed above.
        for bban in [
            "1020102600000002000012345678",
            "1140200400000312345678901234",
        ]
        .map(|b| &b[..24])
        {
            let nrb = format!("{}{bban}", pl_check_digits(bban));
            assert_eq!(nrb.len(), 26);
            let grouped = format!("{} {}", &nrb[..2], group_iban(&nrb[2..]));
            for typed in [nrb.clone(), grouped.clone(), format!("PL{nrb}")] {
                assert_eq!(
                    check_account(&typed, Jurisdiction::Pl),
                    Ok(format!("PL{nrb}")),
                    "{typed}"
                );
            }
            // Printed grouped as an IBAN.
            assert_eq!(
                group_iban(&check_account(&grouped, Jurisdiction::Pl).unwrap()),
                format!("PL{} {}", &nrb[..2], group_iban(&nrb[2..]))
            );
            // One digit wrong: the checksum still catches it.
            let mut wrong = nrb.clone().into_bytes();
            wrong[10] = if wrong[10] == b'9' {
                b'8'
            } else {
                wrong[10] + 1
            };
            let wrong = String::from_utf8(wrong).unwrap();
            assert_eq!(
                check_account(&wrong, Jurisdiction::Pl),
                Err(IdError::Checksum)
            );
            // Outside a Polish case a bare number is no IBAN.
            assert!(check_account(&nrb, Jurisdiction::Ro).is_err());
        }
        // The published example NRB 61 1090 1014 0000 0712 1981 2874.
        assert_eq!(
            check_account("61 1090 1014 0000 0712 1981 2874", Jurisdiction::Pl),
            Ok("PL61109010140000071219812874".into())
        );
        assert_eq!(
            check_account("25 1090 1014", Jurisdiction::Pl),
            Err(IdError::Length)
        );
    }
}
