//! Which annual rate applies on which day, for the chosen regime: built from the rate tables,
//! the statutory cap, the Romanian semester rule and the user's own rate periods.

use super::options::{InterestKind, InterestOptions};
use crate::engine::calendar::ymd;
use crate::engine::calendar::MIN_DATE;
use crate::engine::case::PartyKind;
use crate::engine::locale::Jurisdiction;
use crate::engine::rates::{in_force, rows, RateKind, RateRow};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A row of the bundled tables.
    Table,
    /// The agreed rate.
    Contract,
    /// The agreed rate replaced by the statutory maximum.
    Capped,
    /// A rate period the user typed.
    User,
}

/// A rate in force from `from` until the next point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RatePoint {
    pub from: NaiveDate,
    /// Annual percent.
    pub percent: Decimal,
    /// The legal basis, cited as in the jurisdiction's documents.
    pub basis: &'static str,
    pub source: String,
    pub origin: Origin,
}

pub const PL_DELAY_OLD: &str = "art. 359 § 2 KC (brzmienie do 31.12.2015)";
pub const PL_DELAY: &str = "art. 481 § 2 KC";
pub const PL_CAPITAL: &str = "art. 359 § 2 KC";
pub const PL_COMMERCIAL_2016: &str = "art. 4 pkt 3 i art. 11b UPNO (stopa referencyjna + 8 pp)";
pub const PL_COMMERCIAL: &str = "art. 4 pkt 3 lit. b i art. 11b UPNO";
pub const PL_COMMERCIAL_HEALTHCARE: &str = "art. 4 pkt 3 lit. a i art. 11b UPNO";
pub const PL_CONTRACT: &str = "art. 481 § 1 KC (odsetki umowne)";
pub const PL_MAX: &str = "art. 481 § 2¹ i § 2² KC (odsetki maksymalne za opóźnienie)";
pub const RO_OG9: &str = "art. 3 OG 9/2000 (semestrial)";
pub const RO_PENALTY: &str = "art. 3 alin. (2) OG 13/2011";
pub const RO_PENALTY_PROFESSIONALS: &str = "art. 3 alin. (2¹) OG 13/2011";
pub const RO_PENALTY_REDUCED: &str = "art. 3 alin. (2) și (3) OG 13/2011";
pub const RO_REMUNERATIVE: &str = "art. 3 alin. (1) OG 13/2011";
pub const RO_REMUNERATIVE_REDUCED: &str = "art. 3 alin. (1) și (3) OG 13/2011";
pub const RO_SEMESTER: &str = "art. 3 OG 13/2011, art. 1018 alin. (1) CPC (semestrial)";
pub const RO_CONTRACT: &str = "art. 1535 C.civ. (dobândă convențională)";
pub const USER: &str = "";

/// Commercial interest is documented from 2016; earlier periods use the ordinary statutory rate.
pub const PL_COMMERCIAL_FROM: NaiveDate = ymd(2016, 1, 1);
pub const PL_COMMERCIAL_10PP_FROM: NaiveDate = ymd(2020, 1, 1);
pub const RO_OG13_FROM: NaiveDate = ymd(2011, 9, 1);
pub const RO_L72_FROM: NaiveDate = ymd(2013, 4, 5);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    points: Vec<RatePoint>,
}

fn from_row(row: &RateRow, basis: &'static str) -> RatePoint {
    RatePoint {
        from: row.from,
        percent: row.percent,
        basis,
        source: row.source.clone(),
        origin: Origin::Table,
    }
}

fn pl_points(options: &InterestOptions, debtor: PartyKind) -> Vec<RatePoint> {
    let delay = |r: &RateRow| {
        from_row(
            r,
            if r.from < PL_COMMERCIAL_FROM {
                PL_DELAY_OLD
            } else {
                PL_DELAY
            },
        )
    };
    match options.kind {
        InterestKind::Statutory => rows(RateKind::PlDelay).map(delay).collect(),
        InterestKind::Capital => rows(RateKind::PlCapital)
            .map(|r| {
                from_row(
                    r,
                    if r.from < PL_COMMERCIAL_FROM {
                        PL_DELAY_OLD
                    } else {
                        PL_CAPITAL
                    },
                )
            })
            .collect(),
        InterestKind::Commercial => {
            let healthcare_rates =
                debtor == PartyKind::PublicHealthcare || options.pl_pre_2020_transaction;
            let mut points: Vec<RatePoint> = rows(RateKind::PlDelay)
                .filter(|r| r.from < PL_COMMERCIAL_FROM)
                .map(delay)
                .collect();
            points.extend(rows(RateKind::PlCommercial).filter_map(|r| {
                if r.from < PL_COMMERCIAL_10PP_FROM {
                    Some(from_row(r, PL_COMMERCIAL_2016))
                } else if !healthcare_rates {
                    Some(from_row(r, PL_COMMERCIAL))
                } else {
                    None
                }
            }));
            if healthcare_rates {
                let basis = if debtor == PartyKind::PublicHealthcare {
                    PL_COMMERCIAL_HEALTHCARE
                } else {
                    PL_COMMERCIAL_2016
                };
                points.extend(rows(RateKind::PlCommercialHealthcare).map(|r| from_row(r, basis)));
            }
            points
        }
        InterestKind::Contractual => {
            let agreed = options.contract_rate.unwrap_or_default();
            let mut points = vec![RatePoint {
                from: MIN_DATE,
                percent: agreed,
                basis: PL_CONTRACT,
                source: String::new(),
                origin: Origin::Contract,
            }];
            // The maximum is twice the statutory delay rate (art. 481 § 2¹ KC, from 2016).
            points.extend(
                rows(RateKind::PlDelay)
                    .filter(|r| r.from >= PL_COMMERCIAL_FROM)
                    .map(|r| {
                        let max = r.percent * Decimal::TWO;
                        if agreed > max {
                            RatePoint {
                                from: r.from,
                                percent: max,
                                basis: PL_MAX,
                                source: r.source.clone(),
                                origin: Origin::Capped,
                            }
                        } else {
                            RatePoint {
                                from: r.from,
                                percent: agreed,
                                basis: PL_CONTRACT,
                                source: String::new(),
                                origin: Origin::Contract,
                            }
                        }
                    }),
            );
            points
        }
    }
}

fn ro_legal(options: &InterestOptions, reference: Decimal) -> (Decimal, &'static str) {
    let reduce = |v: Decimal| v * Decimal::new(8, 1);
    match (options.kind, options.ro_non_enterprise) {
        (InterestKind::Commercial, _) => (reference + Decimal::from(8), RO_PENALTY_PROFESSIONALS),
        (InterestKind::Capital, false) => (reference, RO_REMUNERATIVE),
        (InterestKind::Capital, true) => (reduce(reference), RO_REMUNERATIVE_REDUCED),
        (_, false) => (reference + Decimal::from(4), RO_PENALTY),
        (_, true) => (reduce(reference + Decimal::from(4)), RO_PENALTY_REDUCED),
    }
}

fn semester_starts(first_year: i32, last_year: i32) -> impl Iterator<Item = NaiveDate> {
    (first_year..=last_year).flat_map(|y| [ymd(y, 1, 1), ymd(y, 7, 1)])
}

fn ro_points(options: &InterestOptions, until: NaiveDate) -> Vec<RatePoint> {
    if options.kind == InterestKind::Contractual {
        return vec![RatePoint {
            from: MIN_DATE,
            percent: options.contract_rate.unwrap_or_default(),
            basis: RO_CONTRACT,
            source: String::new(),
            origin: Origin::Contract,
        }];
    }
    let mut points = Vec::new();
    // Before OG 13/2011: OG 9/2000 art. 3, one rate per semester: the reference rate in
    // commercial matters, reduced by 20% otherwise.
    for start in [ymd(2010, 7, 1), ymd(2011, 1, 1), ymd(2011, 7, 1)] {
        if let Some(r) = in_force(RateKind::BnrReference, start) {
            let percent = if options.ro_non_enterprise {
                r.percent * Decimal::new(8, 1)
            } else {
                r.percent
            };
            points.push(RatePoint {
                from: start,
                percent,
                basis: RO_OG9,
                source: r.source.clone(),
                origin: Origin::Table,
            });
        }
    }
    let mut push = |from: NaiveDate, row: &RateRow, basis_override: Option<&'static str>| {
        let (percent, basis) = ro_legal(options, row.percent);
        points.push(RatePoint {
            from,
            percent,
            basis: basis_override.unwrap_or(basis),
            source: row.source.clone(),
            origin: Origin::Table,
        });
    };
    if options.ro_semester_rate {
        if let Some(r) = in_force(RateKind::BnrReference, ymd(2011, 7, 1)) {
            push(RO_OG13_FROM, r, Some(RO_SEMESTER));
        }
        for start in semester_starts(2012, until.year().max(2012)) {
            if let Some(r) = in_force(RateKind::BnrReference, start) {
                push(start, r, Some(RO_SEMESTER));
            }
        }
    } else {
        if let Some(r) = in_force(RateKind::BnrReference, RO_OG13_FROM) {
            push(RO_OG13_FROM, r, None);
        }
        for r in rows(RateKind::BnrReference).filter(|r| r.from > RO_OG13_FROM) {
            push(r.from, r, None);
        }
    }
    points
}

impl Timeline {
    pub fn build(
        jurisdiction: Jurisdiction,
        options: &InterestOptions,
        debtor: PartyKind,
        until: NaiveDate,
    ) -> Timeline {
        let mut base = match jurisdiction {
            Jurisdiction::Pl => pl_points(options, debtor),
            Jurisdiction::Ro => ro_points(options, until),
        };
        crate::engine::sorting::sort_by_key(&mut base, |p| p.from);
        let base = Timeline { points: base };
        base.with_user_rates(options)
    }

    /// User periods replace the table inside [from, to]; the table resumes the day after.
    fn with_user_rates(self, options: &InterestOptions) -> Timeline {
        if options.user_rates.is_empty() {
            return self.merged();
        }
        let mut days: Vec<NaiveDate> = self.points.iter().map(|p| p.from).collect();
        for u in &options.user_rates {
            days.push(u.from);
            days.extend(u.to.succ_opt());
        }
        crate::engine::sorting::sort_by_key(&mut days, |d| *d);
        days.dedup();
        let points = days
            .into_iter()
            .filter_map(|day| {
                let user = options
                    .user_rates
                    .iter()
                    .rev()
                    .find(|u| u.from <= day && day <= u.to);
                match user {
                    Some(u) => Some(RatePoint {
                        from: day,
                        percent: u.percent,
                        basis: USER,
                        source: u.note.clone(),
                        origin: Origin::User,
                    }),
                    None => self.rate_on(day).map(|p| RatePoint {
                        from: day,
                        ..p.clone()
                    }),
                }
            })
            .collect();
        Timeline { points }.merged()
    }

    /// Joins consecutive points with the same rate and basis: a constant-rate period is one
    /// period, rounded once (the Polish half-year table repeats equal values).
    fn merged(mut self) -> Timeline {
        self.points.dedup_by(|next, prev| {
            next.percent == prev.percent && next.basis == prev.basis && next.origin == prev.origin
        });
        self
    }

    pub fn points(&self) -> &[RatePoint] {
        &self.points
    }

    pub fn index_on(&self, day: NaiveDate) -> Option<usize> {
        self.points
            .partition_point(|p| p.from <= day)
            .checked_sub(1)
    }

    pub fn rate_on(&self, day: NaiveDate) -> Option<&RatePoint> {
        self.index_on(day).map(|i| &self.points[i])
    }

    /// The first day after `day` on which a different point starts.
    pub fn next_change_after(&self, index: usize) -> Option<NaiveDate> {
        self.points.get(index + 1).map(|p| p.from)
    }
}
