//! The page's side of the importer's worker (`src/bin/importer.rs`, loaded by
//! `static/importer-worker.js`): reading a data file and writing an export
//! run there, off the page's thread and outside the reader's wasm. One worker
//! a job, ended when it answers: its memory (a parse can take many times the
//! file) goes back to the system instead of staying in the page.

use crate::interop::story_data::Progress;
use crate::load::{not_read_back, LoadError, Loaded};
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const SCRIPT: &str = "importer-worker.js";
/// Where boot.js leaves the worker it started early.
const STARTED: &str = "__datelinesImporter";
/// A job the worker has not answered by then is given up (the worker ended):
/// the page says so instead of waiting for ever.
const JOB_LIMIT_MS: u32 = 60_000;

/// A property of a JavaScript object (undefined when it has none).
pub(super) fn field(o: &JsValue, name: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn set(o: &Object, name: &str, value: JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(name), &value);
}

/// The build this page belongs to (the reader's hashed wasm name, which
/// boot.js's tag carries), so that the worker loads that build's files and
/// not an older build's from a cache.
fn build_query() -> String {
    gloo::utils::document()
        .query_selector("script[data-wasm]")
        .ok()
        .flatten()
        .and_then(|tag| tag.get_attribute("data-wasm"))
        .map(|wasm| format!("?build={}", crate::params::percent_encode(&wasm)))
        .unwrap_or_default()
}

/// The worker `static/boot.js` started before the page's wasm, if any: taken once.
fn take_started() -> Option<web_sys::Worker> {
    let window: JsValue = gloo::utils::window().into();
    let key = JsValue::from_str(STARTED);
    let worker = Reflect::get(&window, &key).ok()?.dyn_into::<web_sys::Worker>().ok()?;
    let _ = Reflect::delete_property(window.unchecked_ref::<Object>(), &key);
    Some(worker)
}

/// A worker started for one job. Started before the job's input is there
/// (while a file is chosen, or as the page begins), it loads and compiles
/// its wasm meanwhile.
pub struct Importer {
    worker: Result<web_sys::Worker, String>,
}

impl Importer {
    /// The worker boot.js started for a `?data=` page, the first time; else a new one.
    pub fn start() -> Importer {
        if let Some(worker) = take_started() {
            return Importer { worker: Ok(worker) };
        }
        let worker = web_sys::Worker::new(&format!("{SCRIPT}{}", build_query()))
            .map_err(|e| e.as_string().unwrap_or_else(|| "the importer could not start".into()));
        Importer { worker }
    }

    /// Runs the job: its answer, or why there is none. The worker ends with
    /// it (`Drop`).
    async fn run(self, job: &Object, transfer: &Array) -> Result<JsValue, String> {
        let worker = self.worker.as_ref().map_err(Clone::clone)?;
        let mut handlers = None;
        let answer = Promise::new(&mut |resolve, reject| {
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let _ = resolve.call1(&JsValue::NULL, &e.data());
            });
            let failed = reject.clone();
            // A script that cannot load (missing, blocked by the page's policy)
            // reports a bare error event, with no message.
            let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                let why = field(&e, "message").as_string().filter(|m| !m.is_empty());
                let _ = failed.call1(&JsValue::NULL, &why.unwrap_or_else(|| "the importer could not start".into()).into());
            });
            let limit = gloo::timers::callback::Timeout::new(JOB_LIMIT_MS, move || {
                let why = format!("the importer gave no answer within {} seconds", JOB_LIMIT_MS / 1000);
                let _ = reject.call1(&JsValue::NULL, &why.into());
            });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            handlers = Some((on_message, on_error, limit));
        });
        let result = match worker.post_message_with_transfer(job, transfer) {
            Ok(()) => JsFuture::from(answer).await,
            Err(e) => Err(e),
        };
        drop(handlers);
        let reply = result.map_err(|e| e.as_string().unwrap_or_else(|| "the importer stopped".into()))?;
        match field(&reply, "failed").as_string() {
            Some(failed) => Err(failed),
            None => Ok(reply),
        }
    }

    /// Reads a data file's bytes (see `load::load_bytes`). The bytes are
    /// handed over, not copied: `bytes` must own its buffer.
    /// `progress` hears how far the page is in reading the story back.
    pub async fn import(
        self,
        url: &str,
        base: Option<&str>,
        content_type: Option<&str>,
        bytes: Uint8Array,
        progress: &dyn Fn(Progress),
    ) -> Result<Loaded, LoadError> {
        let text = |s: Option<&str>| s.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED);
        let job = Object::new();
        set(&job, "url", url.into());
        set(&job, "base", text(base));
        set(&job, "contentType", text(content_type));
        set(&job, "bytes", bytes.clone().into());
        let reply = self.run(&job, &Array::of1(&bytes.buffer())).await;
        story_of(url, reply, progress).await
    }

    /// Fetches the file at `absolute` and reads it, in the worker; a failure
    /// names the address as the reader wrote it (`shown`). A worker that
    /// boot.js started on this address is already at it: it answers this job
    /// with that download instead of starting another (importer-worker.js).
    /// `progress` hears how far the page is in reading the story back.
    pub async fn load(self, shown: &str, absolute: &str, progress: &dyn Fn(Progress)) -> Result<Loaded, LoadError> {
        let job = Object::new();
        set(&job, "load", absolute.into());
        set(&job, "url", shown.into());
        let reply = self.run(&job, &Array::new()).await;
        story_of(shown, reply, progress).await
    }

    /// The story as TimelineJS3 JSON (`"json"`) or the sheet template's CSV (`"csv"`).
    pub async fn export(self, format: &str, story: &crate::story::Story) -> Result<String, String> {
        let job = Object::new();
        set(&job, "export", format.into());
        set(&job, "data", crate::interop::story_data::encode(story).into());
        let reply = self.run(&job, &Array::new()).await?;
        field(&reply, "text").as_string().ok_or_else(|| "the importer sent no text".into())
    }
}

/// The story in a worker's reply, read back in slices (`slices::decode`),
/// or what went wrong.
async fn story_of(url: &str, reply: Result<JsValue, String>, progress: &dyn Fn(Progress)) -> Result<Loaded, LoadError> {
    let reply = reply.map_err(|why| LoadError::Unreadable { url: url.to_string(), why: format!("the importer failed: {why}") })?;
    if let Some(tag) = field(&reply, "error").as_string() {
        return Err(LoadError::from_parts(url, &tag, &field(&reply, "detail").as_string().unwrap_or_default()));
    }
    // UTF-8 bytes (`src/bin/importer.rs`), copied into the page's memory once.
    let bytes = field(&reply, "data").dyn_into::<Uint8Array>().map(|b| b.to_vec()).unwrap_or_default();
    let data = String::from_utf8(bytes)
        .map_err(|_| LoadError::Unreadable { url: url.to_string(), why: "the importer's answer is not UTF-8".into() })?;
    let skipped = Array::from(&field(&reply, "skipped")).iter().filter_map(|v| v.as_string()).collect();
    let story = super::slices::decode(&data, progress).await.map_err(|e| not_read_back(url, &e))?;
    Ok(Loaded { story: std::rc::Rc::new(story), skipped })
}

/// A worker whose job never ran (the download failed) or has ended.
impl Drop for Importer {
    fn drop(&mut self) {
        if let Ok(worker) = &self.worker {
            worker.terminate();
        }
    }
}
