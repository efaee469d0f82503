//! The few browser calls the components need, in one place: CSSOM placement
//! (the CSP forbids style attributes), history, scrolling, downloads, and the
//! failure panel.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A pixel value with one decimal: enough for placing, and short in the DOM.
pub fn px(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

const PLACED: &str = "[data-x], [data-y], [data-w]";

/// Places each descendant of `root` that has `data-x`, `data-y` or `data-w`
/// at that many pixels from the left, from the top, or that wide, through
/// the CSSOM.
pub fn place_children(root: &Element) {
    let Ok(list) = root.query_selector_all(PLACED) else { return };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            place(&el);
        }
    }
}

fn place(el: &Element) {
    let Some(el) = el.dyn_ref::<HtmlElement>() else { return };
    let style = el.style();
    for (attr, property) in [("data-x", "left"), ("data-y", "top"), ("data-w", "width")] {
        if let Some(v) = el.get_attribute(attr) {
            let _ = style.set_property(property, &format!("{v}px"));
        }
    }
}

/// Keeps `root`'s placed descendants (see [`place_children`]) where their
/// attributes say: all of them at once, then only those whose attributes
/// change or that are added, as Yew writes them (a `MutationObserver`,
/// which reports before the frame is painted). A render that moves nothing,
/// as a key press that selects a marker already in view, places nothing.
/// Dropped, it stops.
pub struct Placer {
    root: Element,
    observer: web_sys::MutationObserver,
    _report: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Placer {
    pub fn watch(root: &Element) -> Option<Placer> {
        place_children(root);
        let report = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
            for record in records.iter().filter_map(|r| r.dyn_into::<web_sys::MutationRecord>().ok()) {
                if record.type_() == "attributes" {
                    if let Some(el) = record.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                        place(&el);
                    }
                    continue;
                }
                let added = record.added_nodes();
                for el in (0..added.length()).filter_map(|i| added.item(i)?.dyn_into::<Element>().ok()) {
                    if el.matches(PLACED).unwrap_or(false) {
                        place(&el);
                    }
                    place_children(&el);
                }
            }
        });
        let observer = web_sys::MutationObserver::new(report.as_ref().unchecked_ref()).ok()?;
        let options = web_sys::MutationObserverInit::new();
        options.set_subtree(true);
        options.set_child_list(true);
        options.set_attribute_filter(&js_sys::Array::of3(&"data-x".into(), &"data-y".into(), &"data-w".into()));
        observer.observe_with_options(root, &options).ok()?;
        Some(Placer { root: root.clone(), observer, _report: report })
    }

    pub fn watches(&self, root: &Element) -> bool {
        &self.root == root
    }
}

impl Drop for Placer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// A scroll asked for this soon after the one before is a reader stepping
/// through events (an arrow key held or tapped), longer than the browser's
/// glide over a page.
const STEPPING_MS: f64 = 1000.0;

thread_local! {
    static LAST_SCROLL_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Scrolls `el` to the middle of the view: smoothly, unless motion is
/// reduced or the reader is stepping. A step lands at once because a reader
/// stepping wants each sentence now, and because a glide still running when
/// the next step comes makes that step wait on its frames (each a layout, a
/// compositor commit and the reading watch's intersection pass): at 1,000
/// events a press 250 ms after the last was answered in 17.6 ms, a press a
/// second after it in 6.5 ms (traced).
pub fn scroll_to(el: &Element) {
    let now = js_sys::Date::now();
    let stepping = LAST_SCROLL_AT.with(|at| now - at.replace(now) < STEPPING_MS);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    if !reduced_motion() && !stepping {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Runs `f` after the browser has painted the next frame. What an action
/// needs but its first visible answer does not (a scroll, which makes the
/// browser lay the page out at once) waits until that answer is on screen:
/// a key press is answered in one frame, then the page scrolls.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let next_task = wasm_bindgen::closure::Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, f).forget());
    let _ = gloo::utils::window().request_animation_frame(next_task.unchecked_ref());
}

/// Replaces the address's hash without adding a history entry.
pub fn replace_hash(hash: &str) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let base = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let url = if hash.is_empty() { base } else { format!("{base}{hash}") };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// The source sentence of event `id` in the reader.
pub fn sentence_of(id: &str) -> Option<Element> {
    let list = gloo::utils::document().query_selector_all("[data-event-ref]").ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .find(|el| el.get_attribute("data-event-ref").is_some_and(|r| crate::params::parse_event_refs(&r).any(|x| x == id)))
}

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Replaces the page with a message and a reload button: what a reader sees
/// instead of a frozen or blank page when the app fails.
pub fn report_failure(message: &str, lang: crate::i18n::Lang) {
    use crate::i18n::{tr, Text};
    let document = gloo::utils::document();
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("failure-panel").is_some() {
        return;
    }
    let Ok(panel) = document.create_element("div") else { return };
    panel.set_id("failure-panel");
    panel.set_class_name("failure-panel");
    let _ = panel.set_attribute("role", "alert");
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(&format!("{} {message}", tr(lang, Text::Stopped))));
        let _ = panel.append_child(&p);
    }
    if let Ok(button) = document.create_element("button") {
        let _ = button.set_attribute("type", "button");
        button.set_class_name("btn");
        button.set_text_content(Some(tr(lang, Text::Reload)));
        let listener = EventListener::new(&button, "click", |_| {
            let _ = gloo::utils::window().location().reload();
        });
        listener.forget();
        let _ = panel.append_child(&button);
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}
