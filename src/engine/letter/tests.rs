//! Letter content per country and language from fixed cases. Figures are asserted against the
//! independently computed totals of docs/json.md; the whole text is pinned in tests/golden
//! (regenerate after an intended change with OVERDUE_BLESS=1).

use super::*;
use crate::engine::case::{Case, Claim, Payment};
use crate::engine::evaluate;
use crate::engine::interest::InterestKind;
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::money::format_amount;
use rust_decimal::Decimal;
use std::str::FromStr;

pub(super) use crate::engine::testkit::date as d;
use crate::engine::testkit::example_case;

/// Compares a whole text with its pinned file in tests/golden (the agreement tests use it too).
pub(super) fn golden(name: &str, text: &str) {
    crate::engine::testkit::golden(&format!("tests/golden/{name}.txt"), text);
}

fn polish_case() -> Case {
    let mut case = example_case();
    case.letter = LetterOptions {
        kind: LetterKind::PlDemand,
        place: "Warszawa".into(),
        iban: "PL61109010140000071219812874".into(),
        signatory: "Jan Nowak, prezes zarządu".into(),
        extra: "Przypominam, że faktury były wielokrotnie monitowane telefonicznie.".into(),
        ..LetterOptions::default()
    };
    case
}

/// An amount as plain text shows it (no-break spaces become spaces).
fn shown(v: Decimal, case: &Case, lang: Lang) -> String {
    format_amount(v, case.currency, lang).replace('\u{a0}', " ")
}

fn letter(case: &Case) -> Letter {
    let report = evaluate(case).unwrap();
    compose(case, &report, None, &case.letter)
}

#[test]
fn polish_demand_letter() {
    let case = polish_case();
    let text = plain_text(&letter(&case));
    for expected in [
        "Warszawa, 31.12.2025",
        "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "NIP: 5260250274",
        "kwoty 14 788,37 zł (słownie: czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy)",
        "należność główna: 12 851,98 zł",
        "FV 1/2025 | 01.01.2025 | 31.01.2025 | 12 300,00 zł | 4 448,02 zł | 7 851,98 zł | 759,49 zł",
        "Działając w imieniu Drukarnia Nowak sp. z o.o., wzywam Dłużnika do zapłaty na rzecz Wierzyciela kwoty",
        // The 5 000 zł payment and how art. 451 KC applied it (docs/json.md).
        "15.05.2025 | 5 000,00 zł | FV 1/2025 | 551,98 zł | 4 448,02 zł",
        "naliczone do dnia 31.12.2025: 1 852,93 zł, z czego wpłatami pokryto 551,98 zł; pozostaje do zapłaty: 1 300,95 zł",
        "150 EUR, tj. 635,44 zł",
        "FV 1/2025 | 70 | 4,2730 (kurs średni NBP z dnia 31.12.2024, tabela 252/A/NBP/2024) | 299,11 zł",
        "(słownie: czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy), wraz z dalszymi odsetkami od należności głównej od dnia 01.01.2026 do dnia zapłaty.",
        "w terminie 7 dni od dnia doręczenia niniejszego wezwania na rachunek bankowy nr PL61 1090 1014 0000 0712 1981 2874.",
        "Opłata sądowa od pozwu wyniesie 750,00 zł",
        "w elektronicznym postępowaniu upominawczym 188,00 zł", // 750 / 4 rounded up (art. 21 UKSC)
        "Wierzyciel pozostaje otwarty na polubowne rozwiązanie sprawy.",
        "art. 187 § 1 pkt 3 KPC",
        "Przypominam, że faktury były wielokrotnie monitowane telefonicznie.",
        "Jan Nowak, prezes zarządu",
        "Załącznik nr 1: wyliczenie odsetek",
        "FV 1/2025 | 01.02.2025 | 15.05.2025 | 104 | 15,75% | 12 300,00 zł | 551,98 zł",
        // The annex ends with accrued − paid = due, the figure of item 2.
        "Odsetki naliczone: 1 852,93 zł − odsetki pokryte wpłatami: 551,98 zł = odsetki do zapłaty: 1 300,95 zł",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    for absent in [
        "przedawnienia",
        "w imieniu własnym",
        "Jestem",
        "Proponuję",
        "biura informacji gospodarczej",
        "załączonej propozycji",
    ] {
        assert!(!text.contains(absent), "{absent:?} in\n{text}");
    }
    assert!(letter(&case).guidance.contains(&Guidance::PlNoInterruption));
    golden("letter-pl-demand", &text);
}

#[test]
fn polish_final_demand_and_interest_note() {
    let mut case = polish_case();
    case.letter.kind = LetterKind::PlFinalDemand;
    assert_eq!(
        letter(&case).title,
        "OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY"
    );

    let mut note = polish_case();
    note.claims.truncate(1);
    // Paid late, in full: the creditor books the payment on the invoice, the note bills the
    // interest and the compensation.
    note.interest.allocation = crate::engine::interest::Allocation::PrincipalFirst;
    note.payments = vec![Payment {
        date: d("2025-05-15"),
        amount: Decimal::from(12_300),
        claim: Some("FV 1/2025".into()),
    }];
    note.letter.kind = LetterKind::PlInterestNote;
    note.letter.number = "1/2025".into();
    let text = plain_text(&letter(&note));
    assert!(text.contains("NOTA ODSETKOWA nr 1/2025"), "{text}");
    assert!(
        text.contains(
            "FV 1/2025 | 31.01.2025 | 15.05.2025 | 104 | 12 300,00 zł | 15,75% | 551,98 zł"
        ),
        "{text}"
    );
    // 551,98 interest + 70 EUR × 4,2730 = 299,11.
    assert!(text.contains("Razem do zapłaty: 851,09 zł"), "{text}");
    assert!(text.contains("od dnia doręczenia noty"), "{text}");
    assert!(text.contains("nie jest fakturą VAT"));
    golden("letter-pl-interest-note", &text);
}

#[test]
fn romanian_somatie() {
    let mut case = Case::new(Jurisdiction::Ro);
    case.interest.kind = InterestKind::Commercial;
    case.interest.eur_rate = Some(Decimal::from_str("4.9750").unwrap());
    case.calculation_date = Some(d("2023-01-31"));
    case.creditor.name = "SC Tipografia Ș.A. SRL".into();
    case.creditor.tax_id = "RO18547290".into();
    case.debtor.name = "SC Comerț Țărănesc SRL".into();
    case.claims.push(Claim {
        number: "F1".into(),
        issue_date: None,
        due_date: d("2021-12-31"),
        amount: Decimal::from(20_000),
        currency: case.currency,
        pl_kind: None,
        eur_rate: None,
    });
    case.letter = LetterOptions {
        kind: LetterKind::RoSomatie,
        place: "Cluj-Napoca".into(),
        deadline_days: Some(15),
        iban: "RO49AAAA1B31007593840000".into(),
        ..LetterOptions::default()
    };
    let text = plain_text(&letter(&case));
    for expected in [
        "SOMAȚIE DE PLATĂ",
        "În temeiul art. 1015 din Codul de procedură civilă",
        "debit principal: 20.000,00 lei (în litere: douăzeci de mii de lei)",
        // reference/ro/examples.md C3: 2 719,45 lei to 31.01.2023.
        "calculată până la data de 31.01.2023: 2.719,45 lei",
        "40 EUR, adică 199,00 lei",
        "în termen de 15 zile de la primirea prezentei, în contul bancar RO49 AAAA 1B31 0075 9384 0000.",
        "art. 3 alin. (2¹) din OG nr. 13/2011",
        "art. 2540 C.civ.",
        // The procedure a somație leads to, then the ordinary action (ro/collection.md §7.5;
        // 20 000 lei principal is above the small-claims limit of CPC art. 1026).
        "Taxa judiciară de timbru pentru cererea de emitere a ordonanței de plată este de 200,00 lei (art. 6 alin. (2) din OUG nr. 80/2013).",
        // OUG 80/2013 art. 3 on 22 719,45 lei: 355 + 5% × 17 719,45 = 1 240,97 (ro/examples.md C6).
        "Pentru o acțiune în pretenții pe calea dreptului comun, taxa ar fi de 1.240,97 lei (art. 3 alin. (1) din OUG nr. 80/2013).",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Instructions for the creditor are guidance, not part of the letter to the debtor.
    for absent in [
        "conținut declarat",
        "executor judecătoresc",
        "(2^1)",
        "valoare redusă",
    ] {
        assert!(!text.contains(absent), "{absent:?} in\n{text}");
    }
    assert_eq!(
        letter(&case).guidance,
        vec![Guidance::RoSomatieService, Guidance::RoSomatieInterruption]
    );
    golden("letter-ro-somatie", &text);

    // Fewer than 15 days or a fixed date are never printed in a somație (the form refuses the
    // first with CPC art. 1015 alin. (1) as the reason).
    case.letter.deadline_days = Some(7);
    case.letter.fixed_deadline = Some(d("2023-02-03"));
    let text = plain_text(&letter(&case));
    assert!(
        text.contains("în termen de 15 zile de la primirea prezentei"),
        "{text}"
    );
    // Without a choice, a somație gives 15 days.
    case.letter.deadline_days = None;
    assert!(plain_text(&letter(&case)).contains("în termen de 15 zile"));
    // Romanian puts "de" after 20 and more.
    case.letter.deadline_days = Some(21);
    assert!(plain_text(&letter(&case)).contains("în termen de 21 de zile de la primirea"));
}

#[test]
fn english_demand() {
    let mut case = polish_case();
    case.letter.kind = LetterKind::EnDemand;
    case.letter.fixed_deadline = Some(d("2026-01-10"));
    let text = plain_text(&letter(&case));
    assert!(text.contains("PAYMENT DEMAND"));
    assert!(text.contains("We hereby demand payment of PLN 14,788.37 (in words: fourteen thousand seven hundred eighty-eight zlotys and thirty-seven groszy)"), "{text}");
    // 10 January 2026 is a Saturday: moved to Monday 12 January.
    assert!(
        text.contains(
            "Please pay by 12 Jan 2026 to the bank account PL61 1090 1014 0000 0712 1981 2874."
        ),
        "{text}"
    );
    golden("letter-en-demand", &text);
}

#[test]
fn an_invalid_iban_is_left_out_rather_than_printed() {
    let mut case = polish_case();
    case.letter.iban = "PL61109010140000071219812875".into();
    assert!(!plain_text(&letter(&case)).contains("rachunek bankowy"));
}

/// Issue 17 §5: the register numbers typed for a party stand under its tax ID, in the letter and
/// in the agreement; empty ones leave no line.
#[test]
fn register_numbers_of_the_parties() {
    let mut case = polish_case();
    case.creditor.registry_number = "0000123456".into();
    case.creditor.regon = "123456785".into();
    let text = plain_text(&letter(&case));
    let lines: Vec<&str> = text.lines().collect();
    let nip = lines.iter().position(|l| *l == "NIP: 5260250274").unwrap();
    assert_eq!(lines[nip + 1], "KRS: 0000123456");
    assert_eq!(lines[nip + 2], "REGON: 123456785");
    assert_eq!(text.matches("KRS:").count(), 1, "the debtor has none");

    case.jurisdiction = Jurisdiction::Ro;
    case.creditor.registry_number = "J40/1234/2020".into();
    case.creditor.regon = String::new();
    let text = plain_text(&letter(&case));
    assert!(text.contains("Nr. Reg. Com.: J40/1234/2020"), "{text}");
    assert!(!text.contains("REGON"));
}

#[test]
fn the_registry_warning_names_the_bureau_or_is_left_out() {
    let mut case = polish_case();
    case.letter.registry = Some(Bureau::Krd);
    let l = letter(&case);
    let text = plain_text(&l);
    // Art. 15 ust. 1 UUIG: the warning gives the bureau's business name and registered address.
    assert!(text.contains("do biura informacji gospodarczej Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A., adres siedziby: ul. Danuty Siedzikówny 12, 51-214 Wrocław (art. 15 ust. 1 ustawy z dnia 9 kwietnia 2010 r."), "{text}");
    assert!(l
        .guidance
        .contains(&Guidance::PlRegistry { consumer: false }));
    case.debtor.kind = crate::engine::case::PartyKind::Consumer;
    case.letter.registry = Some(Bureau::Erif);
    let text = plain_text(&letter(&case));
    assert!(text.contains("ERIF Biuro Informacji Gospodarczej S.A., adres siedziby: Al. Jerozolimskie 100, 00-807 Warszawa (art. 14 ust. 1"), "{text}");
    // No bureau chosen, no warning; and never in English or Romanian letters.
    case.letter.registry = None;
    assert!(!plain_text(&letter(&case)).contains("informacji gospodarczej"));
    case.letter.registry = Some(Bureau::BigInfoMonitor);
    case.letter.kind = LetterKind::EnDemand;
    assert!(!plain_text(&letter(&case)).contains("InfoMonitor"));
}

#[test]
fn an_offered_plan_is_enclosed_as_an_annex() {
    let mut case = polish_case();
    case.plan.agreement_date = Some(d("2026-01-05"));
    case.plan.first_due = Some(d("2026-02-10"));
    case.plan.count = 3;
    case.plan.down_payment = Decimal::from(1_000);
    let today = d("2026-01-05");
    let schedule = crate::engine::plan::schedule(&case, today).unwrap();
    let report = evaluate(&case).unwrap();

    // Offered: the sentence names the annex, and the annex holds the instalments.
    case.letter.offer_plan = true;
    let text = plain_text(&compose(&case, &report, Some(&schedule), &case.letter));
    let first = shown(schedule.instalments[0].amount, &case, Lang::Pl);
    assert!(
        text.contains(&format!("Wierzyciel proponuje spłatę w ratach według harmonogramu stanowiącego załącznik nr 2 do niniejszego wezwania (liczba rat: 3; pierwsza rata w wysokości {first} płatna do dnia 10.02.2026).")),
        "{text}"
    );
    assert!(
        text.contains("Załącznik nr 1: wyliczenie odsetek"),
        "{text}"
    );
    assert!(
        text.contains("Załącznik nr 2: proponowany harmonogram spłaty w ratach"),
        "{text}"
    );
    assert!(
        text.contains("Wpłata początkowa w dniu zawarcia ugody: 1 000,00 zł."),
        "{text}"
    );
    assert!(
        text.contains(&format!("1 | 10.02.2026 | {first}")),
        "{text}"
    );
    let instalments: Decimal = schedule.instalments.iter().map(|r| r.amount).sum();
    assert!(
        text.contains(&format!(
            "Razem |  | {}",
            shown(instalments, &case, Lang::Pl)
        )),
        "{text}"
    );
    // Without the interest annex the schedule is annex 1.
    case.letter.include_annex = false;
    let text = plain_text(&compose(&case, &report, Some(&schedule), &case.letter));
    assert!(
        text.contains("załącznik nr 1 do niniejszego wezwania"),
        "{text}"
    );
    assert!(!text.contains("wyliczenie odsetek"), "{text}");

    // Not offered, or offered with no schedule to enclose: no sentence, no annex.
    for (offer, plan) in [(false, Some(&schedule)), (true, None)] {
        case.letter.offer_plan = offer;
        let text = plain_text(&compose(&case, &report, plan, &case.letter));
        assert!(!text.contains("harmonogram"), "{text}");
        assert!(!text.contains("proponuje"), "{text}");
    }
}

fn romanian_case(principal: i64) -> Case {
    let mut case = Case::new(Jurisdiction::Ro);
    case.interest.kind = InterestKind::Commercial;
    case.interest.compensation = false;
    case.calculation_date = Some(d("2023-01-31"));
    case.claims.push(Claim {
        number: "F7".into(),
        issue_date: None,
        due_date: d("2022-12-31"),
        amount: Decimal::from(principal),
        currency: case.currency,
        pl_kind: None,
        eur_rate: None,
    });
    case.letter.kind = LetterKind::RoSomatie;
    case
}

/// CPC art. 1026: up to 10 000 lei of principal the small claim is an option, its duty 50 lei
/// up to 2 000 lei and 200 lei above (OUG 80/2013 art. 6 alin. (1), ro/collection.md §8.4).
#[test]
fn romanian_letters_name_the_small_claim_when_it_is_open() {
    let case = romanian_case(1_500);
    let r = evaluate(&case).unwrap();
    let value = r.totals.principal_outstanding + r.totals.interest_outstanding;
    assert!(value < Decimal::from(2_000));
    let text = plain_text(&letter(&case));
    assert!(
        text.contains("ordonanței de plată este de 200,00 lei"),
        "{text}"
    );
    assert!(text.contains("Pentru o cerere de valoare redusă (art. 1026–1033 C.proc.civ.), taxa ar fi de 50,00 lei (art. 6 alin. (1) din OUG nr. 80/2013)."), "{text}");
    // Art. 3: 40 + 7% × (value − 500).
    let ordinary = crate::engine::money::round_money(
        Decimal::from(40) + (value - Decimal::from(500)) * Decimal::new(7, 2),
    );
    assert!(
        text.contains(&format!(
            "taxa ar fi de {} (art. 3 alin. (1)",
            shown(ordinary, &case, Lang::Ro)
        )),
        "{text}"
    );

    let mut notice = romanian_case(8_000);
    notice.letter.kind = LetterKind::RoNotice;
    let l = letter(&notice);
    let text = plain_text(&l);
    assert!(
        text.contains(
            "cerere de valoare redusă (art. 1026–1033 C.proc.civ.), taxa ar fi de 200,00 lei"
        ),
        "{text}"
    );
    assert!(text.contains("în termen de 15 zile"), "{text}");
    assert_eq!(l.guidance, vec![Guidance::RoNoticeService]);

    let text = plain_text(&letter(&romanian_case(10_001)));
    assert!(!text.contains("valoare redusă"), "{text}");
}

/// Issue 18's walkthrough: five invoices and one 3 000 zł payment without a designated invoice.
/// Art. 451 KC applies it to the earliest-due invoice's interest, then its principal, then the
/// next (pl/rules.md §1.7). By hand (ACT/365, each period rounded; commercial rate 15,75% to
/// 30.06.2025, 15,25% from 1.07.2025):
/// - FV 1: 800,00 × 15,75% × 150/365 = 51,78 and 800,00 × 15,25% × 15/365 = 5,01: 56,79
///   interest, then 800,00 principal;
/// - FV 2: 5 230,49 × 15,75% × 122/365 = 275,35 and × 15,25% × 15/365 = 32,78: 308,13
///   interest, then the rest, 3 000 − 856,79 − 308,13 = 1 835,08, principal.
///
/// So 364,92 to interest and 2 635,08 to principal. The letter must show the 3 000,00 and its
/// split, and one interest figure in the body, the invoice table and the annex.
#[test]
fn payments_and_interest_agree_across_the_letter() {
    let mut case = polish_case();
    case.claims = [
        ("FV 1/2025", "2025-01-31", "800.00"),
        ("FV 2/2025", "2025-02-28", "5230.49"),
        ("FV 3/2025", "2025-03-31", "24000.00"),
        ("FV 4/2025", "2025-04-30", "9500.00"),
        ("FV 5/2025", "2025-05-30", "5000.00"),
    ]
    .into_iter()
    .map(|(number, due, amount)| Claim {
        number: number.into(),
        issue_date: None,
        due_date: d(due),
        amount: Decimal::from_str(amount).unwrap(),
        currency: case.currency,
        pl_kind: None,
        eur_rate: None,
    })
    .collect();
    case.payments = vec![Payment {
        date: d("2025-07-15"),
        amount: Decimal::from(3_000),
        claim: None,
    }];
    case.letter.extra.clear();
    let report = evaluate(&case).unwrap();
    let t = &report.totals;
    assert_eq!(t.paid_interest, Decimal::from_str("364.92").unwrap());
    assert_eq!(t.paid_principal, Decimal::from_str("2635.08").unwrap());
    let text = plain_text(&letter(&case));
    let m = |v: Decimal| shown(v, &case, Lang::Pl);
    for expected in [
        "15.07.2025 | 3 000,00 zł | FV 1/2025 | 56,79 zł | 800,00 zł".to_string(),
        " |  | FV 2/2025 | 308,13 zł | 1 835,08 zł".to_string(),
        "Razem | 3 000,00 zł |  | 364,92 zł | 2 635,08 zł".to_string(),
        // Body: accrued, covered by payments, outstanding.
        format!(
            "naliczone do dnia 31.12.2025: {}, z czego wpłatami pokryto 364,92 zł; pozostaje do zapłaty: {}",
            m(t.interest),
            m(t.interest_outstanding)
        ),
        // Annex: the same three figures, ending with the interest due.
        format!(
            "Odsetki naliczone: {} − odsetki pokryte wpłatami: 364,92 zł = odsetki do zapłaty: {}",
            m(t.interest),
            m(t.interest_outstanding)
        ),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in\n{text}");
    }
    assert_eq!(t.interest - t.paid_interest, t.interest_outstanding);
    // The invoice table's interest column adds up to the same figure.
    let column: Decimal = report.claims.iter().map(|c| c.interest_outstanding).sum();
    assert_eq!(column, t.interest_outstanding);
    // And the annex's periods add up to the interest accrued.
    let periods: Decimal = report
        .claims
        .iter()
        .flat_map(|c| &c.segments)
        .map(|s| s.amount)
        .sum();
    assert_eq!(periods, t.interest);
    assert_eq!(
        t.total_due,
        t.principal_outstanding + t.interest_outstanding + t.compensation
    );
}
