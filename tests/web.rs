//! Browser tests: components mounted in real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use overdue::app::components::AmountInput;
use overdue::app::Ctx;
use overdue::engine::locale::{Jurisdiction, Lang};
use rust_decimal::Decimal;
use std::str::FromStr;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn leave(input: &web_sys::HtmlInputElement) {
    let ev = web_sys::Event::new("change").unwrap();
    input.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn amount_input_reads_polish_amounts_and_explains_errors() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let value = RwSignal::new(None::<Decimal>);
    let ctx = Ctx::new(Lang::Pl, Jurisdiction::Pl);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(ctx);
        view! { <AmountInput id="amt" label="Kwota" value=value/> }
    });

    let input: web_sys::HtmlInputElement = document
        .get_element_by_id("amt")
        .expect("input rendered")
        .unchecked_into();
    let label = host
        .query_selector("label[for=amt]")
        .unwrap()
        .expect("labelled");
    assert_eq!(label.text_content().unwrap(), "Kwota");

    type_into(&input, "12345,67");
    leptos::task::tick().await;
    assert_eq!(
        value.get_untracked(),
        Some(Decimal::from_str("12345.67").unwrap())
    );
    leave(&input);
    leptos::task::tick().await;
    assert_eq!(input.value(), "12\u{a0}345,67");

    type_into(&input, "12,345");
    leave(&input);
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), None);
    let error = document.get_element_by_id("amt-error").unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Kwota może mieć najwyżej dwa miejsca po przecinku."
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    // Switching language re-explains the same error in the new language.
    ctx.lang.set(Lang::Ro);
    leptos::task::tick().await;
    assert_eq!(
        error.text_content().unwrap(),
        "Suma poate avea cel mult două zecimale."
    );
    drop(handle);
}
