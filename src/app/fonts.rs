//! The PDF fonts (subsets of Liberation Sans, SIL OFL), fetched from the site on the first
//! PDF export, kept in Cache Storage for offline exports and in memory for the session. The page
//! fetches them (its Cache Storage) and hands them to the export worker with each PDF request.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The regular and bold font files.
type FontPair = Rc<(Vec<u8>, Vec<u8>)>;

thread_local! {
    static FONTS: RefCell<Option<FontPair>> = const { RefCell::new(None) };
}

const CACHE: &str = "overdue-fonts-v1";

/// The font from the network, kept in Cache Storage; from Cache Storage when offline.
async fn fetch(path: &str) -> Result<Vec<u8>, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let cache: Option<web_sys::Cache> = match window.caches() {
        Ok(caches) => JsFuture::from(caches.open(CACHE))
            .await
            .ok()
            .and_then(|c| c.dyn_into().ok()),
        Err(_) => None,
    };
    let fresh = match JsFuture::from(window.fetch_with_str(path)).await {
        Ok(r) => r
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(web_sys::Response::ok),
        Err(_) => None,
    };
    let response = match (fresh, &cache) {
        (Some(r), Some(cache)) => {
            if let Ok(copy) = r.clone() {
                let _ = JsFuture::from(cache.put_with_str(path, &copy)).await;
            }
            r
        }
        (Some(r), None) => r,
        (None, Some(cache)) => JsFuture::from(cache.match_with_str(path))
            .await?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| JsValue::from_str("font not cached"))?,
        (None, None) => return Err(JsValue::from_str("font not available")),
    };
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// (regular, bold)
pub async fn fonts() -> Result<FontPair, JsValue> {
    if let Some(cached) = FONTS.with(|f| f.borrow().clone()) {
        return Ok(cached);
    }
    let regular = fetch("fonts/overdue-sans-regular.ttf").await?;
    let bold = fetch("fonts/overdue-sans-bold.ttf").await?;
    let fonts = Rc::new((regular, bold));
    FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
    Ok(fonts)
}
