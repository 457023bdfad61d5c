//! The check before sending, shown beside the letter and the agreement: every gap as a link that
//! opens its tool and focuses its field, and PDF/DOCX buttons that ask first while gaps remain.

use crate::app::i18n::letter::LetterTexts;
use crate::app::tools::{CurrentTool, Tool};
use crate::app::{tr, use_ctx};
use crate::engine::calendar::format_date;
use crate::engine::locale::Lang;
use crate::export::document::Format;
use crate::form::checks::{Gap, Target};
use crate::form::Field;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The tool and element where a gap is fixed.
fn locate(target: Target) -> (Tool, String) {
    let interest = |id: String| (Tool::Interest, id);
    match target {
        Target::CreditorName => interest("creditor-name".into()),
        Target::CreditorAddress => interest("creditor-address".into()),
        Target::DebtorName => interest("debtor-name".into()),
        Target::DebtorAddress => interest("debtor-address".into()),
        Target::LetterPlace => (Tool::Letter, "letter-place".into()),
        Target::Field(f) => match f {
            Field::LetterIban => (Tool::Letter, "letter-iban".into()),
            Field::LetterDate => (Tool::Letter, "letter-date".into()),
            Field::ClaimIssue(id) => interest(format!("claim-{id}-issue")),
            Field::ClaimDue(id) => interest(format!("claim-{id}-due")),
            Field::ClaimAmount(id) => interest(format!("claim-{id}-amount")),
            Field::PaymentDate(id) => interest(format!("payment-{id}-date")),
            Field::PaymentAmount(id) => interest(format!("payment-{id}-amount")),
            Field::EurRate => interest("eur-rate".into()),
            _ => interest("calc-date".into()),
        },
    }
}

fn words(gap: &Gap, t: &LetterTexts, lang: Lang) -> String {
    match gap {
        Gap::NoAccount => t.gap_no_account.into(),
        Gap::BadAccount => t.gap_bad_account.into(),
        Gap::CreditorName => t.gap_creditor_name.into(),
        Gap::CreditorAddress => t.gap_creditor_address.into(),
        Gap::DebtorName => t.gap_debtor_name.into(),
        Gap::DebtorAddress => t.gap_debtor_address.into(),
        Gap::NoPlace => t.gap_no_place.into(),
        Gap::InvoiceLeftOut { label, .. } => t.gap_invoice.replace("{invoice}", label),
        Gap::PaymentLeftOut { position, .. } => t.gap_payment.replace("{n}", &position.to_string()),
        Gap::CompensationWithoutRate { invoices } => t
            .gap_compensation
            .replace("{invoices}", &invoices.join(", ")),
        Gap::PastVerifiedRates { through } => {
            t.gap_rates.replace("{date}", &format_date(*through, lang))
        }
    }
}

/// Focuses element `id` once it is on the page (the tool just opened renders on a later tick),
/// opening any collapsed `<details>` around it.
fn focus_when_ready(id: String, attempts: u32) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id));
    let Some(element) = element else {
        if attempts > 0 {
            set_timeout(
                move || focus_when_ready(id, attempts - 1),
                std::time::Duration::from_millis(50),
            );
        }
        return;
    };
    let mut parent = element.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
        html.scroll_into_view();
    }
}

/// The gaps as links to their fields, or "nothing is missing".
#[component]
pub fn PreSendCheck(#[prop(into)] gaps: Signal<Vec<Gap>>, test_id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let current = use_context::<CurrentTool>();
    let heading = format!("{test_id}-title");
    let labelled_by = heading.clone();
    let go = move |target: Target| {
        let (tool, id) = locate(target);
        if let Some(CurrentTool(t)) = current {
            if t.get_untracked() != tool {
                t.set(tool);
            }
        }
        focus_when_ready(id, 40);
    };
    view! {
        <section class="pre-send" aria-labelledby=labelled_by data-testid=test_id>
            <h3 id=heading>{tr(|t| t.letter().check_title)}</h3>
            {move || {
                let t = ctx.texts().letter();
                let lang = ctx.lang.get();
                let gaps = gaps.get();
                if gaps.is_empty() {
                    return view! { <p class="pre-send-ok">{t.check_ok}</p> }.into_any();
                }
                view! {
                    <ul class="warnings">
                        {gaps.into_iter().map(|g| {
                            let target = g.target();
                            let href = format!("#{}", locate(target).1);
                            view! {
                                <li><a href=href data-testid="gap-link" on:click=move |ev| {
                                    ev.prevent_default();
                                    go(target);
                                }>{words(&g, t, lang)}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// PDF and DOCX buttons; while `gaps` remain, a press first asks (an inline step that takes the
/// focus, answered by either button or Escape) before `export` runs.
#[component]
pub fn GuardedDownloads(
    #[prop(into)] gaps: Signal<Vec<Gap>>,
    export: Callback<Format>,
    /// "letter" or "plan": the test ids are `{prefix}-pdf`, `{prefix}-docx`, `{prefix}-confirm…`.
    prefix: &'static str,
) -> impl IntoView {
    let pending = RwSignal::new(None::<Format>);
    let first = NodeRef::<leptos::html::Button>::new();
    let pdf_button = NodeRef::<leptos::html::Button>::new();
    let docx_button = NodeRef::<leptos::html::Button>::new();
    let ask = move |format: Format| {
        if gaps.with_untracked(Vec::is_empty) {
            export.run(format);
        } else {
            pending.set(Some(format));
        }
    };
    Effect::new(move |_| {
        if pending.get().is_some() {
            if let Some(b) = first.get() {
                let _ = b.focus();
            }
        }
    });
    // Back to the button that asked, so keyboard users keep their place.
    let close = move || {
        let asked = pending.get_untracked();
        pending.set(None);
        let button = match asked {
            Some(Format::Docx) => docx_button.get_untracked(),
            _ => pdf_button.get_untracked(),
        };
        if let Some(b) = button {
            let _ = b.focus();
        }
    };
    let confirm = move |_| {
        if let Some(format) = pending.get_untracked() {
            pending.set(None);
            export.run(format);
        }
    };
    let question = format!("{prefix}-confirm-text");
    let question_id = question.clone();
    view! {
        <button type="button" class="primary" node_ref=pdf_button data-testid=format!("{prefix}-pdf")
            aria-expanded=move || (pending.get() == Some(Format::Pdf)).to_string()
            on:click=move |_| ask(Format::Pdf)>{tr(|t| t.letter().pdf)}</button>
        <button type="button" class="primary" node_ref=docx_button data-testid=format!("{prefix}-docx")
            aria-expanded=move || (pending.get() == Some(Format::Docx)).to_string()
            on:click=move |_| ask(Format::Docx)>{tr(|t| t.letter().docx)}</button>
        <Show when=move || pending.get().is_some()>
            <div class="confirm-step" role="group" aria-labelledby=question.clone() data-testid=format!("{prefix}-confirm")
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        close();
                    }
                }>
                <p id=question_id.clone()>{tr(|t| t.letter().confirm)}</p>
                <button type="button" node_ref=first data-testid=format!("{prefix}-confirm-no")
                    on:click=move |_| close()>{tr(|t| t.letter().confirm_no)}</button>
                <button type="button" class="primary" data-testid=format!("{prefix}-confirm-yes")
                    on:click=confirm>{tr(|t| t.letter().confirm_yes)}</button>
            </div>
        </Show>
    }
}
