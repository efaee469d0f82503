//! What the reader and the writer of the sheet agree on: the columns, how a
//! list shares a cell, and which cells a spreadsheet would run as formulas.

/// Every column, in the order written: the template's, then ours.
pub const COLUMNS: [&str; 25] = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
    "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
    "Unique ID", "Media Alt", "Media Link", "Kind", "Status", "Context", "Actors",
];

/// How a list of actors shares one cell: one a line. No actor holds a line
/// break (their white space is collapsed), and no encoding writes one.
pub const ACTOR_SEPARATOR: &str = "\n";

/// What spreadsheets run as a formula when a cell starts with it (full-width
/// forms included: spreadsheets fold them).
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Whether a cell, past any apostrophes already in front, would start a formula.
pub fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) && cell.trim().parse::<i64>().is_err()
}
