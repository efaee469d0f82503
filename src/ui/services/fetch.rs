//! Fetching a TimelineJS3 file named by `?data=URL`, with a size cap and a
//! timeout; reading it is `crate::load`'s, wording a failure `i18n`'s.

use crate::load::{load_text, LoadError, Loaded, MAX_BYTES, TIMEOUT_MS};
use gloo::net::http::Request;

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
    let response = Request::get(url)
        .abort_signal(abort.as_ref().map(|a| a.signal()).as_ref())
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status { url: owned(), status: response.status(), text: response.status_text() });
    }
    let declared = response.headers().get("content-length").and_then(|l| l.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_BYTES) {
        return Err(LoadError::TooLarge { url: owned(), bytes });
    }
    let text = response.text().await.map_err(|e| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Unreadable { url: owned(), why: e.to_string() } })?;
    load_text(url, &text)
}
