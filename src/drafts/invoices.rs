//! Writing an invoice import into the drafts, and undoing it: the planner's groups become new
//! drafts or rows added to the drafts that already have that debtor and currency. Pure behind
//! `Backend`; the undo keeps the stored text of every entry it touched, so undoing restores the
//! drafts byte for byte.

use super::model::{Draft, DraftMeta};
use super::storage::{key, list, read, save, Backend, Entry, StorageError};
use super::DRAFT_VERSION;
use crate::engine::case::Case;
use crate::engine::interest::InterestKind;
use crate::engine::locale::Lang;
use crate::form::CaseForm;
use crate::import::plan::{ExistingCase, ImportPlan, Target};
use crate::import::Invoice;
use chrono::NaiveDate;

/// The saved drafts as the planner sees them: ids and cases in the same order.
pub struct Existing {
    pub ids: Vec<String>,
    /// The drafts' names (the debtor's where the draft has none), for the preview.
    pub names: Vec<String>,
    pub cases: Vec<ExistingCase>,
}

pub fn existing(backend: &dyn Backend, lang: Lang) -> Existing {
    let mut ids = Vec::new();
    let mut names = Vec::new();
    let mut cases = Vec::new();
    for e in list(backend) {
        let Entry::Ok(meta) = e else {
            continue;
        };
        let Some(Ok(d)) = read(backend, &meta.id) else {
            continue;
        };
        let case = d.form.parse(d.form.case.jurisdiction, lang).case;
        names.push(if meta.name.trim().is_empty() {
            case.debtor.name.clone()
        } else {
            meta.name.clone()
        });
        ids.push(meta.id);
        cases.push(ExistingCase::from_case(&case));
    }
    Existing { ids, names, cases }
}

/// What an import changed, and how to take it back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Drafts made by the import, and drafts that received invoices.
    pub created: Vec<String>,
    pub updated: Vec<String>,
    /// Corrections whose invoice row could not be changed (its amount no longer reads).
    pub not_adjusted: Vec<String>,
    /// Every key written and its text before (None: it did not exist).
    undo: Vec<(String, Option<String>)>,
}

/// What the writer needs besides the plan.
pub struct Context<'a> {
    pub lang: Lang,
    pub today: NaiveDate,
    /// This tab (drafts tell tabs apart by it).
    pub tab: &'a str,
    /// Milliseconds since 1970, the drafts' "changed" time.
    pub now_ms: i64,
}

fn ksef_numbers<'a>(invoices: &[&'a Invoice], idx: &[usize]) -> Vec<&'a str> {
    idx.iter()
        .filter_map(|&i| invoices.get(i)?.provenance.ksef_number.as_deref())
        .collect()
}

/// A draft's list entry from its form, figures computed by the engine.
fn meta_for(form: &CaseForm, mut meta: DraftMeta, cx: &Context, lang: Lang) -> DraftMeta {
    let parsed = form.parse(form.case.jurisdiction, lang);
    let report = crate::engine::evaluate(&parsed.case).ok();
    let deadlines = crate::engine::limitation::deadlines(&parsed.case, cx.today, report.as_ref());
    meta.debtor = parsed.case.debtor.name.clone();
    meta.total = report
        .as_ref()
        .map(|r| r.totals.total_due)
        .filter(|_| !parsed.case.claims.is_empty());
    meta.currency = parsed.case.currency;
    meta.deadline = deadlines
        .iter()
        .filter_map(|d| d.end)
        .filter(|e| *e >= cx.today)
        .min();
    meta.deadline_kind_unknown = deadlines.iter().any(|d| d.kind_unknown);
    meta.left_out_claims = parsed.left_out_claims.len() as u32;
    meta.left_out_payments = parsed.left_out_payments.len() as u32;
    meta.updated = cx.now_ms;
    meta.tab = cx.tab.to_string();
    meta
}

/// Writes the plan: each group into the draft `existing_ids[case]` or a new draft (ids from
/// `new_id`), and each adjustment into its draft. On a storage error everything written so far
/// is taken back, so a failed import changes nothing.
pub fn write(
    backend: &mut dyn Backend,
    plan: &ImportPlan,
    invoices: &[&Invoice],
    existing_ids: &[String],
    cx: &Context,
    new_id: &mut dyn FnMut() -> String,
) -> Result<Written, StorageError> {
    let lang = cx.lang;
    let mut out = Written::default();
    let mut forms: Vec<(Draft, bool)> = Vec::new();
    let load = |backend: &dyn Backend, id: &str, forms: &mut Vec<(Draft, bool)>| {
        if let Some(i) = forms.iter().position(|(d, _)| d.meta.id == id) {
            return Some(i);
        }
        let d = read(backend, id)?.ok()?;
        forms.push((d, false));
        Some(forms.len() - 1)
    };
    for g in &plan.groups {
        let ksef = ksef_numbers(invoices, &g.invoices);
        match g.target {
            Target::Existing { case } => {
                let Some(id) = existing_ids.get(case) else {
                    continue;
                };
                let Some(i) = load(backend, id, &mut forms) else {
                    continue;
                };
                let form = &mut forms[i].0.form;
                form.add_imported(&g.claims, &g.payments, lang);
                form.case.imported.corrections.extend(g.corrections.clone());
                form.case
                    .imported
                    .ksef_numbers
                    .extend(ksef.iter().map(|s| s.to_string()));
            }
            Target::New => {
                let Some(case) = &g.case else {
                    continue;
                };
                let mut case: Case = case.clone();
                case.calculation_date = Some(cx.today);
                // As a new form starts: invoices between businesses.
                case.interest.kind = InterestKind::Commercial;
                case.plan.shift_non_working = true;
                case.imported.corrections = g.corrections.clone();
                case.imported.ksef_numbers = ksef.iter().map(|s| s.to_string()).collect();
                let mut form = CaseForm::from_case(case.clone(), lang);
                // The seller's own account, never a factor's (the claim may be the factor's).
                if let Some(iban) = g
                    .invoices
                    .iter()
                    .filter_map(|&i| invoices.get(i))
                    .filter(|inv| inv.factor.is_none())
                    .find_map(|inv| inv.bank_accounts.first())
                {
                    form.letter.iban = iban.clone();
                }
                let name = [&case.debtor.name, &case.debtor.tax_id]
                    .into_iter()
                    .find(|s| !s.trim().is_empty())
                    .cloned()
                    .unwrap_or_default();
                let meta = DraftMeta {
                    id: new_id(),
                    name,
                    updated: 0,
                    debtor: String::new(),
                    total: None,
                    currency: case.currency,
                    deadline: None,
                    rev: 0,
                    tab: cx.tab.to_string(),
                    deadline_kind_unknown: false,
                    left_out_claims: 0,
                    left_out_payments: 0,
                };
                forms.push((
                    Draft {
                        v: DRAFT_VERSION,
                        meta,
                        form,
                    },
                    true,
                ));
            }
        }
    }
    for a in &plan.adjustments {
        let Some(id) = existing_ids.get(a.case) else {
            continue;
        };
        let Some(i) = load(backend, id, &mut forms) else {
            continue;
        };
        let form = &mut forms[i].0.form;
        let number = invoices
            .get(a.correction)
            .map(|inv| inv.number.clone())
            .unwrap_or_default();
        if form.adjust_claim(&a.claim, a.change, lang) {
            form.case.imported.corrections.push(number);
        } else {
            out.not_adjusted.push(number);
        }
    }
    for (draft, created) in forms {
        let k = key(&draft.meta.id);
        out.undo.push((k, backend.get(&key(&draft.meta.id))));
        let meta = meta_for(&draft.form, draft.meta.clone(), cx, lang);
        let id = meta.id.clone();
        let draft = Draft { meta, ..draft };
        if let Err(e) = save(backend, draft, &new_id(), "") {
            undo(backend, &out);
            return Err(e);
        }
        if created {
            out.created.push(id);
        } else {
            out.updated.push(id);
        }
    }
    Ok(out)
}

/// Puts every entry the import wrote back as it was.
pub fn undo(backend: &mut dyn Backend, written: &Written) {
    for (k, before) in written.undo.iter().rev() {
        match before {
            Some(text) => {
                let _ = backend.set(k, text);
            }
            None => backend.remove(k),
        }
    }
}

#[cfg(test)]
mod tests;
