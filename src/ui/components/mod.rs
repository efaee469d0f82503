//! One component per file. The tree, top down: `StoryView` (masthead, the
//! panel beside the reader) → `Tracker`, `Timeline` (→ `Controls`, `Track`
//! or the list of `marker`s, `EventCard`: the selected event, or an imported
//! file's title slide as the first card), `Reader` (→ `ArticlePart`s, or `Entry`s),
//! `PrintTable`, `EmbedDialog`; `OpenFile` (in `Controls`, and on a page whose load failed); `rich` renders sanitised text and media; `more` stands for the events a long list leaves out; `Deferred` hydrates a subtree in a task of its own.

mod article_part;
mod controls;
mod deferred;
pub use deferred::after_slices;
mod embed_dialog;
mod entry;
mod event_card;
mod marker;
mod more;
pub mod open_file;
mod print_table;
mod reader;
mod rich;
pub mod story_view;
mod timeline;
mod track;
mod tracker;
