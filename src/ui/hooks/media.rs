//! Hooks over the browser's layout: a media query, an element's width.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

/// Whether a media query matches, kept up to date.
#[hook]
pub fn use_media(query: &'static str) -> bool {
    // While the page hydrates, false until the effect has asked: the server
    // cannot know, and the browser's first render must equal the server's.
    // Once the page has settled, a new component asks at once.
    let settled = super::context::use_settled();
    let matches = use_state(|| settled && gloo::utils::window().match_media(query).ok().flatten().is_some_and(|m| m.matches()));
    {
        let matches = matches.clone();
        use_effect_with(query, move |q| {
            let list = gloo::utils::window().match_media(q).ok().flatten();
            if let Some(list) = &list {
                matches.set(list.matches());
            }
            let listener = list.map(|list| {
                let target = list.clone();
                EventListener::new(&target, "change", move |_| matches.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}

/// The width of the element behind `node`, updated on window resizes.
#[hook]
pub fn use_width(node: &NodeRef) -> f64 {
    let width = use_state(|| 0.0);
    {
        let (width, node) = (width.clone(), node.clone());
        use_effect_with((), move |_| {
            let measure = {
                let (width, node) = (width.clone(), node.clone());
                move || {
                    if let Some(el) = node.cast::<Element>() {
                        let w = el.client_width() as f64;
                        if (w - *width).abs() >= 1.0 {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
