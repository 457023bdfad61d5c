//! The receivables overview as files: the aging report as CSV (the spreadsheet conventions of
//! `csv.rs`: semicolons and decimal commas for Polish and Romanian, a BOM, CRLF) and one
//! calendar with every next step and hard deadline across the cases.

use super::csv::{line, money, separator};
use super::ics::IcsEvent;
use crate::engine::calendar::format_date;
use crate::engine::case::Stage;
use crate::engine::locale::Lang;
use crate::engine::portfolio::{ActionKind, DeadlineKind, Overview, Reason};

/// Names the UI translates (stages, steps, deadlines, reasons); the files only lay them out.
pub struct Labels<'a> {
    pub stage: &'a dyn Fn(Stage) -> String,
    pub action: &'a dyn Fn(ActionKind) -> String,
    pub deadline: &'a dyn Fn(DeadlineKind) -> String,
    pub reason: &'a dyn Fn(Reason) -> String,
}

fn headers(
    lang: Lang,
) -> (
    [&'static str; 9],
    [&'static str; 8],
    [&'static str; 6],
    &'static str,
) {
    match lang {
        Lang::Pl => (
            [
                "Dłużnik",
                "NIP",
                "Waluta",
                "Otwarte faktury",
                "Należność główna",
                "Odsetki",
                "Rekompensata",
                "Razem do zapłaty",
                "Dni po terminie (najstarsza)",
            ],
            [
                "Płatne w ciągu 14 dni",
                "Płatne później",
                "1–30 dni",
                "31–60 dni",
                "61–90 dni",
                "91–180 dni",
                "181–365 dni",
                "Ponad 365 dni",
            ],
            [
                "Etap",
                "Następny krok",
                "Data kroku",
                "Najbliższy termin",
                "Data terminu",
                "Ostatni kontakt",
            ],
            "RAZEM",
        ),
        Lang::Ro => (
            [
                "Debitor",
                "CUI",
                "Moneda",
                "Facturi neachitate",
                "Debit principal",
                "Dobândă",
                "Despăgubire",
                "Total de plată",
                "Zile de întârziere (cea mai veche)",
            ],
            [
                "Scadente în 14 zile",
                "Scadente mai târziu",
                "1–30 zile",
                "31–60 zile",
                "61–90 zile",
                "91–180 zile",
                "181–365 zile",
                "Peste 365 zile",
            ],
            [
                "Etapa",
                "Pasul următor",
                "Data pasului",
                "Cel mai apropiat termen",
                "Data termenului",
                "Ultimul contact",
            ],
            "TOTAL",
        ),
        Lang::En => (
            [
                "Debtor",
                "Tax ID",
                "Currency",
                "Open invoices",
                "Principal",
                "Interest",
                "Compensation",
                "Total due",
                "Days overdue (oldest)",
            ],
            [
                "Due within 14 days",
                "Due later",
                "1–30 days",
                "31–60 days",
                "61–90 days",
                "91–180 days",
                "181–365 days",
                "Over 365 days",
            ],
            [
                "Stage",
                "Next step",
                "Step date",
                "Nearest deadline",
                "Deadline date",
                "Last contact",
            ],
            "TOTAL",
        ),
    }
}

/// ISO dates: every spreadsheet reads them as dates, whatever its locale.
fn iso(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub fn aging_csv(overview: &Overview, lang: Lang, labels: &Labels) -> String {
    let sep = separator(lang);
    let (figures, buckets, plan, total) = headers(lang);
    let mut out = String::from("\u{feff}");
    let head: Vec<String> = figures
        .iter()
        .chain(buckets.iter())
        .chain(plan.iter())
        .map(|s| s.to_string())
        .collect();
    out.push_str(&line(&head, sep));
    for r in &overview.rows {
        let mut cells = vec![
            r.debtor.clone(),
            r.tax_id.clone(),
            r.currency.code().to_string(),
            r.aging.open_invoices.to_string(),
            money(r.principal, lang),
            money(r.interest, lang),
            money(r.compensation, lang),
            money(r.total_due, lang),
            r.aging
                .oldest_days_overdue
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ];
        cells.extend(r.aging.buckets.iter().map(|b| money(*b, lang)));
        let deadline = r.deadlines.iter().find(|d| d.date >= overview.as_at);
        cells.extend([
            (labels.stage)(r.stage),
            r.next
                .as_ref()
                .map(|a| (labels.action)(a.kind))
                .unwrap_or_default(),
            iso(r.next.as_ref().map(|a| a.date)),
            deadline
                .map(|d| (labels.deadline)(d.kind))
                .unwrap_or_default(),
            iso(deadline.map(|d| d.date)),
            iso(r.last_contact),
        ]);
        out.push_str(&line(&cells, sep));
    }
    for t in &overview.totals {
        let mut cells = vec![
            format!("{total} {}", t.currency.code()),
            String::new(),
            t.currency.code().to_string(),
            t.cases.to_string(),
            money(t.principal, lang),
            money(t.interest, lang),
            money(t.compensation, lang),
            money(t.total_due, lang),
            String::new(),
        ];
        cells.extend(t.buckets.iter().map(|b| money(*b, lang)));
        cells.extend(std::iter::repeat_n(String::new(), plan.len()));
        out.push_str(&line(&cells, sep));
    }
    out
}

/// Every next step and every hard deadline still ahead, one event each. `ids[i]` names case `i`
/// for good (the draft id). The UID is made of the case and the kind of step (of deadline, and
/// its invoice), never of the date: when a step or a deadline moves, importing the calendar
/// again moves its event instead of adding a second one.
pub fn calendar_events(
    overview: &Overview,
    ids: &[String],
    lang: Lang,
    labels: &Labels,
) -> Vec<IcsEvent> {
    let mut events = Vec::new();
    for r in &overview.rows {
        let Some(id) = ids.get(r.case) else {
            continue;
        };
        let debtor = if r.debtor.is_empty() {
            "—"
        } else {
            &r.debtor
        };
        if let Some(a) = &r.next {
            events.push(IcsEvent {
                key: format!("{id}/step/{:?}", a.kind),
                date: a.date,
                summary: format!("{}: {debtor}", (labels.action)(a.kind)),
                description: format!(
                    "{} ({})\n{}: {}",
                    (labels.reason)(a.reason),
                    a.basis,
                    (labels.stage)(r.stage),
                    format_date(a.date, lang)
                ),
                reminders: vec![1],
            });
        }
        for d in r.deadlines.iter().filter(|d| d.date >= overview.as_at) {
            let claim = d.claim.map(|c| c.to_string()).unwrap_or_default();
            events.push(IcsEvent {
                key: format!("{id}/deadline/{:?}/{claim}", d.kind),
                date: d.date,
                summary: format!("{}: {debtor}", (labels.deadline)(d.kind)),
                description: d.basis.to_string(),
                reminders: vec![60, 14],
            });
        }
    }
    events.sort_by(|a, b| (a.date, &a.key).cmp(&(b.date, &b.key)));
    events
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
