//! The case on one time axis: due dates, events, limitation deadlines and today (plain SVG).

use crate::app::store::{today, use_store};
use crate::app::tools::interest::names::with_namer;
use crate::app::use_ctx;
use crate::engine::calendar::format_date;
use crate::engine::limitation::Status;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

const RIGHT: f64 = 20.0;

/// The drawing's width and its label column in SVG units. The SVG is scaled to the page's
/// width, so a phone gets a narrower drawing (larger text once scaled) instead of a wide one
/// that would scroll the deadlines off-screen.
fn geometry() -> (f64, f64) {
    let narrow = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 640.0);
    if narrow {
        (480.0, 110.0)
    } else {
        (1000.0, 150.0)
    }
}
const ROW: f64 = 30.0;
const TOP: f64 = 34.0;

fn colour(s: Status) -> &'static str {
    match s {
        Status::Safe => "#1e6b3a",
        Status::Under90Days | Status::ChooseKind => "#9a6700",
        Status::Under30Days => "#c2410c",
        Status::Expired => "#b3261e",
        Status::Paused => "#4d5f6a",
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    move || {
        let t = ctx.texts().limitation();
        let lang = ctx.lang.get();
        let list = store.deadlines.get();
        let case = store.parsed.with(|p| p.case.clone());
        let today = today();
        let mut dates: Vec<NaiveDate> = vec![today];
        dates.extend(case.claims.iter().map(|c| c.due_date));
        dates.extend(list.iter().filter_map(|d| d.end));
        dates.extend(case.limitation.events.iter().map(|e| e.date));
        let (Some(&min), Some(&max)) = (dates.iter().min(), dates.iter().max()) else {
            return ().into_any();
        };
        let (width, left) = geometry();
        let first = NaiveDate::from_ymd_opt(min.year(), 1, 1).unwrap_or(min);
        let last = NaiveDate::from_ymd_opt(max.year() + 1, 1, 1).unwrap_or(max);
        let span = (last - first).num_days().max(1) as f64;
        let x = move |d: NaiveDate| {
            left + (d - first).num_days() as f64 / span * (width - left - RIGHT)
        };
        let height = TOP + ROW * list.len() as f64 + 10.0;
        let names: Vec<String> = with_namer(ctx, store, |n| {
            list.iter().map(|d| (n.claim)(d.claim)).collect()
        });
        let years: Vec<i32> = (first.year()..=last.year()).collect();
        let step = (years.len() / if width < 600.0 { 4 } else { 8 }).max(1);
        let label = format!("{}: {}", t.timeline, names.join(", "));
        view! {
            <figure class="timeline" class:narrow={width < 600.0}>
                <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=label data-testid="timeline">
                    {years.iter().step_by(step).map(|y| {
                        let px = x(NaiveDate::from_ymd_opt(*y, 1, 1).unwrap_or(first));
                        view! {
                            <line x1=px x2=px y1=16.0 y2=height class="grid"/>
                            // The year that closes the axis has no room for its label.
                            {(px + 40.0 <= width).then(|| view! { <text x=px + 3.0 y=12 class="tick">{*y}</text> })}
                        }
                    }).collect_view()}
                    {list.iter().zip(names).enumerate().map(|(i, (d, name))| {
                        let y = TOP + ROW * i as f64 + ROW / 2.0;
                        let due = case.claims.get(d.claim).map(|c| c.due_date).unwrap_or(d.start);
                        let end = d.end.unwrap_or(last);
                        let c = colour(d.status);
                        // The engine decided which events concern this claim.
                        let events: Vec<_> = d.events.iter()
                            .filter_map(|&e| case.limitation.events.get(e))
                            .map(|e| (x(e.date), format!("{}: {}", t.event_kind(e.kind), format_date(e.date, lang))))
                            .collect();
                        view! {
                            <text x=left - 8.0 y=y + 4.0 class="row-label" text-anchor="end">{name}</text>
                            <line x1=x(due) x2=x(end) y1=y y2=y stroke=c stroke-width="4" stroke-linecap="round"/>
                            <circle cx=x(due) cy=y r="5" fill="#fff" stroke=c stroke-width="2">
                                <title>{format!("{}: {}", t.legend_due, format_date(due, lang))}</title>
                            </circle>
                            {events.into_iter().map(|(ex, title)| view! {
                                <rect x=ex - 5.0 y=y - 5.0 width="10" height="10" transform=format!("rotate(45 {ex} {y})") fill="#1f4e5f">
                                    <title>{title}</title>
                                </rect>
                            }).collect_view()}
                            {d.end.map(|e| view! {
                                <path d=format!("M{} {} l7 -9 h-14 z", x(e), y - 3.0) fill=c>
                                    <title>{format!("{}: {}", t.legend_deadline, format_date(e, lang))}</title>
                                </path>
                            })}
                        }
                    }).collect_view()}
                    <line x1=x(today) x2=x(today) y1=TOP - 8.0 y2=height class="today"/>
                    <text x=x(today) + 3.0 y=TOP - 6.0 class="today-label">{t.legend_today}</text>
                </svg>
                <figcaption class="legend">
                    <span class="lg-due">{t.legend_due}</span>
                    <span class="lg-event">{t.legend_event}</span>
                    <span class="lg-deadline">{t.legend_deadline}</span>
                    <span class="lg-today">{t.legend_today}</span>
                </figcaption>
            </figure>
        }
        .into_any()
    }
}
