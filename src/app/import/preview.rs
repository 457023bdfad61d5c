//! The preview: debtors and totals, the choices only the person can make, and every file and
//! invoice with what happens to it and why. Nothing here writes.

use super::{Planned, Typed};
use crate::app::i18n::import::{texts, ImportTexts, Names};
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::locale::{Currency, Lang};
use crate::engine::money::{format_amount, format_number};
use crate::import::plan::{Reason, Target};
use crate::import::{DueTerm, Invoice, PaymentSource};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// More invoices than this in one file are listed when the person opens the file's list.
const OPEN_UP_TO: usize = 100;

fn money(v: Decimal, code: &str, lang: Lang) -> String {
    match Currency::from_code(code) {
        Some(c) => format_amount(v, c, lang),
        None => format!("{} {}", format_number(v, lang), code),
    }
}

fn debtor(inv: &Invoice, t: &ImportTexts) -> String {
    if !inv.buyer.name.trim().is_empty() {
        inv.buyer.name.clone()
    } else if let Some(id) = &inv.buyer.tax_id {
        id.display()
    } else {
        t.no_debtor.to_string()
    }
}

fn terms(due: &[DueTerm], lang: Lang) -> String {
    due.iter()
        .map(|d| match d {
            DueTerm::Date { date } => format_date(*date, lang),
            DueTerm::Described { text } => text.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What happens to invoice `k`, in words.
fn outcome(p: &Planned, k: usize, inv: &Invoice, t: &ImportTexts, lang: Lang) -> String {
    let code = inv.currency.clone();
    let invoice = |i: usize| p.invoice(i).map(|v| v.number.clone()).unwrap_or_default();
    let case = |i: usize| p.names.get(i).cloned().unwrap_or_default();
    let m = move |v: Decimal| money(v, &code, lang);
    let names = Names {
        invoice: &invoice,
        case: &case,
        money: &m,
    };
    let mut parts: Vec<String> = p
        .plan
        .decisions
        .get(k)
        .map(|d| d.reasons.iter().map(|r| (t.reason)(r, &names)).collect())
        .unwrap_or_default();
    parts.extend(inv.notes.iter().map(|n| (t.note)(n, &names)));
    parts.join(" ")
}

fn has(p: &Planned, k: usize, f: impl Fn(&Reason) -> bool) -> bool {
    p.plan
        .decisions
        .get(k)
        .is_some_and(|d| d.reasons.iter().any(f))
}

#[component]
pub fn Preview(planned: Memo<Planned>, due: Typed, paid: Typed) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="import-preview" data-testid="import-preview" aria-labelledby="import-preview-title">
            {move || {
                let lang = ctx.lang.get();
                let t = texts(lang);
                planned.with(|p| view! {
                    <h2 id="import-preview-title">{t.preview_title}</h2>
                    {groups(p, t, lang)}
                    {choices(p, t, lang, due, paid)}
                    {files(p, t, lang)}
                })
            }}
        </section>
    }
}

fn groups(p: &Planned, t: &'static ImportTexts, lang: Lang) -> impl IntoView {
    let mut totals: BTreeMap<&'static str, Decimal> = BTreeMap::new();
    let rows = p
        .plan
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let first = group.invoices.first().and_then(|&k| p.invoice(k));
            let name = first.map(|i| debtor(i, t)).unwrap_or_default();
            let tax_id = first
                .and_then(|i| i.buyer.tax_id.as_ref())
                .map(|id| id.display())
                .unwrap_or_default();
            let sum: Decimal = group.claims.iter().map(|c| c.amount).sum();
            *totals.entry(group.currency.code()).or_default() += sum;
            let place = match group.target {
                Target::New => t.group_new.to_string(),
                Target::Existing { case } => t
                    .group_existing
                    .replace("{name}", p.names.get(case).map_or("", String::as_str)),
            };
            view! {
                <tr data-testid=format!("import-group-{g}")>
                    <th scope="row" data-testid=format!("import-group-debtor-{g}")>{name}</th>
                    <td>{tax_id}</td>
                    <td class="num" data-testid=format!("import-group-count-{g}")>{group.claims.len()}</td>
                    <td class="num" data-testid=format!("import-group-total-{g}")>{format_amount(sum, group.currency, lang)}</td>
                    <td data-testid=format!("import-group-where-{g}")>{place}</td>
                </tr>
            }
        })
        .collect_view();
    (!p.plan.groups.is_empty()).then(|| {
        view! {
            <h3>{t.groups_title}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.groups_title>
                <table class="import-groups" data-testid="import-groups">
                    <thead><tr>
                        <th scope="col">{t.col_debtor}</th>
                        <th scope="col">{t.col_tax_id}</th>
                        <th scope="col" class="num">{t.col_invoices}</th>
                        <th scope="col" class="num">{t.col_amount}</th>
                        <th scope="col">{t.col_where}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        {totals.into_iter().map(|(code, sum)| view! {
                            <tr>
                                <th scope="row" colspan="3">{t.totals_title}" "{code}</th>
                                <td class="num" data-testid=format!("import-total-{code}")>{money(sum, code, lang)}</td>
                                <td></td>
                            </tr>
                        }).collect_view()}
                    </tfoot>
                </table>
            </div>
        }
    })
}

fn choices(
    p: &Planned,
    t: &'static ImportTexts,
    lang: Lang,
    due: Typed,
    paid: Typed,
) -> impl IntoView {
    let typed_due = due.get_untracked();
    let typed_paid = paid.get_untracked();
    let mut items = Vec::new();
    for (k, inv) in p.batch.invoices().enumerate() {
        // An answer given keeps its field, though the invoice no longer needs it.
        let needs_due = typed_due.contains_key(&k) || has(p, k, |r| *r == Reason::DueDateNeeded);
        let undated: Decimal = inv
            .payments
            .iter()
            .filter(|x| {
                x.date.is_none()
                    || (typed_paid.contains_key(&k) && x.source == PaymentSource::Prepaid)
            })
            .map(|x| x.amount)
            .sum();
        let needs_paid = typed_paid.contains_key(&k)
            || has(p, k, |r| matches!(r, Reason::UndatedPaymentDeducted { .. }));
        if needs_due {
            let id = format!("import-due-{k}");
            let stated = p.found_due.get(&k).unwrap_or(&inv.due);
            let dates: Vec<_> = stated
                .iter()
                .filter_map(|d| match d {
                    DueTerm::Date { date } => Some(*date),
                    DueTerm::Described { .. } => None,
                })
                .collect();
            let found = terms(stated, lang);
            items.push(view! {
                <div class="field import-choice">
                    <label for=id.clone()>{t.due_label.replace("{number}", &inv.number).replace("{debtor}", &debtor(inv, t))}</label>
                    <input type="date" id=id.clone() data-testid=id
                        prop:value=typed_due.get(&k).cloned().unwrap_or_default()
                        on:change=move |ev| { let v = event_target_value(&ev); due.update(|m| { m.insert(k, v); }) }/>
                    {(!found.is_empty()).then(|| view! { <p class="hint">{t.found_terms}": "{found}</p> })}
                    {dates.into_iter().map(|d| view! {
                        <button type="button" data-testid=format!("import-due-{k}-{d}")
                            on:click=move |_| due.update(|m| { m.insert(k, d.to_string()); })>
                            {t.use_date.replace("{date}", &format_date(d, lang))}
                        </button>
                    }).collect_view()}
                </div>
            }.into_any());
        }
        if needs_paid {
            let id = format!("import-paid-{k}");
            let hint = format!("{id}-hint");
            items.push(view! {
                <div class="field import-choice">
                    <label for=id.clone()>{t.payment_label.replace("{amount}", &money(undated, &inv.currency, lang)).replace("{number}", &inv.number)}</label>
                    <input type="date" id=id.clone() data-testid=id aria-describedby=hint.clone()
                        prop:value=typed_paid.get(&k).cloned().unwrap_or_default()
                        on:change=move |ev| { let v = event_target_value(&ev); paid.update(|m| { m.insert(k, v); }) }/>
                    <p class="hint" id=hint>{t.payment_hint}</p>
                </div>
            }.into_any());
        }
    }
    (!items.is_empty()).then(|| {
        view! {
            <fieldset class="import-choices" data-testid="import-choices">
                <legend>{t.choices_title}</legend>
                <p class="hint">{t.choices_hint}</p>
                {items}
            </fieldset>
        }
    })
}

fn files(p: &Planned, t: &'static ImportTexts, lang: Lang) -> impl IntoView {
    let mut k0 = 0;
    p.batch
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let first = k0;
            k0 += f.invoices.len();
            let n = f.invoices.len();
            let summary = t
                .file_summary
                .replace("{n}", &n.to_string())
                .replace("{p}", &f.problems.len().to_string());
            let rows: Vec<(usize, Invoice)> = f
                .invoices
                .iter()
                .cloned()
                .enumerate()
                .map(|(j, inv)| (first + j, inv))
                .collect();
            let outcomes: Vec<String> = rows
                .iter()
                .map(|(k, inv)| outcome(p, *k, inv, t, lang))
                .collect();
            let open = RwSignal::new(n <= OPEN_UP_TO);
            let table = move || {
                let rows = rows.clone();
                let outcomes = outcomes.clone();
                open.get().then(|| view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=f_name_label(t)>
                        <table class="import-invoices" data-testid=format!("import-invoices-{i}")>
                            <thead><tr>
                                <th scope="col">{t.col_number}</th>
                                <th scope="col">{t.col_debtor}</th>
                                <th scope="col" class="num">{t.col_amount}</th>
                                <th scope="col">{t.col_due}</th>
                                <th scope="col">{t.col_outcome}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().zip(outcomes).map(|((k, inv), what)| view! {
                                    <tr data-testid=format!("import-inv-{k}")>
                                        <th scope="row">{inv.number.clone()}</th>
                                        <td>{debtor(&inv, t)}</td>
                                        <td class="num">{money(inv.payable, &inv.currency, lang)}</td>
                                        <td>{terms(&inv.due, lang)}</td>
                                        <td data-testid=format!("import-inv-outcome-{k}")>{what}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })
            };
            view! {
                <section class="import-file" data-testid=format!("import-file-{i}")>
                    <h3>{f.file.clone()}</h3>
                    <p class="hint">{(t.kind)(f.kind)}" · "{summary}</p>
                    {(!f.problems.is_empty()).then(|| view! {
                        <ul class="import-problems error" data-testid=format!("import-problems-{i}")>
                            {f.problems.iter().map(|x| view! { <li>{t.at(x.at())}": "{(t.problem)(x)}</li> }).collect_view()}
                        </ul>
                    })}
                    {(!f.skipped_signatures.is_empty()).then(|| view! {
                        <p class="hint">{t.signatures_skipped.replace("{n}", &f.skipped_signatures.len().to_string())}</p>
                    })}
                    {(n > 0).then(|| view! {
                        <details prop:open=move || open.get() on:toggle=move |ev| {
                            let el: web_sys::HtmlDetailsElement = event_target(&ev);
                            open.set(el.open());
                        }>
                            <summary>{t.col_invoices}": "{n}</summary>
                            {table}
                        </details>
                    })}
                </section>
            }
        })
        .collect_view()
}

fn f_name_label(t: &'static ImportTexts) -> &'static str {
    t.col_invoices
}
