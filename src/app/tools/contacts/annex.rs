//! The contact history as an annex to print ("Chronologia kontaktów" / "Cronologia
//! demersurilor" / "Contact history"): what the parsed log says, in date order.

use crate::app::store::use_store;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::money::format_amount;
use leptos::prelude::*;

#[component]
pub fn Annex() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().overview();
    view! {
        <section class="log-annex" data-testid="contacts-annex">
            <h2>{move || t().log_title}</h2>
            {move || {
                let tx = t();
                let lang = ctx.lang.get();
                store.parsed.with(|p| {
                    let c = &p.case;
                    let parties = format!("{} — {}", c.creditor.name.trim(), c.debtor.name.trim());
                    let rows = c.contacts.iter().enumerate().map(|(i, e)| {
                        let promise = e.promise.as_ref().map(|p| {
                            let amount = p.amount.map(|a| format!(", {}", format_amount(a, c.currency, lang))).unwrap_or_default();
                            format!("{}{amount}", format_date(p.date, lang))
                        }).unwrap_or_default();
                        let mut doc = e.document.map(|d| tx.document(d).to_string()).unwrap_or_default();
                        if e.acknowledges {
                            doc = format!("{doc} ({})", tx.acknowledges).trim().to_string();
                        }
                        view! {
                            <tr data-testid=format!("annex-row-{i}")>
                                <td data-testid=format!("annex-date-{i}")>{format_date(e.date, lang)}" "{e.time.clone()}</td>
                                <td data-testid=format!("annex-channel-{i}")>{tx.channel(e.channel)}<br/><span class="hint">{tx.direction(e.direction)}</span></td>
                                <td data-testid=format!("annex-summary-{i}")>{e.summary.clone()}</td>
                                <td data-testid=format!("annex-document-{i}")>{doc}</td>
                                <td data-testid=format!("annex-promise-{i}")>{promise}</td>
                                <td data-testid=format!("annex-delivered-{i}")>{e.delivered.map(|d| format_date(d, lang)).unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        <p>{parties}</p>
                        <div class="table-scroll">
                            <table>
                                <thead><tr>
                                    <th scope="col">{tx.date}</th>
                                    <th scope="col">{tx.channel}</th>
                                    <th scope="col">{tx.summary}</th>
                                    <th scope="col">{tx.document}</th>
                                    <th scope="col">{tx.promise_date}</th>
                                    <th scope="col">{tx.delivered}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })
            }}
            <button type="button" class="no-print" data-testid="contacts-print"
                on:click=move |_| super::print()>{move || t().print_log}</button>
        </section>
    }
}
