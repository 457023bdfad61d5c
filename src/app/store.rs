//! The case being worked on, shared by every tool: the form (what was typed) in one signal,
//! the parsed Case and the Report derived from it as memos. Results are never synced by effects.

use super::Ctx;
use crate::engine::interest::{CaseError, Report};
use crate::engine::limitation::{deadlines, Deadline};
use crate::engine::plan::{schedule, PlanError, Schedule};
use crate::engine::{evaluate, locale::Jurisdiction};
use crate::form::{CaseForm, Parsed};
use chrono::NaiveDate;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Store {
    pub form: RwSignal<CaseForm>,
    pub parsed: Memo<Parsed>,
    pub report: Memo<Result<Report, CaseError>>,
    /// Limitation deadlines of the parsed claims, as of today.
    pub deadlines: Memo<Vec<Deadline>>,
    /// The instalment plan of the case.
    pub schedule: Memo<Result<Schedule, PlanError>>,
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
        let report = Memo::new(move |_| parsed.with(|p| evaluate(&p.case)));
        let today = today();
        let deadlines = Memo::new(move |_| {
            parsed.with(|p| report.with(|r| deadlines(&p.case, today, r.as_ref().ok())))
        });
        let schedule = Memo::new(move |_| parsed.with(|p| schedule(&p.case, today)));
        Store {
            form,
            parsed,
            report,
            deadlines,
            schedule,
        }
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
