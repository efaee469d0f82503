//! The Yew front end. In the browser it hydrates the page the build
//! prerendered (`prerender`, native, with Yew's server renderer) and then
//! runs the app; components render state and send actions;
//! the logic they call lives in the plain modules (`timeline::view` for the
//! shared state and its reducer, `i18n` for every word, `load` for where a
//! story comes from).
//!
//! - [`app`]: the root: reads the address, loads the story, provides the
//!   page's options and language.
//! - `hooks`: those contexts (`use_params`, `use_lang`), the shared view
//!   state (`use_view`, `use_dispatch`), layout queries, the host page.
//! - `services`: fetching a data file; the DOM calls Yew does not make.
//! - `components`: one component per file, narrow props down, callbacks
//!   (or the dispatcher) up.
//!
//! Page contract (tests and the benchmark rely on it): `#timeline-root` gets
//! `data-ready="true"` once the events are in the DOM; each marker carries
//! `data-event-id` and `aria-selected`; a source sentence carries
//! `data-event-ref` (space-separated ids, each percent-encoded: `params::event_refs`) and `data-highlighted="true"` while
//! one of its events is selected.

mod app;
mod components;
mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod renders;
mod services;

pub use app::{App, AppProps};
pub use components::story_view::{StoryView, StoryViewProps};
pub use crate::load::Loaded;
pub use services::dom::report_failure;
/// The importer's worker fetches `?data=` files itself (`src/bin/importer.rs`).
pub use services::fetch::{fetch_file, Fetched, Started};

/// Starts the app on `#app`: hydrates the prerendered page when it carries its
/// story (the release build's pages), renders from scratch otherwise. A panic
/// hook shows a failure panel instead of a frozen page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let lang = hooks::page_lang();
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_default(),
        };
        report_failure(&message, lang);
    }));
    // A debug build can be made to fail on purpose, to see the panel: ?panic=1.
    #[cfg(debug_assertions)]
    if gloo::utils::window().location().search().unwrap_or_default().contains("panic=1") {
        panic!("the debug-only ?panic=1 trigger");
    }
    // Instantiating the wasm is one task, reading the page's story the
    // next, hydrating the page the ones after it: each is long enough on a
    // phone's CPU without the others (Lighthouse counts every task's time
    // past 50 ms as blocking).
    components::after_slices(mount);
}

/// Reads the page's story and the address, then hydrates or renders (see [`start`]).
#[cfg(target_arch = "wasm32")]
fn mount() {
    let document = gloo::utils::document();
    let params = hooks::current_params();
    let page = services::page_data::read(&document, params.data.is_none());
    let mut props = match &page {
        Some(p) => app::AppProps { loaded: p.loaded.clone(), article: Some(p.article.clone()), articles: p.articles.clone(), params: None },
        None => app::AppProps::default(),
    };
    let root = document.get_element_by_id("app");
    let prerendered = page.is_some() && root.as_ref().is_some_and(|r| r.first_element_child().is_some());
    // A `?data=` page shows another story than the one built into it, and a
    // `?view=timeline` page another layout: render them from scratch with the
    // address's options, rather than hydrate a page only to replace it.
    let hydrate = prerendered && params.data.is_none() && params.view == crate::params::View::Reader;
    if !hydrate {
        if let Some(root) = &root {
            root.set_inner_html("");
        }
        let mut params = params;
        params.lang = Some(hooks::lang_of(&params));
        props.params = Some(std::rc::Rc::new(params));
    }
    // early.js hid the built page from an address that might replace it: it
    // is gone now, or it stays (`?view=reader` is the built view).
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("replacing");
    }
    match (root, hydrate) {
        // In a task after the one that decoded the story.
        (Some(root), true) => components::after_slices(move || drop(yew::Renderer::<App>::with_root_and_props(root, props).hydrate())),
        (Some(root), false) => drop(yew::Renderer::<App>::with_root_and_props(root, props).render()),
        (None, _) => drop(yew::Renderer::<App>::with_props(props).render()),
    }
}
