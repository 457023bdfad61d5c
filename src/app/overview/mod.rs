//! The Receivables overview (Należności / Creanțe): every saved draft at a glance, as at a date,
//! with filters, totals per currency, a chart of the aging buckets, exports and the state of the
//! browser's storage. It reads all drafts, not only the case in the Store (style.md §4.2); each
//! row comes from `engine::portfolio::row`, memoised per draft, and only while it is open.

mod chart;
mod data;
mod storage;

use crate::app::lazy::DraftsSlot;
use crate::app::store::{today, use_store};
use crate::app::tools::{CurrentTool, Tool};
use crate::app::use_ctx;
use crate::engine::calendar::{format_date, parse_date};
use crate::engine::case::Stage;
use crate::engine::locale::Lang;
use crate::engine::money::format_amount;
use crate::engine::portfolio::{totals, Bucket, Overview};
use crate::export::aging::{aging_csv, calendar_events, Labels};
use chrono::Duration;
use data::Item;
use leptos::prelude::*;

#[derive(Clone, Default, PartialEq)]
struct Filters {
    stage: Option<Stage>,
    bucket: Option<Bucket>,
    overdue_more: String,
    deadline_90: bool,
    promise_due: bool,
    search: String,
}

impl Filters {
    fn keeps(&self, item: &Item, as_at: chrono::NaiveDate) -> bool {
        let r = &item.row;
        if self.stage.is_some_and(|s| s != r.stage) {
            return false;
        }
        if self
            .bucket
            .is_some_and(|b| r.aging.buckets[b.index()].is_zero())
        {
            return false;
        }
        if let Ok(n) = self.overdue_more.trim().parse::<i64>() {
            if r.aging.oldest_days_overdue.is_none_or(|d| d <= n) {
                return false;
            }
        }
        if self.deadline_90
            && !r
                .deadlines
                .iter()
                .any(|d| d.date >= as_at && d.date <= as_at + Duration::days(90))
        {
            return false;
        }
        if self.promise_due
            && !r
                .promise
                .as_ref()
                .is_some_and(|p| !p.kept && p.date <= as_at)
        {
            return false;
        }
        let q = self.search.trim().to_lowercase();
        q.is_empty()
            || [&r.debtor, &r.tax_id, &item.name]
                .iter()
                .any(|s| s.to_lowercase().contains(&q))
    }
}

fn sort(items: &mut [Item], by: usize, as_at: chrono::NaiveDate) {
    let deadline = |i: &Item| {
        i.row
            .deadlines
            .iter()
            .find(|d| d.date >= as_at)
            .map(|d| d.date)
    };
    match by {
        1 => items.sort_by_key(|i| std::cmp::Reverse(i.row.total_due)),
        2 => items.sort_by_key(|i| std::cmp::Reverse(i.row.aging.oldest_days_overdue)),
        3 => items.sort_by_key(|i| (i.row.next.is_none(), i.row.next.as_ref().map(|a| a.date))),
        4 => items.sort_by_key(|i| (deadline(i).is_none(), deadline(i))),
        _ => items.sort_by_key(|i| i.row.debtor.to_lowercase()),
    }
}

/// The names the export files need, in `lang`.
fn with_labels<R>(lang: Lang, f: impl FnOnce(&Labels) -> R) -> R {
    let t = crate::app::i18n::Texts::get(lang).overview();
    f(&Labels {
        stage: &|s| t.stage(s).to_string(),
        action: &|a| t.action(a).to_string(),
        deadline: &|d| t.deadline(d).to_string(),
        reason: &|r| t.reason(r).to_string(),
    })
}

/// Rows drawn when the overview opens; the rest follow on request.
const PAGE: usize = 50;

#[component]
pub fn OverviewTool() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().overview();
    let slot = use_context::<DraftsSlot>();
    let current_tool = use_context::<CurrentTool>();
    let drafts = move || slot.and_then(|s| s.started.get().map(|(d, _)| d));
    let as_at_text = RwSignal::new(today().to_string());
    let as_at = Memo::new(move |_| parse_date(&as_at_text.get()).ok());
    let filters = RwSignal::new(Filters::default());
    let sort_by = RwSignal::new(0usize);
    // A long portfolio draws its first rows at once and the rest on request (or for printing):
    // laying out hundreds of 25-cell rows is what made the overview slow to open.
    let drawn = RwSignal::new(PAGE);
    // Engine-computed rows; recomputed per draft only when that draft changed.
    let items = Memo::new(move |_| -> Vec<Item> {
        let Some(day) = as_at.get() else {
            return Vec::new();
        };
        let lang = ctx.lang.get();
        store.parsed.track();
        let (list, open) = match drafts() {
            Some(d) => (d.list.get(), Some((d.id.get(), d.name.get()))),
            None => (Vec::new(), Some((String::new(), String::new()))),
        };
        let open = open.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
        data::with_cache(|c| c.items(&list, open, store, day, lang))
    });
    let shown = Memo::new(move |_| {
        let Some(day) = as_at.get() else {
            return Vec::new();
        };
        let f = filters.get();
        let mut v: Vec<Item> =
            items.with(|all| all.iter().filter(|i| f.keeps(i, day)).cloned().collect());
        sort(&mut v, sort_by.get(), day);
        v
    });
    let overview = move |rows: &[Item]| -> Option<Overview> {
        let rows: Vec<_> = rows.iter().map(|i| i.row.clone()).collect();
        Some(Overview {
            as_at: as_at.get_untracked()?,
            totals: totals(&rows),
            rows,
        })
    };
    let csv = move |_| {
        let lang = ctx.lang.get_untracked();
        let Some(ov) = shown.with_untracked(|s| overview(s)) else {
            return;
        };
        let text = with_labels(lang, |l| aging_csv(&ov, lang, l));
        let _ = crate::app::download::download(
            &format!("aging-{}.csv", ov.as_at),
            "text/csv;charset=utf-8",
            text.as_bytes(),
        );
    };
    let ics = move |_| {
        let lang = ctx.lang.get_untracked();
        let (ov, ids) = items.with_untracked(|all| {
            (
                overview(all),
                all.iter().map(|i| i.id.clone()).collect::<Vec<_>>(),
            )
        });
        let Some(ov) = ov else {
            return;
        };
        let events = with_labels(lang, |l| calendar_events(&ov, &ids, lang, l));
        let stamp = chrono::Utc::now().naive_utc();
        let text =
            crate::export::ics::calendar(ctx.texts().overview().calendar_name, &events, stamp);
        let _ = crate::app::download::download(
            "receivables.ics",
            "text/calendar;charset=utf-8",
            text.as_bytes(),
        );
    };
    let open_case = move |item: Item| {
        if let Some(d) = drafts() {
            if !item.current {
                ctx.jurisdiction.set(item.jurisdiction);
                d.open(&item.id);
            }
        }
        if let Some(CurrentTool(tool)) = use_context::<CurrentTool>() {
            tool.set(Tool::Interest);
        }
    };
    let open_case = Callback::new(open_case);
    let set = move |g: fn(&mut Filters, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            filters.update(|f| g(f, v));
        }
    };
    view! {
        <section class="panel tool-overview print-overview-area" data-testid="tool-overview">
            <h1>{move || Tool::Overview.label(ctx.texts())}</h1>
            <p class="hint">{move || t().intro}</p>
            <storage::StorageBox items=items/>
            <div class="overview-controls no-print">
                <div class="field">
                    <label for="ov-as-at">{move || t().as_at}</label>
                    <input id="ov-as-at" type="date" data-testid="ov-as-at" prop:value=move || as_at_text.get()
                        aria-invalid=move || as_at.get().is_none().to_string()
                        on:input=move |ev| as_at_text.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="ov-sort">{move || t().sort}</label>
                    <select id="ov-sort" data-testid="ov-sort" on:change=move |ev| sort_by.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {(0..5).map(|i| view! { <option value=i.to_string() selected=move || sort_by.get() == i>{move || t().sorts[i]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="ov-stage">{move || t().filter_stage}</label>
                    <select id="ov-stage" data-testid="ov-stage" on:change=set(|f, v| f.stage = v.parse::<usize>().ok().and_then(|i| Stage::ALL.get(i).copied()))>
                        <option value="">{move || t().all}</option>
                        {Stage::ALL.into_iter().enumerate().map(|(i, s)| view! { <option value=i.to_string()>{move || t().stage(s)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="ov-bucket">{move || t().filter_bucket}</label>
                    <select id="ov-bucket" data-testid="ov-bucket" on:change=set(|f, v| f.bucket = v.parse::<usize>().ok().and_then(|i| Bucket::ALL.get(i).copied()))>
                        <option value="">{move || t().all}</option>
                        {Bucket::ALL.into_iter().enumerate().map(|(i, b)| view! { <option value=i.to_string()>{move || t().buckets[b.index()]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="ov-overdue">{move || t().overdue_more}</label>
                    <input id="ov-overdue" type="number" min="0" inputmode="numeric" data-testid="ov-overdue"
                        on:input=set(|f, v| f.overdue_more = v)/>
                </div>
                <div class="field">
                    <label for="ov-search">{move || t().search}</label>
                    <input id="ov-search" type="search" data-testid="ov-search" on:input=set(|f, v| f.search = v)/>
                </div>
                <div class="check">
                    <input type="checkbox" id="ov-deadline" data-testid="ov-deadline"
                        on:change=move |ev| { let v = event_target_checked(&ev); filters.update(|f| f.deadline_90 = v) }/>
                    <label for="ov-deadline">{move || t().deadline_90}</label>
                </div>
                <div class="check">
                    <input type="checkbox" id="ov-promise" data-testid="ov-promise"
                        on:change=move |ev| { let v = event_target_checked(&ev); filters.update(|f| f.promise_due = v) }/>
                    <label for="ov-promise">{move || t().promise_due}</label>
                </div>
            </div>
            <div class="export-buttons no-print">
                <button type="button" data-testid="ov-csv" on:click=csv>{move || t().export_csv}</button>
                <button type="button" data-testid="ov-ics" on:click=ics>{move || t().export_ics}</button>
                <button type="button" data-testid="ov-print" on:click=move |_| {
                    // Every row is on paper: draw them first, print once they are in the page.
                    drawn.set(usize::MAX);
                    leptos::task::spawn_local(async {
                        leptos::task::tick().await;
                        crate::app::tools::contacts::print();
                    });
                }>{move || t().print}</button>
                <button type="button" data-testid="ov-import" on:click=move |_| {
                    if let Some(CurrentTool(tool)) = current_tool {
                        tool.set(Tool::Import);
                    }
                }>{move || Tool::Import.label(ctx.texts())}</button>
            </div>
            <p class="hint" data-testid="ov-shown" role="status">
                {move || t().shown.replace("{n}", &shown.with(Vec::len).to_string()).replace("{total}", &items.with(Vec::len).to_string())}
            </p>
            {move || {
                // The rows may be equal in another language; their words and numbers are not.
                ctx.lang.track();
                let rows: Vec<_> = shown.with(|s| s.iter().map(|i| i.row.clone()).collect());
                view! { <chart::Totals totals=totals(&rows)/> }
            }}
            <Show when=move || items.with(Vec::is_empty)>
                <p class="hint" data-testid="ov-empty">{move || t().no_cases}</p>
            </Show>
            // Wider than a phone: the region scrolls and takes the keyboard.
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || ctx.texts().tools.overview>
                <table class="overview-table" data-testid="ov-table">
                    <thead><tr>
                        <th scope="col">{move || t().col_debtor}</th>
                        <th scope="col">{move || t().col_tax_id}</th>
                        <th scope="col" class="num">{move || t().col_invoices}</th>
                        <th scope="col" class="num">{move || t().col_principal}</th>
                        <th scope="col" class="num">{move || t().col_interest}</th>
                        <th scope="col" class="num">{move || t().col_compensation}</th>
                        <th scope="col" class="num">{move || t().col_total}</th>
                        <th scope="col" class="num">{move || t().col_days}</th>
                        {Bucket::ALL.into_iter().map(|b| view! { <th scope="col" class="num">{move || t().buckets[b.index()]}</th> }).collect_view()}
                        <th scope="col">{move || t().col_stage}</th>
                        <th scope="col">{move || t().col_next}</th>
                        <th scope="col">{move || t().col_deadline}</th>
                        <th scope="col">{move || t().col_last_contact}</th>
                        <th scope="col" class="no-print"><span class="sr-only">{move || t().open}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            ctx.lang.track();
                            let day = as_at.get().unwrap_or_else(today);
                            let limit = drawn.get();
                            shown.get().into_iter().take(limit).enumerate().map(|(k, item)| view! {
                                <OverviewRow k=k item=item as_at=day open=open_case/>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {move || {
                let rest = shown.with(Vec::len).saturating_sub(drawn.get());
                (rest > 0).then(|| view! {
                    <button type="button" class="no-print" data-testid="ov-show-all"
                        on:click=move |_| drawn.set(usize::MAX)>
                        {move || t().show_all.replace("{n}", &rest.to_string())}
                    </button>
                })
            }}
        </section>
    }
}

#[component]
fn OverviewRow(
    k: usize,
    item: Item,
    as_at: chrono::NaiveDate,
    open: Callback<Item>,
) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.texts().overview();
    let lang = ctx.lang.get_untracked();
    let r = item.row.clone();
    let money = move |v| format_amount(v, r.currency, lang);
    let date = move |d| format_date(d, lang);
    let id = |c: &str| format!("ov-{c}-{k}");
    let debtor = if r.debtor.is_empty() {
        if item.name.is_empty() {
            t.untitled.to_string()
        } else {
            item.name.clone()
        }
    } else {
        r.debtor.clone()
    };
    let deadline = r.deadlines.iter().find(|d| d.date >= as_at).cloned();
    let promise = r.promise.as_ref().map(|p| {
        if p.kept {
            t.promise_kept.to_string()
        } else if p.broken {
            t.promise_broken.replace("{date}", &date(p.date))
        } else {
            t.promise_open.replace("{date}", &date(p.date))
        }
    });
    let item2 = item.clone();
    view! {
        <tr data-testid=format!("ov-row-{k}") class:current=item.current>
            <th scope="row" data-testid=id("debtor")>{debtor}
                {item.current.then(|| view! { " " <span class="hint">"("{t.current}")"</span> })}
                {r.error.is_some().then(|| view! { <br/><span class="error" data-testid=id("error")>{t.row_error}</span> })}
            </th>
            <td data-testid=id("tax-id")>{r.tax_id.clone()}</td>
            <td class="num" data-testid=id("invoices")>{r.aging.open_invoices}</td>
            <td class="num" data-testid=id("principal")>{money(r.principal)}</td>
            <td class="num" data-testid=id("interest")>{money(r.interest)}</td>
            <td class="num" data-testid=id("compensation")>{money(r.compensation)}</td>
            <td class="num" data-testid=id("total")><strong>{money(r.total_due)}</strong></td>
            <td class="num" data-testid=id("days")>{r.aging.oldest_days_overdue.map(|d| d.to_string()).unwrap_or_default()}</td>
            {r.aging.buckets.iter().enumerate().map(|(b, v)| view! {
                <td class="num" data-testid=format!("ov-bucket-{b}-{k}")>{(!v.is_zero()).then(|| money(*v))}</td>
            }).collect_view()}
            <td data-testid=id("stage")>{t.stage(r.stage)}{r.stage_set.then_some(" ✎")}</td>
            <td data-testid=id("next")>
                {r.next.as_ref().map(|a| view! {
                    <span data-testid=id("next-kind")>{t.action(a.kind)}</span><br/>
                    <strong data-testid=id("next-date")>{date(a.date)}</strong>
                    <br/><span class="hint" data-testid=id("next-reason")>{t.reason(a.reason)}</span>
                    <br/><span class="hint basis">{t.basis}": "{a.basis}</span>
                })}
                {r.alternatives.iter().map(|a| view! {
                    <br/><span class="hint">{t.or}" "{t.action(a.kind)}" "{date(a.date)}</span>
                }).collect_view()}
                {promise.map(|p| view! { <br/><span class="hint" data-testid=id("promise")>{p}</span> })}
            </td>
            <td data-testid=id("deadline")>
                {deadline.map(|d| view! {
                    {t.deadline(d.kind)}<br/><strong>{date(d.date)}</strong>
                    <br/><span class="hint basis">{t.basis}": "{d.basis}</span>
                })}
            </td>
            <td data-testid=id("last-contact")>{r.last_contact.map(date)}</td>
            <td class="no-print">
                <button type="button" data-testid=id("open") on:click=move |_| open.run(item2.clone())>{t.open}</button>
            </td>
        </tr>
    }
}
