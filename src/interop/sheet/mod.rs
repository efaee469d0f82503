//! Knight Lab's Google Sheets template for TimelineJS3, as a CSV file
//! ("File → Download → CSV"): one row per event, plus rows of `Type` `title`
//! (the title slide) and `era`. Read with the `csv` crate into the same
//! TimelineJS3 document the JSON importer reads, so that both have the same
//! rules, notices and limits; written back in the same columns.
//!
//! The template's 18 columns come first; after them, ours (TimelineJS3
//! reads columns by name, so extra ones are only extra): `Unique ID`,
//! `Media Alt`, `Media Link`, and what the text said of the event — `Kind`,
//! `Status`, `Context` and `Actors` — so that a story read from JSON comes
//! back from CSV unchanged.

mod cells;
mod read;
mod write;

pub use cells::COLUMNS;
pub use read::import_csv;
pub use write::write_csv;

#[cfg(test)]
mod tests;
