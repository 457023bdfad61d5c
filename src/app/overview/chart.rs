//! Totals per currency (never added across currencies) and the aging buckets of each as an SVG
//! bar chart, with the same figures in a table for screen readers and print.

use crate::app::use_ctx;
use crate::engine::money::format_amount;
use crate::engine::portfolio::CurrencyTotals;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

#[component]
pub fn Totals(totals: Vec<CurrencyTotals>) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.texts().overview();
    let lang = ctx.lang.get_untracked();
    view! {
        <h2>{t.totals}</h2>
        <div class="overview-totals">
            {totals.into_iter().map(|tot| {
                let code = tot.currency.code();
                let money = move |v| format_amount(v, tot.currency, lang);
                let max = tot.buckets.iter().filter_map(|b| b.to_f64()).fold(0.0_f64, f64::max).max(0.01);
                let (w, h, gap) = (320.0_f64, 130.0_f64, 4.0_f64);
                let bar = (w - gap * 9.0) / 8.0;
                let caption = format!("{} — {code}", t.chart);
                let caption_id = format!("ov-chart-caption-{code}");
                view! {
                    <div class="currency-totals" data-testid=format!("ov-totals-{code}")>
                        <table class="totals-table">
                            <caption>{code}</caption>
                            <tbody>
                                <tr><th scope="row">{t.col_cases}</th><td class="num" data-testid=format!("ov-total-cases-{code}")>{tot.cases}</td></tr>
                                <tr><th scope="row">{t.col_principal}</th><td class="num" data-testid=format!("ov-total-principal-{code}")>{money(tot.principal)}</td></tr>
                                <tr><th scope="row">{t.col_interest}</th><td class="num" data-testid=format!("ov-total-interest-{code}")>{money(tot.interest)}</td></tr>
                                <tr><th scope="row">{t.col_compensation}</th><td class="num" data-testid=format!("ov-total-compensation-{code}")>{money(tot.compensation)}</td></tr>
                                <tr><th scope="row">{t.col_total}</th><td class="num" data-testid=format!("ov-total-due-{code}")><strong>{money(tot.total_due)}</strong></td></tr>
                            </tbody>
                        </table>
                        <figure class="aging-chart">
                            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby=caption_id.clone() data-testid=format!("ov-chart-{code}")>
                                {tot.buckets.iter().enumerate().map(|(i, b)| {
                                    let v = b.to_f64().unwrap_or(0.0);
                                    let bh = (v / max * (h - 24.0)).max(if v > 0.0 { 1.0 } else { 0.0 });
                                    let x = gap + i as f64 * (bar + gap);
                                    let fill = if i < 2 { "#8fb8c6" } else if i < 4 { "#f2b441" } else { "#c0392b" };
                                    view! {
                                        <rect x=format!("{x:.1}") y=format!("{:.1}", h - 14.0 - bh) width=format!("{bar:.1}") height=format!("{bh:.1}") fill=fill>
                                            <title>{format!("{}: {}", t.buckets[i], money(*b))}</title>
                                        </rect>
                                        <text x=format!("{:.1}", x + bar / 2.0) y=format!("{:.1}", h - 2.0) font-size="9" text-anchor="middle">{i + 1}</text>
                                    }
                                }).collect_view()}
                            </svg>
                            <figcaption id=caption_id class="hint">{caption}</figcaption>
                        </figure>
                        <table class="bucket-table">
                            <caption class="sr-only">{format!("{} — {code}", t.chart)}</caption>
                            <thead><tr><th scope="col">{t.filter_bucket}</th><th scope="col" class="num">{t.col_principal}</th></tr></thead>
                            <tbody>
                                {tot.buckets.iter().enumerate().map(|(i, b)| view! {
                                    <tr><th scope="row">{format!("{}. {}", i + 1, t.buckets[i])}</th>
                                    <td class="num" data-testid=format!("ov-total-bucket-{code}-{i}")>{money(*b)}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
