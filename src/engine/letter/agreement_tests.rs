//! The instalment agreement from the documented example case: account, place, the invoices
//! acknowledged and the acceleration clause; whole texts pinned in tests/golden/agreement-*.txt
//! (regenerate after an intended change with OVERDUE_BLESS=1).

use super::*;
use crate::engine::letter::tests::{d, golden};
use crate::engine::letter::{plain_text, LetterOptions};
use crate::engine::locale::Jurisdiction;
use crate::engine::plan::{schedule, PlanOptions};

/// docs/case.example.json: FV 1/2025 12 300,00, FV 2/2025 4 000,00, FV 3/2025 1 000,00 and one
/// undesignated payment of 5 000,00 on 15.05.2025, which art. 451 KC applies to FV 1/2025 (its
/// interest first, then 4 448,02 of principal: docs/json.md), so on the agreement date all three
/// invoices are owed, FV 1/2025 with 7 851,98 of principal.
fn case(place: &str, iban: &str) -> Case {
    let mut case = crate::engine::testkit::example_case();
    case.letter = LetterOptions {
        place: place.into(),
        iban: iban.into(),
        ..LetterOptions::default()
    };
    case.plan = PlanOptions {
        agreement_date: Some(d("2026-01-05")),
        first_due: Some(d("2026-02-02")),
        shift_non_working: true,
        count: 6,
        ..PlanOptions::default()
    };
    case
}

fn text(case: &Case, lang: Lang) -> String {
    let s = schedule(case, d("2026-01-05")).unwrap();
    plain_text(&compose_agreement(case, &s, lang))
}

#[test]
fn polish_agreement_names_the_account_the_place_and_the_invoices() {
    // The NRB as printed on an invoice: the case holds it as an IBAN after the form, but a case
    // from JSON may carry the bare NRB, which the agreement accepts too.
    let c = case("Łódź", "61 1090 1014 0000 0712 1981 2874");
    let t = text(&c, Lang::Pl);
    for expected in [
        "Łódź, 05.01.2026",
        "zawarta w dniu 05.01.2026 w miejscowości Łódź",
        "wynikający z faktur wymienionych poniżej, i zobowiązuje się",
        "Faktura | Data wystawienia | Termin płatności | Kwota faktury | Pozostała należność główna",
        "FV 1/2025 | 01.01.2025 | 31.01.2025 | 12 300,00 zł | 7 851,98 zł",
        "FV 2/2025 | — | 31.03.2025 | 4 000,00 zł | 4 000,00 zł",
        "FV 3/2025 | — | 30.06.2025 | 1 000,00 zł | 1 000,00 zł",
        "na rachunek bankowy Wierzyciela nr PL61 1090 1014 0000 0712 1981 2874. Raty nie zawierają odsetek.",
        "W razie opóźnienia w zapłacie którejkolwiek raty o więcej niż 14 dni",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    assert!(!t.contains("1 raty lub rat"));
    golden("agreement-pl", &t);
}

#[test]
fn without_an_account_a_line_is_left_to_fill_in_and_two_late_instalments_are_counted() {
    let mut c = case("", "");
    c.plan.acceleration_instalments = 2;
    let t = text(&c, Lang::Pl);
    assert!(t.contains("na rachunek bankowy Wierzyciela nr ________________________________."));
    assert!(t.contains("zawarta w dniu 05.01.2026\n"), "{t}");
    assert!(t.contains("W razie opóźnienia w zapłacie co najmniej 2 rat o więcej niż 14 dni"));
    // An invalid account is not printed as if it were one.
    let c = case("", "PL61 1090 1014 0000 0712 1981 2875");
    assert!(text(&c, Lang::Pl).contains("nr ________________________________."));
}

#[test]
fn a_fully_paid_invoice_is_not_acknowledged() {
    let mut c = case("Łódź", "");
    // 1 000,00 designated to FV 3/2025 on its due date: nothing of it is owed.
    c.payments.push(crate::engine::case::Payment {
        date: d("2025-06-30"),
        amount: rust_decimal::Decimal::from(1000),
        claim: Some("FV 3/2025".into()),
    });
    let t = text(&c, Lang::Pl);
    assert!(t.contains("FV 2/2025 |"));
    assert!(!t.contains("FV 3/2025 |"), "{t}");
}

#[test]
fn romanian_and_english_agreements() {
    let mut c = case("Cluj-Napoca", "RO49 AAAA 1B31 0075 9384 0000");
    c.jurisdiction = Jurisdiction::Ro;
    c.currency = crate::engine::locale::Currency::Ron;
    for claim in &mut c.claims {
        claim.currency = c.currency;
    }
    let ro = text(&c, Lang::Ro);
    for expected in [
        "încheiat la data de 05.01.2026 în localitatea Cluj-Napoca",
        "rezultată din facturile de mai jos, și se obligă",
        "în contul bancar al Creditorului nr. RO49 AAAA 1B31 0075 9384 0000.",
        "În cazul întârzierii plății oricărei rate cu mai mult de 14 zile",
    ] {
        assert!(ro.contains(expected), "missing {expected:?} in\n{ro}");
    }
    golden("agreement-ro", &ro);
    let en = text(&case("London", "GB29 NWBK 6016 1331 9268 19"), Lang::En);
    for expected in [
        "made on",
        "at London",
        "arising from the invoices listed below, and undertakes",
        "to the Creditor's bank account GB29 NWBK 6016 1331 9268 19.",
        "3. If any instalment is more than 14 days late",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in\n{en}");
    }
    golden("agreement-en", &en);
}
