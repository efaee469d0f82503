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

/// A data file's bytes as text: UTF-8 (a byte-order mark dropped), else
/// Latin-1, which every byte sequence is (older spreadsheet exports).
pub fn text_of(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            text
        }
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    }
}

/// Reads a TimelineJS3 file's text (already fetched from `url`).
pub fn load_text(url: &str, text: &str) -> Result<Loaded, LoadError> {
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { url: url.to_string(), bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty { url: url.to_string() });
    }
    let imported = crate::interop::timelinejs::import(text)
        .map_err(|e| LoadError::Unreadable { url: url.to_string(), why: e.to_string() })?;
    Ok(Loaded { story: Rc::new(imported.story), skipped: imported.skipped })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_bytes_become_text_whatever_their_encoding() {
        assert_eq!(text_of("\u{feff}{\"a\": \"é\"}".as_bytes().to_vec()), "{\"a\": \"é\"}");
        // "café" in Latin-1: not UTF-8, read byte for byte.
        assert_eq!(text_of(vec![b'c', b'a', b'f', 0xE9]), "café");
        assert_eq!(text_of(Vec::new()), "");
    }

    #[test]
    fn an_empty_answer_is_said_to_be_empty() {
        for body in ["", "  \n"] {
            assert_eq!(load_text("u", body), Err(LoadError::Empty { url: "u".into() }));
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
        assert!(matches!(load_text("u", "{not json"), Err(LoadError::Unreadable { .. })));
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(load_text("u", &huge), Err(LoadError::TooLarge { bytes, .. }) if bytes == MAX_BYTES + 1));
        let ok = load_text("u", r#"{"events":[{"start_date":{"year":2001},"text":{"headline":"H"}}]}"#).unwrap();
        assert_eq!(ok.story.events.len(), 1);
    }
}
