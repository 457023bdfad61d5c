//! Benchmarks (figures to read, not pass/fail tests), natively in release mode:
//! - evaluate a case with 1 000 invoices and 200 payments spanning 2005–2026 (target < 10 ms);
//! - a 360-instalment plan with statutory interest (target < 1 ms);
//! - the receivables overview of 300 debtors × 30 invoices with a 20-entry log each (target
//!   < 50 ms in wasm, so well under that natively).
//!
//! Run: `cargo bench --bench interest` (or scripts/bench).

use chrono::{Days, NaiveDate};
use overdue::engine::case::{Case, Claim, Payment};
use overdue::engine::evaluate;
use overdue::engine::interest::InterestKind;
use overdue::engine::locale::Jurisdiction;
use rust_decimal::Decimal;
use std::time::Instant;

fn big_case(kind: InterestKind) -> Case {
    let start = NaiveDate::from_ymd_opt(2005, 1, 3).unwrap();
    let mut case = Case::new(Jurisdiction::Pl);
    case.interest.kind = kind;
    case.calculation_date = NaiveDate::from_ymd_opt(2026, 3, 31);
    for i in 0..1000u64 {
        case.claims.push(Claim {
            number: format!("FV {i}/2005"),
            issue_date: None,
            due_date: start + Days::new(i * 7),
            amount: Decimal::new(100_000 + (i as i64 * 7919) % 900_000, 2),
            currency: case.currency,
            pl_kind: None,
            eur_rate: None,
        });
    }
    for i in 0..200u64 {
        case.payments.push(Payment {
            date: start + Days::new(30 + i * 38),
            amount: Decimal::new(250_000 + (i as i64 * 104_729) % 1_000_000, 2),
            claim: (i % 3 == 0).then(|| format!("FV {}/2005", i * 5)),
        });
    }
    case
}

fn plan_case() -> Case {
    use overdue::engine::plan::{Method, PlanInterest, PlanOptions};
    let mut case = Case::new(Jurisdiction::Pl);
    case.interest.kind = InterestKind::Statutory;
    case.plan = PlanOptions {
        amount: Some(Decimal::new(25_000_000, 2)),
        agreement_date: NaiveDate::from_ymd_opt(2026, 1, 5),
        first_due: NaiveDate::from_ymd_opt(2026, 2, 5),
        count: 360,
        interest: PlanInterest::Statutory,
        method: Method::EqualPrincipal,
        ..PlanOptions::default()
    };
    case
}

fn portfolio() -> Vec<Case> {
    use overdue::engine::case::{Channel, Contact, Direction, Document};
    let start = NaiveDate::from_ymd_opt(2024, 1, 2).unwrap();
    (0..300u64)
        .map(|d| {
            let mut case = Case::new(Jurisdiction::Pl);
            case.interest.kind = InterestKind::Commercial;
            case.debtor.name = format!("Debtor {d}");
            for i in 0..30u64 {
                case.claims.push(Claim::new(
                    &format!("FV {i}/{d}"),
                    start + Days::new(i * 20 + d % 17),
                    Decimal::new(50_000 + ((d * 31 + i) as i64 * 7919) % 900_000, 2),
                    case.currency,
                ));
            }
            for i in 0..20u64 {
                case.contacts.push(Contact {
                    date: start + Days::new(30 + i * 25),
                    time: String::new(),
                    channel: Channel::Phone,
                    direction: Direction::Outgoing,
                    summary: "Call".into(),
                    promise: None,
                    document: (i == 5).then_some(Document::Demand),
                    delivered: None,
                    acknowledges: false,
                });
            }
            case
        })
        .collect()
}

fn median_ms(mut run: impl FnMut()) -> (f64, f64) {
    let mut times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        run();
        times.push(t.elapsed());
    }
    times.sort();
    (
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
    )
}

fn main() {
    let plan = plan_case();
    let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let rows = overdue::engine::plan::schedule(&plan, today)
        .expect("plan")
        .instalments
        .len();
    let (median, min) = median_ms(|| {
        std::hint::black_box(
            overdue::engine::plan::schedule(std::hint::black_box(&plan), today).ok(),
        );
    });
    println!("plan: {rows} instalments with statutory interest: median {median:.3} ms, min {min:.3} ms (target < 1 ms)");
    let cases = portfolio();
    let as_at = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
    let (median, min) = median_ms(|| {
        std::hint::black_box(overdue::engine::portfolio::overview(
            std::hint::black_box(&cases),
            as_at,
        ));
    });
    println!("overview: 300 debtors x 30 invoices, 20 log entries each: median {median:.1} ms, min {min:.1} ms (target < 50 ms in wasm)");
    for kind in [InterestKind::Statutory, InterestKind::Commercial] {
        let case = big_case(kind);
        let report = evaluate(&case).expect("benchmark case evaluates");
        let segments: usize = report.claims.iter().map(|c| c.segments.len()).sum();
        let mut times = Vec::new();
        for _ in 0..30 {
            let t = Instant::now();
            std::hint::black_box(evaluate(std::hint::black_box(&case)).ok());
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "evaluate {kind:?}: 1000 invoices, 200 payments, {segments} segments: median {:.2} ms, min {:.2} ms (target < 10 ms)",
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3,
        );
    }
}
