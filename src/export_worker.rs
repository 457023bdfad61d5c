//! The export worker: a second wasm module holding the PDF and DOCX writers (font parsing and
//! subsetting, ZIP), started by the page on its first export so the first page load stays
//! small. The messages are described, and their field names defined, in
//! `overdue::export::document::message`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use overdue::export::document::message;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn field(data: &JsValue, name: &str) -> JsValue {
        Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }
    fn bytes(data: &JsValue, name: &str) -> Vec<u8> {
        field(data, name)
            .dyn_into::<Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default()
    }

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let reply = Object::new();
        let _ = Reflect::set(&reply, &message::ID.into(), &field(&data, message::ID));
        let result = overdue::export::document::render(
            &field(&data, message::FORMAT)
                .as_string()
                .unwrap_or_default(),
            &field(&data, message::DOCUMENT)
                .as_string()
                .unwrap_or_default(),
            &bytes(&data, message::REGULAR),
            &bytes(&data, message::BOLD),
        );
        let transfer = Array::new();
        match result {
            Ok(out) => {
                let array = Uint8Array::from(out.as_slice());
                transfer.push(&array.buffer());
                let _ = Reflect::set(&reply, &message::BYTES.into(), &array);
            }
            Err(e) => {
                let _ = Reflect::set(&reply, &message::ERROR.into(), &e.to_string().into());
            }
        }
        let _ = reply_to.post_message_with_transfer(&reply, &transfer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its message handler.
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &message::READY.into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Overdue export worker runs in the browser: it is built by `trunk build`.");
}
