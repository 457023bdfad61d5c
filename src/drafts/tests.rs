use super::*;
use crate::engine::evaluate;
use crate::engine::locale::Jurisdiction;
use crate::form::CaseForm;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// localStorage stand-in: ordered keys, an optional byte quota.
#[derive(Default)]
struct Memory {
    map: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl Backend for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let used: usize = self
            .map
            .iter()
            .filter(|(k, _)| *k != key)
            .map(|(k, v)| k.len() + v.len())
            .sum();
        if self
            .quota
            .is_some_and(|q| used + key.len() + value.len() > q)
        {
            return Err(StorageError::Full);
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

fn draft(id: &str, name: &str, updated: i64, tab: &str) -> Draft {
    let mut form = CaseForm::new(
        Jurisdiction::Pl,
        NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
    );
    form.claims[0].number = format!("{name}/1");
    form.claims[0].due = "2025-01-31".into();
    form.claims[0].amount = "12 300,00".into();
    Draft {
        v: DRAFT_VERSION,
        meta: DraftMeta {
            id: id.into(),
            name: name.into(),
            updated,
            debtor: String::new(),
            total: None,
            currency: Default::default(),
            deadline: None,
            rev: 0,
            tab: tab.into(),
            deadline_kind_unknown: false,
            left_out_claims: 0,
            left_out_payments: 0,
        },
        form,
    }
}

#[test]
fn saves_lists_newest_first_and_reads_back_exactly() {
    let mut m = Memory::default();
    save(&mut m, draft("a", "Alfa", 10, "t1"), "x", "(copy)").unwrap();
    save(&mut m, draft("b", "Beta", 20, "t1"), "x", "(copy)").unwrap();
    let names: Vec<String> = list(&m)
        .into_iter()
        .map(|e| match e {
            Entry::Ok(meta) => meta.name,
            Entry::Damaged { id, .. } => id,
        })
        .collect();
    assert_eq!(names, vec!["Beta", "Alfa"]);
    let back = read(&m, "a").unwrap().unwrap();
    assert_eq!(
        back.form.claims[0].amount, "12 300,00",
        "text kept as typed"
    );
    assert_eq!(back.meta.rev, 1);
}

/// The list kept up to date after a save is the list read back from storage: the saved draft
/// moves to its place (newest first, then by id), a damaged entry of the same id is replaced,
/// the others stay.
#[test]
fn the_list_after_a_save_is_the_list_read_back() {
    let mut m = Memory::default();
    for (id, name, updated) in [("a", "Alfa", 10), ("b", "Beta", 20), ("c", "Gama", 20)] {
        save(&mut m, draft(id, name, updated, "t1"), "x", "(copy)").unwrap();
    }
    m.map.insert(key("z"), "{garbage".into());
    m.map.insert(key("d"), "{garbage".into());
    let mut kept = list(&m);
    for (id, updated) in [("a", 30), ("c", 5), ("b", 20), ("d", 20)] {
        let mut d = draft(id, id, updated, "t1");
        d.meta.rev = read(&m, id).and_then(Result::ok).map_or(0, |s| s.meta.rev);
        let Saved::Plain { rev } = save(&mut m, d.clone(), "x", "(copy)").unwrap() else {
            panic!("one tab");
        };
        with_saved(&mut kept, DraftMeta { rev, ..d.meta });
        assert_eq!(kept, list(&m), "after saving {id}");
    }
}

#[test]
fn a_damaged_entry_never_hides_the_others() {
    let mut m = Memory::default();
    save(&mut m, draft("a", "Alfa", 10, "t1"), "x", "(copy)").unwrap();
    m.map.insert(key("b"), "{\"v\":1,\"meta\":{garbage".into());
    m.map
        .insert(key("c"), "{\"v\":1,\"meta\":{\"id\":\"c\"}}".into());
    let entries = list(&m);
    assert_eq!(entries.len(), 3);
    assert!(matches!(&entries[0], Entry::Ok(meta) if meta.name == "Alfa"));
    assert!(entries.contains(&Entry::Damaged {
        id: "b".into(),
        raw: "{\"v\":1,\"meta\":{garbage".into()
    }));
    assert!(matches!(&entries[2], Entry::Damaged { id, .. } if id == "c"));
}

#[test]
fn storage_full_is_reported_and_nothing_stored_is_lost() {
    let mut m = Memory {
        quota: Some(6000),
        ..Memory::default()
    };
    save(&mut m, draft("a", "Alfa", 10, "t1"), "x", "(copy)").unwrap();
    let mut big = draft("b", "Beta", 20, "t1");
    big.form.claims[0].number = "x".repeat(8000);
    assert_eq!(save(&mut m, big, "x", "(copy)"), Err(StorageError::Full));
    assert_eq!(read(&m, "a").unwrap().unwrap().meta.name, "Alfa");
    assert!(read(&m, "b").is_none());
}

#[test]
fn a_second_tab_editing_the_same_draft_is_detected_and_both_versions_kept() {
    let mut m = Memory::default();
    let Saved::Plain { rev } = save(&mut m, draft("a", "Alfa", 10, "t1"), "x", "(copy)").unwrap()
    else {
        panic!()
    };
    // Tab 2 loaded rev 1 and saves twice.
    let mut other = read(&m, "a").unwrap().unwrap();
    other.meta.tab = "t2".into();
    other.form.claims[0].amount = "1,00".into();
    let Saved::Plain { rev: r2 } = save(&mut m, other.clone(), "x", "(copy)").unwrap() else {
        panic!()
    };
    assert_eq!(r2, 2);
    // Tab 1 still believes rev 1 and saves its own edit.
    let mut mine = draft("a", "Alfa", 30, "t1");
    mine.meta.rev = rev;
    mine.form.claims[0].amount = "2,00".into();
    match save(&mut m, mine, "a-copy", "(other tab)").unwrap() {
        Saved::KeptOursCopiedTheirs { rev, copy } => {
            assert_eq!(rev, 3);
            assert_eq!(copy.name, "Alfa (other tab)");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        read(&m, "a").unwrap().unwrap().form.claims[0].amount,
        "2,00"
    );
    assert_eq!(
        read(&m, "a-copy").unwrap().unwrap().form.claims[0].amount,
        "1,00"
    );
}

#[test]
fn delete_and_delete_all() {
    let mut m = Memory::default();
    save(&mut m, draft("a", "Alfa", 10, "t1"), "x", "").unwrap();
    set_last_open(&mut m, "a");
    m.map.insert("overdue.prefs".into(), "{}".into());
    m.map.insert("someone-else".into(), "keep".into());
    delete(&mut m, "a");
    assert!(read(&m, "a").is_none());
    assert_eq!(last_open(&m), None);
    delete_all(&mut m);
    assert_eq!(m.keys(), vec!["someone-else".to_string()]);
}

#[test]
fn imports_backups_drafts_and_cases_and_rejects_the_rest() {
    assert_eq!(import("not json"), Err(ImportError::NotJson));
    assert_eq!(import("{\"hello\": 1}"), Err(ImportError::NotOverdue));
    assert_eq!(import("{\"schema\": 7}"), Err(ImportError::Newer));
    assert_eq!(
        import("{\"kind\":\"overdue-backup\",\"v\":9,\"drafts\":[]}"),
        Err(ImportError::Newer)
    );
    assert!(matches!(
        import("{\"v\":1,\"meta\":{},\"form\":{}}"),
        Err(ImportError::Damaged(_))
    ));

    let a = draft("a", "Alfa", 10, "t1");
    let backup = backup_json(&[(a.clone(), None)]);
    assert_eq!(import(&backup), Ok(Imported::Drafts(vec![a.clone()])));
    let single = serde_json::to_string(&a).unwrap();
    assert_eq!(import(&single), Ok(Imported::Drafts(vec![a])));

    let example = crate::engine::testkit::example_json();
    let Ok(Imported::Case(case)) = import(&example) else {
        panic!("case imports")
    };
    let form = CaseForm::from_case((*case).clone(), crate::engine::locale::Lang::Pl);
    let parsed = form.parse(case.jurisdiction, crate::engine::locale::Lang::Pl);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(
        evaluate(&parsed.case).unwrap().totals,
        evaluate(&case).unwrap().totals
    );
}

#[test]
fn a_share_payload_carries_the_whole_case_and_its_name() {
    let case = crate::form::tests::full_case();
    let json = share_json("  Kowalski — faktury 2025 ", &case);
    let shared = read_share(&json).unwrap();
    assert_eq!(shared.name, "Kowalski — faktury 2025");
    assert_eq!(shared.case, case);
    // Opening it is the same path as every import: the form holds exactly the case.
    let lang = crate::engine::locale::Lang::Ro;
    let parsed = CaseForm::from_case(shared.case, lang).parse(case.jurisdiction, lang);
    assert_eq!(parsed.case, case);
    assert_eq!(parsed.case.plan.count, 6);
    // Links made before names were shared hold the bare case.
    let old = read_share(&case.to_json()).unwrap();
    assert_eq!((old.name.as_str(), &old.case), ("", &case));
    assert!(read_share("{\"kind\":\"overdue-share\",\"name\":\"x\"}").is_err());
    assert!(read_share("{\"kind\":\"overdue-share\",\"case\":{\"schema\":99}}").is_err());
    assert!(read_share("not json").is_err());
}

/// Drafts written by each released version must keep loading (tests/fixtures).
#[test]
fn released_fixtures_still_load() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for v in 1..=DRAFT_VERSION {
        let raw = std::fs::read_to_string(format!("{dir}/draft-v{v}.json")).unwrap();
        let d = migrate(&raw).unwrap();
        assert_eq!(d.v, DRAFT_VERSION);
        assert_eq!(d.meta.name, "Hurtownia Kowalski — faktury 2025");
        let parsed = d
            .form
            .parse(Jurisdiction::Pl, crate::engine::locale::Lang::Pl);
        assert_eq!(parsed.case.claims.len(), 3, "v{v}");
        assert_eq!(parsed.case.schema, crate::engine::case::SCHEMA_VERSION);
        assert_eq!(
            evaluate(&parsed.case).unwrap().totals.total_due.to_string(),
            "14788.37",
            "v{v}"
        );
        let backup = std::fs::read_to_string(format!("{dir}/backup-v{v}.json")).unwrap();
        assert!(matches!(import(&backup), Ok(Imported::Drafts(d)) if d.len() == 1));
    }
    assert!(matches!(migrate("{\"v\": 3}"), Err(MigrateError::Newer(3))));
}

/// Version 1 had one claim kind for the case, preselected as "business": a kind the person chose
/// becomes every invoice's; "business" stays unchosen (the earliest deadline is shown and the
/// app asks), never a longer period than the person chose.
#[test]
fn version_1_claim_kinds_move_to_the_invoices() {
    use crate::engine::limitation::PlClaimKind;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let raw = std::fs::read_to_string(format!("{dir}/draft-v1.json")).unwrap();
    let chosen = raw.replacen("\"pl_kind\": \"business\"", "\"pl_kind\": \"sale\"", 1);
    assert_ne!(chosen, raw);
    let d = migrate(&chosen).unwrap();
    assert!(d
        .form
        .claims
        .iter()
        .all(|r| r.pl_kind == Some(PlClaimKind::Sale)));
    let case = d
        .form
        .parse(Jurisdiction::Pl, crate::engine::locale::Lang::Pl)
        .case;
    assert!(case
        .claims
        .iter()
        .all(|c| c.pl_kind == Some(PlClaimKind::Sale)));
    let d = migrate(&raw).unwrap();
    assert!(d.form.claims.iter().all(|r| r.pl_kind.is_none()));
    // The case JSON of version 1 (backups, share links, imports) migrates the same way.
    let v1 = r#"{"schema":1,"limitation":{"pl_kind":"services"},"claims":[{"number":"A","due_date":"2025-01-31","amount":"10"},{"number":"B","due_date":"2025-02-28","amount":"10","pl_kind":"sale"}]}"#;
    let case = crate::engine::case::Case::from_json(v1).unwrap();
    assert_eq!(case.schema, crate::engine::case::SCHEMA_VERSION);
    assert_eq!(case.claims[0].pl_kind, Some(PlClaimKind::Services));
    assert_eq!(
        case.claims[1].pl_kind,
        Some(PlClaimKind::Sale),
        "a kind already given stays"
    );
    let business = v1.replace("services", "business");
    assert_eq!(
        crate::engine::case::Case::from_json(&business)
            .unwrap()
            .claims[0]
            .pl_kind,
        None
    );
}

#[test]
fn base64url() {
    assert_eq!(base64url_encode(b"hello"), "aGVsbG8");
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    for len in 0..40u8 {
        let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
        assert_eq!(base64url_decode(&base64url_encode(&bytes)).unwrap(), bytes);
    }
    assert_eq!(base64url_decode("a b"), None);
}

/// Writes the current version's fixtures once (they then stay as released):
/// OVERDUE_WRITE_FIXTURES=1.
#[test]
fn write_fixtures_when_asked() {
    if std::env::var_os("OVERDUE_WRITE_FIXTURES").is_none() {
        return;
    }
    let example = crate::engine::testkit::example_json();
    let Ok(Imported::Case(case)) = import(&example) else {
        panic!()
    };
    let mut form = CaseForm::from_case((*case).clone(), crate::engine::locale::Lang::Pl);
    form.claims[0].amount = "12 300,00".into();
    // What version 2 added: a claim kind, a register number.
    form.claims[0].pl_kind = Some(crate::engine::limitation::PlClaimKind::Sale);
    form.case.creditor.registry_number = "0000123456".into();
    let d = Draft {
        v: DRAFT_VERSION,
        meta: DraftMeta {
            id: "k3x9-1".into(),
            name: "Hurtownia Kowalski — faktury 2025".into(),
            updated: 1_764_000_000_000,
            debtor: "Hurtownia Kowalski".into(),
            total: Some(rust_decimal::Decimal::new(1478837, 2)),
            currency: Default::default(),
            deadline: NaiveDate::from_ymd_opt(2028, 12, 31),
            rev: 4,
            tab: "tab-1".into(),
            deadline_kind_unknown: false,
            left_out_claims: 0,
            left_out_payments: 0,
        },
        form,
    };
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let v = DRAFT_VERSION;
    std::fs::write(
        format!("{dir}/draft-v{v}.json"),
        serde_json::to_string_pretty(&d).unwrap() + "\n",
    )
    .unwrap();
    std::fs::write(
        format!("{dir}/backup-v{v}.json"),
        backup_json(&[(d, Some(*case))]) + "\n",
    )
    .unwrap();
}

#[test]
fn the_creditor_profile_fills_new_cases_and_never_overwrites_typed_details() {
    let mut backend = Memory::default();
    assert_eq!(load_profile(&backend), None);
    let lang = crate::engine::locale::Lang::Pl;
    let source = CaseForm::from_case(crate::form::tests::full_case(), lang);
    let profile = Profile::of(&source);
    assert_eq!(profile.party.name, "Drukarnia Nowak sp. z o.o.");
    assert_eq!(profile.place, "Warszawa");
    save_profile(&mut backend, &profile).unwrap();
    let stored = backend.get(PROFILE_KEY).unwrap();
    assert!(stored.starts_with("{\"v\":1,"), "{stored}");
    let loaded = load_profile(&backend).unwrap();
    assert_eq!(loaded, profile);

    let today = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    let mut fresh = CaseForm::new(Jurisdiction::Pl, today);
    assert!(creditor_untouched(&fresh));
    assert!(!loaded.matches(&fresh));
    loaded.apply(&mut fresh);
    assert!(loaded.matches(&fresh));
    assert!(!creditor_untouched(&fresh));
    let parsed = fresh.parse(Jurisdiction::Pl, lang).case;
    assert_eq!(parsed.creditor, source.case.creditor);
    assert_eq!(parsed.letter.iban, "PL61109010140000071219812874");
    assert_eq!(parsed.letter.signatory, "Anna Nowak, prezes zarządu");
    // The debtor and the invoices are not part of the profile.
    assert!(parsed.debtor.name.is_empty() && parsed.claims.is_empty());

    // Damaged or newer entries read as none; forgetting removes it; "delete all" too.
    backend.set(PROFILE_KEY, "{\"v\":2}").unwrap();
    assert_eq!(load_profile(&backend), None);
    backend.set(PROFILE_KEY, "not json").unwrap();
    assert_eq!(load_profile(&backend), None);
    forget_profile(&mut backend);
    assert_eq!(backend.get(PROFILE_KEY), None);
    save_profile(&mut backend, &profile).unwrap();
    delete_all(&mut backend);
    assert_eq!(load_profile(&backend), None);
}

#[test]
fn usage_counts_utf16_units_and_warns_past_80_percent() {
    let mut m = Memory::default();
    m.set("overdue.draft.a", "ąb").unwrap();
    // 15 + 2 units ("ą" is one UTF-16 unit, two UTF-8 bytes).
    assert_eq!(usage(&m).used, 17);
    let u = Usage {
        used: 3_999_999,
        quota: QUOTA,
    };
    assert!(!u.short());
    assert!(Usage {
        used: 4_000_000,
        quota: QUOTA
    }
    .short());
    assert_eq!(u.percent(), 80);
}

/// The issue's portfolio: 300 debtors with 30 invoices and a 20-entry log each must fit in the
/// quota, with room to spare for the warning to come first.
#[test]
fn three_hundred_debtors_with_thirty_invoices_and_twenty_contacts_fit() {
    let mut m = Memory::default();
    for i in 0..300 {
        let mut d = draft(
            &format!("{i:08x}-1234abcd"),
            &format!("Dłużnik {i}"),
            i,
            "t",
        );
        d.form.case.debtor.name = format!("Przedsiębiorstwo Handlowo-Usługowe nr {i} Sp. z o.o.");
        d.form.case.debtor.address = "ul. Długa 12/3, 00-001 Warszawa".into();
        d.form.claims.clear();
        for k in 0..30 {
            let id = d.form.add_claim();
            let row = d.form.claims.iter_mut().find(|r| r.id == id).unwrap();
            row.number = format!("FV {k}/2025/{i}");
            row.issue = "2025-01-15".into();
            row.due = "2025-02-14".into();
            row.amount = "12 345,67".into();
        }
        for k in 0..20 {
            let id = d
                .form
                .add_contact(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
            let row = d.form.contacts.iter_mut().find(|r| r.id == id).unwrap();
            row.time = "10:30".into();
            row.summary =
                format!("Rozmowa {k}: dłużnik obiecał zapłatę części należności do końca miesiąca");
            row.promise_date = "2025-03-31".into();
            row.promise_amount = "5 000,00".into();
        }
        save(&mut m, d, "x", "(copy)").unwrap();
    }
    let u = usage(&m);
    eprintln!("300 x 30 x 20: {} of {} units", u.used, u.quota);
    assert!(!u.short(), "{} of {}", u.used, u.quota);
}
