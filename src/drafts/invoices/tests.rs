use super::*;
use crate::drafts::storage::{list, read, save};
use crate::engine::locale::Jurisdiction;
use crate::import::plan::{plan_import, Reason};
use crate::import::{read as read_file, Batch, Limits};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Default, Clone, PartialEq, Debug)]
struct Memory {
    map: BTreeMap<String, String>,
    /// Writes allowed before the store is "full" (None: unlimited).
    writes_left: Option<usize>,
}

impl Backend for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(n) = &mut self.writes_left {
            if *n == 0 {
                return Err(StorageError::Full);
            }
            *n -= 1;
        }
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::from_str(s).unwrap()
}

fn cx() -> Context<'static> {
    Context {
        lang: Lang::Pl,
        today: day("2026-06-30"),
        tab: "t",
        now_ms: 1,
    }
}

/// The Windows-1250 list of tests/import: three debtors, one row with 31.02.2026.
fn list_batch() -> Batch {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/import/lista_cp1250.csv"
    ))
    .unwrap();
    let mut batch = Batch::default();
    batch.add(
        read_file("lista.csv", &bytes, &Limits::default()),
        &Limits::default(),
    );
    batch
}

fn import(m: &mut Memory, batch: &Batch) -> (ImportPlan, Written) {
    let ex = existing(m, Lang::Pl);
    let plan = plan_import(batch, None, &ex.cases, Jurisdiction::Pl);
    let invoices: Vec<&Invoice> = batch.invoices().collect();
    let mut n = 0;
    let written = write(m, &plan, &invoices, &ex.ids, &cx(), &mut || {
        n += 1;
        format!("new{n}")
    })
    .unwrap();
    (plan, written)
}

fn typed_draft(id: &str, tax_id: &str, number: &str) -> Draft {
    let mut form = CaseForm::new(Jurisdiction::Pl, day("2026-06-30"));
    form.case.debtor.name = "Ćma Ńandu Śląsk S.A.".into();
    form.case.debtor.tax_id = tax_id.into();
    form.claims[0].number = number.into();
    form.claims[0].due = "2025-12-01".into();
    form.claims[0].amount = "100,00".into();
    Draft {
        v: DRAFT_VERSION,
        meta: DraftMeta {
            id: id.into(),
            name: "Ćma".into(),
            updated: 0,
            debtor: String::new(),
            total: None,
            currency: Default::default(),
            deadline: None,
            rev: 0,
            tab: "other".into(),
            deadline_kind_unknown: false,
            left_out_claims: 0,
            left_out_payments: 0,
        },
        form,
    }
}

#[test]
fn a_list_becomes_drafts_and_a_second_import_changes_nothing() {
    let mut m = Memory::default();
    let batch = list_batch();
    let (plan, written) = import(&mut m, &batch);
    // FV 3/2026 has no valid due date (31.02.2026): asked, not imported.
    assert!(plan.decisions[2].reasons.contains(&Reason::DueDateNeeded));
    assert_eq!(written.created, vec!["new1", "new2"]);
    let a = read(&m, "new1").unwrap().unwrap();
    assert_eq!(a.meta.name, "Żółć i Gęś Łódź sp. z o.o.");
    assert_eq!(a.form.case.debtor.tax_id, "5210001122");
    // 1 230,00 invoiced, 230,00 paid without a date: the claim is what is left.
    assert_eq!(a.form.claims.len(), 1);
    assert_eq!(a.form.claims[0].amount, "1\u{a0}000,00");
    assert_eq!(a.form.claims[0].due, "2026-01-16");
    assert_eq!(a.form.calc_date, "2026-06-30");
    let case = a.form.parse(Jurisdiction::Pl, Lang::Pl).case;
    assert_eq!(case.claims[0].amount, Decimal::from(1000));
    assert_eq!(a.meta.debtor, "Żółć i Gęś Łódź sp. z o.o.");
    assert!(a.meta.total.is_some_and(|t| t > Decimal::from(1000)));
    let b = read(&m, "new2").unwrap().unwrap();
    assert_eq!(b.form.claims[0].amount, "2\u{a0}460,50");

    let before = m.clone();
    let (plan, written) = import(&mut m, &batch);
    assert!(written.created.is_empty() && written.updated.is_empty());
    assert!(plan.decisions[..2]
        .iter()
        .all(|d| matches!(d.reasons[..], [Reason::AlreadyInCase { .. }])));
    assert_eq!(m, before, "nothing saved changed");
}

#[test]
fn a_draft_with_that_debtor_receives_the_invoice_and_undo_restores_it_exactly() {
    let mut m = Memory::default();
    save(
        &mut m,
        typed_draft("mine", "PL5210001123", "FV 9/2025"),
        "x",
        "",
    )
    .unwrap();
    let before = m.clone();
    let (_, written) = import(&mut m, &list_batch());
    assert_eq!(written.updated, vec!["mine"]);
    assert_eq!(written.created, vec!["new1"]);
    let d = read(&m, "mine").unwrap().unwrap();
    let numbers: Vec<&str> = d.form.claims.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(numbers, ["FV 9/2025", "FV 2/2026"]);
    assert_eq!(d.meta.rev, 2);
    assert_eq!(list(&m).len(), 2);
    undo(&mut m, &written);
    assert_eq!(m, before);
}

#[test]
fn a_full_store_takes_back_what_was_written() {
    let mut m = Memory::default();
    save(
        &mut m,
        typed_draft("mine", "5210001123", "FV 9/2025"),
        "x",
        "",
    )
    .unwrap();
    let before = m.clone();
    m.writes_left = Some(1);
    let ex = existing(&m, Lang::Pl);
    let batch = list_batch();
    let plan = plan_import(&batch, None, &ex.cases, Jurisdiction::Pl);
    let invoices: Vec<&Invoice> = batch.invoices().collect();
    let r = write(&mut m, &plan, &invoices, &ex.ids, &cx(), &mut || "n".into());
    assert_eq!(r, Err(StorageError::Full));
    m.writes_left = None;
    assert_eq!(m, before);
}

/// KSeF example 1 is paid and 3 corrects it by −200; example 9 (2 760,00 zł, due Sunday
/// 15.03.2026) is open. Imported apart, the correction reaches the saved claim once.
#[test]
fn a_correction_imported_later_is_netted_once() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/formats/ksef/przyklady/FA3/"
    );
    let Ok(nine) = std::fs::read(format!("{dir}FA_3_Przyklad_9.xml")) else {
        eprintln!("skipped: the reference formats are not beside the checkout");
        return;
    };
    let limits = Limits::default();
    let mut m = Memory::default();
    let mut first = Batch::default();
    first.add(read_file("9.xml", &nine, &limits), &limits);
    let (_, w) = import(&mut m, &first);
    assert_eq!(w.created.len(), 1);
    // A correction of FV2026/02/150 by −200 (example 3's shape, pointed at example 9's number).
    let three = std::fs::read_to_string(format!("{dir}FA_3_Przyklad_3.xml")).unwrap();
    let mut second = Batch::default();
    second.add(read_file("3.xml", three.as_bytes(), &limits), &limits);
    let (plan, w) = import(&mut m, &second);
    assert_eq!(plan.adjustments.len(), 1, "{:?}", plan.decisions);
    assert!(w.created.is_empty());
    assert_eq!(w.updated, ["new1"]);
    let d = read(&m, "new1").unwrap().unwrap();
    assert_eq!(d.form.claims[0].amount, "2\u{a0}560,00");
    assert_eq!(d.form.case.imported.corrections, ["FK2026/03/200"]);
    let before = m.clone();
    let (_, w) = import(&mut m, &second);
    assert!(w.updated.is_empty());
    assert_eq!(m, before);
}
