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

mod read;
mod write;

pub use read::import_csv;
pub use write::write_csv;

/// Every column, in the order written: the template's, then ours.
pub const COLUMNS: [&str; 25] = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
    "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
    "Unique ID", "Media Alt", "Media Link", "Kind", "Status", "Context", "Actors",
];

/// How a list of actors shares one cell: one a line. No actor holds a line
/// break (their white space is collapsed), and no encoding writes one.
const ACTOR_SEPARATOR: &str = "\n";

/// What spreadsheets run as a formula when a cell starts with it (full-width
/// forms included: spreadsheets fold them).
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Whether a cell, past any apostrophes already in front, would start a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) && cell.trim().parse::<i64>().is_err()
}

#[cfg(test)]
mod tests;
