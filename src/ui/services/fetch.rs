//! Fetching a TimelineJS3 file (JSON, or the sheet template as CSV) named by
//! `?data=URL`, with a size cap and a timeout; reading it is `crate::load`'s,
//! wording a failure `i18n`'s. The download runs in the importer's worker
//! (its script starts it, `src/bin/importer.rs` reads it with [`fetch_file`]),
//! which boot.js starts with the page: the download and the parse go on
//! while the page's own wasm loads, instead of after it. The browser's own
//! `fetch`: an HTTP client crate would bring its JSON machinery into the
//! wasm for one GET.

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

/// A fetched file, as the importer reads it.
pub struct Fetched {
    pub bytes: js_sys::Uint8Array,
    pub content_type: Option<String>,
    /// The final address, after redirects: relative media paths are the file's.
    pub base: Option<String>,
}

/// The story at `url` (`?data=`): fetched and read in the importer's worker
/// (the one `static/boot.js` started as the page began, which is already at
/// it), so the page's thread never holds the bytes or the parse.
/// `progress` hears how far the story is read back.
pub async fn load_data(url: &str, progress: &dyn Fn(Progress)) -> Result<Loaded, LoadError> {
    super::importer::Importer::start().load(url, &absolute(url), progress).await
}

/// `url` against the page's address, as `new URL(url, document.baseURI)`
/// in boot.js: the worker's own address is another file's.
fn absolute(url: &str) -> String {
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(url, &base).map(|u| u.href()).unwrap_or_else(|_| url.to_string())
}

/// A download the importer's worker script started (`fetch(url, {signal})`)
/// as the job arrived, so that it goes on while the worker's wasm compiles;
/// its abort handle serves the timeout.
pub struct Started {
    pub response: js_sys::Promise,
    pub abort: web_sys::AbortController,
}

/// Reads a started download (the browser's CORS rules apply), with a size
/// cap and a timeout; a failure names the address as the reader gave it (`shown`).
pub async fn fetch_file(started: Started, shown: &str) -> Result<Fetched, LoadError> {
    let owned = || shown.to_string();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = {
        let (timed_out, abort) = (timed_out.clone(), started.abort.clone());
        gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            abort.abort();
        })
    };
    let failed = |why: String| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Request { url: owned(), why } };
    let response: web_sys::Response = JsFuture::from(started.response)
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
    let base = Some(response.url()).filter(|u| !u.is_empty());
    Ok(Fetched { bytes, content_type, base })
}

enum Capped {
    Over(usize),
    Failed(String),
}

/// The body, read chunk by chunk and given up on past `MAX_BYTES`: a body
/// without a Content-Length, or a small compressed one that inflates to
/// hundreds of megabytes, never reaches memory whole. Bytes, not the
/// browser's text (`load_bytes` tells UTF-8 from Latin-1), gathered on the
/// JavaScript side: the importer's wasm copies them in once, whole.
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
