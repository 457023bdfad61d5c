use super::*;
use crate::engine::locale::{Currency, Lang};
use std::str::FromStr;

fn words(amount: &str, currency: Currency, lang: Lang, style: WordsStyle) -> String {
    amount_in_words(Decimal::from_str(amount).unwrap(), currency, lang, style).unwrap()
}

/// Polish, both styles; the first rows are quoted from judgments cited in reference/pl/rules.md §7.
#[test]
fn polish_amounts_in_words() {
    use WordsStyle::*;
    let cases: &[(&str, WordsStyle, &str)] = &[
        (
            "9775.16",
            Fraction,
            "dziewięć tysięcy siedemset siedemdziesiąt pięć złotych 16/100",
        ),
        (
            "5196.87",
            Fraction,
            "pięć tysięcy sto dziewięćdziesiąt sześć złotych 87/100",
        ),
        ("174.22", Fraction, "sto siedemdziesiąt cztery złote 22/100"),
        (
            "4217.42",
            Full,
            "cztery tysiące dwieście siedemnaście złotych czterdzieści dwa grosze",
        ),
        (
            "2157.59",
            Full,
            "dwa tysiące sto pięćdziesiąt siedem złotych pięćdziesiąt dziewięć groszy",
        ),
        (
            "1689",
            Full,
            "tysiąc sześćset osiemdziesiąt dziewięć złotych",
        ),
        ("1442", Full, "tysiąc czterysta czterdzieści dwa złote"),
        (
            "2326.00",
            Fraction,
            "dwa tysiące trzysta dwadzieścia sześć złotych 00/100",
        ),
        ("0.21", Full, "zero złotych dwadzieścia jeden groszy"),
        ("0", Full, "zero złotych"),
        ("0.01", Full, "zero złotych jeden grosz"),
        ("1", Full, "jeden złoty"),
        ("1.01", Full, "jeden złoty jeden grosz"),
        ("2", Full, "dwa złote"),
        ("4.04", Full, "cztery złote cztery grosze"),
        ("5.05", Full, "pięć złotych pięć groszy"),
        ("11", Full, "jedenaście złotych"),
        ("12.12", Full, "dwanaście złotych dwanaście groszy"),
        ("13", Full, "trzynaście złotych"),
        ("14.14", Full, "czternaście złotych czternaście groszy"),
        (
            "21.21",
            Full,
            "dwadzieścia jeden złotych dwadzieścia jeden groszy",
        ),
        (
            "22.22",
            Full,
            "dwadzieścia dwa złote dwadzieścia dwa grosze",
        ),
        ("25", Full, "dwadzieścia pięć złotych"),
        ("100", Full, "sto złotych"),
        ("104", Full, "sto cztery złote"),
        ("112", Full, "sto dwanaście złotych"),
        ("1000", Full, "tysiąc złotych"),
        ("2000", Full, "dwa tysiące złotych"),
        ("5000", Full, "pięć tysięcy złotych"),
        ("12000", Full, "dwanaście tysięcy złotych"),
        ("22000", Full, "dwadzieścia dwa tysiące złotych"),
        ("101000", Full, "sto jeden tysięcy złotych"),
        ("1000000", Full, "milion złotych"),
        ("2000000", Full, "dwa miliony złotych"),
        ("5000000", Full, "pięć milionów złotych"),
        ("1001001", Full, "milion tysiąc jeden złotych"),
        ("1000000000", Full, "miliard złotych"),
        ("3000000000", Full, "trzy miliardy złotych"),
        (
            "999999999999.99",
            Full,
            "dziewięćset dziewięćdziesiąt dziewięć miliardów dziewięćset dziewięćdziesiąt \
             dziewięć milionów dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset \
             dziewięćdziesiąt dziewięć złotych dziewięćdziesiąt dziewięć groszy",
        ),
        (
            "715.30",
            Full,
            "siedemset piętnaście złotych trzydzieści groszy",
        ),
        (
            "666.66",
            Fraction,
            "sześćset sześćdziesiąt sześć złotych 66/100",
        ),
        ("2.125", Fraction, "dwa złote 13/100"),
    ];
    for (amount, style, want) in cases {
        assert_eq!(
            &words(amount, Currency::Pln, Lang::Pl, *style),
            want,
            "{amount}"
        );
    }
    assert_eq!(
        words("40", Currency::Eur, Lang::Pl, Full),
        "czterdzieści euro"
    );
    assert_eq!(
        words("70.02", Currency::Eur, Lang::Pl, Full),
        "siedemdziesiąt euro dwa eurocenty"
    );
}

#[test]
fn romanian_amounts_in_words() {
    use WordsStyle::*;
    let cases: &[(&str, &str)] = &[
        ("0", "zero lei"),
        ("1", "un leu"),
        ("2", "doi lei"),
        ("10", "zece lei"),
        ("11", "unsprezece lei"),
        ("12", "doisprezece lei"),
        ("14", "paisprezece lei"),
        ("16", "șaisprezece lei"),
        ("19", "nouăsprezece lei"),
        ("20", "douăzeci de lei"),
        ("21", "douăzeci și unu de lei"),
        ("22", "douăzeci și doi de lei"),
        ("100", "o sută de lei"),
        ("101", "o sută unu lei"),
        ("102", "o sută doi lei"),
        ("119", "o sută nouăsprezece lei"),
        ("120", "o sută douăzeci de lei"),
        ("200", "două sute de lei"),
        ("1000", "o mie de lei"),
        ("1001", "o mie unu lei"),
        ("2000", "două mii de lei"),
        ("12000", "douăsprezece mii de lei"),
        ("21000", "douăzeci și una de mii de lei"),
        ("22000", "douăzeci și două de mii de lei"),
        ("100000", "o sută de mii de lei"),
        ("1000000", "un milion de lei"),
        ("2000000", "două milioane de lei"),
        ("21000000", "douăzeci și unu de milioane de lei"),
        ("1000000000", "un miliard de lei"),
        ("2500000000", "două miliarde cinci sute de milioane de lei"),
        ("0.01", "zero lei și un ban"),
        ("1.02", "un leu și doi bani"),
        (
            "123.45",
            "o sută douăzeci și trei de lei și patruzeci și cinci de bani",
        ),
        (
            "12345.67",
            "douăsprezece mii trei sute patruzeci și cinci de lei și șaizeci și șapte de bani",
        ),
        ("5.15", "cinci lei și cincisprezece bani"),
        ("605", "șase sute cinci lei"),
    ];
    for (amount, want) in cases {
        assert_eq!(
            &words(amount, Currency::Ron, Lang::Ro, Full),
            want,
            "{amount}"
        );
    }
    assert_eq!(
        words("368.56", Currency::Ron, Lang::Ro, Fraction),
        "trei sute șaizeci și opt de lei 56/100"
    );
    assert_eq!(
        words("40", Currency::Eur, Lang::Ro, Full),
        "patruzeci de euro"
    );
}

#[test]
fn english_amounts_in_words() {
    use WordsStyle::*;
    let cases: &[(&str, WordsStyle, &str)] = &[
        ("0", Full, "zero zlotys"),
        ("1", Full, "one zloty"),
        ("1.01", Full, "one zloty and one grosz"),
        ("15", Full, "fifteen zlotys"),
        ("40", Full, "forty zlotys"),
        ("75.5", Full, "seventy-five zlotys and fifty groszy"),
        ("100", Full, "one hundred zlotys"),
        ("1001", Full, "one thousand one zlotys"),
        (
            "9775.16",
            Fraction,
            "nine thousand seven hundred seventy-five zlotys 16/100",
        ),
        (
            "12345.67",
            Full,
            "twelve thousand three hundred forty-five zlotys and sixty-seven groszy",
        ),
        ("1000000", Full, "one million zlotys"),
        (
            "999999999999.99",
            Fraction,
            "nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred \
          ninety-nine thousand nine hundred ninety-nine zlotys 99/100",
        ),
    ];
    for (amount, style, want) in cases {
        assert_eq!(
            &words(amount, Currency::Pln, Lang::En, *style),
            want,
            "{amount}"
        );
    }
    assert_eq!(words("40", Currency::Eur, Lang::En, Full), "forty euros");
    assert_eq!(
        words("1.5", Currency::Ron, Lang::En, Full),
        "one leu and fifty bani"
    );
}

#[test]
fn rejects_out_of_range() {
    let err = |s: &str| {
        amount_in_words(
            Decimal::from_str(s).unwrap(),
            Currency::Pln,
            Lang::Pl,
            WordsStyle::Full,
        )
    };
    assert_eq!(err("-1"), Err(InputError::Negative));
    assert_eq!(err("1000000000000"), Err(InputError::TooLarge));
    assert_eq!(err("999999999999.995"), Err(InputError::TooLarge));
}
