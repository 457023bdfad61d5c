//! Share links: the case JSON, deflated by the browser's CompressionStream and base64url
//! encoded, in the URL fragment (`#case=…`), which browsers never send to a server.

use crate::drafts::{base64url_decode, base64url_encode};
use js_sys::Uint8Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

pub const FRAGMENT: &str = "#case=";

async fn pipe(bytes: &[u8], compress: bool) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let format = web_sys::CompressionFormat::DeflateRaw;
    let stream = if compress {
        let cs = web_sys::CompressionStream::new(format)?;
        let pair = web_sys::ReadableWritablePair::new(&cs.readable(), &cs.writable());
        blob.stream().pipe_through(&pair)
    } else {
        let ds = web_sys::DecompressionStream::new(format)?;
        let pair = web_sys::ReadableWritablePair::new(&ds.readable(), &ds.writable());
        blob.stream().pipe_through(&pair)
    };
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

pub async fn encode(case_json: &str) -> Result<String, JsValue> {
    Ok(base64url_encode(&pipe(case_json.as_bytes(), true).await?))
}

pub async fn decode(fragment: &str) -> Result<String, JsValue> {
    let bytes = base64url_decode(fragment).ok_or_else(|| JsValue::from_str("not base64url"))?;
    let json = pipe(&bytes, false).await?;
    String::from_utf8(json).map_err(|_| JsValue::from_str("not utf-8"))
}

/// The current page's address without its fragment: where a share link points.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Takes a share fragment off the address (so a reload does not import it twice).
pub fn take_fragment() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let payload = hash.strip_prefix(FRAGMENT)?.to_string();
    let url = base_url();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    Some(payload)
}

pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
