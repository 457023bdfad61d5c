//! Benchmark (a figure to read, not a pass/fail test): evaluate a case with 1 000 invoices and
//! 200 payments spanning 2005–2026. Target: under 10 ms natively in release mode.
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

fn main() {
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
