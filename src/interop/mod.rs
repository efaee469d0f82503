//! Formats newsrooms already use. TimelineJS3 JSON is the common one: Datelines
//! reads it (`?data=URL`) and writes it (`datelines events`). `json` is the
//! one JSON reader and writer; `story_data` is the app's own format, a whole
//! story inside a prerendered page.

mod color;
mod entities;
pub mod url;
pub mod export;
pub mod json;
pub mod sanitize;
pub mod sheet;
pub mod story_data;
pub mod text;
pub mod timelinejs;
pub mod timeml;
