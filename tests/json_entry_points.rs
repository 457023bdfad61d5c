#![cfg(not(target_arch = "wasm32"))]
//! Issue 17 §3: every JSON entry point answers "a result or a typed error", never a panic (the
//! release build aborts on panic, and in the browser an abort kills the page). Thousands of
//! mutated and extreme documents go through `evaluate_json`, `deadlines_json`, `schedule_json`
//! and, whenever a case evaluates, through letter and agreement composition. Each error must be
//! a JSON object whose `kind` is documented in docs/json.md.
//!
//! More cases: `PROPTEST_CASES=20000 cargo test --release --test json_entry_points`.

use overdue::engine::case::Case;
use overdue::engine::letter::{compose, compose_agreement, plain_text, LetterKind};
use overdue::engine::{deadlines_json, evaluate, evaluate_json, schedule_json};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs");
const RUST_DECIMAL_MAX: &str = "79228162514264337593543950335";

/// The `kind`s of the error table in docs/json.md.
fn documented_kinds() -> &'static BTreeSet<String> {
    static KINDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    KINDS.get_or_init(|| {
        let docs = std::fs::read_to_string(format!("{DOCS}/json.md")).unwrap();
        let errors = docs.split("## Errors").nth(1).expect("an Errors section");
        let mut kinds: BTreeSet<String> = errors
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .map(str::to_string)
            .collect();
        kinds.insert("not_a_case".into());
        kinds
    })
}

/// The documented example, extended with a plan, limitation events and a letter, so that every
/// part of the case is read by some entry point.
fn base_case() -> Value {
    let mut v: Value = serde_json::from_str(&overdue::engine::testkit::example_json()).unwrap();
    v["limitation"] = json!({
        "pl_kind": "business",
        "ro_payments_interrupt": true,
        "events": [
            {"kind": "acknowledgement", "date": "2026-02-10"},
            {"kind": "mediation", "date": "2026-03-01", "end": "2026-04-01", "claim": "FV 2/2025"},
            {"kind": "notice", "date": "2026-05-01"},
            {"kind": "court_action", "date": "2026-06-01", "end": "2027-01-15"}
        ]
    });
    v["plan"] = json!({
        "agreement_date": "2026-01-05",
        "first_due": "2026-02-05",
        "count": 12,
        "interest": "statutory",
        "shift_non_working": true,
        "payments": [{"date": "2026-02-05", "amount": "1000.00"}]
    });
    v["letter"] = json!({"kind": "pl_demand", "iban": "PL61 1090 1014 0000 0712 1981 2874",
        "fixed_deadline": "2026-01-17", "offer_plan": true, "include_annex": true});
    v["interest"]["user_rates"] =
        json!([{"from": "2025-07-01", "to": "2025-08-31", "percent": "9.5", "note": "typed"}]);
    v
}

/// What each entry point returned, checked: JSON of the right shape, or a documented error.
fn check_answer(entry: &str, input: &str, answer: Result<String, String>) -> Result<(), String> {
    let short: String = input.chars().take(600).collect();
    match answer {
        Ok(out) => {
            let v: Value = serde_json::from_str(&out)
                .map_err(|e| format!("{entry}: output is not JSON ({e}) for {short}"))?;
            let shaped = match entry {
                "evaluate_json" => v.get("totals").is_some(),
                "deadlines_json" => v.is_array(),
                _ => v.get("instalments").is_some(),
            };
            if !shaped {
                return Err(format!("{entry}: unexpected output {out:.300} for {short}"));
            }
        }
        Err(e) => {
            let v: Value = serde_json::from_str(&e)
                .map_err(|_| format!("{entry}: error is not JSON: {e:.300} for {short}"))?;
            let kind = v["kind"].as_str().unwrap_or_default();
            if !documented_kinds().contains(kind) {
                return Err(format!(
                    "{entry}: error kind {kind:?} is not in docs/json.md: {e} for {short}"
                ));
            }
        }
    }
    Ok(())
}

/// Runs every entry point on one document; a panic becomes a failure that prints the input.
fn run_all(text: &str, today: &str) -> Result<(), String> {
    let guarded = |entry: &str, f: &dyn Fn() -> Result<String, String>| {
        catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let short: String = text.chars().take(2000).collect();
            format!("{entry} PANICKED ({msg}) on today={today:?} and\n{short}")
        })
    };
    let answer = guarded("evaluate_json", &|| evaluate_json(text))?;
    check_answer("evaluate_json", text, answer)?;
    let answer = guarded("deadlines_json", &|| deadlines_json(text, today))?;
    check_answer("deadlines_json", text, answer)?;
    let answer = guarded("schedule_json", &|| schedule_json(text, today))?;
    check_answer("schedule_json", text, answer)?;
    // Letters and the agreement take what the engine returned; they must not panic on it either.
    guarded("letters", &|| {
        let Ok(mut case) = Case::from_json(text) else {
            return Ok(String::new());
        };
        let Ok(report) = evaluate(&case) else {
            return Ok(String::new());
        };
        let today = today.parse().unwrap_or_default();
        let plan = overdue::engine::plan::schedule(&case, today).ok();
        // The letter the document asks for (the mutations vary its kind) and one more.
        let other = match case.letter.kind {
            LetterKind::PlInterestNote => LetterKind::EnDemand,
            _ => LetterKind::PlInterestNote,
        };
        for kind in [case.letter.kind, other] {
            case.letter.kind = kind;
            let letter = compose(&case, &report, plan.as_ref(), &case.letter);
            assert!(!plain_text(&letter).is_empty());
            if let Some(s) = &plan {
                let agreement = compose_agreement(&case, s, kind.lang());
                assert!(!plain_text(&agreement).is_empty());
            }
        }
        Ok(String::new())
    })??;
    // The receivables overview takes the same case and a date.
    guarded("overview", &|| {
        let Ok(case) = Case::from_json(text) else {
            return Ok(String::new());
        };
        let day = today.parse().unwrap_or_default();
        let overview = overdue::engine::portfolio::overview(&[case], day);
        assert_eq!(overview.rows.len(), 1);
        Ok(String::new())
    })
    .map(|_| ())
}

/// Contact dates come from files as they are: at the ends of the calendar the overview's date
/// steps saturate instead of panicking.
#[test]
fn the_overview_survives_contacts_at_the_ends_of_the_calendar() {
    for extreme in ["+262142-12-31", "-262143-01-01", "2100-12-31", "1990-01-01"] {
        let case = with(|v| {
            v["contacts"] = json!([
                {"date": "2020-01-01", "channel": "registered_letter", "document": "somatie", "delivered": extreme},
                {"date": "2020-01-02", "promise": {"date": extreme, "amount": "5"}},
                {"date": extreme, "document": "registry_warning"}
            ]);
        });
        for j in ["PL", "RO"] {
            let mut v: Value = serde_json::from_str(&case).unwrap();
            v["jurisdiction"] = json!(j);
            let text = v.to_string();
            let parsed = Case::from_json(&text).expect("the extreme dates are read");
            assert_eq!(parsed.contacts.len(), 3);
            run_all(&text, "2026-01-05").unwrap();
        }
    }
}

// ---- the mutations ----

#[derive(Clone, Copy, Debug)]
enum Slot {
    Amount,
    Date,
    Rate,
    Count,
    Word,
    Any,
}

/// Where a mutation writes, with what kind of value it usually holds.
const TARGETS: &[(&str, Slot)] = &[
    ("claims/0/amount", Slot::Amount),
    ("claims/1/amount", Slot::Amount),
    ("claims/0/due_date", Slot::Date),
    ("claims/2/issue_date", Slot::Date),
    ("claims/0/currency", Slot::Word),
    ("claims/0/number", Slot::Word),
    ("claims", Slot::Any),
    ("payments/0/amount", Slot::Amount),
    ("payments/0/date", Slot::Date),
    ("payments/0/claim", Slot::Word),
    ("payments/3/amount", Slot::Amount),
    ("calculation_date", Slot::Date),
    ("schema", Slot::Count),
    ("jurisdiction", Slot::Word),
    ("currency", Slot::Word),
    ("debtor/kind", Slot::Word),
    ("creditor/name", Slot::Word),
    ("interest/kind", Slot::Word),
    ("interest/contract_rate", Slot::Rate),
    ("interest/eur_rate", Slot::Rate),
    ("interest/day_count", Slot::Word),
    ("interest/allocation", Slot::Word),
    ("interest/ro_semester_rate", Slot::Any),
    ("interest/user_rates/0/percent", Slot::Rate),
    ("interest/user_rates/0/from", Slot::Date),
    ("interest/user_rates/0/to", Slot::Date),
    ("limitation/pl_kind", Slot::Word),
    ("limitation/events/0/date", Slot::Date),
    ("limitation/events/1/end", Slot::Date),
    ("limitation/events/2/kind", Slot::Word),
    ("plan/amount", Slot::Amount),
    ("plan/down_payment", Slot::Amount),
    ("plan/max_instalment", Slot::Amount),
    ("plan/size", Slot::Word),
    ("plan/count", Slot::Count),
    ("plan/rate", Slot::Rate),
    ("plan/interest", Slot::Word),
    ("plan/method", Slot::Word),
    ("plan/frequency", Slot::Word),
    ("plan/month_end", Slot::Word),
    ("plan/agreement_date", Slot::Date),
    ("plan/first_due", Slot::Date),
    ("plan/acceleration_days", Slot::Count),
    ("plan/acceleration_instalments", Slot::Count),
    ("plan/payments/0/amount", Slot::Amount),
    ("plan/payments/0/date", Slot::Date),
    ("letter/date", Slot::Date),
    ("letter/fixed_deadline", Slot::Date),
    ("letter/deadline_days", Slot::Count),
    ("letter/kind", Slot::Word),
];

/// Lists a mutation can grow to thousands of items.
const LISTS: &[&str] = &[
    "claims",
    "payments",
    "limitation/events",
    "interest/user_rates",
    "plan/payments",
];

fn extreme_amount() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            RUST_DECIMAL_MAX,
            "-79228162514264337593543950335",
            "79228162514264337593543950336",
            "999999999999.99",
            "1000000000000.00",
            "-999999999999.99",
            "999999999999.999",
            "0",
            "-0.01",
            "0.0000000000000000000000000001",
            "7.9228162514264337593543950335",
            "1e10",
            "",
            " 12 ",
            "abc",
            "١٢٣",
            "１２３",
            "NaN",
        ])
        .prop_map(|s| json!(s)),
        (any::<i64>(), 0u32..29)
            .prop_map(|(m, scale)| json!(rust_decimal::Decimal::new(m, scale).to_string())),
        any::<f64>().prop_map(|f| json!(f)),
        (0u64..1_000_000_000_000u64).prop_map(|c| json!(format!("{}.{:02}", c, c % 100))),
    ]
}

fn extreme_date() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0001-01-01",
            "9999-12-31",
            "1989-12-31",
            "1990-01-01",
            "2100-12-31",
            "2101-01-01",
            "+262142-12-31",
            "-262143-01-01",
            "2024-02-29",
            "2025-02-29",
            "2025-13-01",
            "",
            "31.12.2025",
            "2025-06-20T00:00:00",
        ])
        .prop_map(String::from),
        (1985i32..2106, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (-300_000i32..300_000, 0u32..14, 0u32..33)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

fn extreme_rate() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            "1000",
            "1000.01",
            "999.9999",
            "-5",
            "0",
            "0.0000000000000000000000000001",
            "100000000",
            RUST_DECIMAL_MAX,
            "4.2730",
            "10000",
            "10000.01",
        ])
        .prop_map(|s| json!(s)),
        extreme_amount(),
    ]
}

fn extreme_count() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            json!(0),
            json!(1),
            json!(360),
            json!(361),
            json!(1_000_000_000u64),
            json!(4_294_967_295u64),
            json!(4_294_967_296u64),
            json!(-1),
            json!(1.5),
            json!(99),
            json!("12"),
        ]),
        any::<u32>().prop_map(|n| json!(n)),
    ]
}

fn word() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            "PL",
            "RO",
            "PLN",
            "RON",
            "EUR",
            "USD",
            "XX",
            "",
            "statutory",
            "commercial",
            "capital",
            "contractual",
            "consumer",
            "public_healthcare",
            "act_act",
            "principal_first",
            "general",
            "carriage",
            "judgment",
            "court_action",
            "notice",
            "max_instalment",
            "fixed",
            "statutory",
            "equal_principal",
            "weekly",
            "quarterly",
            "next_month",
            "ro_somatie",
            "pl_interest_note",
            "en_demand",
            "FV 1/2025",
            "ąęśćżź ș ț 😀",
            "\u{0}",
        ])
        .prop_map(|s| json!(s)),
        "\\PC{0,40}".prop_map(|s| json!(s)),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn value_for(slot: Slot) -> BoxedStrategy<Value> {
    let own = match slot {
        Slot::Amount => extreme_amount().boxed(),
        Slot::Date => extreme_date().prop_map(Value::String).boxed(),
        Slot::Rate => extreme_rate().boxed(),
        Slot::Count => extreme_count().boxed(),
        Slot::Word => word().boxed(),
        Slot::Any => any_json().boxed(),
    };
    // Mostly a value of the slot's kind, sometimes anything at all.
    prop_oneof![4 => own, 1 => any_json(), 1 => Just(Value::Null)].boxed()
}

#[derive(Clone, Debug)]
enum Mutation {
    Set(usize, Value),
    Remove(usize),
    /// The list grows to this many items (copies of its first, or of a template).
    Grow(usize, usize),
    Extra(String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let set = (0..TARGETS.len())
        .prop_flat_map(|i| value_for(TARGETS[i].1).prop_map(move |v| Mutation::Set(i, v)));
    // Events and rate periods around their bound (1 000); claims and payments to a few hundred
    // (a debug build evaluates 1 000 claims in about a second; the bound of 20 000 has its own
    // test below).
    let grow = (0..LISTS.len(), 0usize..3).prop_flat_map(|(l, size)| {
        let n = match (l, size) {
            (_, 0) => (0usize..6).boxed(),
            (2 | 3, _) => (995usize..1_005).boxed(),
            _ => (20usize..150).boxed(),
        };
        n.prop_map(move |n| Mutation::Grow(l, n))
    });
    prop_oneof![
        8 => set,
        2 => (0..TARGETS.len()).prop_map(Mutation::Remove),
        1 => grow,
        1 => ("[a-z_]{1,10}", any_json()).prop_map(|(k, v)| Mutation::Extra(k, v)),
    ]
}

/// The value at a `/`-separated path, created (objects, arrays padded with copies of their first
/// item or nulls) as needed.
fn slot_mut<'a>(root: &'a mut Value, path: &str) -> &'a mut Value {
    let mut node = root;
    for key in path.split('/') {
        if let Ok(i) = key.parse::<usize>() {
            if !node.is_array() {
                *node = json!([]);
            }
            let list = node.as_array_mut().unwrap();
            while list.len() <= i {
                let copy = list.first().cloned().unwrap_or(Value::Null);
                list.push(copy);
            }
            node = &mut list[i];
        } else {
            if !node.is_object() {
                *node = json!({});
            }
            node = node
                .as_object_mut()
                .unwrap()
                .entry(key)
                .or_insert(Value::Null);
        }
    }
    node
}

fn apply(doc: &mut Value, m: &Mutation) {
    match m {
        Mutation::Set(i, v) => *slot_mut(doc, TARGETS[*i].0) = v.clone(),
        Mutation::Remove(i) => {
            let path = TARGETS[*i].0;
            let (parent, last) = path.rsplit_once('/').unwrap_or(("", path));
            let node = if parent.is_empty() {
                doc
            } else {
                slot_mut(doc, parent)
            };
            match (node, last.parse::<usize>()) {
                (Value::Object(map), _) => {
                    map.remove(last);
                }
                (Value::Array(list), Ok(i)) if i < list.len() => {
                    list.remove(i);
                }
                _ => {}
            }
        }
        Mutation::Grow(l, n) => {
            let list = slot_mut(doc, LISTS[*l]);
            let template = list
                .as_array()
                .and_then(|a| a.first().cloned())
                .unwrap_or_else(|| json!({"date": "2025-03-01", "amount": "1.00", "kind": "notice",
                    "from": "2025-01-01", "to": "2025-02-01", "percent": "5", "due_date": "2025-01-31"}));
            *list = Value::Array(
                (0..*n)
                    .map(|k| {
                        let mut item = template.clone();
                        // Spread dates so the sorts and the allocation have work to do.
                        if let Some(obj) = item.as_object_mut() {
                            for key in ["date", "due_date"] {
                                if obj.contains_key(key) {
                                    let day = 1 + (k * 7919) % 28;
                                    let month = 1 + (k * 31) % 12;
                                    obj.insert(
                                        key.into(),
                                        json!(format!("2025-{month:02}-{day:02}")),
                                    );
                                }
                            }
                        }
                        item
                    })
                    .collect(),
            );
        }
        Mutation::Extra(key, v) => {
            if let Value::Object(map) = doc {
                map.insert(key.clone(), v.clone());
            }
        }
    }
}

#[derive(Clone, Debug)]
enum TextEdit {
    None,
    Truncate(usize),
    Insert(usize, char),
    Replace(String),
}

fn text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        12 => Just(TextEdit::None),
        1 => any::<usize>().prop_map(TextEdit::Truncate),
        1 => (any::<usize>(), any::<char>()).prop_map(|(i, c)| TextEdit::Insert(i, c)),
        1 => prop::sample::select(vec![
            "", "null", "[]", "{}", "42", "\"case\"", "{\"schema\":1}", "{\"schema\":9}",
            "{\"schema\":-1}", "{\"schema\":1.5}", "{\"schema\":18446744073709551616}",
            "{\"schema\":1,\"claims\":{}}", "\u{feff}{\"schema\":1}",
        ]).prop_map(|s| TextEdit::Replace(s.to_string())),
        1 => "\\PC{0,64}".prop_map(TextEdit::Replace),
    ]
}

fn edit(text: String, e: &TextEdit) -> String {
    let at = |i: usize| {
        let mut i = i % (text.len() + 1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match e {
        TextEdit::None => text,
        TextEdit::Truncate(i) => text[..at(*i)].to_string(),
        TextEdit::Insert(i, c) => {
            let i = at(*i);
            format!("{}{c}{}", &text[..i], &text[i..])
        }
        TextEdit::Replace(s) => s.clone(),
    }
}

prop_compose! {
    fn document()(
        jurisdiction in prop::sample::select(vec!["PL", "RO"]),
        mutations in prop::collection::vec(mutation(), 0..5),
        text_edit in text_edit(),
    ) -> String {
        let mut doc = base_case();
        if jurisdiction == "RO" {
            doc["jurisdiction"] = json!("RO");
            doc["currency"] = json!("RON");
            for c in doc["claims"].as_array_mut().unwrap() {
                c["currency"] = json!("RON");
            }
            doc["interest"]["eur_rate"] = json!("4.9764");
            doc["letter"]["kind"] = json!("ro_somatie");
        }
        for m in &mutations {
            apply(&mut doc, m);
        }
        edit(doc.to_string(), &text_edit)
    }
}

fn today() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["2026-01-05", "2025-12-31", "2027-06-30"]).prop_map(String::from),
        1 => extreme_date(),
    ]
}

proptest! {
    // About 1 500 documents × 3 entry points and letters: some seconds in a debug build.
    #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_entry_point_gives_a_result_or_a_documented_error(text in document(), today in today()) {
        if let Err(e) = run_all(&text, &today) {
            prop_assert!(false, "{}", e);
        }
    }
}

// ---- the issue's example and each bound on both sides ----

fn with(mutate: impl FnOnce(&mut Value)) -> String {
    let mut doc = base_case();
    mutate(&mut doc);
    doc.to_string()
}

fn error_of(answer: Result<String, String>) -> Value {
    serde_json::from_str(&answer.expect_err("an error")).expect("the error is JSON")
}

#[test]
fn the_issue_example_is_a_typed_error_not_an_abort() {
    let text = with(|d| d["claims"][0]["amount"] = json!(RUST_DECIMAL_MAX));
    assert_eq!(
        error_of(evaluate_json(&text)),
        json!({"kind": "amount_too_large", "item": "claim", "claim": 0})
    );
    let text = with(|d| d["payments"][0]["amount"] = json!(RUST_DECIMAL_MAX));
    assert_eq!(
        error_of(evaluate_json(&text)),
        json!({"kind": "amount_too_large", "item": "payment", "payment": 0})
    );
    // The plan settling that case says so too, instead of "nothing to settle".
    let text = with(|d| {
        d["claims"][0]["amount"] = json!(RUST_DECIMAL_MAX);
        d["plan"]["amount"] = Value::Null;
    });
    assert_eq!(
        error_of(schedule_json(&text, "2026-01-05")),
        json!({"kind": "amount_too_large"})
    );
}

#[test]
fn case_json_errors_are_json() {
    let kind = |text: &str| error_of(evaluate_json(text))["kind"].clone();
    assert_eq!(kind("not json"), "syntax");
    assert_eq!(kind("{\"a\":1}"), "not_a_case");
    assert_eq!(kind("[]"), "not_a_case");
    assert_eq!(
        error_of(evaluate_json("{\"schema\":9}")),
        json!({"kind": "newer_schema", "schema": 9})
    );
    let shape = error_of(evaluate_json(
        "{\"schema\":1,\"claims\":[{\"amount\":\"x\"}]}",
    ));
    assert_eq!(shape["kind"], "shape");
    assert!(
        shape["message"].as_str().unwrap().contains("line 1"),
        "{shape}"
    );
    for entry in [deadlines_json, schedule_json] {
        assert_eq!(
            error_of(entry("{\"schema\":9}", "2026-01-05"))["kind"],
            "newer_schema"
        );
        assert_eq!(
            error_of(entry(&with(|_| {}), "5.01.2026")),
            json!({"kind": "not_a_date", "item": "today"})
        );
    }
}

#[test]
fn amounts_up_to_the_bound_are_computed_and_above_it_refused() {
    let max = "999999999999.99";
    let over = "1000000000000.00";
    for (field, item) in [("claims", "claim"), ("payments", "payment")] {
        let ok = with(|d| d[field][0]["amount"] = json!(max));
        assert!(evaluate_json(&ok).is_ok(), "{field} at the bound");
        let bad = with(|d| d[field][0]["amount"] = json!(over));
        assert_eq!(
            error_of(evaluate_json(&bad)),
            json!({"kind": "amount_too_large", "item": item, item: 0})
        );
    }
    // The largest claim accrues for the longest period at the highest rate without overflow.
    let extreme = with(|d| {
        d["claims"] = json!([{"number": "A", "due_date": "1990-01-01", "amount": max}]);
        d["payments"] = json!([]);
        d["calculation_date"] = json!("2100-12-31");
        d["interest"] =
            json!({"kind": "contractual", "contract_rate": "1000", "day_count": "act_act"});
        d["jurisdiction"] = json!("RO");
        d["currency"] = json!("RON");
        d["claims"][0]["currency"] = json!("RON");
    });
    let report: Value = serde_json::from_str(&evaluate_json(&extreme).unwrap()).unwrap();
    // 40 541 days at 1 000 %: 10¹² × 10 × 111 years (actual/actual, one segment per year).
    let interest: f64 = report["totals"]["interest"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1.10e15..1.12e15).contains(&interest), "{interest}");
    for (field, value) in [("amount", max), ("down_payment", "0")] {
        let ok = with(|d| {
            d["plan"]["amount"] = json!(max);
            d["plan"][field] = json!(value);
        });
        assert!(schedule_json(&ok, "2026-01-05").is_ok());
    }
    for field in ["amount", "max_instalment", "down_payment"] {
        let bad = with(|d| d["plan"][field] = json!(over));
        assert_eq!(
            error_of(schedule_json(&bad, "2026-01-05"))["kind"],
            "amount_too_large"
        );
    }
    let bad = with(|d| d["plan"]["payments"][0]["amount"] = json!(over));
    assert_eq!(
        error_of(schedule_json(&bad, "2026-01-05"))["kind"],
        "amount_too_large"
    );
}

#[test]
fn rates_up_to_the_bound_are_computed_and_above_it_refused() {
    let contractual = |rate: &str| {
        with(|d| {
            d["interest"]["kind"] = json!("contractual");
            d["interest"]["contract_rate"] = json!(rate);
        })
    };
    assert!(evaluate_json(&contractual("1000")).is_ok());
    assert_eq!(
        error_of(evaluate_json(&contractual("1000.01"))),
        json!({"kind": "rate_out_of_range", "item": "contract_rate"})
    );
    assert_eq!(
        error_of(evaluate_json(&contractual("-0.01"))),
        json!({"kind": "negative_rate"})
    );
    let typed = |rate: &str| with(|d| d["interest"]["user_rates"][0]["percent"] = json!(rate));
    assert!(evaluate_json(&typed("1000")).is_ok());
    assert_eq!(
        error_of(evaluate_json(&typed("1000.01"))),
        json!({"kind": "rate_out_of_range", "item": "user_rate", "index": 0})
    );
    let eur = |rate: &str| with(|d| d["interest"]["eur_rate"] = json!(rate));
    assert!(evaluate_json(&eur("10000")).is_ok());
    for bad in ["10000.01", "0", "-4.3"] {
        assert_eq!(
            error_of(evaluate_json(&eur(bad))),
            json!({"kind": "eur_rate_out_of_range"}),
            "{bad}"
        );
    }
    let plan = |rate: &str| {
        with(|d| {
            d["plan"]["interest"] = json!("fixed");
            d["plan"]["rate"] = json!(rate);
            d["plan"]["amount"] = json!("999999999999.99");
            d["plan"]["count"] = json!(360);
        })
    };
    // 1 000 % a year paid monthly: (1 + r)^360 ≈ 10^94 is beyond Decimal; the annuity is then
    // interest-only to every digit (the plan never repays), a typed answer either way.
    for rate in ["1000", "0.0000000000000000000000000001"] {
        let answer = schedule_json(&plan(rate), "2026-01-05");
        assert!(
            answer.is_ok() || error_of(answer.clone())["kind"] == "never_repaid",
            "{rate}: {answer:?}"
        );
    }
    for bad in ["1000.01", "-1"] {
        assert_eq!(
            error_of(schedule_json(&plan(bad), "2026-01-05")),
            json!({"kind": "rate_out_of_range"})
        );
    }
}

#[test]
fn dates_inside_1990_to_2100_are_computed_and_outside_refused() {
    for (inside, outside) in [("1990-01-01", "1989-12-31"), ("2100-12-31", "2101-01-01")] {
        let calc = |d: &str| with(|v| v["calculation_date"] = json!(d));
        // 1990: before the first table row, so a rate is missing; computed, not refused.
        let inside_answer = evaluate_json(&calc(inside));
        assert!(
            inside_answer.is_ok() || error_of(inside_answer)["kind"] != "date_out_of_range",
            "{inside}"
        );
        assert_eq!(
            error_of(evaluate_json(&calc(outside))),
            json!({"kind": "date_out_of_range", "item": "calculation_date", "date": outside})
        );
        let due = with(|v| v["claims"][1]["due_date"] = json!(outside));
        assert_eq!(
            error_of(evaluate_json(&due)),
            json!({"kind": "date_out_of_range", "item": "claim", "claim": 1, "date": outside})
        );
        assert_eq!(
            error_of(deadlines_json(&due, "2026-01-05"))["item"],
            "claim"
        );
        let paid = with(|v| v["payments"][0]["date"] = json!(outside));
        assert_eq!(error_of(evaluate_json(&paid))["item"], "payment");
        let event = with(|v| v["limitation"]["events"][2]["date"] = json!(outside));
        assert_eq!(
            error_of(deadlines_json(&event, "2026-01-05")),
            json!({"kind": "date_out_of_range", "item": "event", "event": 2, "date": outside})
        );
        assert!(deadlines_json(&with(|_| {}), inside).is_ok());
        assert_eq!(
            error_of(deadlines_json(&with(|_| {}), outside)),
            json!({"kind": "date_out_of_range", "item": "today", "date": outside})
        );
        let plan = with(|v| v["plan"]["first_due"] = json!(outside));
        assert_eq!(
            error_of(schedule_json(&plan, "2026-01-05"))["kind"],
            "date_out_of_range"
        );
        assert_eq!(
            error_of(schedule_json(&with(|_| {}), outside))["kind"],
            "date_out_of_range"
        );
    }
    // chrono's own extremes are read (they are valid dates) and refused by the bound.
    let far = with(|v| v["calculation_date"] = json!("+262142-12-31"));
    assert_eq!(error_of(evaluate_json(&far))["kind"], "date_out_of_range");
    let ends_first = with(|v| v["limitation"]["events"][1]["end"] = json!("2026-02-01"));
    assert_eq!(
        error_of(deadlines_json(&ends_first, "2026-01-05")),
        json!({"kind": "event_ends_before_start", "event": 1})
    );
}

#[test]
fn counts_up_to_the_bound_are_computed_and_above_it_refused() {
    let count = |n: u64| with(|v| v["plan"]["count"] = json!(n));
    // The case's own total over 360 months at the statutory rate: each instalment would be
    // smaller than its interest, a typed answer; without interest the plan is computed.
    assert_eq!(
        error_of(schedule_json(&count(360), "2026-01-05")),
        json!({"kind": "never_repaid"})
    );
    let free = with(|v| {
        v["plan"]["count"] = json!(360);
        v["plan"]["interest"] = json!("none");
    });
    let plan: Value = serde_json::from_str(&schedule_json(&free, "2026-01-05").unwrap()).unwrap();
    assert_eq!(plan["instalments"].as_array().unwrap().len(), 360);
    for n in [361, 1_000_000_000] {
        assert_eq!(
            error_of(schedule_json(&count(n), "2026-01-05")),
            json!({"kind": "too_many_instalments"})
        );
    }
    assert_eq!(
        error_of(schedule_json(&count(1 << 33), "2026-01-05"))["kind"],
        "shape"
    );

    let events = |n: usize| {
        with(|v| {
            let e = v["limitation"]["events"][0].clone();
            v["limitation"]["events"] = Value::Array(vec![e; n]);
        })
    };
    assert!(deadlines_json(&events(1_000), "2026-01-05").is_ok());
    assert_eq!(
        error_of(deadlines_json(&events(1_001), "2026-01-05")),
        json!({"kind": "too_many_events"})
    );

    let rates = |n: usize| {
        with(|v| {
            let r = v["interest"]["user_rates"][0].clone();
            v["interest"]["user_rates"] = Value::Array(vec![r; n]);
        })
    };
    assert!(evaluate_json(&rates(1_000)).is_ok());
    assert_eq!(
        error_of(evaluate_json(&rates(1_001))),
        json!({"kind": "too_many_user_rates"})
    );

    let plan_payments = |n: usize| {
        with(|v| {
            let p = v["plan"]["payments"][0].clone();
            v["plan"]["payments"] = Value::Array(vec![p; n]);
        })
    };
    assert!(schedule_json(&plan_payments(3_600), "2026-01-05").is_ok());
    assert_eq!(
        error_of(schedule_json(&plan_payments(3_601), "2026-01-05")),
        json!({"kind": "too_many_payments"})
    );

    let claims = |n: usize| {
        with(|v| {
            let c = v["claims"][2].clone();
            v["claims"] = Value::Array(vec![c; n]);
        })
    };
    assert!(evaluate_json(&claims(20_000)).is_ok());
    assert_eq!(
        error_of(evaluate_json(&claims(20_001))),
        json!({"kind": "too_many_items"})
    );
    assert_eq!(
        error_of(deadlines_json(&claims(20_001), "2026-01-05")),
        json!({"kind": "too_many_items"})
    );
}

#[test]
fn the_documented_example_still_evaluates_and_every_answer_is_documented() {
    let example = with(|_| {});
    run_all(&example, "2026-01-05").unwrap();
    let deadlines: Value =
        serde_json::from_str(&deadlines_json(&example, "2026-01-05").unwrap()).unwrap();
    assert_eq!(deadlines.as_array().unwrap().len(), 3);
    let docs = std::fs::read_to_string(format!("{DOCS}/json.md")).unwrap();
    for d in deadlines.as_array().unwrap() {
        let status = d["status"].as_str().unwrap();
        assert!(
            docs.contains(&format!("`{status}`")),
            "{status} is not documented"
        );
        assert!(d["steps"].as_array().is_some_and(|s| !s.is_empty()));
    }
    let plan: Value =
        serde_json::from_str(&schedule_json(&example, "2026-01-05").unwrap()).unwrap();
    assert_eq!(plan["instalments"].as_array().unwrap().len(), 12);
    for i in plan["instalments"].as_array().unwrap() {
        let status = i["status"].as_str().unwrap();
        assert!(
            docs.contains(&format!("`{status}`")),
            "{status} is not documented"
        );
    }
}

#[test]
fn every_error_kind_is_documented() {
    use overdue::engine::case::CaseJsonError;
    use overdue::engine::interest::{CaseError, Item};
    use overdue::engine::plan::PlanError;
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let item = Item::Claim { claim: 0 };
    let case_errors = [
        CaseError::MissingCalculationDate,
        CaseError::MixedCurrency { claim: 0 },
        CaseError::NegativeClaim { claim: 0 },
        CaseError::NonPositivePayment { payment: 0 },
        CaseError::ContractRateMissing,
        CaseError::NegativeRate,
        CaseError::RateMissing { claim: 0, date },
        CaseError::BadUserRate { index: 0 },
        CaseError::TooManyItems,
        CaseError::AmountTooLarge { item },
        CaseError::RateOutOfRange { item },
        CaseError::EurRateOutOfRange,
        CaseError::DateOutOfRange { item, date },
        CaseError::TooManyEvents,
        CaseError::TooManyUserRates,
        CaseError::EventEndsBeforeStart { event: 0 },
        CaseError::Overflow,
    ];
    // A new variant fails to compile here until it is added to the list above.
    for e in &case_errors {
        match e {
            CaseError::MissingCalculationDate
            | CaseError::MixedCurrency { .. }
            | CaseError::NegativeClaim { .. }
            | CaseError::NonPositivePayment { .. }
            | CaseError::ContractRateMissing
            | CaseError::NegativeRate
            | CaseError::RateMissing { .. }
            | CaseError::BadUserRate { .. }
            | CaseError::TooManyItems
            | CaseError::AmountTooLarge { .. }
            | CaseError::RateOutOfRange { .. }
            | CaseError::EurRateOutOfRange
            | CaseError::DateOutOfRange { .. }
            | CaseError::TooManyEvents
            | CaseError::TooManyUserRates
            | CaseError::EventEndsBeforeStart { .. }
            | CaseError::Overflow => {}
        }
    }
    let plan_errors = [
        PlanError::MissingAgreementDate,
        PlanError::MissingFirstDue,
        PlanError::FirstDueBeforeAgreement,
        PlanError::NothingToSettle,
        PlanError::DownPaymentTooLarge,
        PlanError::ZeroInstalments,
        PlanError::TooManyInstalments,
        PlanError::MissingRate,
        PlanError::MissingMaxInstalment,
        PlanError::NeverRepaid,
        PlanError::AmountTooLarge,
        PlanError::RateOutOfRange,
        PlanError::DateOutOfRange,
        PlanError::TooManyPayments,
        PlanError::Overflow,
    ];
    for e in plan_errors {
        match e {
            PlanError::MissingAgreementDate
            | PlanError::MissingFirstDue
            | PlanError::FirstDueBeforeAgreement
            | PlanError::NothingToSettle
            | PlanError::DownPaymentTooLarge
            | PlanError::ZeroInstalments
            | PlanError::TooManyInstalments
            | PlanError::MissingRate
            | PlanError::MissingMaxInstalment
            | PlanError::NeverRepaid
            | PlanError::AmountTooLarge
            | PlanError::RateOutOfRange
            | PlanError::DateOutOfRange
            | PlanError::TooManyPayments
            | PlanError::Overflow => {}
        }
    }
    let json_errors = [
        CaseJsonError::Syntax {
            message: String::new(),
        },
        CaseJsonError::NotACase,
        CaseJsonError::NewerSchema { schema: 2 },
        CaseJsonError::Shape {
            message: String::new(),
        },
    ];
    let kinds = case_errors
        .iter()
        .map(serde_json::to_value)
        .chain(plan_errors.iter().map(serde_json::to_value))
        .chain(json_errors.iter().map(serde_json::to_value))
        .map(|v| v.unwrap()["kind"].as_str().unwrap().to_string());
    for kind in kinds {
        assert!(
            documented_kinds().contains(&kind),
            "{kind} is not in docs/json.md"
        );
    }
    // The item is flattened next to the kind, as the docs show.
    assert_eq!(
        serde_json::to_value(CaseError::DateOutOfRange {
            item: Item::Today,
            date
        })
        .unwrap(),
        json!({"kind": "date_out_of_range", "item": "today", "date": "2026-01-05"})
    );
}
