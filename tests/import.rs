#![cfg(not(target_arch = "wasm32"))]
//! The importer against every official sample in shared/reference/formats (values from each
//! format's README), list fixtures in the legacy code pages, ZIP packages and broken files.

use overdue::engine::locale::{Currency, Jurisdiction};
use overdue::import::plan::{plan_import, ExistingCase, Reason, Target};
use overdue::import::{
    read, Batch, DocKind, DueTerm, FileKind, FileResult, Format, Invoice, Limits, PaymentSource,
    Problem,
};
use std::path::PathBuf;

fn formats() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/formats")
}

fn sample(rel: &str) -> Vec<u8> {
    let p = formats().join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn one(rel: &str) -> Invoice {
    let r = read(rel, &sample(rel), &Limits::default());
    assert!(r.problems.is_empty(), "{rel}: {:?}", r.problems);
    assert_eq!(r.invoices.len(), 1, "{rel}");
    r.invoices.into_iter().next().unwrap()
}

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

#[path = "import/deflated_zip.rs"]
mod deflated_zip;
use deflated_zip::zip;

/// One stored (uncompressed) entry, written by the app's own ZIP writer.
fn zip_stored(name: &str, data: &[u8]) -> Vec<u8> {
    overdue::export::zip::zip(&[(name, data.to_vec())])
}

/// (example, kind, number, P_15, payable, currency) from formats/ksef/README.md; `None` where
/// the README does not give the value.
type Row = (
    u32,
    DocKind,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
);

const FA3: [Row; 21] = [
    (
        1,
        DocKind::Vat,
        Some("FV2026/02/150"),
        "2051.00",
        "2051.00",
        "PLN",
    ),
    (
        2,
        DocKind::Kor,
        Some("FK2026/03/200"),
        "-200.00",
        "-200.00",
        "PLN",
    ),
    (
        3,
        DocKind::Kor,
        Some("FK2026/03/200"),
        "-200.00",
        "-200.00",
        "PLN",
    ),
    (
        4,
        DocKind::Vat,
        Some("FV2026/02/150"),
        "64279.92",
        "63279.92",
        "PLN",
    ),
    (5, DocKind::Kor, Some("FK2026/04/23"), "0.00", "0.00", "PLN"),
    (
        6,
        DocKind::Kor,
        Some("FK2026/07/243"),
        "-50000.00",
        "-50000.00",
        "PLN",
    ),
    (
        7,
        DocKind::Kor,
        Some("FK2026/07/243"),
        "-50000.00",
        "-50000.00",
        "PLN",
    ),
    (
        9,
        DocKind::Vat,
        Some("FV2026/02/150"),
        "2760.00",
        "2760.00",
        "PLN",
    ),
    (
        10,
        DocKind::Zal,
        Some("FZ2026/02/150"),
        "20000.00",
        "20000.00",
        "PLN",
    ),
    (
        11,
        DocKind::KorZal,
        Some("FK2026/03/5"),
        "0.00",
        "0.00",
        "PLN",
    ),
    (
        12,
        DocKind::KorZal,
        Some("FK2026/03/7"),
        "10000.00",
        "10000.00",
        "PLN",
    ),
    (15, DocKind::Upr, None, "450.00", "450.00", "PLN"),
    (16, DocKind::Upr, None, "450.00", "450.00", "PLN"),
    (
        17,
        DocKind::Roz,
        Some("FV2026/08/12"),
        "300000.00",
        "300000.00",
        "PLN",
    ),
    (
        18,
        DocKind::KorRoz,
        Some("FK2026/09/1"),
        "7635.00",
        "7635.00",
        "PLN",
    ),
    (
        19,
        DocKind::Vat,
        Some("FM2026/02/150"),
        "3000.00",
        "3000.00",
        "PLN",
    ),
    (
        20,
        DocKind::Vat,
        Some("FV2026/02/150"),
        "16678.80",
        "16678.80",
        "EUR",
    ),
    (22, DocKind::Vat, None, "4000.00", "4000.00", "EUR"),
    (23, DocKind::Vat, None, "8000.00", "8000.00", "USD"),
    (24, DocKind::Vat, None, "53.63", "53.63", "PLN"),
    (25, DocKind::Vat, None, "53.63", "53.63", "PLN"),
];

#[test]
fn every_fa3_and_fa2_sample_reads_its_readme_values() {
    for (version, year) in [(3, "2026"), (2, "2022")] {
        for (n, kind, number, gross, payable, currency) in FA3 {
            let rel = format!("ksef/przyklady/FA{version}/FA_{version}_Przyklad_{n}.xml");
            if version == 2 && n > 20 {
                continue;
            }
            let inv = one(&rel);
            assert_eq!(
                inv.format,
                if version == 3 {
                    Format::KsefFa3
                } else {
                    Format::KsefFa2
                },
                "{rel}"
            );
            assert_eq!(inv.kind, kind, "{rel}");
            if let Some(number) = number {
                assert_eq!(inv.number, number.replace("2026", year), "{rel}");
            }
            assert_eq!(inv.gross.to_string(), gross, "{rel}");
            assert_eq!(inv.payable.to_string(), payable, "{rel}");
            assert_eq!(inv.currency, currency, "{rel}");
            // Every FA(3) sample: seller NIP 9999999999 (a dummy failing the checksum, accepted).
            if version == 3 {
                assert_eq!(
                    inv.seller.tax_id.as_ref().map(|t| t.number.as_str()),
                    Some("9999999999"),
                    "{rel}"
                );
            }
            assert!(inv.issue_date.is_some(), "{rel}");
        }
    }
}

#[test]
fn fa3_details_field_by_field() {
    let ex1 = one("ksef/przyklady/FA3/FA_3_Przyklad_1.xml");
    assert_eq!(ex1.issue_date, Some(d("2026-02-15")));
    assert_eq!(ex1.buyer.tax_id.as_ref().unwrap().key(), "PL1111111111");
    assert!(ex1.due.is_empty());
    assert_eq!(ex1.payments.len(), 1);
    assert_eq!(ex1.payments[0].date, Some(d("2026-01-27")));
    assert_eq!(ex1.payments[0].source, PaymentSource::PaidInFull);
    assert_eq!(ex1.payments[0].amount.to_string(), "2051.00");

    let ex2 = one("ksef/przyklady/FA3/FA_3_Przyklad_2.xml");
    assert_eq!(ex2.issue_date, Some(d("2026-03-15")));
    assert_eq!(ex2.corrects.len(), 1);
    assert_eq!(ex2.corrects[0].number, "FV2026/02/150");
    assert_eq!(
        ex2.corrects[0].ksef_number.as_deref(),
        Some("9999999999-20230908-8BEF280C8D35-4D")
    );

    let ex4 = one("ksef/przyklady/FA3/FA_3_Przyklad_4.xml");
    assert_eq!(
        ex4.due,
        vec![DueTerm::Date {
            date: d("2026-03-15")
        }]
    );
    let factor = ex4.factor.as_ref().expect("factor");
    assert_eq!(
        factor.accounts,
        vec!["73111111111111111111111111".to_string()]
    );
    assert_eq!(
        factor
            .party
            .as_ref()
            .unwrap()
            .tax_id
            .as_ref()
            .unwrap()
            .number,
        "2222222222"
    );
    assert_eq!(ex4.seller.name, "ABC AGD sp. z o. o.");
    assert_eq!(ex4.seller.address, "ul. Kwiatowa 1 m. 2, 00-001 Warszawa");
    assert_eq!(ex4.buyer.address, "ul. Sadowa 1 lok. 3, 00-002 Kraków");

    assert_eq!(
        one("ksef/przyklady/FA3/FA_3_Przyklad_6.xml").corrects.len(),
        6
    );
    let ex9 = one("ksef/przyklady/FA3/FA_3_Przyklad_9.xml");
    assert_eq!(
        ex9.due,
        vec![DueTerm::Date {
            date: d("2026-03-15")
        }]
    );
    assert_eq!(ex9.bank_accounts.len(), 1);
    assert!(ex9.factor.is_none());
    let ex10 = one("ksef/przyklady/FA3/FA_3_Przyklad_10.xml");
    assert_eq!(ex10.payments[0].date, Some(d("2026-02-15")));
    let ex15 = one("ksef/przyklady/FA3/FA_3_Przyklad_15.xml");
    assert_eq!(ex15.buyer.name, "");
    assert_eq!(ex15.buyer.tax_id.as_ref().unwrap().number, "1111111111");
    let ex18 = one("ksef/przyklady/FA3/FA_3_Przyklad_18.xml");
    assert_eq!(ex18.corrects[0].number, "FV2026/08/12");
    let ex20 = one("ksef/przyklady/FA3/FA_3_Przyklad_20.xml");
    assert!(ex20.factor.is_some());
    assert_eq!(
        ex20.due,
        vec![DueTerm::Date {
            date: d("2026-03-15")
        }]
    );
    let ex22 = one("ksef/przyklady/FA3/FA_3_Przyklad_22.xml");
    assert_eq!(ex22.buyer.tax_id.as_ref().unwrap().country, "DE");
    assert!(
        ex22.seller.tax_id.as_ref().unwrap().prefixed
            || ex22.seller.tax_id.as_ref().unwrap().country == "PL"
    );
    let ex23 = one("ksef/przyklady/FA3/FA_3_Przyklad_23.xml");
    assert_eq!(ex23.buyer.tax_id.as_ref().unwrap().country, "US");
    for n in [24, 25] {
        let inv = one(&format!("ksef/przyklady/FA3/FA_3_Przyklad_{n}.xml"));
        assert_eq!(
            inv.due,
            vec![DueTerm::Date {
                date: d("2026-03-15")
            }]
        );
        assert!(!inv.bank_accounts.is_empty());
    }
    let fa2_4 = one("ksef/przyklady/FA2/FA_2_Przyklad_4.xml");
    assert_eq!(
        fa2_4.due,
        vec![DueTerm::Date {
            date: d("2022-03-15")
        }]
    );
    assert!(fa2_4.factor.is_some());
    assert_eq!(
        one("ksef/przyklady/FA2/FA_2_Przyklad_1.xml").payments[0].date,
        Some(d("2022-01-27"))
    );
}

#[test]
fn efactura_samples_field_by_field() {
    let e = one("efactura/anaf-exemple-2022/eInvoice_ex.xml");
    assert_eq!((e.format, e.kind), (Format::UblInvoice, DocKind::Vat));
    assert_eq!(e.seller.name, "Seller SRL");
    assert_eq!(e.seller.tax_id.as_ref().unwrap().display(), "RO1234567890");
    assert_eq!(e.buyer.name, "Buyer SRL");
    assert_eq!(e.buyer.tax_id.as_ref().unwrap().display(), "RO987456123");
    assert_eq!(e.number, "6422451356");
    assert_eq!(e.issue_date, Some(d("2022-05-31")));
    assert_eq!(
        e.due,
        vec![DueTerm::Date {
            date: d("2022-05-31")
        }]
    );
    assert_eq!(e.gross.to_string(), "41340576.71");
    assert_eq!(e.payable.to_string(), "41340576.71");
    assert_eq!(e.currency, "RON");
    assert_eq!(
        e.bank_accounts,
        vec!["RO80RNCB0067054355123456".to_string()]
    );
    assert!(e.payments.is_empty() && e.corrects.is_empty());

    let c = one("efactura/anaf-exemple-2022/creditNote_ex.xml");
    assert_eq!(
        (c.format, c.kind),
        (Format::UblCreditNote, DocKind::CreditNote)
    );
    assert_eq!(c.seller.name, "Säljbolaget AB");
    assert_eq!(
        c.seller.tax_id.as_ref().unwrap().display(),
        "SE123451234501"
    );
    assert!(c.buyer.tax_id.is_none());
    assert_eq!(c.number, "2018-112");
    assert_eq!(c.issue_date, Some(d("2018-07-31")));
    assert!(c.due.is_empty() && c.corrects.is_empty() && c.bank_accounts.is_empty());
    assert_eq!(c.gross.to_string(), "-500.00");
    assert_eq!(c.currency, "SEK");

    let x0 = one("efactura/cius-ro-exemple/ubl_b2g_example0.xml");
    assert_eq!(x0.seller.name, "The Sellercompany Incorporated");
    assert_eq!(
        x0.seller.tax_id.as_ref().unwrap().display(),
        "RO1111111111118"
    );
    assert_eq!(x0.buyer.name, "Ministerul Finantelor");
    assert_eq!(x0.buyer.tax_id.as_ref().unwrap().display(), "8609468");
    assert_eq!(x0.buyer.tax_id.as_ref().unwrap().key(), "RO8609468");
    assert_eq!(
        (x0.number.as_str(), x0.issue_date),
        ("TOSL108", Some(d("2021-11-12")))
    );
    assert_eq!(
        x0.due,
        vec![DueTerm::Date {
            date: d("2021-11-15")
        }]
    );
    assert_eq!(x0.gross.to_string(), "1659.59");
    // PayableAmount 659.89 + PrepaidAmount 1000 (TaxInclusive 1659.59 + rounding 0.30).
    assert_eq!(x0.payable.to_string(), "1659.89");
    assert_eq!(
        (x0.payments[0].date, x0.payments[0].amount.to_string()),
        (None, "1000.00".to_string())
    );
    assert_eq!(x0.bank_accounts, vec!["DK1212341234123412".to_string()]);
    assert_eq!(x0.corrects[0].number, "ABC120-220-1");

    let x1 = one("efactura/cius-ro-exemple/ubl_b2g_example1.xml");
    assert_eq!(
        (x1.number.as_str(), x1.gross.to_string()),
        ("12115118", "250.33".to_string())
    );
    assert_eq!(
        x1.due,
        vec![DueTerm::Date {
            date: d("2015-01-09")
        }]
    );
    assert_eq!(x1.bank_accounts.len(), 2);
    assert!(x1.bank_accounts.iter().all(|a| !a.contains(' ')));

    let x2 = one("efactura/cius-ro-exemple/ubl_b2g_example2.xml");
    assert_eq!(
        x2.due,
        vec![DueTerm::Date {
            date: d("2013-07-20")
        }]
    );
    assert_eq!(
        (x2.gross.to_string(), x2.payable.to_string()),
        ("1801.78".to_string(), "1801.78".to_string())
    );
    assert_eq!(x2.payments[0].amount.to_string(), "1000.00");
    assert_eq!(x2.bank_accounts, vec!["NO9386011117947".to_string()]);

    let x5 = one("efactura/cius-ro-exemple/ubl_b2g_example5.xml");
    assert_eq!(
        (x5.number.as_str(), x5.currency.as_str()),
        ("TOSL110", "DKK")
    );
    assert_eq!(
        x5.due,
        vec![DueTerm::Date {
            date: d("2013-05-10")
        }]
    );
    assert_eq!(x5.payments[0].amount.to_string(), "2337.50");
    assert!(x5.bank_accounts.is_empty());
    assert_eq!(
        (x5.corrects[0].number.as_str(), x5.corrects[0].issue_date),
        ("TOSL109", Some(d("2013-03-10")))
    );

    let x10 = one("efactura/cius-ro-exemple/ubl_b2g_example10.xml");
    assert_eq!(
        (x10.gross.to_string(), x10.currency.as_str()),
        ("2005.00".to_string(), "DKK")
    );
    assert_eq!(x10.buyer.tax_id.as_ref().unwrap().display(), "RO9435289");

    let o = one("efactura/anaf-descarcare/5004552043.xml");
    assert_eq!(o.seller.name, "TOTAL SECURITY SA");
    assert_eq!(o.seller.tax_id.as_ref().unwrap().display(), "RO8486152");
    assert_eq!(o.buyer.name, "ERPSYSTEMS SOLUTIONS SRL");
    assert_eq!(o.buyer.tax_id.as_ref().unwrap().display(), "RO23685159");
    assert_eq!(o.number, "ETTS/2023 /000130");
    assert_eq!(o.issue_date, Some(d("2023-12-06")));
    assert_eq!(
        o.due,
        vec![DueTerm::Date {
            date: d("2023-12-21")
        }]
    );
    assert_eq!(
        (o.gross.to_string(), o.currency.as_str()),
        ("4718.11".to_string(), "RON")
    );
    assert!(o.payments.is_empty(), "PrepaidAmount 0.00 is no payment");
    assert_eq!(
        o.bank_accounts,
        vec!["RO08BTRLRONCRT0617967501".to_string()]
    );
}

#[test]
fn anaf_download_zip_takes_the_invoice_once() {
    let inv = sample("efactura/anaf-descarcare/5004552043.xml");
    let sig = sample("efactura/anaf-descarcare/semnatura_5004552043.xml");
    // Entry order is not fixed: the signature first here.
    let z = zip(&[("semnatura_5004552043.xml", &sig), ("5004552043.xml", &inv)]);
    let r = read("download.zip", &z, &Limits::default());
    assert_eq!(r.kind, FileKind::AnafPackage);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.invoices.len(), 1);
    assert_eq!(
        r.invoices[0].provenance.anaf_upload_index.as_deref(),
        Some("5004552043")
    );
    assert_eq!(
        r.skipped_signatures,
        vec!["semnatura_5004552043.xml".to_string()]
    );

    let err = zip(&[
        ("3828.xml", &sample("efactura/anaf-descarcare/3828.xml")),
        (
            "semnatura_3828.xml",
            &sample("efactura/anaf-descarcare/semnatura_3828.xml"),
        ),
    ]);
    let r = read("error.zip", &err, &Limits::default());
    assert!(r.invoices.is_empty());
    assert!(
        matches!(&r.problems[..], [Problem::AnafErrorMessage { upload_index, .. }] if upload_index == "5011636148" || upload_index == "3828"),
        "{:?}",
        r.problems
    );
    let alone = read("semnatura_5004552043.xml", &sig, &Limits::default());
    assert!(matches!(
        &alone.problems[..],
        [Problem::SignatureFile { .. }]
    ));
}

fn ksef_package() -> Vec<u8> {
    let k1 = "9999999999-20260215-0A1B2C3D4E5F-01";
    let k2 = "9999999999-20260315-0A1B2C3D4E60-02";
    let meta = format!(
        r#"{{"invoices":[{{"ksefNumber":"{k1}","invoiceNumber":"FV2026/02/150","issueDate":"2026-02-15","invoicingDate":"2026-02-15T10:00:00+00:00","acquisitionDate":"2026-02-15T10:00:05+00:00","seller":{{"nip":"9999999999","name":"ABC"}},"grossAmount":64279.92,"currency":"PLN","invoiceType":"Vat"}},{{"ksefNumber":"{k2}","invoiceNumber":"FK2026/03/200","issueDate":"2026-03-15","seller":{{"nip":"9999999999"}}}}]}}"#
    );
    zip(&[
        (
            &format!("{k1}.xml"),
            &sample("ksef/przyklady/FA3/FA_3_Przyklad_9.xml"),
        ),
        (
            &format!("{k2}.xml"),
            &sample("ksef/przyklady/FA3/FA_3_Przyklad_3.xml"),
        ),
        ("_metadata.json", meta.as_bytes()),
    ])
}

#[test]
fn ksef_export_package_keeps_ksef_numbers_and_dates() {
    let r = read("export.zip", &ksef_package(), &Limits::default());
    assert_eq!(r.kind, FileKind::KsefPackage);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.invoices.len(), 2);
    let p = &r.invoices[0].provenance;
    assert_eq!(
        p.ksef_number.as_deref(),
        Some("9999999999-20260215-0A1B2C3D4E5F-01")
    );
    assert_eq!(
        p.ksef_invoicing_date.as_deref(),
        Some("2026-02-15T10:00:00+00:00")
    );
    assert_eq!(
        p.ksef_acquisition_date.as_deref(),
        Some("2026-02-15T10:00:05+00:00")
    );
    assert_eq!(
        r.invoices[1].provenance.ksef_number.as_deref(),
        Some("9999999999-20260315-0A1B2C3D4E60-02")
    );
}

fn list(name: &str) -> FileResult {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name);
    read(name, &std::fs::read(p).unwrap(), &Limits::default())
}

#[test]
fn polish_lists_in_windows_1250_and_iso_8859_2() {
    for name in ["lista_cp1250.csv", "lista_iso8859-2.csv"] {
        let r = list(name);
        let table = r.list.as_ref().unwrap();
        assert_eq!(table.delimiter, ';');
        assert_eq!(table.headers[4], "Termin płatności", "{name}");
        assert_eq!(r.invoices.len(), 3, "{name}: {:?}", r.problems);
        // 31.02.2026 is no date: the row is named, the invoice kept without a due date.
        assert!(r.invoices[2].due.is_empty());
        assert!(
            matches!(&r.problems[..], [Problem::BadDate { at, .. }] if at.row == Some(4)),
            "{:?}",
            r.problems
        );
        let a = &r.invoices[0];
        assert_eq!(a.buyer.name, "Żółć i Gęś Łódź sp. z o.o.", "{name}");
        assert_eq!(a.buyer.tax_id.as_ref().unwrap().key(), "PL5210001122");
        assert_eq!(
            (a.number.as_str(), a.issue_date),
            ("FV 1/2026", Some(d("2026-01-02")))
        );
        assert_eq!(
            a.due,
            vec![DueTerm::Date {
                date: d("2026-01-16")
            }]
        );
        assert_eq!(a.payable.to_string(), "1230.00");
        assert_eq!(a.payments[0].amount.to_string(), "230.00");
        assert_eq!(a.payments[0].date, None);
        assert_eq!(r.invoices[1].buyer.name, "Ćma Ńandu Śląsk S.A.");
        assert_eq!(r.invoices[1].payable.to_string(), "2460.50");
    }
    assert_eq!(
        list("lista_cp1250.csv").list.unwrap().encoding,
        overdue::import::text::Encoding::Windows1250
    );
    assert_eq!(
        list("lista_iso8859-2.csv").list.unwrap().encoding,
        overdue::import::text::Encoding::Iso88592
    );
}

#[test]
fn romanian_and_english_lists() {
    let r = list("lista_ro_cp1250.csv");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.list.as_ref().unwrap().headers[4], "Data scadenței");
    let a = &r.invoices[0];
    assert_eq!(a.buyer.name, "Brânzeturi Târgu Ștefănești SRL");
    assert_eq!(a.buyer.tax_id.as_ref().unwrap().key(), "RO8609468");
    assert_eq!(a.number, "ETTS 12");
    assert_eq!(a.payable.to_string(), "4718.11");
    assert_eq!(a.payments[0].amount.to_string(), "1000.00");
    assert_eq!(r.invoices[1].buyer.name, "Țesătoria Îmbrăcăminte SA");
    assert!(r.invoices[1].payments.is_empty());

    let r = list("list_utf8_bom.tsv");
    assert_eq!(r.invoices.len(), 1);
    assert_eq!(
        r.invoices[0].buyer.tax_id.as_ref().unwrap().display(),
        "DE123456789"
    );
    assert!(r
        .problems
        .iter()
        .any(|p| matches!(p, Problem::BadDate { at, .. } if at.row == Some(3))));
    assert!(r
        .problems
        .iter()
        .any(|p| matches!(p, Problem::BadAmount { at, .. } if at.row == Some(3))));
    // The UI changes the mapping: no amount column, so no invoices and a typed reason.
    let table = r.list.unwrap();
    let mut mapping = table.mapping.clone();
    for c in mapping.columns.iter_mut() {
        if matches!(
            c,
            Some(overdue::import::list::Column::Amount)
                | Some(overdue::import::list::Column::Balance)
        ) {
            *c = None;
        }
    }
    let (inv, problems) =
        overdue::import::list::apply("list_utf8_bom.tsv", &table, &mapping, &Limits::default());
    assert!(inv.is_empty());
    assert!(matches!(&problems[..], [Problem::ListMissingColumn { .. }]));
}

#[test]
fn broken_files_get_typed_problems() {
    let limits = Limits::default();
    let first = |name: &str, bytes: &[u8]| read(name, bytes, &limits).problems.into_iter().next();
    assert!(matches!(first("e.xml", b""), Some(Problem::Empty { .. })));
    assert!(matches!(
        first("e.xml", b" \n"),
        Some(Problem::Empty { .. })
    ));
    assert!(matches!(
        first("x.bin", &[0u8, 1, 2, 3, 0xff]),
        Some(Problem::UnknownFileType { .. })
    ));
    assert!(matches!(
        first("a.xml", b"<Faktura><Fa>"),
        Some(Problem::MalformedXml { .. })
    ));
    assert!(
        matches!(first("o.xml", b"<Order xmlns=\"urn:x\"/>"), Some(Problem::OtherXml { root, .. }) if root == "Order")
    );
    let lol = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Faktura>&lol2;</Faktura>"#;
    assert!(matches!(
        first("lol.xml", lol),
        Some(Problem::Doctype { .. })
    ));
    let xxe = br#"<!DOCTYPE Faktura SYSTEM "file:///etc/passwd"><Faktura/>"#;
    assert!(matches!(
        first("xxe.xml", xxe),
        Some(Problem::Doctype { .. })
    ));
    let fa4 = String::from_utf8(sample("ksef/przyklady/FA3/FA_3_Przyklad_1.xml")).unwrap();
    let future = fa4.replace("2025/06/25/13775", "2027/01/01/99999");
    assert!(matches!(
        first("f.xml", future.as_bytes()),
        Some(Problem::UnknownVersion { .. })
    ));
    let bad_date = fa4.replace("<P_1>2026-02-15</P_1>", "<P_1>2026-02-30</P_1>");
    let r = read("d.xml", bad_date.as_bytes(), &limits);
    assert!(r.invoices.is_empty());
    assert!(
        matches!(&r.problems[..], [Problem::BadDate { at, field: overdue::import::Field::IssueDate, value }] if value == "2026-02-30" && at.invoice.as_deref() == Some("FV2026/02/150")),
        "{:?}",
        r.problems
    );
    let bad_amount = fa4.replace("<P_15>2051</P_15>", "<P_15>2 051,00</P_15>");
    assert!(matches!(
        first("m.xml", bad_amount.as_bytes()),
        Some(Problem::BadAmount { .. })
    ));
    let ubl = String::from_utf8(sample("efactura/cius-ro-exemple/ubl_b2g_example10.xml")).unwrap();
    let other_cius = ubl.replace("urn:cen.eu:en16931:2017", "urn:example:other");
    assert!(matches!(
        first("u.xml", other_cius.as_bytes()),
        Some(Problem::UnknownVersion { .. })
    ));

    let small = Limits {
        file_bytes: 10,
        ..Limits::default()
    };
    assert!(matches!(
        read("big.xml", fa4.as_bytes(), &small).problems[..],
        [Problem::TooLarge { .. }]
    ));
    // A 200 MB file is refused by its length alone (a slice of zeros stands for it here).
    let huge = vec![b' '; (Limits::default().file_bytes + 1) as usize];
    assert!(matches!(
        read("huge.xml", &huge, &limits).problems[..],
        [Problem::TooLarge { .. }]
    ));

    // ZIP bomb: 5 MB of zeros deflates to about 5 KB (ratio about 1000).
    let zeros = vec![0u8; 5 * 1024 * 1024];
    let bomb = zip(&[("a.xml", &zeros)]);
    assert!(matches!(
        read("bomb.zip", &bomb, &limits).problems[..],
        [Problem::ZipBomb { .. }]
    ));
    let tight = Limits {
        uncompressed_bytes: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        read("p.zip", &ksef_package(), &tight).problems[..],
        [Problem::ZipBomb { .. }]
    ));
    let nested = zip(&[("inner.zip", &ksef_package()), ("readme.pdf", b"%PDF")]);
    let r = read("nested.zip", &nested, &limits);
    assert!(
        matches!(
            &r.problems[..],
            [Problem::ZipInZip { .. }, Problem::UnsupportedEntry { .. }]
        ),
        "{:?}",
        r.problems
    );
    let mut cut = ksef_package();
    cut.truncate(cut.len() / 2);
    assert!(matches!(
        read("cut.zip", &cut, &limits).problems[..],
        [Problem::ZipCorrupt { .. }]
    ));
    // A flipped byte inside a stored entry: the CRC refuses it.
    let stored = zip_stored("a.xml", &sample("ksef/przyklady/FA3/FA_3_Przyklad_9.xml"));
    let mut flipped = stored.clone();
    flipped[200] ^= 0x01;
    assert_eq!(read("ok.zip", &stored, &limits).invoices.len(), 1);
    assert!(matches!(
        read("flip.zip", &flipped, &limits).problems[..],
        [Problem::ZipCorrupt { .. }]
    ));
    // A ZIP renamed to .xml inside a ZIP is still a ZIP in a ZIP.
    let renamed = zip(&[("inner.xml", &ksef_package())]);
    assert!(matches!(
        read("r.zip", &renamed, &limits).problems[..],
        [Problem::ZipInZip { .. }]
    ));
    let few = Limits {
        invoices: 1,
        ..Limits::default()
    };
    let r = read("p.zip", &ksef_package(), &few);
    assert_eq!(r.invoices.len(), 1);
    assert!(r
        .problems
        .iter()
        .any(|p| matches!(p, Problem::TooManyInvoices { .. })));
    // One bad entry does not stop the rest of the package.
    let mixed = zip(&[
        ("bad.xml", b"<nope"),
        ("ok.xml", &sample("ksef/przyklady/FA3/FA_3_Przyklad_9.xml")),
    ]);
    let r = read("mixed.zip", &mixed, &limits);
    assert_eq!(r.invoices.len(), 1);
    assert!(
        matches!(&r.problems[..], [Problem::MalformedXml { at, .. }] if at.entry.as_deref() == Some("bad.xml"))
    );
}

fn batch(files: &[(&str, Vec<u8>)]) -> Batch {
    let limits = Limits::default();
    let mut b = Batch::default();
    for (name, bytes) in files {
        b.add(read(name, bytes, &limits), &limits);
    }
    b
}

#[test]
fn plan_groups_nets_and_skips_with_reasons() {
    let fa = |n: u32| {
        (
            format!("FA_3_Przyklad_{n}.xml"),
            sample(&format!("ksef/przyklady/FA3/FA_3_Przyklad_{n}.xml")),
        )
    };
    let files: Vec<(String, Vec<u8>)> = [9, 3, 1, 6, 20, 23, 5].into_iter().map(fa).collect();
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let b = batch(&refs);
    let plan = plan_import(&b, None, &[], Jurisdiction::Ro);
    assert!(
        matches!(&plan.own_tax_id, overdue::import::plan::OwnTaxId::Suggested { key, invoices: 7 } if key == "PL9999999999")
    );
    let reasons = |i: usize| plan.decisions[i].reasons.clone();
    // Ex. 9 (2760, due 15.03.2026) is the claim; ex. 3 corrects FV2026/02/150 by −200: netted.
    assert!(reasons(0).contains(&Reason::Claim));
    assert!(
        matches!(&reasons(1)[..], [Reason::NettedInBatch { target: 0, change }] if change.to_string() == "-200.00")
    );
    // Ex. 1 has the same debtor and number as ex. 9: a duplicate, whatever its content.
    assert_eq!(reasons(2), vec![Reason::DuplicateInBatch { of: 0 }]);
    assert_eq!(reasons(3), vec![Reason::CorrectionOfSeveral { count: 6 }]);
    // Ex. 20 is the same number again (EUR): duplicate by debtor and number.
    assert!(matches!(&reasons(4)[..], [Reason::DuplicateInBatch { .. }]));
    assert_eq!(
        reasons(5),
        vec![Reason::UnsupportedCurrency {
            currency: "USD".into()
        }]
    );
    assert!(matches!(&reasons(6)[..], [Reason::CorrectionWithoutAmount]));
    assert_eq!(plan.groups.len(), 1);
    let g = &plan.groups[0];
    assert_eq!(g.target, Target::New);
    let case = g.case.as_ref().unwrap();
    assert_eq!(case.jurisdiction, Jurisdiction::Pl);
    assert_eq!(case.currency, Currency::Pln);
    assert_eq!(case.creditor.tax_id, "9999999999");
    assert_eq!(case.debtor.tax_id, "1111111111");
    assert_eq!(case.claims.len(), 1);
    assert_eq!(case.claims[0].amount.to_string(), "2560.00");
    assert_eq!(case.claims[0].due_date, d("2026-03-15"));

    // Re-importing into the case just created changes nothing.
    assert_eq!(g.corrections, vec!["FK2026/03/200".to_string()]);
    let mut saved = ExistingCase::from_case(case);
    saved.corrections_applied = g.corrections.clone();
    let again = plan_import(&b, Some("PL 999-999-99-99"), &[saved], Jurisdiction::Ro);
    assert!(again.groups.is_empty() && again.adjustments.is_empty());
    assert_eq!(
        again.decisions[0].reasons,
        vec![Reason::AlreadyInCase { case: 0 }]
    );
    assert_eq!(
        again.decisions[1].reasons,
        vec![Reason::AlreadyInCase { case: 0 }]
    );
    let existing = [ExistingCase::from_case(case)];
    // A correction imported later nets against the saved claim.
    let later = batch(&[(
        "FA_3_Przyklad_3.xml",
        sample("ksef/przyklady/FA3/FA_3_Przyklad_3.xml"),
    )]);
    let p = plan_import(&later, Some("9999999999"), &existing, Jurisdiction::Ro);
    assert_eq!(p.adjustments.len(), 1);
    assert_eq!(p.adjustments[0].change.to_string(), "-200.00");
    // Once the app records the correction as applied, importing it again changes nothing.
    let mut applied = existing.clone();
    applied[0].corrections_applied.push("FK2026/03/200".into());
    let p = plan_import(&later, Some("9999999999"), &applied, Jurisdiction::Ro);
    assert!(p.adjustments.is_empty());
    assert_eq!(
        p.decisions[0].reasons,
        vec![Reason::AlreadyInCase { case: 0 }]
    );

    // The user is the buyer: a purchase, skipped and listed.
    let p = plan_import(&b, Some("1111111111"), &[], Jurisdiction::Ro);
    for (i, d) in p.decisions.iter().enumerate() {
        // Ex. 23's buyer is a US company: neither side is the user.
        let expected = if i == 5 {
            Reason::NotOwn
        } else {
            Reason::Purchase
        };
        assert_eq!(d.reasons, vec![expected], "{i}");
    }
    assert!(p.groups.is_empty());
}

#[test]
fn plan_for_efactura_flags_prepaid_and_missing_due_dates() {
    let b = batch(&[
        (
            "x0.xml",
            sample("efactura/cius-ro-exemple/ubl_b2g_example0.xml"),
        ),
        (
            "x2.xml",
            sample("efactura/cius-ro-exemple/ubl_b2g_example2.xml"),
        ),
        ("oca.xml", sample("efactura/anaf-descarcare/5004552043.xml")),
        (
            "cn.xml",
            sample("efactura/anaf-exemple-2022/creditNote_ex.xml"),
        ),
    ]);
    let p = plan_import(&b, Some("RO1111111111118"), &[], Jurisdiction::Pl);
    // Ex. 0: PrepaidAmount 1000 undated, deducted: claim 659.89, grouped by the buyer's CUI.
    assert!(p.decisions[0]
        .reasons
        .contains(&Reason::UndatedPaymentDeducted {
            amount: "1000.00".parse().unwrap()
        }));
    // Ex. 2: same buyer CUI 8609468 without prefix: one case.
    let g = p
        .groups
        .iter()
        .find(|g| g.debtor_key == "RO8609468")
        .unwrap();
    let case = g.case.as_ref().unwrap();
    assert_eq!(case.jurisdiction, Jurisdiction::Ro);
    assert_eq!(
        case.claims
            .iter()
            .map(|c| c.amount.to_string())
            .collect::<Vec<_>>(),
        ["659.89"]
    );
    // Ex. 2 (TOSL108 again) names its buyer's address in another country: another debtor key,
    // so its claim (1801.78 − prepaid 1000) is planned apart, never merged silently.
    assert!(p.decisions[1].reasons.contains(&Reason::Claim));
    assert!(p
        .groups
        .iter()
        .any(|g| g.claims.iter().any(|c| c.amount.to_string() == "801.78")));
    assert_eq!(p.decisions[2].reasons, vec![Reason::NotOwn]);
    assert_eq!(p.decisions[3].reasons, vec![Reason::NotOwn]);
    let own = plan_import(&b, Some("SE123451234501"), &[], Jurisdiction::Pl);
    assert!(matches!(
        &own.decisions[3].reasons[..],
        [Reason::UnsupportedCurrency { .. }]
    ));
}

#[test]
fn list_plan_uses_the_given_jurisdiction_and_holds_rows_without_due_date() {
    let b = batch(&[(
        "lista_cp1250.csv",
        std::fs::read(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/import/lista_cp1250.csv"),
        )
        .unwrap(),
    )]);
    let p = plan_import(&b, None, &[], Jurisdiction::Pl);
    assert_eq!(p.groups.len(), 2);
    let case = p.groups[0].case.as_ref().unwrap();
    assert_eq!(case.jurisdiction, Jurisdiction::Pl);
    assert_eq!(case.claims[0].amount.to_string(), "1000.00");
}

/// FA(3) example 9 with its `Platnosc` block replaced: the cases the kept-aside examples 8 and 14
/// carry, built from the schema (formats/ksef/README.md, "Due date(s)", "Partial payments").
fn fa3_with_payment(block: &str) -> Vec<u8> {
    let xml = String::from_utf8(sample("ksef/przyklady/FA3/FA_3_Przyklad_9.xml")).unwrap();
    let start = xml.find("<Platnosc>").unwrap();
    let end = xml.find("</Platnosc>").unwrap() + "</Platnosc>".len();
    format!(
        "{}<Platnosc>{block}</Platnosc>{}",
        &xml[..start],
        &xml[end..]
    )
    .into_bytes()
}

#[test]
fn descriptive_terms_several_dates_and_partial_payments_are_kept_as_found() {
    let described = fa3_with_payment(
        "<ZnacznikZaplatyCzesciowej>1</ZnacznikZaplatyCzesciowej>\
         <ZaplataCzesciowa><KwotaZaplatyCzesciowej>760</KwotaZaplatyCzesciowej><DataZaplatyCzesciowej>2026-02-20</DataZaplatyCzesciowej></ZaplataCzesciowa>\
         <TerminPlatnosci><TerminOpis><Ilosc>30</Ilosc><Jednostka>Dzień</Jednostka><ZdarzeniePoczatkowe>Otrzymanie faktury</ZdarzeniePoczatkowe></TerminOpis></TerminPlatnosci>",
    );
    let r = read("opis.xml", &described, &Limits::default());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let inv = &r.invoices[0];
    assert_eq!(
        inv.due,
        vec![DueTerm::Described {
            text: "30 Dzień Otrzymanie faktury".into()
        }]
    );
    assert_eq!(inv.payments.len(), 1);
    assert_eq!(
        (inv.payments[0].date, inv.payments[0].amount.to_string()),
        (Some(d("2026-02-20")), "760.00".to_string())
    );
    assert_eq!(inv.payments[0].source, PaymentSource::Partial);

    let two = fa3_with_payment(
        "<TerminPlatnosci><Termin>2026-03-15</Termin></TerminPlatnosci>\
         <TerminPlatnosci><Termin>2026-04-15</Termin></TerminPlatnosci>",
    );
    let two = String::from_utf8(two)
        .unwrap()
        .replace("FV2026/02/150", "FV2026/02/151");
    let r2 = read("dwa.xml", two.as_bytes(), &Limits::default());
    assert_eq!(r2.invoices[0].due.len(), 2);
    assert_eq!(r2.invoices[0].single_due_date(), None);

    // Neither gets a date invented: both wait for the user, the partial payment stays dated.
    let mut b = Batch::default();
    b.add(r, &Limits::default());
    b.add(r2, &Limits::default());
    let p = plan_import(&b, Some("9999999999"), &[], Jurisdiction::Pl);
    assert!(p
        .decisions
        .iter()
        .all(|d| d.reasons.contains(&Reason::DueDateNeeded)));
    assert!(p.groups.is_empty());

    // The user picks a date for the first (the UI sets it on the invoice) and plans again.
    b.files[0].invoices[0].due = vec![DueTerm::Date {
        date: d("2026-03-20"),
    }];
    let p = plan_import(&b, Some("9999999999"), &[], Jurisdiction::Pl);
    let case = p.groups[0].case.as_ref().unwrap();
    assert_eq!(case.claims[0].due_date, d("2026-03-20"));
    assert_eq!(case.claims[0].amount.to_string(), "2760.00");
    assert_eq!(case.payments[0].amount.to_string(), "760.00");
    assert_eq!(case.payments[0].claim.as_deref(), Some("FV2026/02/150"));
}

#[test]
fn factor_credit_note_and_batch_limit() {
    // Ex. 4 pays to a factor: imported, and flagged.
    let b = batch(&[("4.xml", sample("ksef/przyklady/FA3/FA_3_Przyklad_4.xml"))]);
    let p = plan_import(&b, None, &[], Jurisdiction::Pl);
    assert!(p.decisions[0].reasons.contains(&Reason::FactorFlagged));
    assert_eq!(p.groups[0].claims[0].amount.to_string(), "63279.92");

    // A UBL credit note referring to an invoice of the same import nets against it: example 10
    // as a CreditNote of its full amount (CN-1, BillingReference TOSL108) leaves nothing to claim.
    let invoice = String::from_utf8(sample("efactura/cius-ro-exemple/ubl_b2g_example10.xml"))
        .unwrap()
        .replace(
            "<cbc:DocumentCurrencyCode>DKK<",
            "<cbc:DocumentCurrencyCode>RON<",
        );
    let credit = invoice
        .replace("<Invoice ", "<CreditNote ")
        .replace("</Invoice>", "</CreditNote>")
        .replace("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")
        .replace("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
        .replace("InvoiceLine>", "CreditNoteLine>")
        .replace("InvoicedQuantity", "CreditedQuantity")
        .replacen("<cbc:ID>TOSL108</cbc:ID>", "<cbc:ID>CN-1</cbc:ID><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>TOSL108</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>", 1);
    let b = batch(&[
        ("inv.xml", invoice.into_bytes()),
        ("cn.xml", credit.into_bytes()),
    ]);
    assert!(
        b.files.iter().all(|f| f.problems.is_empty()),
        "{:?}",
        b.files[1].problems
    );
    assert_eq!(b.files[1].invoices[0].kind, DocKind::CreditNote);
    assert_eq!(b.files[1].invoices[0].payable.to_string(), "-2005.00");
    let p = plan_import(&b, None, &[], Jurisdiction::Pl);
    assert!(
        matches!(&p.decisions[1].reasons[..], [Reason::NettedInBatch { target: 0, change }] if change.to_string() == "-2005.00"),
        "{:?}",
        p.decisions
    );
    assert_eq!(p.decisions[0].reasons, vec![Reason::NothingPayable]);
    assert!(p.groups.is_empty());

    let limits = Limits {
        invoices: 2,
        ..Limits::default()
    };
    let mut b = Batch::default();
    for n in [1, 2, 3] {
        b.add(
            read(
                "f.xml",
                &sample(&format!("ksef/przyklady/FA3/FA_3_Przyklad_{n}.xml")),
                &limits,
            ),
            &limits,
        );
    }
    assert_eq!(b.invoices().count(), 2);
    assert!(matches!(
        &b.files[2].problems[..],
        [Problem::TooManyInvoices { limit: 2, .. }]
    ));
}

/// The app reads ZIPs a few entries at a time (to paint progress): any step size gives what the
/// whole read gives.
#[test]
fn a_zip_read_in_steps_equals_the_whole_read() {
    let limits = Limits::default();
    for bytes in [ksef_package(), sample_anaf_zip()] {
        let whole = read("p.zip", &bytes, &limits);
        for step in [1, 2, 7] {
            let overdue::import::Reading::Zip(mut s) =
                overdue::import::start("p.zip", &bytes, &limits)
            else {
                panic!("a ZIP is read in steps");
            };
            let mut rounds = 0;
            while !s.step(&bytes, step) {
                rounds += 1;
                let (done, total) = s.progress();
                assert!(done <= total);
            }
            assert!(rounds >= 1 || step >= s.progress().1);
            assert_eq!(s.finish(), whole, "step {step}");
        }
    }
}

fn sample_anaf_zip() -> Vec<u8> {
    zip(&[
        (
            "semnatura_5004552043.xml",
            &sample("efactura/anaf-descarcare/semnatura_5004552043.xml"),
        ),
        (
            "5004552043.xml",
            &sample("efactura/anaf-descarcare/5004552043.xml"),
        ),
    ])
}

/// A case is kept in its country's currency or in EUR: a Romanian list read under Polish law
/// cannot become a PLN case holding lei, so its RON rows are skipped with the reason; under
/// Romanian law they import.
#[test]
fn a_currency_foreign_to_the_jurisdiction_is_skipped_with_its_reason() {
    let b = batch(&[(
        "lista_ro_cp1250.csv",
        std::fs::read(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/import/lista_ro_cp1250.csv"),
        )
        .unwrap(),
    )]);
    let pl = plan_import(&b, None, &[], Jurisdiction::Pl);
    assert!(pl.groups.is_empty());
    assert!(pl.decisions.iter().all(|d| d.reasons
        == [Reason::UnsupportedCurrency {
            currency: "RON".into()
        }]));
    let ro = plan_import(&b, None, &[], Jurisdiction::Ro);
    assert_eq!(ro.groups.len(), 2);
}
