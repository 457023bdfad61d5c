#![cfg(not(target_arch = "wasm32"))]
//! `scripts/update-rates` on recorded copies of the official files (tests/fixtures/rates/README.md
//! says which values are real and which are staged). The expected rows are worked by hand from
//! the rules in README "Adding a rate change".

use overdue::engine::rates::update::{
    apply, bnr_eur, nbp_eur, nbp_reference, plan, read_rows, BnrChange, Manual, Outcome, Tables,
    UpdateError,
};
use std::collections::BTreeMap;
use std::path::Path;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rates");

use overdue::engine::testkit::{date as d, dec};
fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(path)).unwrap()
}
fn text(path: &str) -> String {
    String::from_utf8(bytes(path)).unwrap()
}

fn tables() -> Tables {
    Tables {
        pl_rates: text("tables/pl_rates.csv"),
        ro_rates: text("tables/ro_rates.csv"),
        pl_eur: text("tables/pl_nbp_eur_month_end.csv"),
        ro_eur: text("tables/ro_bnr_eur_month_end.csv"),
        verified: text("tables/verified.rs"),
    }
}

/// The downloads of a run on 2026-09-10: file name in the folder -> fixture path.
fn downloads(nbp_folder: &str) -> BTreeMap<String, Vec<u8>> {
    [
        (
            "stopy_procentowe.xml",
            format!("{nbp_folder}/stopy_procentowe.xml"),
        ),
        (
            "stopy_procentowe_archiwum.xml",
            format!("{nbp_folder}/stopy_procentowe_archiwum.xml"),
        ),
        ("nbp-eur-2026-06.json", "nbp/nbp-eur-2026-06.json".into()),
        ("nbp-eur-2026-08.json", "nbp/nbp-eur-2026-08.json".into()),
        ("nbrfxrates2026.xml", "bnr/nbrfxrates2026.xml".into()),
    ]
    .into_iter()
    .map(|(name, path)| (name.to_string(), bytes(&path)))
    .collect()
}

const TODAY: &str = "2026-09-10";

fn run(files: &BTreeMap<String, Vec<u8>>, manual: &Manual, today: &str) -> Outcome {
    apply(&tables(), files, manual, d(today)).unwrap_or_else(|e| panic!("{e}"))
}

/// The lines a run added to a table, in file order.
fn added_lines(before: &str, after: &str) -> Vec<String> {
    let old: Vec<&str> = before.lines().collect();
    after
        .lines()
        .filter(|l| !old.contains(l))
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

fn key(line: &str) -> String {
    line.split(',').take(3).collect::<Vec<_>>().join(",")
}

#[test]
fn plan_lists_the_missing_months_and_years() {
    let files: Vec<String> = plan(&tables(), d(TODAY))
        .into_iter()
        .map(|f| f.file)
        .collect();
    assert_eq!(
        files,
        [
            "stopy_procentowe.xml",
            "stopy_procentowe_archiwum.xml",
            "nbp-eur-2026-06.json",
            "nbp-eur-2026-08.json",
            "nbrfxrates2026.xml"
        ]
    );
    let urls: Vec<String> = plan(&tables(), d(TODAY))
        .into_iter()
        .map(|f| f.url)
        .collect();
    assert_eq!(
        urls[2],
        "https://api.nbp.pl/api/exchangerates/rates/a/eur/2026-06-01/2026-06-30/?format=json"
    );
    assert_eq!(
        urls[4],
        "https://www.bnr.ro/files/xml/years/nbrfxrates2026.xml"
    );
}

#[test]
fn the_readers_take_the_official_shapes() {
    let current = nbp_reference(
        "stopy_procentowe.xml",
        &bytes("nbp/stopy_procentowe.xml"),
        "stopy_procentowe",
    )
    .unwrap();
    assert_eq!(current.len(), 1);
    assert_eq!(
        (current[0].from, current[0].percent),
        (d("2026-03-05"), dec("3.75"))
    );
    let archive = nbp_reference(
        "a",
        &bytes("nbp/stopy_procentowe_archiwum.xml"),
        "stopy_procentowe_archiwum",
    )
    .unwrap();
    let pairs: Vec<_> = archive.iter().map(|x| (x.from, x.percent)).collect();
    assert_eq!(
        pairs,
        [
            (d("2025-10-09"), dec("4.5")),
            (d("2025-11-06"), dec("4.25")),
            (d("2025-12-04"), dec("4")),
            (d("2026-03-05"), dec("3.75"))
        ]
    );
    // Real NBP API values (reference/pl/nbp_eur_month_end.csv, 2026-07).
    let july = nbp_eur("j", &bytes("nbp/nbp-eur-2026-07.json")).unwrap();
    assert_eq!(july[1].date, d("2026-07-31"));
    assert_eq!(july[1].table.as_deref(), Some("147/A/NBP/2026"));
    assert_eq!(july[1].rate, dec("4.3128"));
    // A verbatim BNR daily file: EUR without a multiplier, HUF with one.
    let bnr = bnr_eur("b", &bytes("bnr/nbrfxrates-2024-12-13.xml")).unwrap();
    assert_eq!(bnr.len(), 1);
    assert_eq!((bnr[0].date, bnr[0].rate), (d("2024-12-13"), dec("4.9732")));
}

#[test]
fn a_run_without_a_new_decision_fills_the_months_and_moves_the_date() {
    let before = tables();
    let out = run(&downloads("nbp"), &Manual::default(), TODAY);
    // No NBP decision after 2026-03-05 and no half-year start after 2026-07-01: no rate rows.
    assert_eq!(out.tables.pl_rates, before.pl_rates);
    assert_eq!(out.tables.ro_rates, before.ro_rates);
    // June filled between May and July; August appended.
    let lines: Vec<String> = out.tables.pl_eur.lines().map(key).collect();
    let june = lines.iter().position(|l| l.starts_with("2026-06")).unwrap();
    assert!(lines[june - 1].starts_with("2026-05") && lines[june + 1].starts_with("2026-07"));
    assert_eq!(lines[june], "2026-06,2026-06-30,124/A/NBP/2026");
    assert_eq!(lines.last().unwrap(), "2026-08,2026-08-31,168/A/NBP/2026");
    assert!(out.tables.pl_eur.contains(
        "2026-06,2026-06-30,124/A/NBP/2026,4.2600,NBP Web API table A (https://api.nbp.pl/api/exchangerates/rates/a/eur/2026-06-01/2026-06-30/?format=json): 124/A/NBP/2026 effectiveDate 2026-06-30; downloaded 2026-09-10 by scripts/update-rates"
    ));
    // BNR: the last quote of June, July and August; 1 September is not a month end.
    let ro: Vec<String> = added_lines(&before.ro_eur, &out.tables.ro_eur)
        .iter()
        .map(|l| key(l))
        .collect();
    assert_eq!(
        ro,
        [
            "2026-06,2026-06-30,5.1200",
            "2026-07,2026-07-31,5.1400",
            "2026-08,2026-08-31,5.1600"
        ]
    );
    // CRLF kept, as data/ has it.
    assert!(out.tables.pl_eur.ends_with("\r\n") && !out.tables.pl_eur.contains("\r\r"));
    assert!(out
        .tables
        .verified
        .contains("pub const PL_VERIFIED_THROUGH: NaiveDate = date(2026, 9, 10);"));
    assert!(out
        .tables
        .verified
        .contains("pub const RO_VERIFIED_THROUGH: NaiveDate = date(2026, 2, 17);"));
    let summary = out.summary.to_string();
    assert!(
        summary.contains("PL_VERIFIED_THROUGH: 2026-07-23 -> 2026-09-10"),
        "{summary}"
    );
    assert!(
        summary.contains("RO_VERIFIED_THROUGH: 2026-02-17 (unchanged)"),
        "{summary}"
    );
    assert!(summary.contains("Check by hand"), "{summary}");
    assert_eq!(out.summary.added.len(), 5);
    assert!(
        out.summary.disagreements.is_empty(),
        "{:?}",
        out.summary.disagreements
    );
}

#[test]
fn a_new_nbp_decision_adds_exactly_the_dependent_rows() {
    let before = tables();
    let out = run(&downloads("new-decision"), &Manual::default(), TODAY);
    // Reference 3.50 from 2026-09-03: delay 3.50 + 5.5 = 9, capital 3.50 + 3.5 = 7; commercial
    // rows wait for 1 January 2027 (art. 11b UPNO).
    let added: Vec<String> = added_lines(&before.pl_rates, &out.tables.pl_rates)
        .iter()
        .map(|l| key(l))
        .collect();
    assert_eq!(
        added,
        [
            "ustawowe_za_opoznienie,2026-09-03,9",
            "ustawowe_kapitalowe,2026-09-03,7",
            "nbp_referencyjna,2026-09-03,3.5"
        ]
    );
    // Each new row sits right after the last row of its kind.
    let rows = read_rows(&out.tables.pl_rates);
    let kinds: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let mut grouped = kinds.clone();
    grouped.dedup();
    assert_eq!(grouped.len(), 5, "kinds stay grouped: {grouped:?}");
    for line in added_lines(&before.pl_rates, &out.tables.pl_rates) {
        assert!(line.contains("scripts/update-rates"), "{line}");
    }
    assert!(out.tables.pl_rates.contains(
        "ustawowe_kapitalowe,2026-09-03,7,\"art. 359 par.2 KC (ref+3.5pp): DERIVED ref 3.5 od 2026-09-03 + 3.5"
    ));
    assert!(out.summary.to_string().contains("nbp_referencyjna"));
}

#[test]
fn half_year_starts_add_the_commercial_and_semester_rows() {
    // On 2027-01-05 after the staged decision: ref in force on 2027-01-01 = 3.50, so commercial
    // 13.5 and healthcare 11.5; BNR checked through 2027-01-04 with a staged change to 6.25
    // from 2026-10-01 gives the 2026-07-01 semester row 6.50 and the 2027-01-01 row 6.25.
    let mut files = downloads("new-decision");
    for (month, day, no) in [
        ("2026-09", "2026-09-30", "189/A/NBP/2026"),
        ("2026-10", "2026-10-30", "210/A/NBP/2026"),
        ("2026-11", "2026-11-30", "230/A/NBP/2026"),
        ("2026-12", "2026-12-31", "251/A/NBP/2026"),
    ] {
        let json = format!(
            r#"{{"table":"A","currency":"euro","code":"EUR","rates":[{{"no":"{no}","effectiveDate":"{day}","mid":4.3}}]}}"#
        );
        files.insert(format!("nbp-eur-{month}.json"), json.into_bytes());
    }
    let mut bnr = text("bnr/nbrfxrates2026.xml");
    for day in ["2026-09-30", "2026-10-30", "2026-11-30", "2026-12-31"] {
        bnr = bnr.replace(
            "\t</Body>",
            &format!(
                "\t\t<Cube date=\"{day}\"><Rate currency=\"EUR\">5.2000</Rate></Cube>\n\t</Body>"
            ),
        );
    }
    files.insert("nbrfxrates2026.xml".into(), bnr.into_bytes());
    let manual = Manual {
        bnr_change: Some(BnrChange {
            from: d("2026-10-01"),
            percent: dec("6.25"),
            source: "HYPOTHETICAL circular (test)".into(),
        }),
        bnr_checked_through: Some(d("2027-01-04")),
    };
    let before = tables();
    let out = run(&files, &manual, "2027-01-05");
    let pl: Vec<String> = added_lines(&before.pl_rates, &out.tables.pl_rates)
        .iter()
        .map(|l| key(l))
        .collect();
    assert_eq!(
        pl,
        [
            "ustawowe_za_opoznienie,2026-09-03,9",
            "ustawowe_kapitalowe,2026-09-03,7",
            "handlowe,2027-01-01,13.5",
            "handlowe_podmiot_leczniczy,2027-01-01,11.5",
            "nbp_referencyjna,2026-09-03,3.5"
        ]
    );
    let ro: Vec<String> = added_lines(&before.ro_rates, &out.tables.ro_rates)
        .iter()
        .map(|l| key(l))
        .collect();
    assert_eq!(
        ro,
        [
            "bnr_referinta,2026-10-01,6.25",
            "bnr_semestru,2026-07-01,6.50",
            "bnr_semestru,2027-01-01,6.25"
        ]
    );
    assert!(out
        .tables
        .verified
        .contains("pub const RO_VERIFIED_THROUGH: NaiveDate = date(2027, 1, 4);"));
}

#[test]
fn a_broken_or_missing_file_changes_nothing() {
    for (name, broken) in [
        ("stopy_procentowe.xml", "broken/stopy_procentowe.xml"),
        ("nbp-eur-2026-08.json", "broken/nbp-eur-2026-08.json"),
        ("nbrfxrates2026.xml", "broken/nbrfxrates2026.xml"),
    ] {
        let mut files = downloads("nbp");
        files.insert(name.into(), bytes(broken));
        match apply(&tables(), &files, &Manual::default(), d(TODAY)) {
            Err(UpdateError::Source(e)) => assert_eq!(e.file, name),
            other => panic!("{name}: {other:?}"),
        }
        files.remove(name);
        assert_eq!(
            apply(&tables(), &files, &Manual::default(), d(TODAY)),
            Err(UpdateError::MissingFile(name.into()))
        );
    }
    // The two NBP files disagreeing about a day is refused too.
    let mut files = downloads("nbp");
    files.insert(
        "stopy_procentowe.xml".into(),
        String::from_utf8_lossy(&bytes("nbp/stopy_procentowe.xml"))
            .replace("3,75", "3,50")
            .into_bytes(),
    );
    assert!(matches!(
        apply(&tables(), &files, &Manual::default(), d(TODAY)),
        Err(UpdateError::Conflict(_))
    ));
    // A BNR change without its source, or before the last row, is refused.
    let manual = |from: &str, source: &str| Manual {
        bnr_change: Some(BnrChange {
            from: d(from),
            percent: dec("6.25"),
            source: source.into(),
        }),
        bnr_checked_through: None,
    };
    for m in [manual("2026-05-15", ""), manual("2024-01-01", "Circulara")] {
        assert!(matches!(
            apply(&tables(), &downloads("nbp"), &m, d(TODAY)),
            Err(UpdateError::Manual(_))
        ));
    }
}

#[test]
fn an_older_row_that_differs_from_nbp_is_reported_not_rewritten() {
    let mut t = tables();
    t.pl_rates = t.pl_rates.replace(
        "nbp_referencyjna,2025-11-06,4.25",
        "nbp_referencyjna,2025-11-06,4.3",
    );
    let out = apply(&t, &downloads("nbp"), &Manual::default(), d(TODAY)).unwrap();
    assert!(out
        .tables
        .pl_rates
        .contains("nbp_referencyjna,2025-11-06,4.3,"));
    assert_eq!(
        out.summary.disagreements.len(),
        1,
        "{:?}",
        out.summary.disagreements
    );
    assert!(out
        .summary
        .to_string()
        .contains("2025-11-06 is 4.3, NBP's file says 4.25"));
}

/// The real tables stay in the shape the upkeep edits.
#[test]
fn the_bundled_tables_are_editable_by_the_upkeep() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(Path::new(root).join(p)).unwrap();
    let real = Tables {
        pl_rates: read("data/pl_rates.csv"),
        ro_rates: read("data/ro_rates.csv"),
        pl_eur: read("data/pl_nbp_eur_month_end.csv"),
        ro_eur: read("data/ro_bnr_eur_month_end.csv"),
        verified: read("src/engine/rates/verified.rs"),
    };
    for name in ["PL_VERIFIED_THROUGH", "RO_VERIFIED_THROUGH"] {
        let prefix = format!("pub const {name}: NaiveDate = date(");
        assert_eq!(
            real.verified
                .lines()
                .filter(|l| l.starts_with(&prefix))
                .count(),
            1
        );
    }
    let files: Vec<String> = plan(&real, d("2026-08-10"))
        .into_iter()
        .map(|f| f.file)
        .collect();
    assert!(
        files.contains(&"nbp-eur-2026-06.json".to_string()),
        "{files:?}"
    );
    assert!(
        !files.contains(&"nbp-eur-2026-07.json".to_string()),
        "{files:?}"
    );
}
