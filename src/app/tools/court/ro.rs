//! The Romanian route: the cerere de emitere a ordonanței de plată and the cerere de valoare
//! redusă, their preconditions on the filing date, the recommendation between them, the
//! preview and the downloads. Every figure, date and rule comes from `engine::court::ro`.

use crate::app::components::FormInput;
use crate::app::documents;
use crate::app::i18n::court::romania::RomaniaCourtTexts;
use crate::app::store::{today, use_store};
use crate::app::tools::letter::{checks::GuardedDownloads, preview};
use crate::app::tools::{CurrentTool, Tool};
use crate::app::{use_ctx, Ctx};
use crate::engine::calendar::{format_date, parse_date};
use crate::engine::case::Case;
use crate::engine::court::ro::{
    routes, Blocker, Caution, Route, RouteReason, Routes, SmallBlocker, Somatie,
};
use crate::engine::locale::Lang;
use crate::engine::money::format_amount;
use crate::export::document::Format;
use crate::export::names::{file_name, Doc};
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Dates and amounts in the person's language.
struct Words<'a> {
    t: &'static RomaniaCourtTexts,
    lang: Lang,
    case: &'a Case,
}

impl Words<'_> {
    fn day(&self, d: NaiveDate) -> String {
        format_date(d, self.lang)
    }
    fn money(&self, v: Decimal) -> String {
        format_amount(v, self.case.currency, self.lang)
    }
    fn numbers(&self, claims: &[usize]) -> String {
        claims
            .iter()
            .filter_map(|&i| self.case.claims.get(i))
            .map(|c| c.number.trim().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn somatie(&self, s: &Somatie) -> String {
        let t = self.t;
        match s {
            Somatie::Missing => t.somatie_missing.into(),
            Somatie::ReceiptUnknown { sent } => {
                t.somatie_unknown.replace("{sent}", &self.day(*sent))
            }
            Somatie::ReceivedBeforeSent { sent, received } => t
                .somatie_wrong
                .replace("{sent}", &self.day(*sent))
                .replace("{received}", &self.day(*received)),
            Somatie::Received {
                sent,
                received,
                pay_by,
                earliest,
                ..
            } => t
                .somatie_received
                .replace("{sent}", &self.day(*sent))
                .replace("{received}", &self.day(*received))
                .replace("{pay_by}", &self.day(*pay_by))
                .replace("{earliest}", &self.day(*earliest)),
        }
    }

    /// The blockers the somație line does not already say.
    fn blocker(&self, b: &Blocker) -> Option<String> {
        match b {
            Blocker::TooEarly {
                pay_by, earliest, ..
            } => Some(
                self.t
                    .too_early
                    .replace("{earliest}", &self.day(*earliest))
                    .replace("{pay_by}", &self.day(*pay_by)),
            ),
            Blocker::NothingDue => Some(self.t.nothing_due.into()),
            Blocker::NoSomatie
            | Blocker::ReceiptUnknown { .. }
            | Blocker::ReceivedBeforeSent { .. } => None,
        }
    }

    fn caution(&self, c: &Caution, ctx: Ctx) -> String {
        let t = self.t;
        match c {
            Caution::SomatieChannel { channel } => t
                .caution_channel
                .replace("{channel}", ctx.texts().overview().channel(*channel)),
            Caution::InterruptionLapsed { until } => {
                t.caution_lapsed.replace("{until}", &self.day(*until))
            }
            Caution::NotYetDue { claims } => t
                .caution_not_yet_due
                .replace("{numbers}", &self.numbers(claims)),
            Caution::Tribunal => t.caution_tribunal.into(),
            Caution::ForeignCurrency { currency } => {
                t.caution_currency.replace("{currency}", currency.code())
            }
            Caution::CourtToCheck => t.caution_court.into(),
        }
    }

    fn small_blocker(&self, b: &SmallBlocker) -> String {
        match b {
            SmallBlocker::OverLimit { principal, limit } => self
                .t
                .small_over
                .replace("{principal}", &self.money(*principal))
                .replace("{limit}", &self.money(Decimal::from(*limit))),
            SmallBlocker::NotInLei { currency } => {
                self.t.small_not_lei.replace("{currency}", currency.code())
            }
            SmallBlocker::NothingDue => self.t.nothing_due.into(),
        }
    }

    fn reason(&self, r: &RouteReason) -> String {
        let t = self.t;
        match r {
            RouteReason::OnlyOne => t.reason_only_one.into(),
            RouteReason::SmallCheaper { small, order } => t
                .reason_small_cheaper
                .replace("{small}", &self.money(*small))
                .replace("{order}", &self.money(*order)),
            RouteReason::SameDuty { duty } => {
                t.reason_same_duty.replace("{duty}", &self.money(*duty))
            }
            RouteReason::OrderNotYet { earliest } => t
                .reason_order_not_yet
                .replace("{earliest}", &self.day(*earliest)),
            RouteReason::NoSomatieNeeded => t.reason_no_somatie.into(),
            RouteReason::OrderFast => t.reason_order_fast.into(),
            RouteReason::SmallDecidesDispute => t.reason_small_decides.into(),
        }
    }
}

/// Marks which court section is being printed, so the page prints that section's document
/// only (style: `body[data-print]`).
pub(super) fn print(section: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Some(body) = w.document().and_then(|d| d.body()) {
        let _ = body.set_attribute("data-print", section);
        let _ = w.print();
        let _ = body.remove_attribute("data-print");
    }
}

#[component]
pub fn RoCourt() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_store();
    let t = move || ctx.texts().court().romania;
    let filing_text = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let parsed_filing = Memo::new(move |_| parse_date(&filing_text.get()));
    let filing = Memo::new(move |_| parsed_filing.get().ok());
    let court_typed = RwSignal::new(None::<String>);
    let chosen = RwSignal::new(None::<Route>);
    let case = Memo::new(move |_| store.parsed.with(|p| p.case.clone()));
    let assessed = Memo::new(move |_| -> Option<Routes> {
        let filing = filing.get()?;
        case.with(|c| {
            if c.claims.is_empty() {
                return None;
            }
            routes(c, filing).ok()
        })
    });
    let court = Signal::derive(move || {
        court_typed
            .get()
            .or_else(|| assessed.with(|r| r.as_ref().map(|r| r.court.clone())))
            .unwrap_or_default()
    });
    let route = Signal::derive(move || {
        chosen.get().unwrap_or_else(|| {
            assessed.with(|r| {
                r.as_ref()
                    .and_then(|r| r.recommendation.as_ref())
                    .map(|rec| rec.route)
                    .unwrap_or(Route::PaymentOrder)
            })
        })
    });
    let document = Memo::new(move |_| {
        let r = assessed.get()?;
        let c = case.get();
        match route.get() {
            Route::PaymentOrder => r.order_document(&c, &court.get()),
            Route::SmallClaim => r.small_document(&c, &court.get()),
        }
    });
    let export_error = RwSignal::new(false);
    let export = move |format: Format| {
        let (debtor, date) = (
            case.with_untracked(|c| c.debtor.name.clone()),
            filing.get_untracked().unwrap_or_else(today),
        );
        let doc = match route.get_untracked() {
            Route::PaymentOrder => Doc::RoPaymentOrder,
            Route::SmallClaim => Doc::RoSmallClaim,
        };
        documents::start_download(
            document.get_untracked(),
            move |ext| file_name(doc, Lang::Ro, &debtor, date, ext),
            format,
            export_error,
        );
    };
    let open_contacts = move |_| {
        if let Some(CurrentTool(tool)) = use_context::<CurrentTool>() {
            tool.set(Tool::Contacts);
        }
    };
    let filing_error = Signal::derive(move || {
        parsed_filing
            .get()
            .err()
            .map(|e| ctx.texts().error(e).to_string())
    });
    view! {
        <div class="court-ro" data-testid="court-ro">
            <h2>{move || t().heading}</h2>
            <div class="row">
                <FormInput id="court-ro-filing".to_string() kind="date"
                    label=Signal::derive(move || t().filing_date.to_string())
                    value=filing_text on_input=Callback::new(move |v| filing_text.set(v))
                    error=filing_error/>
                <FormInput id="court-ro-court".to_string()
                    label=Signal::derive(move || t().court.to_string())
                    value=court on_input=Callback::new(move |v: String| court_typed.set(Some(v)))
                    error=Signal::derive(|| None::<String>)/>
            </div>
            <p class="hint">{move || t().filing_hint}" "{move || t().court_hint}</p>
            {move || {
                let Some(r) = assessed.get() else {
                    return view! { <p class="hint" data-testid="court-ro-empty">{t().no_claims}</p> }.into_any();
                };
                let c = case.get();
                let w = Words { t: t(), lang: ctx.lang.get(), case: &c };
                let order_ok = r.order.admissible().then(|| {
                    t().order_ok
                        .replace("{date}", &w.day(r.filing))
                        .replace("{duty}", &w.money(r.order.duty))
                });
                let order_blockers: Vec<String> = r.order.blockers.iter().filter_map(|b| w.blocker(b)).collect();
                let cautions: Vec<String> = r.order.cautions.iter().map(|x| w.caution(x, ctx)).collect();
                let somatie_missing = matches!(r.order.somatie, Somatie::Missing | Somatie::ReceiptUnknown { .. } | Somatie::ReceivedBeforeSent { .. });
                let small_lines: Vec<String> = if r.small.admissible() {
                    r.small.duty.map(|d| t().small_ok
                        .replace("{principal}", &w.money(r.small.principal))
                        .replace("{duty}", &w.money(d))).into_iter().collect()
                } else {
                    r.small.blockers.iter().map(|b| w.small_blocker(b)).collect()
                };
                let small_open = r.small.admissible();
                let (rec_title, reasons) = match &r.recommendation {
                    Some(rec) => (
                        match rec.route {
                            Route::PaymentOrder => t().recommend_order,
                            Route::SmallClaim => t().recommend_small,
                        },
                        rec.reasons.iter().map(|x| w.reason(x)).collect::<Vec<_>>(),
                    ),
                    None => (t().recommend_none, Vec::new()),
                };
                let somatie_line = w.somatie(&r.order.somatie);
                view! {
                    <h3>{t().order_heading}</h3>
                    <ul class="court-checks" data-testid="court-ro-order-checks">
                        <li class:court-bad=somatie_missing data-testid="court-ro-somatie">{somatie_line}
                            {somatie_missing.then(|| view! { " " <button type="button" on:click=open_contacts>{t().open_contacts}</button> })}
                        </li>
                        {order_blockers.into_iter().map(|b| view! { <li class="court-bad" data-testid="court-ro-blocker">{b}</li> }).collect_view()}
                        {order_ok.map(|ok| view! { <li class="court-ok" data-testid="court-ro-order-ok">{ok}</li> })}
                        {cautions.into_iter().map(|x| view! { <li class="court-note">{x}</li> }).collect_view()}
                    </ul>
                    <h3>{t().small_heading}</h3>
                    <ul class="court-checks" data-testid="court-ro-small-checks">
                        {small_lines.into_iter().map(|l| view! { <li class:court-ok=small_open class:court-bad=!small_open>{l}</li> }).collect_view()}
                        {small_open.then(|| view! { <li class="court-note">{t().small_unconfirmed}</li> })}
                    </ul>
                    <h3>{t().recommendation}</h3>
                    <div class="court-recommendation" data-testid="court-ro-recommendation">
                        <p><strong>{rec_title}</strong></p>
                        <ul>{reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    </div>
                }.into_any()
            }}
            <Show when=move || assessed.with(Option::is_some)>
                <fieldset class="court-choice">
                    <legend>{move || t().document}</legend>
                    <label class="radio">
                        <input type="radio" name="court-ro-doc" data-testid="court-ro-doc-order"
                            prop:checked=move || route.get() == Route::PaymentOrder
                            on:change=move |_| chosen.set(Some(Route::PaymentOrder))/>
                        <span>{move || t().doc_order}</span>
                    </label>
                    <label class="radio">
                        <input type="radio" name="court-ro-doc" data-testid="court-ro-doc-small"
                            prop:checked=move || route.get() == Route::SmallClaim
                            on:change=move |_| chosen.set(Some(Route::SmallClaim))/>
                        <span>{move || t().doc_small}</span>
                    </label>
                </fieldset>
                {move || match document.get() {
                    Some(doc) => view! {
                        <div class="export-buttons">
                            <GuardedDownloads gaps=Signal::derive(Vec::new) export=Callback::new(export) prefix="court-ro"/>
                            <button type="button" data-testid="court-ro-print" on:click=move |_| print("court-ro")>
                                {ctx.texts().letter().print}
                            </button>
                        </div>
                        <Show when=move || export_error.get()>
                            <p class="error-box" role="alert">{move || ctx.texts().letter().export_failed}</p>
                        </Show>
                        <h3>{t().preview}</h3>
                        {preview::document(&doc)}
                    }.into_any(),
                    None => {
                        let reasons: Vec<String> = assessed.with(|r| {
                            let Some(r) = r else { return Vec::new() };
                            let c = case.get();
                            let w = Words { t: t(), lang: ctx.lang.get(), case: &c };
                            match route.get() {
                                Route::PaymentOrder => {
                                    let mut v = vec![];
                                    if !matches!(r.order.somatie, Somatie::Received { .. }) {
                                        v.push(w.somatie(&r.order.somatie));
                                    }
                                    v.extend(r.order.blockers.iter().filter_map(|b| w.blocker(b)));
                                    v
                                }
                                Route::SmallClaim => r.small.blockers.iter().map(|b| w.small_blocker(b)).collect(),
                            }
                        });
                        view! {
                            <div class="error-box" role="status" data-testid="court-ro-refused">
                                <p>{t().refused}</p>
                                <ul>{reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                            </div>
                        }.into_any()
                    }
                }}
            </Show>
        </div>
    }
}
