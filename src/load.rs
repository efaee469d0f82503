//! Where a page's story comes from, and everything that can go wrong getting
//! it: an embedded article by name, or a data file by URL (the fetching
//! itself is the browser's, in `ui::services`). One error enum for all of it;
//! `i18n::load_error` words each case for the reader.

use crate::corpus::embedded;
use crate::story::Story;
use std::rc::Rc;

/// A story ready to show, with the parts of its file that could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Shared, never copied: a file can hold thousands of events.
    pub story: Rc<Story>,
    pub skipped: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NoSuchArticle { name: String, available: Vec<String> },
    BadArticle { name: String, why: String },
    Request { url: String, why: String },
    Status { url: String, status: u16, text: String },
    Unreadable { url: String, why: String },
    TooLarge { url: String, bytes: usize },
    TimedOut { url: String },
    /// The answer had no content (a body the browser could not decode
    /// arrives empty too).
    Empty { url: String },
}

/// The id of the data block a prerendered page carries its story in
/// (`<script type="application/json">`, never executed).
pub const PAGE_DATA_ID: &str = "datelines-data";

/// The largest data file the page reads.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// How long the page waits for it.
pub const TIMEOUT_MS: u32 = 20_000;

/// The embedded article `name` (the first one without a name), read into a story.
pub fn load_embedded(name: Option<&str>) -> Result<Loaded, LoadError> {
    let all = embedded();
    let text = match name {
        None => all[0],
        Some(n) => *all.iter().find(|t| t.name == n).ok_or_else(|| LoadError::NoSuchArticle {
            name: n.to_string(),
            available: all.iter().map(|t| t.name.to_string()).collect(),
        })?,
    };
    let story = crate::pipeline::read_story(text.text, None)
        .map_err(|e| LoadError::BadArticle { name: text.name.to_string(), why: e.to_string() })?;
    Ok(Loaded { story: Rc::new(story), skipped: Vec::new() })
}

/// What a data file holds: TimelineJS3 JSON, or Knight Lab's sheet template as CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Json,
    Csv,
}

/// By the content type when it names one of the two, else by the address's
/// extension (`.csv`), else by the text: JSON starts with `{` or `[`.
pub fn data_format(url: &str, content_type: Option<&str>, text: &str) -> DataFormat {
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    if ct.contains("csv") {
        return DataFormat::Csv;
    }
    if ct.contains("json") {
        return DataFormat::Json;
    }
    let path = url.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
    if path.ends_with(".csv") {
        return DataFormat::Csv;
    }
    if path.ends_with(".json") {
        return DataFormat::Json;
    }
    let first = text.trim_start_matches('\u{feff}').trim_start().chars().next();
    if matches!(first, Some('{' | '[') | None) { DataFormat::Json } else { DataFormat::Csv }
}

/// Reads a data file's bytes, fetched from `url` (finally from `base`, the
/// absolute address relative media paths are resolved against) with the
/// response's `content_type`. A file that is not UTF-8 is read as Latin-1,
/// and the notice says so.
pub fn load_bytes(url: &str, base: Option<&str>, content_type: Option<&str>, bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { url: url.to_string(), bytes: bytes.len() });
    }
    let (text, latin1) = crate::interop::text::decode_data(bytes);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { url: url.to_string() });
    }
    let base = base.or(Some(url));
    let imported = match data_format(url, content_type, &text) {
        DataFormat::Json => crate::interop::timelinejs::import_from(&text, base),
        DataFormat::Csv => crate::interop::sheet::import_csv(&text, base),
    }
    .map_err(|e| LoadError::Unreadable { url: url.to_string(), why: e.to_string() })?;
    let mut skipped = imported.skipped;
    if latin1 {
        skipped.insert(0, "the file is not UTF-8: it was read as Latin-1 (Windows-1252)".to_string());
    }
    Ok(Loaded { story: Rc::new(imported.story), skipped })
}

/// A data file read into the form a page carries its story in
/// (`interop::story_data`), as the importer's worker sends it back to the page:
/// the importer, the sheet reader and the sanitiser run in a wasm of their own,
/// off the page's thread (`docs/architecture.md`, "Two bundles").
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub data: String,
    pub skipped: Vec<String>,
}

/// [`load_bytes`], with the story encoded for the trip back to the page.
pub fn import_bytes(url: &str, base: Option<&str>, content_type: Option<&str>, bytes: &[u8]) -> Result<Imported, LoadError> {
    let loaded = load_bytes(url, base, content_type, bytes)?;
    Ok(Imported { data: crate::interop::story_data::encode(&loaded.story), skipped: loaded.skipped })
}

/// What the reader is told when the worker's answer cannot be decoded.
pub fn not_read_back(url: &str, e: &crate::interop::story_data::StoryDataError) -> LoadError {
    LoadError::Unreadable { url: url.to_string(), why: format!("the imported story cannot be read back: {e}") }
}

impl LoadError {
    /// A failure to fetch or read a file, as a tag and a detail that cross
    /// the worker boundary as plain strings; the page adds the address back
    /// (`from_parts`). An article's failures never cross it.
    pub fn to_parts(&self) -> (&'static str, String) {
        match self {
            LoadError::Request { why, .. } => ("request", why.clone()),
            LoadError::Status { status, text, .. } => ("status", format!("{status} {text}")),
            LoadError::TimedOut { .. } => ("timed-out", String::new()),
            LoadError::TooLarge { bytes, .. } => ("too-large", bytes.to_string()),
            LoadError::Empty { .. } => ("empty", String::new()),
            LoadError::Unreadable { why, .. } => ("unreadable", why.clone()),
            other => ("unreadable", format!("{other:?}")),
        }
    }

    pub fn from_parts(url: &str, tag: &str, detail: &str) -> LoadError {
        let url = url.to_string();
        let status = detail.split_once(' ').map_or((detail, ""), |(code, text)| (code, text));
        match (tag, detail.parse::<usize>(), status.0.parse::<u16>()) {
            ("request", _, _) => LoadError::Request { url, why: detail.to_string() },
            ("status", _, Ok(code)) => LoadError::Status { url, status: code, text: status.1.to_string() },
            ("timed-out", _, _) => LoadError::TimedOut { url },
            ("too-large", Ok(bytes), _) => LoadError::TooLarge { url, bytes },
            ("empty", _, _) => LoadError::Empty { url },
            _ => LoadError::Unreadable { url, why: detail.to_string() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_bytes_become_text_whatever_their_encoding() {
        let json = |title: &[u8]| [br#"{"title":""#, title, br#"","events":[{"start_date":{"year":2001}}]}"#].concat();
        let utf8 = load_bytes("u", None, None, &[b"\xEF\xBB\xBF".as_slice(), &json("caf\u{e9}".as_bytes())].concat()).unwrap();
        assert_eq!((utf8.story.title.as_str(), utf8.skipped.len()), ("caf\u{e9}", 0));
        // "café" in Latin-1: not UTF-8, read byte for byte, and said.
        let latin1 = load_bytes("u", None, None, &json(b"caf\xE9")).unwrap();
        assert_eq!((latin1.story.title.as_str(), latin1.skipped.len()), ("caf\u{e9}", 1));
        assert_eq!(load_bytes("u", None, None, b""), Err(LoadError::Empty { url: "u".into() }));
    }

    #[test]
    fn a_failure_crosses_the_worker_boundary_unchanged() {
        let url = || "https://example.org/a b.json".to_string();
        let all = [
            LoadError::Request { url: url(), why: "Failed to fetch".into() },
            LoadError::Status { url: url(), status: 404, text: "Not Found".into() },
            LoadError::Status { url: url(), status: 500, text: String::new() },
            LoadError::TimedOut { url: url() },
            LoadError::TooLarge { url: url(), bytes: 10_485_761 },
            LoadError::Empty { url: url() },
            LoadError::Unreadable { url: url(), why: "line 3: expected a value".into() },
        ];
        for e in all {
            let (tag, detail) = e.to_parts();
            assert_eq!(LoadError::from_parts(&url(), tag, &detail), e, "{tag} {detail}");
        }
        // A garbled status, or a tag the page does not know, still reaches
        // the reader as a failure with its words.
        assert_eq!(LoadError::from_parts("u", "status", "teapot"), LoadError::Unreadable { url: "u".into(), why: "teapot".into() });
        assert_eq!(LoadError::from_parts("u", "??", "odd"), LoadError::Unreadable { url: "u".into(), why: "odd".into() });
    }

    #[test]
    fn an_empty_answer_is_said_to_be_empty() {
        for body in ["", "  \n"] {
            assert_eq!(load_bytes("u", None, None, body.as_bytes()), Err(LoadError::Empty { url: "u".into() }));
        }
    }

    #[test]
    fn embedded_articles_by_name() {
        let first = load_embedded(None).unwrap();
        assert!(!first.story.events.is_empty());
        let by_name = load_embedded(Some(embedded()[0].name)).unwrap();
        assert_eq!(by_name.story.title, first.story.title);
        match load_embedded(Some("no-such-article")) {
            Err(LoadError::NoSuchArticle { name, available }) => {
                assert_eq!(name, "no-such-article");
                assert_eq!(available.len(), embedded().len());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn data_files_that_cannot_be_read_say_why() {
        assert!(matches!(load_bytes("u", None, None, "{not json".as_bytes()), Err(LoadError::Unreadable { .. })));
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(load_bytes("u", None, None, huge.as_bytes()), Err(LoadError::TooLarge { bytes, .. }) if bytes == MAX_BYTES + 1));
        let ok = load_bytes("u", None, None, r#"{"events":[{"start_date":{"year":2001},"text":{"headline":"H"}}]}"#.as_bytes()).unwrap();
        assert_eq!(ok.story.events.len(), 1);
    }

    #[test]
    fn csv_by_type_extension_or_content_and_latin1_with_a_notice() {
        assert_eq!(data_format("https://x.example/t.csv?v=2", None, "{"), DataFormat::Csv);
        assert_eq!(data_format("https://x.example/t", Some("text/csv; charset=utf-8"), "{"), DataFormat::Csv);
        assert_eq!(data_format("https://x.example/t.csv", Some("application/json"), ""), DataFormat::Json);
        assert_eq!(data_format("https://x.example/data", None, "\u{feff} {\"events\":[]}"), DataFormat::Json);
        assert_eq!(data_format("https://x.example/data", None, "Year,Headline"), DataFormat::Csv);
        let sheet = b"Year,Month,Day,Headline,Media\r\n2001,,,Caf\xE9 opens,media/a.jpg\r\n";
        let got = load_bytes("sheet.csv", Some("https://desk.example/tl/sheet.csv"), None, sheet).unwrap();
        assert_eq!(got.story.events[0].title, "Caf\u{e9} opens");
        assert_eq!(got.story.events[0].media.as_ref().unwrap().url, "https://desk.example/tl/media/a.jpg");
        assert_eq!(got.skipped, ["the file is not UTF-8: it was read as Latin-1 (Windows-1252)"]);
    }

    /// The page's side of the trip, in one piece (the page decodes in
    /// slices, `ui::services::slices`, which `story_data` tests give the
    /// same story at any slice size).
    fn from_imported(url: &str, imported: Imported) -> Result<Loaded, LoadError> {
        let story = crate::interop::story_data::decode(&imported.data).map_err(|e| not_read_back(url, &e))?;
        Ok(Loaded { story: Rc::new(story), skipped: imported.skipped })
    }

    #[test]
    fn a_file_read_in_the_worker_arrives_as_the_same_story() {
        let sheet = b"Year,Month,Day,Time,Headline,Text,Media,Group\r\n2001,5,2,14:30,Opens,<p>A <b>bold</b> start</p>,media/a.jpg,Desk\r\n1999,,,,Earlier,,,\r\n";
        let direct = load_bytes("s.csv", Some("https://desk.example/s.csv"), None, sheet).unwrap();
        let imported = import_bytes("s.csv", Some("https://desk.example/s.csv"), None, sheet).unwrap();
        assert_eq!(from_imported("s.csv", imported).unwrap(), direct);
        assert!(matches!(from_imported("u", Imported { data: "{".into(), skipped: vec![] }), Err(LoadError::Unreadable { .. })));
    }
}
