//! Which events the reader is reading: the source sentences on screen,
//! reported to the view state as `Action::Reading` (the timeline marks
//! those events without moving the selection).
//!
//! One `IntersectionObserver` serves the whole reader; each part of the
//! article hands it its own sentences once it is in the DOM, because parts
//! hydrate one after another (`components::deferred`) and an element found
//! earlier would be the prerendered copy the part replaces.

use crate::story::Story;
use crate::timeline::view::Action;
use super::view::{ByPtr, Dispatch};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

/// The reader's observer; equal only to itself (a prop of the article's parts).
#[derive(Clone)]
pub struct ReadingWatch(Rc<Watch>);

struct Watch {
    observer: Option<IntersectionObserver>,
    _callback: Option<Closure<dyn FnMut(js_sys::Array)>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

impl PartialEq for ReadingWatch {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl ReadingWatch {
    /// Watches the source sentences in `root` (and `root` itself if it is
    /// one); returns them, for [`ReadingWatch::forget`].
    pub fn watch_within(&self, root: &Element) -> Vec<Element> {
        let mut found = Vec::new();
        if root.has_attribute("data-event-ref") {
            found.push(root.clone());
        }
        if let Ok(list) = root.query_selector_all("[data-event-ref]") {
            found.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()));
        }
        if let Some(o) = &self.0.observer {
            found.iter().for_each(|el| o.observe(el));
        }
        found
    }

    pub fn forget(&self, elements: &[Element]) {
        if let Some(o) = &self.0.observer {
            elements.iter().for_each(|el| o.unobserve(el));
        }
    }
}

/// The observer for `story`'s reader, reporting through `dispatch`.
#[hook]
pub fn use_reading_watch(story: &ByPtr<Story>, dispatch: &Dispatch) -> ReadingWatch {
    let dispatch = dispatch.clone();
    let watch = use_memo(story.clone(), move |story| {
        // The server renders no observer (and must not call the browser).
        if !cfg!(target_arch = "wasm32") {
            return ReadingWatch(Rc::new(Watch { observer: None, _callback: None }));
        }
        // Built when the observer first reports, not with the page: at
        // 200,000 events the map is tens of milliseconds of the first render.
        let story = story.0.clone();
        let mut ids: Option<HashMap<String, usize>> = None;
        let mut v: Vec<Element> = Vec::new();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let ids = ids.get_or_insert_with(|| story.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect());
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else { continue };
                let target = entry.target();
                v.retain(|t| t != &target);
                if entry.is_intersecting() {
                    v.push(target);
                }
            }
            let mut reading: Vec<usize> = v
                .iter()
                .filter_map(|t| t.get_attribute("data-event-ref"))
                .flat_map(|r| crate::params::parse_event_refs(&r).filter_map(|id| ids.get(id.as_str()).copied()).collect::<Vec<_>>())
                .collect();
            reading.sort_unstable();
            reading.dedup();
            dispatch.dispatch(Action::Reading(reading));
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_threshold(&wasm_bindgen::JsValue::from_f64(0.5));
        let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
        ReadingWatch(Rc::new(Watch { observer, _callback: Some(callback) }))
    });
    (*watch).clone()
}
