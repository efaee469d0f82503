//! Fetching a TimelineJS3 file (JSON, or the sheet template as CSV) named by `?data=URL`, with a size cap and a
//! timeout; reading it is `crate::load`'s, wording a failure `i18n`'s. The
//! browser's own `fetch`, called directly: an HTTP client crate would bring
//! its JSON machinery into the wasm for one GET.

use crate::load::{load_bytes, LoadError, Loaded, MAX_BYTES, TIMEOUT_MS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What a rejected promise says: an Error's message, else its text.
fn reason(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_string()),
    }
}

/// Fetches `url` (the browser's CORS rules apply), with a size cap and a timeout.
pub async fn load_data(url: &str) -> Result<Loaded, LoadError> {
    let owned = || url.to_string();
    let abort = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = abort.clone().map(|a| {
        let timed_out = timed_out.clone();
        gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            a.abort();
        })
    });
    let failed = |why: String| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Request { url: owned(), why } };
    let init = web_sys::RequestInit::new();
    if let Some(a) = &abort {
        init.set_signal(Some(&a.signal()));
    }
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|e| failed(reason(e)))?
        .dyn_into()
        .map_err(|_| failed("the answer is not a response".into()))?;
    if !response.ok() {
        return Err(LoadError::Status { url: owned(), status: response.status(), text: response.status_text() });
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|l| l.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_BYTES) {
        return Err(LoadError::TooLarge { url: owned(), bytes });
    }
    let unreadable = |why: String| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Unreadable { url: owned(), why } };
    // Bytes, not text: a Latin-1 file is decoded (with a notice) instead of turned into U+FFFD.
    let body = response.array_buffer().map_err(|e| unreadable(reason(e)))?;
    let bytes = js_sys::Uint8Array::new(&JsFuture::from(body).await.map_err(|e| unreadable(reason(e)))?).to_vec();
    let content_type = response.headers().get("content-type").ok().flatten();
    // The final address, after redirects: relative media paths are the file's.
    let base = Some(response.url()).filter(|u| !u.is_empty());
    load_bytes(url, base.as_deref(), content_type.as_deref(), &bytes)
}
