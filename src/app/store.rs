//! The case being worked on, shared by every tool: the form (what was typed) in one signal,
//! the parsed Case and the Report derived from it as memos. Results are never synced by effects.

use super::Ctx;
use crate::engine::case::Case;
use crate::engine::interest::{CaseError, Report};
use crate::engine::limitation::Deadline;
use crate::engine::locale::Jurisdiction;
use crate::engine::plan::{PlanError, Schedule};
use crate::form::{CaseForm, Parsed};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The law and arithmetic behind the results, as the app calls them: a part of
/// `app::lazy::Rest`, fetched right after the first screen. The app calls the engine only
/// through these pointers, so the interest rules and rate tables are not in the first load.
/// Until they arrive the results are `None`.
#[derive(Clone, Copy)]
pub struct EngineFns {
    pub evaluate: fn(&Case) -> Result<Report, CaseError>,
    pub deadlines: fn(&Case, NaiveDate, Option<&Report>) -> Vec<Deadline>,
    pub schedule: fn(&Case, NaiveDate) -> Result<Schedule, PlanError>,
}

impl EngineFns {
    /// The real functions; referenced only by `Rest::direct` and tests.
    pub fn direct() -> EngineFns {
        EngineFns {
            evaluate: crate::engine::evaluate,
            deadlines: crate::engine::limitation::deadlines,
            schedule: crate::engine::plan::schedule,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Store {
    pub form: RwSignal<CaseForm>,
    pub parsed: Memo<Parsed>,
    /// `None` until the engine is fetched.
    pub engine: RwSignal<Option<EngineFns>>,
    /// The engine could not be fetched (offline before it was ever cached).
    pub engine_failed: RwSignal<bool>,
    /// `None` until the engine is fetched.
    pub report: Memo<Option<Result<Report, CaseError>>>,
    /// Limitation deadlines of the parsed claims, as of today (empty until the engine is fetched).
    pub deadlines: Memo<Vec<Deadline>>,
    /// The instalment plan of the case; `None` until the engine is fetched.
    pub schedule: Memo<Option<Result<Schedule, PlanError>>>,
}

/// The report or schedule of a memo, once the engine is fetched and the case is valid.
pub fn computed<T, E>(r: &Option<Result<T, E>>) -> Option<&T> {
    r.as_ref().and_then(|r| r.as_ref().ok())
}

/// The clock is read here, once, and passed into the engine as data.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Store {
    pub fn new(ctx: Ctx, jurisdiction: Jurisdiction) -> Self {
        let form = RwSignal::new(CaseForm::new(jurisdiction, today()));
        let parsed = Memo::new(move |_| {
            let lang = ctx.lang.get();
            let jurisdiction = ctx.jurisdiction.get();
            form.with(|f| f.parse(jurisdiction, lang))
        });
        let engine = RwSignal::new(None::<EngineFns>);
        let report = Memo::new(move |_| {
            let e = engine.get()?;
            Some(parsed.with(|p| (e.evaluate)(&p.case)))
        });
        let today = today();
        let deadlines = Memo::new(move |_| {
            let Some(e) = engine.get() else {
                return Vec::new();
            };
            parsed.with(|p| report.with(|r| (e.deadlines)(&p.case, today, computed(r))))
        });
        let schedule = Memo::new(move |_| {
            let e = engine.get()?;
            Some(parsed.with(|p| (e.schedule)(&p.case, today)))
        });
        Store {
            form,
            parsed,
            engine,
            engine_failed: RwSignal::new(false),
            report,
            deadlines,
            schedule,
        }
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
