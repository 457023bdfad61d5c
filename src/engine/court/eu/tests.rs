//! The EU routes. Conversions worked by hand in each test.

use super::*;
use crate::engine::case::{Channel, Claim, Contact, Document};
use crate::engine::court::golden::golden;
use crate::engine::interest::InterestKind;
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::testkit::{date as d, dec};
use rust_decimal::Decimal;

fn ro_case(debtor_vat: &str, amount: &str, currency: Currency) -> Case {
    let mut case = Case::new(Jurisdiction::Ro);
    case.currency = currency;
    case.interest.kind = InterestKind::Commercial;
    case.interest.eur_rate = Some(dec("4.9750"));
    case.creditor.name = "SC Tipografia SA SRL".into();
    case.creditor.address = "Str. Memorandumului nr. 28, 400114 Cluj-Napoca".into();
    case.creditor.tax_id = "RO18547290".into();
    case.debtor.name = "Druckerei Müller GmbH".into();
    case.debtor.address = "Hauptstraße 5\n80331 München".into();
    case.debtor.tax_id = debtor_vat.into();
    case.claims.push(Claim {
        issue_date: Some(d("2025-12-01")),
        ..Claim::new("F9", d("2025-12-31"), dec(amount), currency)
    });
    case
}

#[test]
fn the_debtors_country_comes_from_the_vat_prefix() {
    assert_eq!(country_of_tax_id("DE123456789").unwrap().name, "Germany");
    assert_eq!(country_of_tax_id("el094014201").unwrap().code, "GR");
    assert_eq!(country_of_tax_id("5260250274"), None);
    assert_eq!(country_of_tax_id("CH123"), None, "not a member state");
    let filing = d("2026-03-02");
    let blockers = |vat: &str| {
        assess(&ro_case(vat, "1000", Currency::Ron), filing, None)
            .unwrap()
            .0
            .blockers
    };
    assert_eq!(blockers("DE123456789"), vec![]);
    assert_eq!(blockers("12345"), vec![EuBlocker::CountryUnknown]);
    assert_eq!(blockers("RO14399840"), vec![EuBlocker::NotCrossBorder]);
    assert_eq!(blockers("DK12345678"), vec![EuBlocker::Denmark]);
    // The person's choice wins over the prefix.
    let (c, _) = assess(
        &ro_case("12345", "1000", Currency::Ron),
        filing,
        country("AT"),
    )
    .unwrap();
    assert!(c.admissible());
}

/// Reg. 861/2007 art. 2(1): up to 5 000 EUR of principal.
#[test]
fn the_small_claims_limit_on_both_sides() {
    let filing = d("2026-03-02");
    let (c, _) = assess(&ro_case("DE1", "5000", Currency::Eur), filing, None).unwrap();
    assert_eq!(
        c.procedures,
        vec![Procedure::OrderForPayment, Procedure::SmallClaims]
    );
    let (c, _) = assess(&ro_case("DE1", "5000.01", Currency::Eur), filing, None).unwrap();
    assert_eq!(c.procedures, vec![Procedure::OrderForPayment]);
    assert_eq!(c.reasons[0], EuReason::OverSmallLimit);
    // In lei at the typed 4,9750: 24 875 lei = 5 000,00 EUR; 24 880 lei = 5 001,01 EUR.
    let (c, _) = assess(&ro_case("DE1", "24875", Currency::Ron), filing, None).unwrap();
    assert_eq!(c.principal_eur, Some(dec("5000.00")));
    assert!(c.procedures.contains(&Procedure::SmallClaims));
    let (c, _) = assess(&ro_case("DE1", "24880", Currency::Ron), filing, None).unwrap();
    assert_eq!(c.principal_eur, Some(dec("5001.01")));
    assert!(!c.procedures.contains(&Procedure::SmallClaims));
    // No rate known: not assessed, and said so.
    let mut case = ro_case("DE1", "1000", Currency::Ron);
    case.interest.eur_rate = None;
    let (c, _) = assess(&case, filing, None).unwrap();
    assert_eq!(c.principal_eur, None);
    assert!(c.reasons.contains(&EuReason::LimitNotAssessed));
    // PL: the NBP rate of 30.04.2026 (4,2589) for a claim filed in May 2026:
    // 21 294,50 zł / 4,2589 = 5 000,00 EUR.
    let mut case = ro_case("DE1", "21294.50", Currency::Pln);
    case.jurisdiction = Jurisdiction::Pl;
    let (c, _) = assess(&case, d("2026-05-15"), None).unwrap();
    assert_eq!(c.principal_eur, Some(dec("5000.00")));
    assert_eq!(
        c.conversion,
        Some(Conversion {
            per_eur: dec("4.2589"),
            date: Some(d("2026-04-30"))
        })
    );
}

#[test]
fn an_acknowledged_debt_is_uncontested() {
    let mut case = ro_case("DE1", "1000", Currency::Eur);
    let filing = d("2026-03-02");
    let (c, _) = assess(&case, filing, None).unwrap();
    assert!(!c.reasons.contains(&EuReason::Uncontested));
    case.contacts.push(Contact {
        date: d("2026-01-20"),
        time: String::new(),
        channel: Channel::Letter,
        direction: crate::engine::case::Direction::Incoming,
        summary: String::new(),
        promise: None,
        document: None,
        delivered: None,
        acknowledges: true,
    });
    let (c, _) = assess(&case, filing, None).unwrap();
    assert!(c.reasons.contains(&EuReason::Uncontested));
}

/// 3 000 EUR due 31.12.2025, RO between professionals: 14,5 % (6,50 + 8) from 01.01 to
/// 02.03.2026, 61 days: 3000 × 0,145 × 61 / 365 = 72,70 EUR; 40 EUR compensation.
#[test]
fn the_form_a_sheet() {
    let mut case = ro_case("DE811128135", "3000", Currency::Eur);
    case.contacts.push(Contact {
        date: d("2026-01-15"),
        time: String::new(),
        channel: Channel::RegisteredLetter,
        direction: Default::default(),
        summary: String::new(),
        promise: None,
        document: Some(Document::Demand),
        delivered: Some(d("2026-01-20")),
        acknowledges: false,
    });
    let filing = d("2026-03-02");
    let (c, report) = assess(&case, filing, None).unwrap();
    let order = compose_sheet(&case, &report, &c, Procedure::OrderForPayment).unwrap();
    let t = golden("court-eu-order-for-payment", &order);
    for expected in [
        "EUROPEAN ORDER FOR PAYMENT — DATA FOR FORM A",
        "A court of Germany, the defendant's domicile (jurisdiction code 01)",
        " | 01 Claimant | 02 Defendant",
        "Company name or surname and first name | SC Tipografia SA SRL | Druckerei Müller GmbH",
        "Identification code | RO18547290 | DE811128135",
        "Address, postal code, city | Str. Memorandumului nr. 28, 400114 Cluj-Napoca | Hauptstraße 5, 80331 München",
        "Country | RO | DE",
        "in Romania: 200 lei (OUG 80/2013 art. 6(2)",
        "F9 | choose | 3,000.00 | EUR | 1 Dec 2025 | 31 Dec 2025",
        "NBR reference rate + 8 percentage points (OG 13/2011 art. 3(2¹)) | 1 Jan 2026 | EUR 72.70",
        "Fixed compensation for recovery costs, 40 EUR (EUR 40.00; art. 10 Legea 72/2013",
        "1. Invoice F9 of 1 Dec 2025",
        "2. Demand letter of 15 Jan 2026, delivered on 20 Jan 2026",
        "C-215/11 Szyrocka",
        "https://eur-lex.europa.eu/eli/reg/2006/1896/oj",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    let small = compose_sheet(&case, &report, &c, Procedure::SmallClaims).unwrap();
    let t = golden("court-eu-small-claims", &small);
    assert!(t.contains("EUROPEAN SMALL CLAIMS PROCEDURE"), "{t}");
    assert!(
        t.contains("Principal 3,000.00 EUR (at 1), within the small-claims limit of 5000 EUR"),
        "{t}"
    );
    assert!(t.contains("50 lei for a claim up to 2 000 lei, 200 lei above"));
    // No sheet when the procedure is not open.
    case.claims[0].amount = Decimal::from(6_000);
    let (c, report) = assess(&case, filing, None).unwrap();
    assert!(compose_sheet(&case, &report, &c, Procedure::SmallClaims).is_none());
}

#[test]
fn odd_cases_never_panic() {
    let mut sheets = 0;
    for currency in [Currency::Ron, Currency::Eur, Currency::Pln] {
        for rate in ["0.0000001", "0", "99999", "4.97"] {
            let mut case = ro_case("DE1", "999999999.99", currency);
            case.interest.eur_rate = Some(dec(rate));
            for filing in ["1990-01-01", "2026-03-02", "2100-12-31"] {
                let Ok((c, report)) = assess(&case, d(filing), None) else {
                    continue;
                };
                for p in [Procedure::OrderForPayment, Procedure::SmallClaims] {
                    sheets += usize::from(compose_sheet(&case, &report, &c, p).is_some());
                }
            }
        }
    }
    assert!(sheets > 0);
}
