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
mod event_card;
mod load;
mod print_table;
mod reader;
mod state;
mod story_view;
mod timeline;
mod track;

pub use app::App;
pub use load::Loaded;
pub use story_view::{StoryView, StoryViewProps};

/// Mounts the app on `#app` (or on `<body>` when a host page has no such element).
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
