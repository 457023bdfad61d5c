//! The invoice import tool: files in (picker or drop), the column mapping of lists, a preview of
//! what each file and invoice becomes, the choices only the person can make (due dates, dates of
//! undated payments, their own tax ID), then one confirm that writes drafts and one undo.
//! Reading is `crate::import`, planning `import::plan`, writing `drafts::invoices`; this module
//! only shows their results.

mod prefs;
mod preview;
mod read;

use crate::app::drafts::LocalBackend;
use crate::app::i18n::import::{texts, ImportTexts};
use crate::app::lazy::DraftsSlot;
use crate::app::store::today;
use crate::app::tools::{CurrentTool, Tool};
use crate::app::use_ctx;
use crate::drafts::invoices::{self, Written};
use crate::drafts::StorageError;
use crate::engine::calendar::parse_date;
use crate::engine::locale::{Jurisdiction, Lang};
use crate::import::list::{self, Column};
use crate::import::plan::{plan_import, ImportPlan, Reason};
use crate::import::{Batch, DueTerm, FileResult, Invoice, Limits};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Invoice index in the batch -> the text typed for it.
type Typed = RwSignal<BTreeMap<usize, String>>;

#[derive(Clone, PartialEq)]
pub struct Planned {
    pub batch: Batch,
    pub ids: Vec<String>,
    pub names: Vec<String>,
    pub plan: ImportPlan,
    /// The terms the files state for invoices whose due date the person gave.
    pub found_due: BTreeMap<usize, Vec<DueTerm>>,
}

impl Planned {
    pub fn invoice(&self, k: usize) -> Option<&Invoice> {
        self.batch.invoices().nth(k)
    }

    /// Invoices that will become claims, and corrections of saved claims.
    pub fn count(&self) -> usize {
        self.plan
            .decisions
            .iter()
            .filter(|d| d.reasons.contains(&Reason::Claim))
            .count()
            + self.plan.adjustments.len()
    }
}

/// The batch with the person's answers applied, planned against the saved drafts.
fn plan_now(
    files: &[FileResult],
    due: &BTreeMap<usize, String>,
    paid: &BTreeMap<usize, String>,
    own: &str,
    lang: Lang,
    jurisdiction: Jurisdiction,
) -> Planned {
    let limits = Limits::default();
    let mut batch = Batch::default();
    for f in files {
        batch.add(f.clone(), &limits);
    }
    let mut k = 0;
    let mut found_due = BTreeMap::new();
    for f in &mut batch.files {
        for inv in &mut f.invoices {
            if let Some(date) = due.get(&k).and_then(|t| parse_date(t).ok()) {
                found_due.insert(
                    k,
                    std::mem::replace(&mut inv.due, vec![DueTerm::Date { date }]),
                );
            }
            if let Some(date) = paid.get(&k).and_then(|t| parse_date(t).ok()) {
                for p in inv.payments.iter_mut().filter(|p| p.date.is_none()) {
                    p.date = Some(date);
                }
            }
            k += 1;
        }
    }
    let existing = invoices::existing(&LocalBackend::new(), lang);
    let own = own.trim();
    let plan = plan_import(
        &batch,
        (!own.is_empty()).then_some(own),
        &existing.cases,
        jurisdiction,
    );
    Planned {
        batch,
        ids: existing.ids,
        names: existing.names,
        plan,
        found_due,
    }
}

thread_local! {
    /// The last import, so "Undo" survives a visit to another tool.
    static LAST: RefCell<Option<Written>> = const { RefCell::new(None) };
}

fn new_id(n: &mut u32) -> String {
    *n += 1;
    let now = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("{now:x}-{rand:x}-{n}")
}

#[component]
pub fn ImportTool() -> impl IntoView {
    let ctx = use_ctx();
    let t = move || texts(ctx.lang.get());
    let slot = use_context::<DraftsSlot>();
    let limits = Limits::default();
    let stored = prefs::load();
    let files: RwSignal<Vec<FileResult>> = RwSignal::new(Vec::new());
    let due: Typed = RwSignal::new(BTreeMap::new());
    let paid: Typed = RwSignal::new(BTreeMap::new());
    let own = RwSignal::new(stored.own_tax_id.clone());
    let progress: read::Progress = RwSignal::new(None);
    // Bumped after writing, so the plan reads the drafts again.
    let generation = RwSignal::new(0u32);
    let outcome: RwSignal<Option<Written>> = RwSignal::new(LAST.with(|l| l.borrow().clone()));
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let planned = Memo::new(move |_| {
        generation.track();
        files.with(|f| {
            plan_now(
                f,
                &due.get(),
                &paid.get(),
                &own.get(),
                ctx.lang.get(),
                ctx.jurisdiction.get(),
            )
        })
    });

    let add_files = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        message.set(None);
        leptos::task::spawn_local(async move {
            for file in list {
                let mut r = read::read_file(&file, &limits, progress).await;
                remembered_mapping(&mut r, &limits);
                files.update(|f| f.push(r));
            }
            progress.set(None);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        add_files(read::files_of(input.files()));
        // The same file picked again (after an undo) fires `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        add_files(read::files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if matches!(ev.key().as_str(), "Enter" | " ") {
            ev.prevent_default();
            if let Some(input) = input_ref.get_untracked() {
                input.click();
            }
        }
    };
    let clear = move |_| {
        files.set(Vec::new());
        due.set(BTreeMap::new());
        paid.set(BTreeMap::new());
        message.set(None);
    };
    let set_mapping = move |file: usize, column: usize, value: Option<Column>| {
        files.update(|all| {
            let Some(f) = all.get_mut(file) else {
                return;
            };
            let Some(table) = f.list.as_mut() else {
                return;
            };
            for (i, c) in table.mapping.columns.iter_mut().enumerate() {
                if i == column {
                    *c = value;
                } else if value.is_some() && *c == value {
                    *c = None;
                }
            }
            let (invoices, problems) = list::apply(&f.file, table, &table.mapping, &limits);
            f.invoices = invoices;
            f.problems = problems;
            let mut p = prefs::load();
            p.mappings
                .insert(prefs::signature(&table.headers), table.mapping.clone());
            prefs::save(&p);
        });
        // Indices of the invoices changed: answers given for the old ones no longer apply.
        due.set(BTreeMap::new());
        paid.set(BTreeMap::new());
    };
    let drafts = move || slot.and_then(|s| s.started.get().map(|(d, _)| d));
    let confirm = move |_| {
        let Some(d) = drafts() else {
            return;
        };
        // A change typed into the open case is saved first, so it is planned against.
        d.flush();
        let lang = ctx.lang.get_untracked();
        let p = files.with_untracked(|f| {
            plan_now(
                f,
                &due.get_untracked(),
                &paid.get_untracked(),
                &own.get_untracked(),
                lang,
                ctx.jurisdiction.get_untracked(),
            )
        });
        let invoices: Vec<&Invoice> = p.batch.invoices().collect();
        let tab = d.tab.get_value();
        let cx = invoices::Context {
            lang,
            today: today(),
            tab: &tab,
            now_ms: js_sys::Date::now() as i64,
        };
        let mut n = 0;
        let t = texts(lang);
        match invoices::write(
            &mut LocalBackend::new(),
            &p.plan,
            &invoices,
            &p.ids,
            &cx,
            &mut || new_id(&mut n),
        ) {
            Ok(w) => {
                let key = match &p.plan.own_tax_id {
                    crate::import::plan::OwnTaxId::Given { .. } => own.get_untracked(),
                    crate::import::plan::OwnTaxId::Suggested { key, .. } => key.clone(),
                    crate::import::plan::OwnTaxId::Unknown => String::new(),
                };
                if !key.trim().is_empty() {
                    let mut prefs = prefs::load();
                    prefs.own_tax_id = key.trim().to_string();
                    prefs::save(&prefs);
                    own.set(prefs.own_tax_id);
                }
                if w.updated.contains(&d.id.get_untracked()) {
                    let id = d.id.get_untracked();
                    d.open(&id);
                }
                d.refresh();
                message.set((!w.not_adjusted.is_empty()).then(|| {
                    t.not_adjusted
                        .replace("{numbers}", &w.not_adjusted.join(", "))
                }));
                LAST.with(|l| *l.borrow_mut() = Some(w.clone()));
                outcome.set(Some(w));
            }
            Err(StorageError::Full) => message.set(Some(t.storage_full.into())),
            Err(StorageError::Unavailable) => message.set(Some(t.storage_unavailable.into())),
        }
        generation.update(|g| *g += 1);
    };
    let undo = move |_| {
        let Some(w) = outcome.get_untracked() else {
            return;
        };
        let Some(d) = drafts() else {
            return;
        };
        d.flush();
        invoices::undo(&mut LocalBackend::new(), &w);
        let open = d.id.get_untracked();
        if w.updated.contains(&open) {
            d.open(&open);
        } else if w.created.contains(&open) {
            d.new_case();
        }
        d.refresh();
        LAST.with(|l| *l.borrow_mut() = None);
        outcome.set(None);
        message.set(Some(texts(ctx.lang.get_untracked()).undone.into()));
        generation.update(|g| *g += 1);
    };
    let current_tool = use_context::<CurrentTool>();
    let open_overview = move |_| {
        if let Some(CurrentTool(tool)) = current_tool {
            tool.set(Tool::Overview);
        }
    };
    let limits_text = move || {
        let lang = ctx.lang.get();
        t().limits
            .replace(
                "{file}",
                &crate::app::i18n::import::megabytes(limits.file_bytes, lang),
            )
            .replace(
                "{zip}",
                &crate::app::i18n::import::megabytes(limits.uncompressed_bytes, lang),
            )
            .replace("{n}", &limits.invoices.to_string())
    };

    view! {
        <section class="panel tool-import" data-testid="tool-import">
            <h1>{move || t().title}</h1>
            <p class="hint">{move || t().intro}</p>
            <p class="hint">{move || t().privacy}</p>
            <div class="drop-zone" data-testid="import-drop" tabindex="0" role="group"
                aria-label=move || t().drop
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop on:keydown=on_key>
                <p><strong>{move || t().drop}</strong></p>
                <label for="import-files">{move || t().choose}</label>
                <input id="import-files" type="file" multiple data-testid="import-files" node_ref=input_ref
                    accept=".xml,.zip,.csv,.tsv,.txt,application/xml,text/xml,application/zip,text/csv"
                    aria-describedby="import-formats import-limits"
                    on:change=on_pick/>
                <p class="hint" id="import-formats">{move || t().formats}</p>
                <p class="hint" id="import-limits" data-testid="import-limits">{limits_text}</p>
            </div>
            {move || progress.get().map(|(file, done, total)| view! {
                <div class="import-progress" data-testid="import-progress">
                    <label for="import-progress-bar">
                        {t().reading.replace("{file}", &file).replace("{done}", &done.to_string()).replace("{total}", &total.to_string())}
                    </label>
                    <progress id="import-progress-bar" max=total.max(1).to_string() value=done.to_string()></progress>
                </div>
            })}
            {move || message.get().map(|m| view! { <p class="notice" role="status" data-testid="import-message">{m}</p> })}
            {move || outcome.get().map(|w| view! {
                <div class="notice import-done" role="status" data-testid="import-done">
                    <p>{t().done.replace("{created}", &w.created.len().to_string()).replace("{updated}", &w.updated.len().to_string())}</p>
                    <button type="button" data-testid="import-undo" on:click=undo>{t().undo}</button>
                    " "
                    <button type="button" data-testid="import-open-overview" on:click=open_overview>{t().open_overview}</button>
                </div>
            })}
            <OwnTaxId own=own planned=planned/>
            <Show when=move || files.with(|f| !f.is_empty())>
                {move || {
                    let lang = ctx.lang.get();
                    files.with(|all| all.iter().enumerate().filter_map(|(i, f)| {
                        f.list.as_ref().map(|table| view! {
                            <MappingStep file=i name=f.file.clone() headers=table.headers.clone()
                                mapping=table.mapping.columns.clone() lang=lang set=set_mapping/>
                        })
                    }).collect_view())
                }}
                <preview::Preview planned=planned due=due paid=paid/>
                <div class="import-actions">
                    {move || {
                        let n = planned.with(Planned::count);
                        let ready = drafts().is_some();
                        view! {
                            {(n == 0).then(|| view! { <p class="hint" data-testid="import-nothing">{t().nothing_new}</p> })}
                            {(!ready).then(|| view! { <p class="hint" role="status">{t().drafts_loading}</p> })}
                            <button type="button" class="primary" data-testid="import-confirm"
                                disabled=n == 0 || !ready on:click=confirm>
                                {t().confirm.replace("{n}", &n.to_string())}
                            </button>
                        }
                    }}
                    " "
                    <button type="button" data-testid="import-clear" on:click=clear>{move || t().clear}</button>
                </div>
            </Show>
        </section>
    }
}

/// A list read with the mapping the person confirmed before for the same headers.
fn remembered_mapping(r: &mut FileResult, limits: &Limits) {
    let Some(table) = r.list.as_mut() else {
        return;
    };
    let Some(mapping) = prefs::load()
        .mappings
        .get(&prefs::signature(&table.headers))
        .cloned()
    else {
        return;
    };
    if mapping.columns.len() != table.headers.len() || mapping == table.mapping {
        return;
    }
    table.mapping = mapping;
    let (invoices, problems) = list::apply(&r.file, table, &table.mapping, limits);
    r.invoices = invoices;
    r.problems = problems;
}

#[component]
fn OwnTaxId(own: RwSignal<String>, planned: Memo<Planned>) -> impl IntoView {
    let ctx = use_ctx();
    let t = move || texts(ctx.lang.get());
    view! {
        <div class="field import-own">
            <label for="import-own">{move || t().own_label}</label>
            <input id="import-own" data-testid="import-own" autocomplete="off"
                aria-describedby="import-own-hint"
                prop:value=move || own.get() on:change=move |ev| own.set(event_target_value(&ev))/>
            <p class="hint" id="import-own-hint">{move || t().own_hint}</p>
            {move || match planned.with(|p| p.plan.own_tax_id.clone()) {
                crate::import::plan::OwnTaxId::Suggested { key, invoices } => {
                    let k = key.clone();
                    view! {
                        <p class="hint" data-testid="import-own-suggested">
                            {t().own_suggested.replace("{id}", &key).replace("{n}", &invoices.to_string())}
                            " "
                            <button type="button" data-testid="import-own-use" on:click=move |_| own.set(k.clone())>{t().own_use}</button>
                        </p>
                    }.into_any()
                }
                crate::import::plan::OwnTaxId::Unknown if planned.with(|p| p.batch.invoices().next().is_some()) => {
                    view! { <p class="hint">{t().own_unknown}</p> }.into_any()
                }
                crate::import::plan::OwnTaxId::Unknown => ().into_any(),
                crate::import::plan::OwnTaxId::Given { .. } => ().into_any(),
            }}
        </div>
    }
}

#[component]
fn MappingStep(
    file: usize,
    name: String,
    headers: Vec<String>,
    mapping: Vec<Option<Column>>,
    lang: Lang,
    set: impl Fn(usize, usize, Option<Column>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t: &'static ImportTexts = texts(lang);
    view! {
        <fieldset class="import-mapping" data-testid=format!("import-mapping-{file}")>
            <legend>{t.mapping_title.replace("{file}", &name)}</legend>
            <p class="hint">{t.mapping_hint}</p>
            <div class="mapping-grid">
                {headers.into_iter().enumerate().map(|(c, header)| {
                    let id = format!("import-map-{file}-{c}");
                    let chosen = mapping.get(c).copied().flatten();
                    view! {
                        <div class="field">
                            <label for=id.clone()>{header}</label>
                            <select id=id.clone() data-testid=id on:change=move |ev| {
                                let v = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Column::ALL.get(i).copied());
                                set(file, c, v);
                            }>
                                <option value="" selected=chosen.is_none()>{t.ignore}</option>
                                {Column::ALL.into_iter().enumerate().map(|(i, col)| view! {
                                    <option value=i.to_string() selected=chosen == Some(col)>{(t.column)(col)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
