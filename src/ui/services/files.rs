//! A data file from the reader's own disk: chosen with the "Open a file"
//! control or dropped on the page, read by the same importer as `?data=`
//! (in its worker), never sent anywhere.

use crate::interop::story_data::Progress;
use crate::load::{LoadError, Loaded, MAX_BYTES};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Reads `file` into a story; the file's name stands for an address in the
/// messages. A local file has no address, so relative media paths in it
/// cannot be resolved (the notice names them). `progress` as for `?data=`.
pub async fn read(file: web_sys::File, progress: &dyn Fn(Progress)) -> Result<Loaded, LoadError> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_BYTES {
        return Err(LoadError::TooLarge { url: name, bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| LoadError::Request {
        url: name.clone(),
        why: e.as_string().unwrap_or_else(|| "the file could not be read".into()),
    })?;
    let content_type = Some(file.type_()).filter(|t| !t.is_empty());
    super::importer::Importer::start().import(&name, None, content_type.as_deref(), js_sys::Uint8Array::new(&buffer), progress).await
}

/// The first file of a drag, if it carries files (a dragged selection of text does not).
fn dragged_file(event: &web_sys::Event) -> Option<web_sys::File> {
    event.dyn_ref::<web_sys::DragEvent>()?.data_transfer()?.files()?.get(0)
}

fn carries_files(event: &web_sys::Event) -> bool {
    let types = event.dyn_ref::<web_sys::DragEvent>().and_then(|d| d.data_transfer()).map(|t| t.types());
    types.is_some_and(|t| t.iter().any(|v| v.as_string().as_deref() == Some("Files")))
}

/// While the returned listeners live, a file dropped anywhere on the page is
/// opened with `open`; the page is marked (`data-dropping` on `<html>`)
/// while a file is dragged over it.
pub fn listen_for_drops(open: Callback<web_sys::File>) -> [EventListener; 3] {
    let document = gloo::utils::document();
    let root = document.document_element();
    let mark = move |on: bool| {
        if let Some(root) = &root {
            let _ = if on { root.set_attribute("data-dropping", "") } else { root.remove_attribute("data-dropping") };
        }
    };
    let (over_mark, leave_mark) = (mark.clone(), mark.clone());
    let active = EventListenerOptions::enable_prevent_default();
    [
        EventListener::new_with_options(&document, "dragover", active, move |e| {
            if carries_files(e) {
                // Without this the browser would open the file itself, leaving the page.
                e.prevent_default();
                over_mark(true);
            }
        }),
        EventListener::new(&document, "dragleave", move |_| leave_mark(false)),
        EventListener::new_with_options(&document, "drop", active, move |e| {
            mark(false);
            if let Some(file) = dragged_file(e) {
                e.prevent_default();
                open.emit(file);
            }
        }),
    ]
}
