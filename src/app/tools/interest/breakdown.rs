//! Every period of every invoice with its dates, days, rate, base, amount and legal basis, and
//! how each payment was applied.

use super::names::with_namer;
use crate::app::store::{computed, use_store};
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::interest::report::ClaimReport;
use crate::engine::interest::timeline::Origin;
use crate::engine::locale::Lang;
use crate::engine::money::{format_amount, format_percent};
use leptos::prelude::*;

/// Above this many invoices the breakdowns start closed and a table is built only when its
/// invoice is opened: a hundred open tables are thousands of cells for the browser to lay out
/// and paint on every key press.
const OPEN_UP_TO: usize = 10;

/// The periods table and notes of one claim (the body of its `<details>`).
fn claim_body(index: usize, claim: ClaimReport, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = ctx.texts().interest;
    let currency = store.parsed.with_untracked(|p| p.case.currency);
    let money = move |v| format_amount(v, currency, lang);
    let moved = (claim.effective_due_date != claim.due_date).then(|| {
        t.due_moved
            .replace("{from}", &format_date(claim.due_date, lang))
            .replace("{to}", &format_date(claim.effective_due_date, lang))
    });
    let paid = claim
        .paid_on
        .map(|d| t.paid_on.replace("{date}", &format_date(d, lang)));
    // Interest starts after the calculation date: say so instead of an empty table.
    let calculation_date = store.parsed.with_untracked(|p| p.case.calculation_date);
    let not_yet_due = (claim.segments.is_empty()
        && calculation_date.is_some_and(|c| claim.interest_from > c))
    .then(|| {
        t.not_yet_due
            .replace("{date}", &format_date(claim.interest_from, lang))
    });
    let compensation = claim
        .compensation
        .as_ref()
        .map(|c| match (c.amount, c.eur_rate) {
            (Some(amount), Some(rate)) => t
                .compensation_line
                .replace("{eur}", &c.eur.normalize().to_string())
                .replace("{rate}", &crate::engine::money::format_fixed(rate, 4, lang))
                .replace("{amount}", &money(amount))
                .replace("{basis}", c.basis)
                .replace(
                    "{table}",
                    &c.eur_rate_table
                        .as_ref()
                        .zip(c.eur_rate_date)
                        .map(|(table, date)| {
                            // NBP numbers its tables; a BNR rate is named by the bank alone.
                            let table = if table == crate::engine::rates::BNR_TABLE {
                                table.clone()
                            } else {
                                format!("NBP {table}")
                            };
                            format!("; {table}, {}", format_date(date, lang))
                        })
                        .unwrap_or_default(),
                ),
            (Some(amount), None) => format!("{}: {}", t.compensation, money(amount)),
            _ => t
                .compensation_no_rate
                .replace("{eur}", &c.eur.normalize().to_string()),
        });
    view! {
        {moved.map(|m| view! { <p class="note">{m}</p> })}
        {paid.map(|m| view! { <p class="note">{m}</p> })}
        {not_yet_due.map(|m| view! { <p class="note" data-testid=format!("claim-not-yet-due-{index}")>{m}</p> })}
        // On a phone each period is a card (style/main.css, `table.cards`); in between, the
        // table scrolls and its region takes the keyboard.
        <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{} {}", t.breakdown, index + 1)>
            <table class="cards">
                <thead><tr>
                    <th scope="col">{t.col_from}</th><th scope="col">{t.col_to}</th>
                    <th scope="col" class="num">{t.col_days}</th><th scope="col" class="num">{t.col_rate}</th>
                    <th scope="col" class="num">{t.col_base}</th><th scope="col" class="num">{t.col_interest}</th>
                    <th scope="col">{t.col_basis}</th>
                </tr></thead>
                <tbody>
                    {claim.segments.iter().map(|s| {
                        let basis = match s.origin {
                            Origin::User => t.user_rate.to_string(),
                            Origin::Capped => format!("{} — {}", s.basis, t.capped),
                            _ => s.basis.to_string(),
                        };
                        view! { <tr>
                            <td data-label=t.col_from>{format_date(s.from, lang)}</td><td data-label=t.col_to>{format_date(s.to, lang)}</td>
                            <td class="num" data-label=t.col_days>{s.days}</td><td class="num" data-label=t.col_rate>{format_percent(s.rate, lang)}</td>
                            <td class="num" data-label=t.col_base>{money(s.base)}</td><td class="num amount" data-label=t.col_interest>{money(s.amount)}</td>
                            <td class="basis" data-label=t.col_basis>{basis}</td>
                        </tr> }
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th scope="row" colspan="5">{t.interest}</th>
                    <td class="num" data-label=t.interest data-testid=format!("claim-interest-{index}")>{money(claim.interest)}</td><td class="empty"></td>
                </tr></tfoot>
            </table>
        </div>
        {compensation.map(|c| view! { <p class="note">{c}</p> })}
    }
}

/// One claim's breakdown: its summary line always, its table only while it is open. Rebuilt
/// only when that claim's figures (or the language) change.
#[component]
fn ClaimAt(index: usize, open: bool, printing: RwSignal<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let claim = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let name = store
            .parsed
            .with(|p| p.case.claims.get(index).map(|c| c.number.clone()));
        let report = store
            .report
            .with(|r| computed(r).and_then(|r| r.claims.get(index).cloned()));
        report.map(|c| (c, lang, name))
    });
    let is_open = RwSignal::new(open);
    let summary = move || {
        claim.with(|c| {
            c.as_ref().map(|(c, lang, _)| {
                let currency = store.parsed.with_untracked(|p| p.case.currency);
                let title = with_namer(ctx, store, |n| (n.claim)(index));
                let t = ctx.texts().interest;
                (
                    title,
                    format_amount(c.amount, currency, *lang),
                    format!(
                        "{}: {}",
                        t.col_interest,
                        format_amount(c.interest, currency, *lang)
                    ),
                )
            })
        })
    };
    let toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(d) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            // Opening every invoice for printing is not the person's choice: keep theirs.
            if !printing.get_untracked() {
                is_open.set(d.open());
            }
        }
    };
    view! {
        <details class="claim-breakdown" prop:open=move || is_open.get() || printing.get() on:toggle=toggle data-testid=format!("breakdown-{index}")>
            <summary>
                {move || summary().map(|(title, amount, interest)| view! {
                    <h3>{title} " — " <span class="nowrap">{amount}</span></h3>
                    <span class="claim-interest">{interest}</span>
                })}
            </summary>
            {move || {
                if !(is_open.get() || printing.get()) {
                    return None;
                }
                claim.get().map(|(c, lang, _)| claim_body(index, c, lang))
            }}
        </details>
    }
}

#[component]
pub fn Breakdown() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    // A printout carries every invoice's table, closed or not.
    let printing = RwSignal::new(false);
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let t = move || ctx.texts().interest;
    let count = Memo::new(move |_| {
        store
            .report
            .with(|r| computed(r).map_or(0, |r| r.claims.len()))
    });
    let payments = move || {
        let Some(Ok(r)) = store.report.get() else {
            return Vec::new();
        };
        let lang = ctx.lang.get();
        let currency = r.currency;
        with_namer(ctx, store, |n| {
            r.payments
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut parts: Vec<String> = p
                        .applied
                        .iter()
                        .map(|a| {
                            t().payment_part
                                .replace("{claim}", &(n.claim)(a.claim))
                                .replace(
                                    "{interest}",
                                    &format_amount(a.to_interest, currency, lang),
                                )
                                .replace(
                                    "{principal}",
                                    &format_amount(a.to_principal, currency, lang),
                                )
                        })
                        .collect();
                    if !p.unapplied.is_zero() {
                        parts.push(
                            t().unapplied
                                .replace("{amount}", &format_amount(p.unapplied, currency, lang)),
                        );
                    }
                    format!("{}: {}", (n.payment)(i), parts.join("; "))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || { count.get() > 0 }>
            <section class="breakdown" data-testid="breakdown">
                <h2>{move || t().breakdown}</h2>
                {move || (count.get() > OPEN_UP_TO).then(|| view! { <p class="hint">{t().breakdown_many}</p> })}
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <ClaimAt index=i open=count.get_untracked() <= OPEN_UP_TO printing=printing/>
                </For>
                {move || {
                    let list = payments();
                    (!list.is_empty()).then(|| view! {
                        <h3>{t().payments}</h3>
                        <ul class="applications" data-testid="applications">
                            {list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                    })
                }}
            </section>
        </Show>
    }
}
