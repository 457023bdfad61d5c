//! Browser tests: the real Interest tool mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use overdue::app::store::{EngineFns, Store};
use overdue::app::tools::interest::InterestTool;
use overdue::app::Ctx;
use overdue::engine::locale::{Jurisdiction, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn input(document: &web_sys::Document, selector: &str) -> web_sys::HtmlInputElement {
    document
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} rendered"))
        .unchecked_into()
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn leave(input: &web_sys::HtmlInputElement) {
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn text(document: &web_sys::Document, selector: &str) -> String {
    document
        .query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn interest_tool_reads_a_polish_invoice_and_explains_errors() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let ctx = Ctx::new(Lang::Pl, Jurisdiction::Pl);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(ctx);
        let store = Store::new(ctx, Jurisdiction::Pl);
        store.engine.set(Some(EngineFns::direct()));
        provide_context(store);
        view! { <InterestTool/> }
    });

    // Every input has a label.
    let inputs = host.query_selector_all("input").unwrap();
    for i in 0..inputs.length() {
        let el: web_sys::HtmlInputElement = inputs.item(i).unwrap().unchecked_into();
        let labelled = host
            .query_selector(&format!("label[for='{}']", el.id()))
            .unwrap()
            .is_some();
        assert!(labelled, "input #{} has a label", el.id());
    }

    type_into(&input(&document, "#calc-date"), "2021-01-10");
    // Statutory interest: reference/pl/examples.md B (10 000 zł due 31.12.2015 -> 3 419,23 zł).
    let statutory = input(&document, "#regime-statutory");
    statutory.set_checked(true);
    statutory
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let row_inputs = host
        .query_selector_all(".claim-row[data-testid^=claim-row] input")
        .unwrap();
    let due_input: web_sys::HtmlInputElement = row_inputs.item(2).unwrap().unchecked_into();
    let amount: web_sys::HtmlInputElement = row_inputs.item(3).unwrap().unchecked_into();
    type_into(&due_input, "2015-12-31");
    type_into(&amount, "10000");
    leave(&amount);
    leptos::task::tick().await;
    assert_eq!(amount.value(), "10\u{a0}000,00");
    assert_eq!(
        text(&document, "[data-testid=total-interest]"),
        "3\u{a0}419,23\u{a0}zł"
    );
    assert_eq!(
        text(&document, "[data-testid=total-due]"),
        "13\u{a0}419,23\u{a0}zł"
    );

    type_into(&amount, "12,345");
    leptos::task::tick().await;
    assert_eq!(
        amount.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(text(&document, ".claim-row[data-testid^=claim-row]")
        .contains("najwyżej dwa miejsca po przecinku"));

    // Switching language re-explains the same error in the new language.
    ctx.lang.set(Lang::Ro);
    leptos::task::tick().await;
    assert!(
        text(&document, ".claim-row[data-testid^=claim-row]").contains("cel mult două zecimale")
    );
    drop(handle);
}
