//! The Romanian court routes on fixed cases. Interest figures are those of
//! reference/ro/examples.md C3 (semester variant, worked by hand there); dates are counted by
//! hand below each test from CPC art. 181 and the calendar.

use super::*;
use crate::engine::case::{Channel, Claim, Contact, Document, PartyKind, Payment};
use crate::engine::court::golden::golden;
use crate::engine::document::{plain_text, Document as Doc};
use crate::engine::interest::InterestKind;
use crate::engine::locale::{Currency, Jurisdiction};
use crate::engine::testkit::{date as d, dec};
use rust_decimal::Decimal;

fn somatie(sent: &str, received: Option<&str>) -> Contact {
    Contact {
        date: d(sent),
        time: String::new(),
        channel: Channel::RegisteredLetter,
        direction: Default::default(),
        summary: String::new(),
        promise: None,
        document: Some(Document::Somatie),
        delivered: received.map(d),
        acknowledges: false,
    }
}

/// C3: 20 000 lei due 31.12.2021, between professionals, 40 EUR at 4,9750.
fn c3() -> Case {
    let mut case = Case::new(Jurisdiction::Ro);
    case.interest.kind = InterestKind::Commercial;
    case.interest.eur_rate = Some(dec("4.9750"));
    case.creditor.name = "SC Tipografia Ş.A. SRL".into();
    case.creditor.address = "Str. Memorandumului nr. 28\n400114 Cluj-Napoca, jud. Cluj".into();
    case.creditor.tax_id = "RO18547290".into();
    case.creditor.registry_number = "J12/3456/2015".into();
    case.debtor.name = "SC Comerț Țărănesc SRL".into();
    case.debtor.address = "Bd. Independenței nr. 5, 700102 Iași, jud. Iași".into();
    case.debtor.tax_id = "RO14399840".into();
    case.debtor.registry_number = "J22/789/2010".into();
    case.claims.push(Claim {
        issue_date: Some(d("2021-12-01")),
        ..Claim::new("F1", d("2021-12-31"), Decimal::from(20_000), case.currency)
    });
    case.letter.place = "Cluj-Napoca".into();
    case.letter.iban = "RO49AAAA1B31007593840000".into();
    case.letter.signatory = "Ion Popescu, administrator".into();
    case.contacts
        .push(somatie("2023-01-05", Some("2023-01-10")));
    case
}

fn text(d: &Doc) -> String {
    plain_text(d)
}

/// CPC art. 1015 + 181: received R, payable through R + 16 (off non-working days), filing from
/// the day after.
#[test]
fn the_fifteen_clear_days_of_the_somatie() {
    // ro/collection.md §13: received Tue 02.04.2024 -> pay by Thu 18.04, file from Fri 19.04.
    assert_eq!(somatie_pay_by(d("2024-04-02")), d("2024-04-18"));
    assert_eq!(payment_order_earliest(d("2024-04-02")), d("2024-04-19"));
    // ro/rules.md §6.1: received Mon 01.06.2026, payable until Wed 17.06.2026.
    assert_eq!(somatie_pay_by(d("2026-06-01")), d("2026-06-17"));
    // Received Thu 04.04.2024: R + 16 is Sat 20.04, so the term ends Mon 22.04 (art. 181
    // alin. (2)) and the request may be filed from Tue 23.04.
    assert_eq!(payment_order_earliest(d("2024-04-04")), d("2024-04-23"));
}

/// Both sides of the line: received Tue 10.01.2023, R + 16 = Thu 26.01.2023 (a working day),
/// so filing on 26.01 is refused with 27.01, and 27.01 is accepted.
#[test]
fn the_order_is_refused_until_the_somatie_term_has_passed() {
    let case = c3();
    let early = routes(&case, d("2023-01-26")).unwrap();
    assert_eq!(
        early.order.blockers,
        vec![Blocker::TooEarly {
            received: d("2023-01-10"),
            pay_by: d("2023-01-26"),
            earliest: d("2023-01-27"),
        }]
    );
    assert!(early.order_document(&case, "Judecătoria Iași").is_none());
    let ready = routes(&case, d("2023-01-27")).unwrap();
    assert!(ready.order.admissible(), "{:?}", ready.order.blockers);
    assert!(ready.order_document(&case, "Judecătoria Iași").is_some());
}

#[test]
fn without_a_receipt_date_the_order_says_what_is_missing() {
    let mut case = c3();
    case.contacts = vec![somatie("2023-01-05", None)];
    let r = routes(&case, d("2023-03-01")).unwrap();
    assert_eq!(
        r.order.blockers,
        vec![Blocker::ReceiptUnknown {
            sent: d("2023-01-05")
        }]
    );
    case.contacts.clear();
    let r = routes(&case, d("2023-03-01")).unwrap();
    assert_eq!(r.order.blockers, vec![Blocker::NoSomatie]);
    case.contacts = vec![somatie("2023-01-05", Some("2023-01-04"))];
    let r = routes(&case, d("2023-03-01")).unwrap();
    assert!(matches!(
        r.order.blockers[..],
        [Blocker::ReceivedBeforeSent { .. }]
    ));
}

#[test]
fn cautions_name_the_channel_the_six_months_and_the_court() {
    let mut case = c3();
    case.contacts[0].channel = Channel::Email;
    // Sent 05.01.2023: the interruption holds if the claim is filed by 05.07.2023.
    let r = routes(&case, d("2023-07-06")).unwrap();
    assert!(r.order.cautions.contains(&Caution::SomatieChannel {
        channel: Channel::Email
    }));
    assert!(r.order.cautions.contains(&Caution::InterruptionLapsed {
        until: d("2023-07-05")
    }));
    let r = routes(&case, d("2023-07-05")).unwrap();
    assert!(!r
        .order
        .cautions
        .iter()
        .any(|c| matches!(c, Caution::InterruptionLapsed { .. })));
    assert!(r.order.cautions.contains(&Caution::CourtToCheck));
}

/// The request with every figure: C3 semester variant, 181 d × 9,75 % + 184 d × 11,75 % +
/// 31 d × 14,75 % on 20 000 lei = 966,99 + 1 184,66 + 250,55 = 2 402,20 lei (each period
/// rounded, examples.md C3); 40 EUR × 4,9750 = 199,00 lei; total 22 601,20 lei; duty 200 lei.
#[test]
fn the_payment_order_request() {
    let case = c3();
    let r = routes(&case, d("2023-01-31")).unwrap();
    assert_eq!(r.court, "Judecătoria Iași");
    let doc = r.order_document(&case, &r.court).unwrap();
    let t = golden("court-ro-order", &doc);
    for expected in [
        "Cluj-Napoca, 31.01.2023",
        "JUDECĂTORIA IAȘI",
        "CERERE DE EMITERE A ORDONANȚEI DE PLATĂ",
        "Subscrisa SC Tipografia Ș.A. SRL, cu sediul în Str. Memorandumului nr. 28, 400114 Cluj-Napoca, jud. Cluj, CUI RO18547290, înregistrată la registrul comerțului sub nr. J12/3456/2015, cont bancar RO49 AAAA 1B31 0075 9384 0000, în calitate de creditoare,",
        "SC Comerț Țărănesc SRL, cu sediul în Bd. Independenței nr. 5, 700102 Iași, jud. Iași, CUI RO14399840, înregistrată la registrul comerțului sub nr. J22/789/2010, în calitate de debitoare,",
        "suma de 22.601,20 lei (în litere: douăzeci și două de mii șase sute unu lei și douăzeci de bani)",
        "1) debit principal: 20.000,00 lei",
        "2) dobânda legală penalizatoare între profesioniști, egală cu rata dobânzii de referință a BNR plus 8 puncte procentuale (art. 3 alin. (2¹) din OG nr. 13/2011), calculată de la data de 01.01.2022 până la data de 31.01.2023: 2.402,20 lei, precum și dobânda în continuare, de la data de 01.02.2023",
        "3) despăgubirea pentru costurile de recuperare prevăzută de art. 10 din Legea nr. 72/2013: 40 EUR, adică 199,00 lei",
        "taxa judiciară de timbru de 200,00 lei",
        "F1 | 01.12.2021 | 31.12.2021 | 20.000,00 lei | 0,00 lei | 20.000,00 lei | 2.402,20 lei",
        "trimisă debitoarei la data de 05.01.2023 prin scrisoare recomandată cu conținut declarat și confirmare de primire și primită de aceasta la data de 10.01.2023",
        "Termenul s-a împlinit la data de 26.01.2023",
        "art. 1018 alin. (1) C.proc.civ.",
        "și ale Legii nr. 72/2013.",
        "art. 6 alin. (2) din OUG nr. 80/2013",
        "1. facturile nr. F1, în copie certificată „conform cu originalul”;",
        "2. somația de plată din data de 05.01.2023 și dovada comunicării ei (confirmarea de primire din data de 10.01.2023);",
        "3. calculul dobânzii (anexa nr. 1 la prezenta cerere);",
        "Ion Popescu, administrator",
        "F1 | 01.01.2022 | 30.06.2022 | 181 | 9,75% | 20.000,00 lei | 966,99 lei",
        "F1 | 01.07.2022 | 31.12.2022 | 184 | 11,75% | 20.000,00 lei | 1.184,66 lei",
        "F1 | 01.01.2023 | 31.01.2023 | 31 | 14,75% | 20.000,00 lei | 250,55 lei",
        "= de plată: 2.402,20 lei",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    assert!(!t.contains('ş') && !t.contains('ţ'));
}

#[test]
fn payments_and_invoices_not_yet_due() {
    let mut case = c3();
    case.claims.push(Claim::new(
        "F2",
        d("2023-02-28"),
        Decimal::from(500),
        case.currency,
    ));
    case.payments.push(Payment {
        date: d("2022-06-30"),
        amount: Decimal::from(1_000),
        claim: None,
    });
    let r = routes(&case, d("2023-01-31")).unwrap();
    assert_eq!(r.order.claims, vec![0]);
    assert!(r
        .order
        .cautions
        .contains(&Caution::NotYetDue { claims: vec![1] }));
    let t = text(&r.order_document(&case, &r.court).unwrap());
    assert!(!t.contains("F2"), "{t}");
    assert!(
        t.contains("Plățile debitoarei, în total 1.000,00 lei"),
        "{t}"
    );
}

/// CPC art. 1026 alin. (1): up to 10 000 lei of principal, interest and costs excluded.
#[test]
fn the_small_claim_limit_on_both_sides() {
    let mut case = c3();
    case.claims[0].amount = Decimal::from(10_000);
    let r = routes(&case, d("2023-01-31")).unwrap();
    assert!(r.small.admissible(), "{:?}", r.small.blockers);
    // Interest takes the value above 2 000 lei: 200 lei (OUG 80/2013 art. 6 alin. (1)).
    assert_eq!(r.small.duty, Some(Decimal::from(200)));
    case.claims[0].amount = dec("10000.01");
    let r = routes(&case, d("2023-01-31")).unwrap();
    assert_eq!(
        r.small.blockers,
        vec![SmallBlocker::OverLimit {
            principal: dec("10000.01"),
            limit: 10_000
        }]
    );
    assert!(r.small_document(&case, &r.court).is_none());
}

#[test]
fn the_recommendation_and_its_reasons() {
    let mut case = c3();
    case.interest.compensation = false;
    case.claims[0].amount = Decimal::from(1_500);
    case.claims[0].due_date = d("2023-01-15");
    // 1 500 lei due Sun 15.01.2023, moved to Mon 16.01 (C.civ. art. 2554); the small claim
    // follows every BNR change: 17.01–31.01, 15 days at 7,00 + 8 = 15 %:
    // 1500 × 0,15 × 15 / 365 = 9,25; value 1 509,25 lei <= 2 000: 50 lei against 200.
    let r = routes(&case, d("2023-01-31")).unwrap();
    assert_eq!(r.small.value, dec("1509.25"));
    let rec = r.recommendation.unwrap();
    assert_eq!(rec.route, Route::SmallClaim);
    assert_eq!(
        rec.reasons[0],
        RouteReason::SmallCheaper {
            small: Decimal::from(50),
            order: Decimal::from(200)
        }
    );
    // Too early for the order: the small claim, with the order's date.
    let r = routes(&case, d("2023-01-20")).unwrap();
    let rec = r.recommendation.unwrap();
    assert_eq!(rec.route, Route::SmallClaim);
    assert!(rec.reasons.contains(&RouteReason::OrderNotYet {
        earliest: d("2023-01-27")
    }));
    // Same duty: the order, faster and enforceable.
    case.claims[0].amount = Decimal::from(5_000);
    let r = routes(&case, d("2023-01-31")).unwrap();
    let rec = r.recommendation.unwrap();
    assert_eq!(rec.route, Route::PaymentOrder);
    assert!(rec.reasons.contains(&RouteReason::OrderFast));
    // Over the limit: the order alone.
    case.claims[0].amount = Decimal::from(50_000);
    let rec = routes(&case, d("2023-01-31"))
        .unwrap()
        .recommendation
        .unwrap();
    assert_eq!(
        (rec.route, &rec.reasons[0]),
        (Route::PaymentOrder, &RouteReason::OnlyOne)
    );
}

#[test]
fn the_small_claim_sheet_follows_the_form() {
    let mut case = c3();
    case.claims[0].amount = Decimal::from(8_000);
    let r = routes(&case, d("2023-01-31")).unwrap();
    let t = golden(
        "court-ro-small-claim",
        &r.small_document(&case, "Judecătoria Iași").unwrap(),
    );
    for expected in [
        "DATE PENTRU CEREREA DE VALOARE REDUSĂ",
        "1. Instanța judecătorească",
        "Judecătoria Iași (judecătoria este competentă",
        "2. Identificarea părților",
        "Cod de identificare (CUI / CNP) | RO14399840",
        "3. Informații privind cererea introductivă",
        "4. Valoarea cererii *",
        "Debit principal | 8.000,00 lei",
        "nu depășește 10.000,00 lei (art. 1026 alin. (1) C.proc.civ.)",
        "Taxa judiciară de timbru: 200,00 lei",
        "somația de plată din data de 05.01.2023, primită la data de 10.01.2023;",
        "Rubricile marcate cu * nu au putut fi confirmate",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
}

#[test]
fn the_default_court_follows_the_debtors_seat_and_the_value() {
    let mut case = c3();
    assert_eq!(
        default_court(&case, Decimal::from(1_000)),
        "Judecătoria Iași"
    );
    assert_eq!(
        default_court(&case, Decimal::from(200_001)),
        "Tribunalul Iași"
    );
    case.debtor.address = "Str. Fabricii nr. 3, Sector 6, București".into();
    assert_eq!(
        default_court(&case, Decimal::from(1_000)),
        "Judecătoria Sectorului 6 București"
    );
    case.debtor.address = String::new();
    assert_eq!(default_court(&case, Decimal::from(1_000)), "Judecătoria");
}

/// Whatever the case holds, the routes and both documents come back without a panic (the
/// release build aborts on one): every interest kind and party kind, foreign currency, a
/// consumer, payments beyond the debt, invoices not yet due, a somație in the future.
#[test]
fn odd_cases_never_panic() {
    let kinds = [
        InterestKind::Statutory,
        InterestKind::Commercial,
        InterestKind::Capital,
        InterestKind::Contractual,
    ];
    for (i, kind) in kinds.into_iter().enumerate() {
        for currency in [Currency::Ron, Currency::Eur, Currency::Pln] {
            let mut case = c3();
            case.currency = currency;
            case.claims[0].currency = currency;
            case.interest.kind = kind;
            case.interest.contract_rate = Some(dec("12.5"));
            case.debtor.kind = [PartyKind::Consumer, PartyKind::Business][i % 2];
            case.debtor.address = ["", ",,,", "Sector", "jud."][i].into();
            case.payments.push(Payment {
                date: d("2022-01-10"),
                amount: Decimal::from(50_000),
                claim: None,
            });
            case.contacts
                .push(somatie("2030-01-01", Some("2030-01-02")));
            for filing in ["1990-01-01", "2022-01-01", "2023-01-31", "2100-12-31"] {
                let Ok(r) = routes(&case, d(filing)) else {
                    continue;
                };
                let _ = r.order_document(&case, &r.court);
                let _ = r.small_document(&case, "");
            }
        }
    }
    let empty = Case::new(Jurisdiction::Ro);
    let r = routes(&empty, d("2023-01-31")).unwrap();
    assert_eq!(
        r.order.blockers,
        vec![Blocker::NoSomatie, Blocker::NothingDue]
    );
    assert!(r.recommendation.is_none());
}
