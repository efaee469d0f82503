//! The importer's wasm: fetches and reads a data file (TimelineJS3 JSON or
//! the sheet template as CSV) and writes exports, in a web worker, so that neither the
//! parsers nor their work weigh on the page. `static/importer-worker.js` loads
//! it and passes messages; the page side is `ui::services::importer`.
//! The reader's wasm (`web`) links none of this (`docs/architecture.md`,
//! "Two bundles").

#[cfg(target_arch = "wasm32")]
mod worker {
    use datelines::load::import_bytes;
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::prelude::*;

    fn set(o: &Object, key: &str, value: JsValue) {
        let _ = Reflect::set(o, &JsValue::from_str(key), &value);
    }

    /// `{data, skipped}` with the story in the prerendered page's format (as
    /// UTF-8 bytes, which the worker hands over without a copy: a string of
    /// several megabytes took the page tens of milliseconds to receive and
    /// convert), or `{error, detail}` (`LoadError::to_parts`).
    #[wasm_bindgen]
    pub fn import_file(url: String, base: Option<String>, content_type: Option<String>, bytes: js_sys::Uint8Array) -> Object {
        let reply = Object::new();
        match import_bytes(&url, base.as_deref(), content_type.as_deref(), &bytes.to_vec()) {
            Ok(imported) => {
                // UTF-8 bytes, which the worker script transfers: the page
                // copies them into its wasm as they are, where a string would
                // be re-encoded from UTF-16 on the page's thread.
                set(&reply, "data", js_sys::Uint8Array::from(imported.data.as_bytes()).into());
                let skipped: Array = imported.skipped.into_iter().map(JsValue::from).collect();
                set(&reply, "skipped", skipped.into());
            }
            Err(e) => failure(&reply, &e),
        }
        reply
    }

    /// Reads the download the worker script started (`response`, a fetch's
    /// promise, and its `abort` handle) as [`import_file`] does; a failure
    /// names the address as the reader wrote it (`shown`).
    #[wasm_bindgen]
    pub async fn load_started(response: js_sys::Promise, abort: web_sys::AbortController, shown: String) -> Object {
        match datelines::ui::fetch_file(datelines::ui::Started { response, abort }, &shown).await {
            Ok(f) => import_file(shown, f.base, f.content_type, f.bytes),
            Err(e) => {
                let reply = Object::new();
                failure(&reply, &e);
                reply
            }
        }
    }

    fn failure(reply: &Object, e: &datelines::load::LoadError) {
        let (tag, detail) = e.to_parts();
        set(reply, "error", tag.into());
        set(reply, "detail", detail.into());
    }

    /// The story (in the page's format) as TimelineJS3 JSON or as the sheet template's CSV.
    #[wasm_bindgen]
    pub fn export_story(format: String, data: String) -> Result<String, JsValue> {
        let story = datelines::interop::story_data::decode(&data).map_err(|e| JsValue::from_str(&e.to_string()))?;
        Ok(match format.as_str() {
            "csv" => datelines::interop::export::csv(&story),
            _ => datelines::interop::export::timelinejs(&story).to_string_pretty(),
        })
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("the importer runs in the web app's worker (trunk builds it); natively the library reads data files");
        std::process::exit(2);
    }
}
