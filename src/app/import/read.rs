//! Files to bytes to read invoices, a few ZIP entries at a time with the browser painting in
//! between, so a KSeF package of 1 000 invoices shows its progress instead of freezing the page.

use crate::import::{self, FileResult, Limits, Problem, Reading};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// ZIP entries read between two paints (about 10 ms natively for FA(3) invoices).
const STEP: usize = 25;

/// (file name, entries read, entries in all) while reading.
pub type Progress = RwSignal<Option<(String, usize, usize)>>;

/// Lets the browser handle events and paint before the next step.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

async fn bytes_of(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads one file; never panics, every failure is a problem of that file.
pub async fn read_file(file: &web_sys::File, limits: &Limits, progress: Progress) -> FileResult {
    let name = file.name();
    let size = file.size() as u64;
    // Refused before the bytes are loaded: a 200 MB file never reaches memory.
    if size > limits.file_bytes {
        return FileResult::refused(
            &name,
            Problem::TooLarge {
                at: import::At::file(&name),
                bytes: size,
                limit: limits.file_bytes,
            },
        );
    }
    progress.set(Some((name.clone(), 0, 0)));
    yield_to_browser().await;
    let Some(bytes) = bytes_of(file).await else {
        return FileResult::refused(
            &name,
            Problem::UnknownFileType {
                at: import::At::file(&name),
            },
        );
    };
    match import::start(&name, &bytes, limits) {
        Reading::Done(r) => r,
        Reading::Zip(mut steps) => loop {
            let done = steps.step(&bytes, STEP);
            let (n, total) = steps.progress();
            progress.set(Some((name.clone(), n, total)));
            yield_to_browser().await;
            if done {
                break steps.finish();
            }
        },
    }
}

/// The files of a picker or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
