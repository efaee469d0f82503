//! Formats newsrooms already use. TimelineJS3 JSON is the common one: Datelines
//! reads it (`?data=URL`) and writes it (`datelines events`).

mod entities;
pub mod export;
pub mod json;
pub mod sanitize;
pub mod story_data;
pub mod timelinejs;
pub mod timeml;
