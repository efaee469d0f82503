//! Speaking to a host page when embedded: the content height (in the Pym.js,
//! AMP and Datelines conventions) after load, on resize and whenever the
//! content changes, debounced and only when it changed; Pym.js width messages
//! are answered; the selected event is announced for hosts that mirror it.

use crate::embed::{amp_size, datelines_event, datelines_height, pym_height, pym_width, worth_sending};
use crate::params::Params;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    // At the top level a window is its own parent: nobody to tell.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn content_height() -> u32 {
    gloo::utils::document()
        .document_element()
        .map_or(0, |root| root.get_bounding_client_rect().height().ceil() as u32)
}

fn post(parent: &web_sys::Window, message: &JsValue) {
    // Heights are not secrets; the host checks where a message came from.
    let _ = parent.post_message(message, "*");
}

fn json(value: &crate::interop::json::Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}

/// Sends the height if it changed since the last message.
fn send_height(params: &Params, last: &Cell<Option<u32>>, force: bool) {
    let Some(parent) = parent() else { return };
    let now = content_height();
    if !force && !worth_sending(last.get(), now) {
        return;
    }
    last.set(Some(now));
    if let Some(child) = &params.child_id {
        post(&parent, &JsValue::from_str(&pym_height(child, now)));
    }
    post(&parent, &json(&amp_size(now)));
    let id = params.id.as_deref().or(params.child_id.as_deref());
    post(&parent, &json(&datelines_height(now, id)));
}

/// Keeps the host page told of the content height (for the page's life).
#[hook]
pub fn use_host_height(params: Rc<Params>) {
    {
        // Again when the options change: the page starts with the ones it was
        // built with, and the address's (a Pym.js child id, a frame id) follow.
        // Each run has its own memory of the last height, and a send that a
        // finished run scheduled is dropped, so the new names are always said.
        use_effect_with(params, move |params| {
            let params = params.clone();
            let last: Rc<Cell<Option<u32>>> = Rc::new(Cell::new(None));
            let alive = Rc::new(Cell::new(true));
            let mut keep: Vec<EventListener> = Vec::new();
            let mut observer = None;
            let mut closure = None;
            if parent().is_some() {
                // Changes come in bursts (a render, then fonts, then images): one
                // message per 50 ms at most.
                let pending = Rc::new(Cell::new(false));
                // A Pym.js parent's width message wants an answer even when the
                // height has not changed.
                let answer = Rc::new(Cell::new(false));
                let schedule = {
                    let (params, last, pending, alive, answer) = (params.clone(), last.clone(), pending.clone(), alive.clone(), answer.clone());
                    Rc::new(move || {
                        if pending.replace(true) {
                            return;
                        }
                        let (params, last, pending, alive, answer) = (params.clone(), last.clone(), pending.clone(), alive.clone(), answer.clone());
                        gloo::timers::callback::Timeout::new(50, move || {
                            pending.set(false);
                            if !alive.get() {
                                return;
                            }
                            send_height(&params, &last, answer.replace(false));
                        })
                        .forget();
                    })
                };
                schedule();
                let on_resize = {
                    let schedule = schedule.clone();
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| schedule())
                };
                if let (Ok(o), Some(root)) = (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), gloo::utils::document().document_element()) {
                    o.observe(&root);
                    observer = Some(o);
                }
                closure = Some(on_resize);
                {
                    let schedule = schedule.clone();
                    keep.push(EventListener::new(&gloo::utils::window(), "load", move |_| schedule()));
                }
                // A Pym.js parent announces its width; the child answers with its
                // height, once per burst of announcements, and only to its parent:
                // another frame's forged message gets nothing.
                if let Some(child) = params.child_id.clone() {
                    let (schedule, answer) = (schedule.clone(), answer.clone());
                    keep.push(EventListener::new(&gloo::utils::window(), "message", move |e| {
                        let Some(m) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
                        let from_parent = match (m.source(), parent()) {
                            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
                            _ => false,
                        };
                        if from_parent && m.data().as_string().is_some_and(|d| pym_width(&d, &child).is_some()) {
                            answer.set(true);
                            schedule();
                        }
                    }));
                }
            }
            move || {
                alive.set(false);
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop((closure, keep));
            }
        });
    }
}

/// Tells the host page which event is selected.
pub fn announce_event(params: &Params, event: &str) {
    if let Some(parent) = parent() {
        let name = params.id.as_deref().or(params.child_id.as_deref());
        post(&parent, &json(&datelines_event(event, name)));
    }
}
