//! One component per file. The tree, top down: `StoryView` (masthead, the
//! title slide of an imported file, the panel beside the reader) → `Tracker`, `Timeline` (→ `Controls`, `Track`
//! or the list of `marker`s, `EventCard`), `Reader` (→ `Entry`),
//! `PrintTable`, `EmbedDialog`; `rich` renders sanitised text and media.

mod controls;
mod embed_dialog;
mod entry;
mod event_card;
mod marker;
mod print_table;
mod reader;
mod rich;
pub mod story_view;
mod timeline;
mod title_slide;
mod track;
mod tracker;
