//! PDF and DOCX downloads. The writers run in the export worker (src/export_worker.rs), a second
//! wasm module started on the first export and kept for the session; this is the page's side:
//! start it, wait until it listens, send the document, await the bytes.

use crate::engine::document::Document;
use crate::export::document::{message, Format};
use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use leptos::prelude::{RwSignal, Set};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Written by Trunk next to index.html (`data-loader-shim`); relative, so sub-paths work.
const LOADER: &str = "export-worker_loader.js";

type Pending = Rc<RefCell<HashMap<u32, (Function, Function)>>>;

struct Client {
    worker: Worker,
    ready: Promise,
    pending: Pending,
    next: Cell<u32>,
    /// Set when the worker failed to load or crashed: the next export starts a new one (for
    /// example once the network is back).
    broken: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<Client>>> = const { RefCell::new(None) };
}

/// A promise and its resolve/reject functions.
fn deferred() -> Result<(Promise, Function, Function), JsValue> {
    let mut fns = None;
    let promise = Promise::new(&mut |resolve, reject| fns = Some((resolve, reject)));
    let (resolve, reject) = fns.ok_or("Promise executor did not run")?;
    Ok((promise, resolve, reject))
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn start() -> Result<Rc<Client>, JsValue> {
    let worker = Worker::new(LOADER)?;
    let pending: Pending = Rc::default();
    let broken = Rc::new(Cell::new(false));
    let (ready, ready_ok, ready_err) = deferred()?;
    let answers = pending.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if field(&data, message::READY).is_truthy() {
            let _ = ready_ok.call0(&JsValue::NULL);
            return;
        }
        let Some(id) = field(&data, message::ID).as_f64() else {
            return;
        };
        let Some((resolve, reject)) = answers.borrow_mut().remove(&(id as u32)) else {
            return;
        };
        let error = field(&data, message::ERROR);
        let _ = if error.is_undefined() {
            resolve.call1(&JsValue::NULL, &field(&data, message::BYTES))
        } else {
            reject.call1(&JsValue::NULL, &error)
        };
    });
    let waiting = pending.clone();
    let failed = broken.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        failed.set(true);
        let reason = JsValue::from_str("the export module could not run");
        let _ = ready_err.call1(&JsValue::NULL, &reason);
        for (_, (_, reject)) in waiting.borrow_mut().drain() {
            let _ = reject.call1(&JsValue::NULL, &reason);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Rc::new(Client {
        worker,
        ready,
        pending,
        next: Cell::new(0),
        broken,
        _on_message: on_message,
        _on_error: on_error,
    }))
}

fn client() -> Result<Rc<Client>, JsValue> {
    CLIENT.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some(c) = slot.as_ref().filter(|c| !c.broken.get()) {
            return Ok(c.clone());
        }
        if let Some(old) = slot.take() {
            old.worker.terminate();
        }
        let c = start()?;
        *slot = Some(c.clone());
        Ok(c)
    })
}

/// The bytes of `doc` as `format`, made by the export worker.
pub async fn render(doc: &Document, format: Format) -> Result<Vec<u8>, JsValue> {
    let json = serde_json::to_string(doc).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let request = Object::new();
    Reflect::set(&request, &message::FORMAT.into(), &format.slug().into())?;
    Reflect::set(&request, &message::DOCUMENT.into(), &json.into())?;
    if format == Format::Pdf {
        let fonts = super::fonts::fonts().await?;
        Reflect::set(
            &request,
            &message::REGULAR.into(),
            &Uint8Array::from(&fonts.0[..]),
        )?;
        Reflect::set(
            &request,
            &message::BOLD.into(),
            &Uint8Array::from(&fonts.1[..]),
        )?;
    }
    let client = client()?;
    JsFuture::from(client.ready.clone()).await?;
    let id = client.next.get();
    client.next.set(id.wrapping_add(1));
    Reflect::set(&request, &message::ID.into(), &id.into())?;
    let (answer, resolve, reject) = deferred()?;
    client.pending.borrow_mut().insert(id, (resolve, reject));
    if let Err(e) = client.worker.post_message(&request) {
        client.pending.borrow_mut().remove(&id);
        return Err(e);
    }
    let bytes = JsFuture::from(answer).await?;
    Ok(Uint8Array::new(&bytes).to_vec())
}

/// Makes `doc` as `format` and downloads it in the background as `name` (made by
/// `export::names::file_name` with `format.slug()`); `failed` says afterwards whether that
/// worked (the letter, agreement and court tools show it).
pub fn start_download(
    doc: Option<Document>,
    name: impl FnOnce(&str) -> String,
    format: Format,
    failed: RwSignal<bool>,
) {
    let Some(doc) = doc else {
        return;
    };
    let name = name(format.slug());
    leptos::task::spawn_local(async move {
        failed.set(download(doc, &name, format).await.is_err());
    });
}

async fn download(doc: Document, name: &str, format: Format) -> Result<(), JsValue> {
    let bytes = render(&doc, format).await?;
    super::download::download(name, format.mime(), &bytes).map_err(|e| JsValue::from_str(&e))
}
