//! A data file's colour on an element. The page's CSP refuses `style="…"`
//! attributes, so the colour (already checked: `#hex` or a colour name) is
//! set through the CSSOM as a custom property the stylesheet reads.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_data_color(node: NodeRef, color: Option<String>) {
    use_effect_with(color, move |color| {
        if let Some(el) = node.cast::<web_sys::Element>().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let style = el.style();
            let _ = match color {
                Some(c) => style.set_property("--dl-data-color", c),
                None => style.remove_property("--dl-data-color").map(drop),
            };
        }
    });
}
