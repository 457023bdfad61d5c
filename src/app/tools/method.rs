//! Method & sources: the conventions, the legal bases, the rate tables with their sources, and
//! the privacy promise, in plain words.

use crate::app::tr;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::court::fees::PL_FEE_LAWS;
use crate::engine::locale::Jurisdiction;
use crate::engine::money::format_fixed;
use crate::engine::money::format_percent;
use crate::engine::rates::{rows, RateKind, PL_VERIFIED_THROUGH, RO_VERIFIED_THROUGH};
use leptos::prelude::*;

fn kinds(j: Jurisdiction) -> &'static [RateKind] {
    match j {
        Jurisdiction::Pl => &[
            RateKind::PlDelay,
            RateKind::PlCommercial,
            RateKind::PlCommercialHealthcare,
            RateKind::PlCapital,
            RateKind::NbpReference,
        ],
        Jurisdiction::Ro => &[RateKind::BnrReference, RateKind::BnrSemester],
    }
}

#[component]
pub fn MethodPage() -> impl IntoView {
    let ctx = use_ctx();
    let m = move || ctx.texts().method();
    let verified = move || {
        let date = match ctx.jurisdiction.get() {
            Jurisdiction::Pl => PL_VERIFIED_THROUGH,
            Jurisdiction::Ro => RO_VERIFIED_THROUGH,
        };
        (date.to_string(), format_date(date, ctx.lang.get()))
    };
    let tables = move || {
        let lang = ctx.lang.get();
        kinds(ctx.jurisdiction.get())
            .iter()
            .map(|&kind| {
                let list: Vec<_> = rows(kind).collect();
                view! {
                    <details class="rate-table">
                        <summary>{ctx.texts().rate_kind(kind)} " (" {list.len()} ")"</summary>
                        <div class="table-scroll"><table>
                            <thead><tr>
                                <th scope="col">{m().col_from}</th>
                                <th scope="col" class="num">{m().col_rate}</th>
                                <th scope="col">{m().col_source}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().rev().map(|r| view! { <tr>
                                    <td>{format_date(r.from, lang)}</td>
                                    <td class="num">{format_percent(r.percent, lang)}</td>
                                    <td class="basis">{r.source.clone()}</td>
                                </tr> }).collect_view()}
                            </tbody>
                        </table></div>
                    </details>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel prose" data-testid="tool-method">
            <h1>{tr(|t| t.method().title)}</h1>
            <p class="callout">{tr(|t| t.method().disclaimer)}</p>
            <h2>{tr(|t| t.method().privacy_title)}</h2>
            <p>{tr(|t| t.method().privacy)}</p>
            <h2>{tr(|t| t.method().conventions_title)}</h2>
            <ul>
                {move || m().conventions.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}
            </ul>
            <h2>{tr(|t| t.method().unconfirmed_title)}</h2>
            <ul>
                {move || m().unconfirmed.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}
            </ul>
            <h2>{tr(|t| t.method().holidays_title)}</h2>
            <p>{tr(|t| t.method().holidays_pl)}</p>
            <p>{tr(|t| t.method().holidays_ro)}</p>
            <h2>{tr(|t| t.method().fees_title)}</h2>
            <p>{tr(|t| t.method().fees_pl)}</p>
            <div class="table-scroll"><table data-testid="fee-laws">
                <thead><tr>
                    <th scope="col">{tr(|t| t.method().col_from)}</th>
                    <th scope="col" class="num">{tr(|t| t.method().col_cap)}</th>
                    <th scope="col">{tr(|t| t.method().col_source)}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let lang = ctx.lang.get();
                        PL_FEE_LAWS.iter().rev().map(|law| view! { <tr>
                            <td>{format_date(law.from, lang)}</td>
                            <td class="num">{format_fixed(law.cap.into(), 0, lang)} " zł"</td>
                            <td class="basis">{law.basis} " — " {law.source}</td>
                        </tr> }).collect_view()
                    }}
                </tbody>
            </table></div>
            <p>{tr(|t| t.method().fees_ro)}</p>
            <h2>{tr(|t| t.method().rates_title)}</h2>
            <p>{tr(|t| t.method().rates)}</p>
            <p data-testid="verified-through">{tr(|t| t.method().verified_through)} " "
                <time datetime=move || verified().0>{move || verified().1}</time></p>
            {tables}
        </section>
    }
}
