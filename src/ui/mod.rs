//! The Yew front end. Components render state and send intents up; the logic
//! they call lives in the plain modules (`corpus`, `extract`, `timeline`,
//! `interop`, `i18n`, `params`).
//!
//! Page contract (tests and the benchmark rely on it): `#timeline-root` gets
//! `data-ready="true"` once the events are in the DOM; each marker carries
//! `data-event-id` and `aria-selected`; a source sentence carries
//! `data-event-ref` (space-separated ids) and `data-highlighted="true"` while
//! one of its events is selected.

mod app;
mod controls;
mod dom;
mod embed;
mod embed_dialog;
mod event_card;
mod load;
mod print_table;
mod reader;
mod rich;
mod state;
mod story_view;
mod timeline;
mod track;
mod tracker;

pub use app::App;
pub use dom::report_failure;
pub use load::Loaded;
pub use story_view::{StoryView, StoryViewProps};

/// Mounts the app on `#app` (or on `<body>` when a host page has no such
/// element), after installing a panic hook that shows a failure panel.
pub fn start() {
    let lang = app::page_lang();
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
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
