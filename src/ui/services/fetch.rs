//! Fetching a TimelineJS3 file (JSON, or the sheet template as CSV) named by `?data=URL`, with a size cap and a
//! timeout; reading it is `crate::load`'s, wording a failure `i18n`'s. The
//! browser's own `fetch`, called directly: an HTTP client crate would bring
//! its JSON machinery into the wasm for one GET.

use crate::interop::story_data::Progress;
use crate::load::{LoadError, Loaded, MAX_BYTES, TIMEOUT_MS};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What a rejected promise says: an Error's message, else its text.
fn reason(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_string()),
    }
}

/// Fetches `url` (the browser's CORS rules apply), with a size cap and a
/// timeout; `progress` hears how far the story is read back.
pub async fn load_data(url: &str, progress: &dyn Fn(Progress)) -> Result<Loaded, LoadError> {
    // Started now, the importer's worker compiles its wasm while the file downloads.
    let importer = super::importer::Importer::start();
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
    let bytes = read_capped(&response).await.map_err(|e| match e {
        Capped::Over(bytes) => LoadError::TooLarge { url: owned(), bytes },
        Capped::Failed(why) => unreadable(why),
    })?;
    let content_type = response.headers().get("content-type").ok().flatten();
    // The final address, after redirects: relative media paths are the file's.
    let base = Some(response.url()).filter(|u| !u.is_empty());
    importer.import(url, base.as_deref(), content_type.as_deref(), bytes, progress).await
}

enum Capped {
    Over(usize),
    Failed(String),
}

/// The body, read chunk by chunk and given up on past `MAX_BYTES`: a body
/// without a Content-Length, or a small compressed one that inflates to
/// hundreds of megabytes, never reaches memory whole. Bytes, not the
/// browser's text (`load_bytes` tells UTF-8 from Latin-1), gathered on the
/// JavaScript side: they go to the importer's worker and never through the
/// page's wasm memory.
async fn read_capped(response: &web_sys::Response) -> Result<js_sys::Uint8Array, Capped> {
    let Some(body) = response.body() else { return Ok(js_sys::Uint8Array::new_with_length(0)) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    use super::importer::field;
    let (mut parts, mut total) = (Vec::new(), 0usize);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| Capped::Failed(reason(e)))?;
        if field(&chunk, "done").as_bool().unwrap_or(true) {
            break;
        }
        let Ok(part) = field(&chunk, "value").dyn_into::<js_sys::Uint8Array>() else { continue };
        total += part.length() as usize;
        if total > MAX_BYTES {
            let _ = reader.cancel();
            return Err(Capped::Over(total));
        }
        parts.push(part);
    }
    let whole = js_sys::Uint8Array::new_with_length(total as u32);
    let mut at = 0;
    for part in &parts {
        whole.set(part, at);
        at += part.length();
    }
    Ok(whole)
}
