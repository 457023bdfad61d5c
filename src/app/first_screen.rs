//! Takes over the static first screen: the app's own first screen, saved as HTML at build time
//! (scripts/first-screen.mjs) and shown by assets/first-screen.js while the wasm loads. Leptos
//! cannot hydrate markup it did not render, so the app renders itself next to the static nodes,
//! copies what the person typed or ticked into its own fields, moves the focus, and removes the
//! static nodes, all in one task: the browser never paints the two together, and as both have
//! the same markup and CSS, nothing moves.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

const STATIC: &str = "body > [data-first-screen]";
const CONTROLS: &str = "input, textarea";

/// Mounts the app with `mount`, taking over the static first screen if one is on the page.
pub fn mount_over_static(mount: impl FnOnce()) {
    let Some(window) = web_sys::window() else {
        return mount();
    };
    let Some(document) = window.document() else {
        return mount();
    };
    let statics = all(&document, STATIC);
    if statics.is_empty() {
        return mount();
    }
    let typed = all(&document, &scoped(STATIC));
    let active = document.active_element();
    // The page may have been scrolled to a field: it stays where it is (with two copies on the
    // page for a moment, the browser's scroll anchoring would otherwise move it).
    let scrolled = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    mount();
    let app = all(&document, &scoped("body > :not([data-first-screen])"));
    // Same markup, same order: the n-th field of one is the n-th of the other. If the app's
    // first screen is not the one saved (another language or case), nothing is copied into the
    // wrong field; the static copy had nothing but what a first visit sees.
    let mut focus = None;
    if typed.len() == app.len() {
        for (from, to) in typed.iter().zip(&app) {
            carry_over(from, to);
            if active.as_ref() == Some(from) {
                focus = Some((from, to));
            }
        }
    }
    for node in statics {
        node.remove();
    }
    window.scroll_to_with_x_and_y(scrolled.0, scrolled.1);
    // Only now: focusing while both copies are on the page would scroll to the app's copy,
    // below the static one, and the page would jump when the static one goes.
    if let Some((from, to)) = focus {
        focus_like(from, to);
    }
}

fn scoped(root: &str) -> String {
    CONTROLS
        .split(", ")
        .map(|c| format!("{root} {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `querySelectorAll`, called through JS so the first load needs no more web-sys bindings.
fn all(document: &web_sys::Document, selector: &str) -> Vec<web_sys::Element> {
    let query = prop(document, "querySelectorAll");
    let Some(query) = query.dyn_ref::<js_sys::Function>() else {
        return Vec::new();
    };
    let Ok(list) = query.call1(document, &JsValue::from_str(selector)) else {
        return Vec::new();
    };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|e| e.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn prop(el: &JsValue, name: &str) -> JsValue {
    Reflect::get(el, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A changed value or tick goes into the app's field through the same event a person's typing
/// sends, so the app's form holds it exactly as typed.
fn carry_over(from: &web_sys::Element, to: &web_sys::Element) {
    let tickable = matches!(
        prop(from, "type").as_string().as_deref(),
        Some("checkbox" | "radio")
    );
    let (now, default, event) = if tickable {
        ("checked", "defaultChecked", "change")
    } else {
        ("value", "defaultValue", "input")
    };
    let value = prop(from, now);
    if value == prop(from, default) {
        return;
    }
    let _ = Reflect::set(to, &JsValue::from_str(now), &value);
    if let Ok(e) = web_sys::Event::new(event) {
        e.init_event_with_bubbles(event, true);
        let _ = to.dispatch_event(&e);
    }
}

fn focus_like(from: &web_sys::Element, to: &web_sys::Element) {
    if let Some(to) = to.dyn_ref::<web_sys::HtmlElement>() {
        let _ = to.focus();
    }
    if let (Some(from), Some(to)) = (
        from.dyn_ref::<web_sys::HtmlInputElement>(),
        to.dyn_ref::<web_sys::HtmlInputElement>(),
    ) {
        // Date inputs have no selection; the call fails harmlessly for them.
        if let (Ok(Some(start)), Ok(Some(end))) = (from.selection_start(), from.selection_end()) {
            let _ = to.set_selection_range(start, end);
        }
    }
}
