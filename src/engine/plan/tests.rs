//! Schedules against spreadsheet PMT/IPMT/PPMT semantics, computed independently (Python's
//! decimal module, the same rounding of each row to the cent), dates, tracking, properties.

use super::*;
use crate::engine::locale::Jurisdiction;

use crate::engine::testkit::date as d;
use crate::engine::testkit::dec;

fn plan(amount: &str, annual: &str, frequency: Frequency, n: u32, method: Method) -> Case {
    let mut c = Case::new(Jurisdiction::Pl);
    c.plan = PlanOptions {
        amount: Some(dec(amount)),
        agreement_date: Some(d("2026-01-05")),
        first_due: Some(d("2026-02-05")),
        count: n,
        frequency,
        method,
        interest: if annual == "0" {
            PlanInterest::None
        } else {
            PlanInterest::Fixed
        },
        rate: Some(dec(annual)),
        ..PlanOptions::default()
    };
    c
}

/// (amount, annual %, periods a year, n, method, level instalment = round(PMT), last
/// instalment, total interest, IPMT(1), IPMT(2)).
type Row = (
    &'static str,
    &'static str,
    u32,
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const ORACLE: [Row; 10] = [
    (
        "10000", "12", 12, 12, "annuity", "888.49", "888.47", "661.86", "100.00", "92.12",
    ),
    (
        "5000", "8", 12, 24, "annuity", "226.14", "226.05", "427.27", "33.33", "32.05",
    ),
    (
        "120000",
        "6",
        12,
        360,
        "annuity",
        "719.46",
        "720.53",
        "139006.67",
        "600.00",
        "599.40",
    ),
    (
        "1000", "0", 12, 12, "annuity", "83.33", "83.37", "0.00", "0", "0",
    ),
    (
        "20000", "10", 4, 8, "annuity", "2789.35", "2789.33", "2314.78", "500.00", "442.77",
    ),
    (
        "2600", "5.2", 52, 52, "annuity", "51.34", "51.16", "69.50", "2.60", "2.55",
    ),
    (
        "7000", "13", 26, 26, "annuity", "287.78", "287.81", "482.31", "35.00", "33.74",
    ),
    (
        "12000", "12", 12, 12, "equal", "1000.00", "1010.00", "780.00", "120.00", "110.00",
    ),
    (
        "10000", "9", 4, 10, "equal", "1000.00", "1022.50", "1237.50", "225.00", "202.50",
    ),
    (
        "999.99", "7.5", 12, 7, "annuity", "146.45", "146.43", "25.14", "6.25", "5.37",
    ),
];

#[test]
fn schedules_match_spreadsheet_pmt_ipmt_ppmt() {
    for (amount, annual, per_year, n, method, level, last, interest, i1, i2) in ORACLE {
        let frequency = Frequency::ALL
            .into_iter()
            .find(|f| f.per_year() == per_year)
            .unwrap();
        let method = if method == "annuity" {
            Method::Annuity
        } else {
            Method::EqualPrincipal
        };
        let s = schedule(&plan(amount, annual, frequency, n, method), d("2026-01-05")).unwrap();
        let rows = &s.instalments;
        assert_eq!(rows.len(), n as usize);
        let levels: Vec<Decimal> = rows[..rows.len() - 1]
            .iter()
            .map(|r| {
                if method == Method::Annuity {
                    r.amount
                } else {
                    r.principal
                }
            })
            .collect();
        assert!(
            levels.iter().all(|v| *v == dec(level)),
            "{amount}: level {level}"
        );
        assert_eq!(rows.last().unwrap().amount, dec(last), "{amount}: last");
        assert_eq!(s.total_interest, dec(interest), "{amount}: interest");
        assert_eq!(rows[0].interest, dec(i1), "{amount}: IPMT(1)");
        assert_eq!(rows[1].interest, dec(i2), "{amount}: IPMT(2)");
        // PPMT(1) = PMT − IPMT(1) for an annuity.
        if method == Method::Annuity {
            assert_eq!(rows[0].principal, dec(level) - dec(i1));
        }
        let principal: Decimal = rows.iter().map(|r| r.principal).sum();
        assert_eq!(principal, dec(amount));
        assert_eq!(rows.last().unwrap().remaining, Decimal::ZERO);
    }
    assert_eq!(
        round_money(pmt(dec("0.01"), 12, dec("10000")).unwrap()),
        dec("888.49")
    );
}

#[test]
fn due_dates_keep_the_day_and_handle_month_ends() {
    let last = due_dates(
        d("2026-01-31"),
        4,
        Frequency::Monthly,
        MonthEnd::LastDay,
        None,
    );
    assert_eq!(
        last,
        vec![
            d("2026-01-31"),
            d("2026-02-28"),
            d("2026-03-31"),
            d("2026-04-30")
        ]
    );
    let next = due_dates(
        d("2026-01-31"),
        3,
        Frequency::Monthly,
        MonthEnd::NextMonth,
        None,
    );
    assert_eq!(
        next,
        vec![d("2026-01-31"), d("2026-03-01"), d("2026-03-31")]
    );
    let quarterly = due_dates(
        d("2025-11-30"),
        3,
        Frequency::Quarterly,
        MonthEnd::LastDay,
        None,
    );
    assert_eq!(
        quarterly,
        vec![d("2025-11-30"), d("2026-02-28"), d("2026-05-30")]
    );
    let weekly = due_dates(
        d("2026-01-05"),
        3,
        Frequency::Weekly,
        MonthEnd::LastDay,
        None,
    );
    assert_eq!(
        weekly,
        vec![d("2026-01-05"), d("2026-01-12"), d("2026-01-19")]
    );
    // 1.11.2026 is a Sunday and a holiday: moved to Monday 2.11.2026 (PL).
    let shifted = due_dates(
        d("2026-10-01"),
        2,
        Frequency::Monthly,
        MonthEnd::LastDay,
        Some(Jurisdiction::Pl),
    );
    assert_eq!(shifted, vec![d("2026-10-01"), d("2026-11-02")]);
}

#[test]
fn the_largest_affordable_instalment_sets_the_count() {
    let mut c = plan("10000", "12", Frequency::Monthly, 12, Method::Annuity);
    c.plan.size = Size::MaxInstalment;
    c.plan.max_instalment = Some(dec("900"));
    let s = schedule(&c, d("2026-01-05")).unwrap();
    assert_eq!(
        s.instalments.len(),
        12,
        "PMT(1%, 12) = 888.49 fits, PMT(1%, 11) = 961.54 does not"
    );
    c.plan.max_instalment = Some(dec("100"));
    assert_eq!(
        schedule(&c, d("2026-01-05")).err(),
        Some(PlanError::NeverRepaid),
        "100 does not even cover 1% interest"
    );
    c.plan.interest = PlanInterest::None;
    c.plan.max_instalment = Some(dec("1000"));
    assert_eq!(schedule(&c, d("2026-01-05")).unwrap().instalments.len(), 10);
}

#[test]
fn impossible_inputs_are_clear_errors() {
    let base = plan("10000", "12", Frequency::Monthly, 12, Method::Annuity);
    let err = |f: &dyn Fn(&mut PlanOptions)| {
        let mut c = base.clone();
        f(&mut c.plan);
        schedule(&c, d("2026-01-05")).err()
    };
    assert_eq!(err(&|p| p.count = 0), Some(PlanError::ZeroInstalments));
    assert_eq!(err(&|p| p.count = 361), Some(PlanError::TooManyInstalments));
    assert_eq!(
        err(&|p| p.first_due = Some(d("2025-12-31"))),
        Some(PlanError::FirstDueBeforeAgreement)
    );
    assert_eq!(
        err(&|p| p.down_payment = dec("10000")),
        Some(PlanError::DownPaymentTooLarge)
    );
    assert_eq!(err(&|p| p.rate = None), Some(PlanError::MissingRate));
    assert_eq!(
        err(&|p| p.agreement_date = None),
        Some(PlanError::MissingAgreementDate)
    );
    assert_eq!(
        err(&|p| p.amount = Some(Decimal::ZERO)),
        Some(PlanError::NothingToSettle)
    );
}

#[test]
fn default_amount_is_the_case_total_on_the_agreement_date_and_statutory_interest_follows_the_table()
{
    use crate::engine::case::Claim;
    let mut c = Case::new(Jurisdiction::Pl);
    c.claims.push(Claim {
        number: "B".into(),
        issue_date: None,
        due_date: d("2015-12-31"),
        amount: dec("10000"),
        currency: c.currency,
        pl_kind: None,
        eur_rate: None,
    });
    c.plan = PlanOptions {
        agreement_date: Some(d("2021-01-10")),
        first_due: Some(d("2021-02-10")),
        count: 3,
        down_payment: dec("419.23"),
        interest: PlanInterest::Statutory,
        method: Method::EqualPrincipal,
        ..PlanOptions::default()
    };
    let s = schedule(&c, d("2021-01-10")).unwrap();
    // reference/pl/examples.md B: 10 000 + 3 419,23 on 10.01.2021.
    assert_eq!(s.amount, dec("13419.23"));
    assert_eq!(s.principal, dec("13000.00"));
    // 11.01–10.02.2021: 31 days at 5.6% on 13 000 = 61.83.
    assert_eq!(s.instalments[0].interest, dec("61.83"));
    assert_eq!(s.instalments[0].principal, dec("4333.33"));
    assert_eq!(
        s.total_paid,
        s.instalments.iter().map(|r| r.amount).sum::<Decimal>() + dec("419.23")
    );
}

#[test]
fn payments_are_tracked_and_the_acceleration_clause_flagged() {
    let mut c = plan("1200", "0", Frequency::Monthly, 3, Method::Annuity);
    c.plan.payments = vec![
        PlanPayment {
            date: d("2026-02-05"),
            amount: dec("400"),
        },
        PlanPayment {
            date: d("2026-03-20"),
            amount: dec("400"),
        },
    ];
    let s = schedule(&c, d("2026-04-25")).unwrap();
    let status: Vec<InstalmentStatus> = s.instalments.iter().map(|r| r.status).collect();
    assert_eq!(
        status,
        vec![
            InstalmentStatus::Paid,
            InstalmentStatus::PaidLate,
            InstalmentStatus::Overdue
        ]
    );
    assert_eq!(s.paid, dec("800"));
    assert_eq!(s.outstanding, dec("400"));
    assert!(s.acceleration, "20 days late, more than 14");
    assert!(
        !schedule(&c, d("2026-04-10")).unwrap().acceleration,
        "only 5 days late"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
        #[test]
        fn schedules_always_settle_exactly(
            cents in 100u64..1_000_000_000,
            rate in 0u32..3000,
            n in 1u32..=360,
            annuity in any::<bool>(),
            f in 0usize..4,
        ) {
            let amount = Decimal::new(cents as i64, 2).to_string();
            let annual = Decimal::new(i64::from(rate), 2).to_string();
            let method = if annuity { Method::Annuity } else { Method::EqualPrincipal };
            let c = plan(&amount, &annual, Frequency::ALL[f], n, method);
            let Ok(s) = schedule(&c, d("2026-01-05")) else { return Ok(()) };
            let principal: Decimal = s.instalments.iter().map(|r| r.principal).sum();
            prop_assert_eq!(principal, dec(&amount));
            prop_assert!(s.instalments.iter().all(|r| r.remaining >= Decimal::ZERO && r.principal >= Decimal::ZERO));
            prop_assert_eq!(s.instalments.last().unwrap().remaining, Decimal::ZERO);
            prop_assert!(s.instalments.windows(2).all(|w| w[0].due < w[1].due));
            if annuity && s.instalments.len() > 2 {
                let first = s.instalments[0].amount;
                prop_assert!(s.instalments[..s.instalments.len() - 1].iter().all(|r| r.amount == first));
            }
        }
    }
}
