//! The Polish court documents from the documented example case (docs/case.example.json, whose
//! figures docs/json.md works out by hand) with a contact log: figures asserted against that
//! arithmetic and the fee rules worked by hand below; whole documents pinned in tests/golden
//! (regenerate after an intended change with OVERDUE_BLESS=1); the XML checked by xmllint
//! against the published schema with its namespaces aligned.

use super::*;
use crate::engine::case::{Case, Channel, Contact, Direction, Document as Doc, PartyKind};
use crate::engine::document::plain_text;
use crate::engine::letter::LetterOptions;
use crate::engine::limitation::PlClaimKind;
use crate::engine::testkit::{self, date as d, dec};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn golden(name: &str, text: &str) {
    testkit::golden(&format!("tests/golden/{name}"), text);
}

/// The docs example (three invoices, 5 000,00 paid on 15.05.2025 and applied by art. 451 KC to
/// FV 1/2025: its interest first, then 4 448,02 of principal, leaving 7 851,98) with the
/// creditor's registers, the debtor's NIP, and a demand sent by registered post.
fn case() -> Case {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/case.example.json"
    ))
    .unwrap();
    let mut case = Case::from_json(&json).unwrap();
    case.creditor.registry_number = "0000123456".into();
    case.creditor.regon = "012345678".into();
    case.debtor.tax_id = "6770065406".into();
    for c in &mut case.claims {
        c.pl_kind = Some(PlClaimKind::Business);
    }
    case.letter = LetterOptions {
        place: "Warszawa".into(),
        iban: "PL61109010140000071219812874".into(),
        signatory: "Jan Nowak, prezes zarządu".into(),
        ..LetterOptions::default()
    };
    case.contacts = vec![Contact {
        date: d("2025-11-03"),
        time: String::new(),
        channel: Channel::RegisteredLetter,
        direction: Direction::Outgoing,
        summary: "Przedsądowe wezwanie do zapłaty".into(),
        promise: None,
        document: Some(Doc::Demand),
        delivered: Some(d("2025-11-06")),
        acknowledges: false,
    }];
    case
}

const FILING: &str = "2026-12-01";

#[test]
fn claims_per_invoice_with_interest_from_the_right_day() {
    let c = pl_claims(&case(), d(FILING)).unwrap();
    let principal: Vec<(&str, Decimal, NaiveDate)> = c
        .claims
        .iter()
        .filter_map(|x| match x.kind {
            ClaimKind::Principal { interest, from } => {
                assert_eq!(interest, Interest::Commercial);
                Some((x.number.as_str(), x.amount, from))
            }
            _ => None,
        })
        .collect();
    // FV 1/2025: the payment of 15.05.2025 covered its interest, so what is left is principal
    // with interest from the next day; FV 2 and 3 from the day after their terms (31.03 and
    // 30.06.2025 are Mondays: no art. 115 KC shift).
    assert_eq!(
        principal,
        vec![
            ("FV 1/2025", dec("7851.98"), d("2025-05-16")),
            ("FV 2/2025", dec("4000.00"), d("2025-04-01")),
            ("FV 3/2025", dec("1000.00"), d("2025-07-01")),
        ]
    );
    assert!(!c
        .claims
        .iter()
        .any(|x| matches!(x.kind, ClaimKind::AccruedInterest { .. })));
    // Art. 10 ust. 1 UPNO: 70 EUR for 12 300,00 (5 000–50 000 zł), 40 EUR for the others.
    let eur: Vec<Decimal> = c
        .claims
        .iter()
        .filter_map(|x| match x.kind {
            ClaimKind::Compensation { eur } => Some(eur),
            _ => None,
        })
        .collect();
    assert_eq!(eur, vec![dec("70"), dec("40"), dec("40")]);
    assert!(c.commercial);
}

#[test]
fn a_payment_that_leaves_interest_unpaid_makes_a_claim_of_its_own() {
    let mut case = case();
    // 303,00 on 31.03.2025 against FV 1/2025 (12 300,00 due 31.01.2025): art. 451 KC takes
    // the interest accrued from 1.02 to 31.03.2025 first. Commercial rate 15,75 % (NBP reference
    // 5,75 % + 10 pp in the first half of 2025): 12 300 × 15,75 % × 59 / 365 = 313,14, so
    // 10,14 stays unpaid and the whole principal keeps running from 1.04.2025.
    case.payments = vec![crate::engine::case::Payment {
        date: d("2025-03-31"),
        amount: dec("303.00"),
        claim: Some("FV 1/2025".into()),
    }];
    case.contacts.clear();
    let c = pl_claims(&case, d(FILING)).unwrap();
    let accrued: Vec<(Decimal, NaiveDate)> = c
        .claims
        .iter()
        .filter_map(|x| match x.kind {
            ClaimKind::AccruedInterest { until, .. } => Some((x.amount, until)),
            _ => None,
        })
        .collect();
    assert_eq!(accrued, vec![(dec("10.14"), d("2025-03-31"))]);
    let fv1 = c.claims.iter().find(|x| x.number == "FV 1/2025").unwrap();
    assert_eq!(fv1.amount, dec("12300.00"));
    assert_eq!(
        fv1.kind,
        ClaimKind::Principal {
            interest: Interest::Commercial,
            from: d("2025-04-01")
        }
    );
}

#[test]
fn epu_sheet_figures_and_fee() {
    let s = epu_sheet(&case(), d(FILING)).unwrap();
    assert_eq!(s.court, "Sąd Rejonowy Lublin-Zachód w Lublinie");
    assert_eq!(s.division, "VI Wydział Cywilny");
    let principal = dec("12851.98");
    let compensation: Decimal = s
        .claims
        .iter()
        .filter(|c| c.interest_code.is_none())
        .map(|c| c.value)
        .sum();
    // 150 EUR at NBP rates between 4 and 4,5 zł.
    assert!(compensation > dec("600") && compensation < dec("675"));
    assert_eq!(s.value, (principal + compensation).ceil());
    // Art. 13 ust. 1 pkt 6 UKSC: 750 zł for 10 000–15 000 zł; a quarter (art. 19 ust. 2
    // pkt 2) is 187,50, rounded up (art. 21) to 188.
    assert_eq!(s.fee, Some(dec("188")));
    assert!(s.claims.iter().all(|c| c.commercial));
    assert_eq!(
        s.claims[0].interest_text,
        "z odsetkami ustawowymi za opóźnienie w transakcjach handlowych od dnia 16.05.2025 do dnia zapłaty"
    );
    assert_eq!(s.claims[0].interest_code, Some(15));
    assert_eq!(s.defendant.address.street, "ul. Leśna");
    assert_eq!(s.defendant.address.postcode, "30-001");
    assert_eq!(s.defendant.nip, "6770065406");
    assert_eq!(s.plaintiff.kind, PartyType::LegalPerson);
    assert_eq!(s.account, "61109010140000071219812874");
    // Three invoices and the demand with its posting date.
    assert_eq!(s.evidence.len(), 4);
    assert_eq!(
        s.evidence[3].label,
        "Przedsądowe wezwanie do zapłaty z dnia 03.11.2025 z potwierdzeniem nadania"
    );
    assert!(s.justification.chars().count() <= JUSTIFICATION_LIMIT);
    // Interest runs past the day the bundled rates were last checked; nothing else is missing.
    assert!(
        matches!(s.issues.as_slice(), [Issue::RatesToCheck { .. }]),
        "{:?}",
        s.issues
    );
    // Limitation: a business claim, 3 years to the end of the year (art. 118 KC).
    assert_eq!(s.limitation, Some(d("2028-12-31")));
    golden(
        "court-pl-epu.json",
        &(serde_json::to_string_pretty(&s).unwrap() + "\n"),
    );
}

#[test]
fn statutory_interest_for_a_consumer_and_code_8() {
    let mut case = case();
    case.debtor.kind = PartyKind::Consumer;
    case.debtor.tax_id = "44051401458".into();
    let s = epu_sheet(&case, d(FILING)).unwrap();
    assert_eq!(s.claims[0].interest_code, Some(8));
    assert!(!s.claims[0].commercial);
    assert_eq!(s.defendant.pesel, "44051401458");
    assert_eq!(s.defendant.kind, PartyType::Person);
    // No compensation against a consumer.
    assert_eq!(s.claims.len(), 3);
    assert!(s.issues.contains(&Issue::ConsumerDebtor));
}

/// Art. 505²⁹ᵃ KPC on both sides of the line: FV 1/2025 was due on 31.01.2025.
#[test]
fn the_three_year_epu_window() {
    let inside = epu_sheet(&case(), d("2028-01-30")).unwrap();
    assert!(inside
        .claims
        .iter()
        .any(|c| c.description.contains("FV 1/2025")));
    assert!(!inside
        .issues
        .iter()
        .any(|i| matches!(i, Issue::EpuTooOld { .. })));
    let outside = epu_sheet(&case(), d("2028-01-31")).unwrap();
    assert!(!outside
        .claims
        .iter()
        .any(|c| c.description.contains("FV 1/2025")));
    assert!(outside.issues.contains(&Issue::EpuTooOld {
        number: "FV 1/2025".into(),
        due: d("2025-01-31")
    }));
    assert_eq!(
        outside.claims.len(),
        4,
        "FV 2 and 3 with their compensation"
    );
    assert!(in_epu_window(d("2025-02-01"), d("2028-01-31")));
    assert!(!in_epu_window(d("2025-01-31"), d("2028-01-31")));
    // The paper pozew keeps it.
    let (doc, _) = pozew(&case(), d("2028-01-31"), &PozewOptions::default()).unwrap();
    assert!(plain_text(&doc).contains("faktury nr FV 1/2025"));
}

#[test]
fn a_deadline_that_may_have_passed_is_said() {
    // The claim kind not chosen: the earliest deadline any kind allows (carriage, one year:
    // art. 778 KC) is 31.01.2026 for FV 1/2025, before the filing date.
    let mut case = case();
    for c in &mut case.claims {
        c.pl_kind = None;
    }
    let c = pl_claims(&case, d(FILING)).unwrap();
    assert_eq!(c.limitation, Some(d("2026-01-31")));
    assert!(c.issues.contains(&Issue::MayBeTimeBarred {
        deadline: d("2026-01-31")
    }));
}

#[test]
fn preconditions_abroad_and_without_ids() {
    let mut case = case();
    case.debtor.address = "Strada Lungă 5, București".into();
    case.debtor.tax_id = String::new();
    let s = epu_sheet(&case, d(FILING)).unwrap();
    assert!(s.issues.contains(&Issue::NotServedInPoland));
    assert!(s.issues.contains(&Issue::MissingTaxId { plaintiff: false }));
    assert!(s
        .issues
        .contains(&Issue::AddressIncomplete { plaintiff: false }));
}

fn filer() -> Filer {
    Filer {
        first_name: "Jan".into(),
        last_name: "Nowak".into(),
        pesel: "44051401458".into(),
        attorney: false,
        basis: "prezes zarządu powoda".into(),
        ..Filer::default()
    }
}

#[test]
fn xml_needs_the_filer_and_the_persons_names() {
    let s = epu_sheet(&case(), d(FILING)).unwrap();
    assert_eq!(
        epu_xml(&s, &Filer::default()),
        Err(vec![
            XmlGap::FilerName,
            XmlGap::FilerPesel,
            // The debtor, a business without KRS, is a sole trader: the form asks for the
            // owner's name apart from the business name.
            XmlGap::PersonName { plaintiff: false },
        ])
    );
}

/// The published schema with its namespaces aligned (formats/epu/README.md), in a scratch
/// folder: the GPL copies in the reference folder are never edited or copied into the repo.
fn patched_schema() -> std::path::PathBuf {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/formats/epu/xsd");
    let dir = std::env::temp_dir().join(format!("overdue-epu-xsd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let types = std::fs::read_to_string(src.join("TypyDanych.xsd"))
        .expect("../shared/reference/formats/epu/xsd beside the checkout");
    std::fs::write(
        dir.join("TypyDanych.xsd"),
        types.replace("http://www.e-sad.gov.pl/epu", EPU_NAMESPACE),
    )
    .unwrap();
    std::fs::copy(src.join("Pozew_EPU.xsd"), dir.join("Pozew_EPU.xsd")).unwrap();
    // The package root of PaczkaPozwow.xsd around Pozew_EPU.xsd's claim.
    std::fs::write(
        dir.join("Paczka.xsd"),
        format!(
            r#"<xsd:schema xmlns:curr="{EPU_NAMESPACE}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="{EPU_NAMESPACE}" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xsd:include schemaLocation="Pozew_EPU.xsd"/>
  <xsd:element name="Pozwy">
    <xsd:complexType>
      <xsd:sequence><xsd:element name="PozewEPU" type="curr:PozewEPU" maxOccurs="unbounded"/></xsd:sequence>
      <xsd:attribute name="OznaczeniePaczki" type="curr:typNazwa60" use="required"/>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
"#
        ),
    )
    .unwrap();
    dir
}

fn xmllint(dir: &std::path::Path, name: &str, xml: &str) -> (bool, String) {
    let file = dir.join(name);
    std::fs::write(&file, xml).unwrap();
    let out = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(dir.join("Paczka.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint (Debian libxml2-utils; scripts/setup.sh installs it)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn xml_is_valid_against_the_schema() {
    let dir = patched_schema();
    let mut f = filer();
    f.defendant_person = ("Adam".into(), "Kowalski".into());
    let s = epu_sheet(&case(), d(FILING)).unwrap();
    let xml = epu_xml(&s, &f).unwrap();
    let (ok, err) = xmllint(&dir, "claim.xml", &xml);
    assert!(ok, "{err}\n{xml}");
    golden("court-pl-epu.xml", &xml);
    // A consumer with contractual interest, and a flat: the other branches of the writer.
    let mut case = case();
    case.debtor.kind = PartyKind::Consumer;
    case.debtor.name = "Adam Kowalski".into();
    case.debtor.tax_id = "44051401458".into();
    case.debtor.address = "ul. Długa 12A/5\n00-950 Warszawa".into();
    case.interest.kind = crate::engine::interest::InterestKind::Contractual;
    case.interest.contract_rate = Some(dec("12.5"));
    let s = epu_sheet(&case, d(FILING)).unwrap();
    let xml = epu_xml(&s, &f).unwrap();
    assert!(xml.contains("czyUstawowe=\"10\" stopa=\"12.5\" okres=\"0\""));
    let (ok, err) = xmllint(&dir, "consumer.xml", &xml);
    assert!(ok, "{err}\n{xml}");
    // The check can fail: a claim without its required value is refused.
    let broken = xml.replacen(" wartosc=\"", " wartoscX=\"", 1);
    let (ok, _) = xmllint(&dir, "broken.xml", &broken);
    assert!(!ok, "xmllint accepted an invalid file");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_paper_pozew() {
    let (doc, facts) = pozew(&case(), d(FILING), &PozewOptions::default()).unwrap();
    // The ordinary (upominawcze) route: the full art. 13 fee, 750 zł for 10 000–15 000 zł.
    assert_eq!(facts.fee, Some(dec("750")));
    assert!(!facts.regional);
    assert!(facts.commercial);
    assert_eq!(facts.court, "Sąd Rejonowy właściwy dla miejscowości Kraków");
    assert_eq!(facts.division, "Wydział Gospodarczy");
    assert!(facts.issues.contains(&Issue::CourtToCheck));
    let text = plain_text(&doc);
    assert!(text.contains("art. 187 § 1 pkt 3 KPC"));
    assert!(text.contains("pismem z dnia 03.11.2025 wezwał pozwanego do zapłaty"));
    assert!(text.contains("art. 458(5) § 1 KPC"));
    assert!(text.contains("Załącznik nr 1: wyliczenie odsetek na dzień 01.12.2026"));
    golden("court-pl-pozew.txt", &text);
    // The nakazowe procedure: a quarter, 188 zł; the court as corrected.
    let o = PozewOptions {
        summary: true,
        court: "Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie".into(),
    };
    let (doc, facts) = pozew(&case(), d(FILING), &o).unwrap();
    assert_eq!(facts.fee, Some(dec("188")));
    assert!(!facts.issues.contains(&Issue::CourtToCheck));
    let text = plain_text(&doc);
    assert!(text.contains("POZEW O ZAPŁATĘ (w postępowaniu nakazowym)"));
    assert!(text.contains("art. 485 § 2¹ KPC"));
    assert!(text.contains("Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie"));
}

#[test]
fn the_court_by_value() {
    let mut case = case();
    case.claims[0].amount = dec("100000.00");
    let (_, facts) = pozew(&case, d(FILING), &PozewOptions::default()).unwrap();
    assert!(facts.value > dec("100000"));
    assert!(facts.regional);
    assert_eq!(facts.court, "Sąd Okręgowy właściwy dla miejscowości Kraków");
    // Art. 13 ust. 2 UKSC: 5 % of the value.
    assert_eq!(facts.fee, Some((facts.value * dec("0.05")).ceil()));
}

/// Art. 17 pkt 4 KPC on both sides of the line: 100 000 zł is still the district court's.
#[test]
fn xml_only_in_zloty() {
    let mut case = case();
    case.currency = crate::engine::locale::Currency::Eur;
    for c in &mut case.claims {
        c.currency = crate::engine::locale::Currency::Eur;
    }
    let s = epu_sheet(&case, d(FILING)).unwrap();
    assert_eq!(s.fee, None, "the fee is on a value in złoty");
    assert!(s.issues.contains(&Issue::FeeNeedsPln {
        currency: crate::engine::locale::Currency::Eur
    }));
    let mut f = filer();
    f.defendant_person = ("Adam".into(), "Kowalski".into());
    assert_eq!(epu_xml(&s, &f), Err(vec![XmlGap::Currency]));
}

#[test]
fn the_district_court_limit() {
    let c = case();
    assert!(default_court(&c, dec("100000")).starts_with("Sąd Rejonowy"));
    assert!(default_court(&c, dec("100001")).starts_with("Sąd Okręgowy"));
}
