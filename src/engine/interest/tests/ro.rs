//! Romanian examples (reference/ro/examples.md).

use super::*;

/// RO C1 (DERIVED): B2B, two BNR cuts in 2024. The source did not move 30.06.2024 (a Sunday),
/// so it is reproduced with the shift off; with the shift on interest starts on 2.07.2024.
#[test]
fn ro_example_c1_professionals_per_change_semester_and_actual() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Commercial, "2024-09-30");
    c.interest.shift_due_dates = false;
    claim(&mut c, "C1", "2024-06-30", "10000");
    let r = evaluate(&c).unwrap();
    assert_eq!(
        segs(&r, 0),
        vec![
            seg("2024-07-01", "2024-07-07", 7, "15", "28.77"),
            seg("2024-07-08", "2024-08-07", 31, "14.75", "125.27"),
            seg("2024-08-08", "2024-09-30", 54, "14.5", "214.52"),
        ]
    );
    assert_eq!(r.totals.interest, dec("368.56"));
    assert_eq!(
        r.claims[0].segments[0].basis,
        timeline::RO_PENALTY_PROFESSIONALS
    );

    c.interest.day_count = DayCount::ActAct;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("367.55"));
    c.interest.day_count = DayCount::Act365;
    c.interest.ro_semester_rate = true;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("378.08"));

    c.interest.ro_semester_rate = false;
    c.interest.shift_due_dates = true;
    let r = evaluate(&c).unwrap();
    assert_eq!(r.claims[0].interest_from, d("2024-07-02"));
}

/// RO C2 (DERIVED): a loan between individuals, rate reduced by 20% (art. 3(3)).
#[test]
fn ro_example_c2_non_enterprise() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Statutory, "2023-03-31");
    c.interest.shift_due_dates = false;
    c.interest.ro_non_enterprise = true;
    claim(&mut c, "C2", "2022-12-31", "5000");
    let r = evaluate(&c).unwrap();
    assert_eq!(
        segs(&r, 0),
        vec![
            seg("2023-01-01", "2023-01-10", 10, "8.6", "11.78"),
            seg("2023-01-11", "2023-03-31", 80, "8.8", "96.44"),
        ]
    );
    assert_eq!(r.totals.interest, dec("108.22"));
    c.interest.ro_semester_rate = true;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("106.03"));
    // Same facts at ref + 4 without the reduction: per-segment rounding gives 135.28.
    c.interest.ro_semester_rate = false;
    c.interest.ro_non_enterprise = false;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("135.28"));
}

/// RO C3 (DERIVED): ten BNR changes in the 2022 cycle; per-segment rounding.
#[test]
fn ro_example_c3_ten_changes() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Commercial, "2023-01-31");
    claim(&mut c, "C3", "2021-12-31", "20000");
    let r = evaluate(&c).unwrap();
    let days: Vec<i64> = r.claims[0].segments.iter().map(|s| s.days).collect();
    assert_eq!(days, vec![10, 30, 55, 35, 57, 32, 59, 34, 63, 21]);
    assert_eq!(r.totals.interest, dec("2719.45"));
    c.interest.ro_semester_rate = true;
    // 966.99 + 1 184.66 + 250.55 (the source rounds the total only: 2 402.19).
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("2402.20"));
}

/// RO C4 (DERIVED) and C5 (DERIVED): four cuts in 2013; the OG 13/2011 transition.
#[test]
fn ro_examples_c4_c5() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Commercial, "2013-12-31");
    c.interest.shift_due_dates = false;
    claim(&mut c, "C4", "2013-06-30", "50000");
    let r = evaluate(&c).unwrap();
    assert_eq!(r.totals.interest, dec("3125.00"));
    c.interest.ro_semester_rate = true;
    assert_eq!(evaluate(&c).unwrap().totals.interest, dec("3339.73"));

    let mut c = case(Jurisdiction::Ro, InterestKind::Statutory, "2011-12-31");
    claim(&mut c, "C5", "2011-08-31", "10000");
    let r = evaluate(&c).unwrap();
    assert_eq!(
        segs(&r, 0),
        vec![
            seg("2011-09-01", "2011-11-02", 63, "10.25", "176.92"),
            seg("2011-11-03", "2011-12-31", 59, "10", "161.64"),
        ]
    );
    assert_eq!(r.totals.interest, dec("338.56"));
}

/// RO A4 (PUBLISHED, avocatnet): actual/365 with two rates typed by the user (2005 is before
/// the bundled table): 1 203 616,44 (published truncated: ,43) and 441 780,82.
#[test]
fn ro_example_a4_with_user_rates() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Statutory, "2005-03-15");
    c.interest.user_rates = vec![
        UserRate {
            from: d("2005-02-01"),
            to: d("2005-02-28"),
            percent: dec("15.69"),
            note: "BNR feb 2005".into(),
        },
        UserRate {
            from: d("2005-03-01"),
            to: d("2005-03-31"),
            percent: dec("10.75"),
            note: "BNR mar 2005".into(),
        },
    ];
    c.interest.shift_due_dates = false;
    claim(&mut c, "A4", "2005-01-31", "100000000");
    let r = evaluate(&c).unwrap();
    assert_eq!(
        segs(&r, 0),
        vec![
            seg("2005-02-01", "2005-02-28", 28, "15.69", "1203616.44"),
            seg("2005-03-01", "2005-03-15", 15, "10.75", "441780.82"),
        ]
    );
    assert!(r.warnings.contains(&Warning::UserRateUsed));
}

/// RO A5 (PUBLISHED, exact values): one rate per semester of 2004, typed by the user.
#[test]
fn ro_example_a5_semester_values() {
    let mut c = case(Jurisdiction::Ro, InterestKind::Statutory, "2004-12-31");
    c.interest.user_rates = vec![
        UserRate {
            from: d("2004-01-01"),
            to: d("2004-06-30"),
            percent: dec("21.25"),
            note: String::new(),
        },
        UserRate {
            from: d("2004-07-01"),
            to: d("2004-12-31"),
            percent: dec("20.75"),
            note: String::new(),
        },
    ];
    claim(&mut c, "A5", "2003-12-31", "100000000");
    let r = evaluate(&c).unwrap();
    let amounts: Vec<String> = r.claims[0]
        .segments
        .iter()
        .map(|s| s.amount.to_string())
        .collect();
    assert_eq!(amounts, vec!["10595890.41", "10460273.97"]);
}
