//! The domain the app shows: a [`Story`] is a title, optionally the article it
//! was read from, and its dated [`Event`]s in time order.

use crate::corpus::{Article, Span};
use jiff::civil::Date;

/// How precisely a date is known. A year-only date is stored as January 1 of
/// that year, but it is shown and compared as the whole year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Granularity {
    Year,
    Month,
    Day,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventDate {
    pub date: Date,
    pub granularity: Granularity,
}

impl EventDate {
    pub fn day(date: Date) -> Self {
        EventDate { date, granularity: Granularity::Day }
    }
    pub fn month(year: i16, month: i8) -> Option<Self> {
        Some(EventDate { date: Date::new(year, month, 1).ok()?, granularity: Granularity::Month })
    }
    pub fn year(year: i16) -> Option<Self> {
        Some(EventDate { date: Date::new(year, 1, 1).ok()?, granularity: Granularity::Year })
    }

    /// The TIMEX3 value: "2024-06-19", "2024-06" or "2024".
    pub fn value(&self) -> String {
        let d = self.date;
        match self.granularity {
            Granularity::Day => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Granularity::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Granularity::Year => format!("{:04}", d.year()),
        }
    }

    /// The date as an English reader expects it: "June 19, 2024", "June 2024", "2024".
    pub fn display(&self) -> String {
        let d = self.date;
        let month = crate::calendar::month_name(d.month());
        match self.granularity {
            Granularity::Day => format!("{month} {}, {}", d.day(), d.year()),
            Granularity::Month => format!("{month} {}", d.year()),
            Granularity::Year => d.year().to_string(),
        }
    }

    /// The last day this date covers: the whole year for a year.
    pub fn last_day(&self) -> Date {
        let d = self.date;
        match self.granularity {
            Granularity::Day => d,
            Granularity::Month => d.last_of_month(),
            Granularity::Year => Date::new(d.year(), 12, 31).unwrap_or(d),
        }
    }
}

/// Whether an event had happened when the text was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Happened,
    Expected,
}

/// What kind of happening an event is, from the words of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Signing,
    Submission,
    Ratification,
    Approval,
    EntryIntoForce,
    Statement,
    Meeting,
    Sanction,
    Other,
}

impl EventKind {
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Signing => "signing",
            EventKind::Submission => "submission",
            EventKind::Ratification => "ratification",
            EventKind::Approval => "approval",
            EventKind::EntryIntoForce => "entry into force",
            EventKind::Statement => "statement",
            EventKind::Meeting => "meeting",
            EventKind::Sanction => "sanction",
            EventKind::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<EventKind> {
        ALL_KINDS.into_iter().find(|k| k.name() == name)
    }
}

pub const ALL_KINDS: [EventKind; 9] = [
    EventKind::Signing, EventKind::Submission, EventKind::Ratification, EventKind::Approval,
    EventKind::EntryIntoForce, EventKind::Statement, EventKind::Meeting, EventKind::Sanction, EventKind::Other,
];

/// Where in the article an event was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Index into [`Article::sentences`].
    pub sentence: usize,
    pub sentence_span: Span,
    /// The temporal expression itself, e.g. "June 19, 2024".
    pub timex_span: Span,
    /// Its TIMEX3 value, e.g. "2024-06-19".
    pub value: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable across runs: the date's TIMEX3 value and a slug of the title.
    pub id: String,
    pub start: EventDate,
    pub end: Option<EventDate>,
    pub title: String,
    /// Longer text: the source sentence, or an imported event's body.
    pub text: String,
    pub status: Status,
    /// A context date far before the story (a 1953 treaty in a 2024 article).
    pub background: bool,
    pub kind: EventKind,
    /// People and bodies named in the event's clause.
    pub actors: Vec<String>,
    /// Every mention of this happening in the article, in text order; empty
    /// for events imported without an article.
    pub sources: Vec<Source>,
    /// The lane it is drawn in (TimelineJS `group`), when the data has lanes.
    pub group: Option<String>,
    /// The date as the data file wants it shown (TimelineJS `display_date`).
    pub display: Option<String>,
    /// Rich text from a data file, sanitised; empty for events read from an article.
    pub rich: Vec<crate::interop::sanitize::Node>,
    pub media: Option<Media>,
}

/// A picture or a link attached to an imported event (TimelineJS `media`).
#[derive(Clone, Debug, PartialEq)]
pub struct Media {
    /// Only `http`, `https` or `mailto` URLs get here (see `interop::sanitize::safe_href`).
    pub url: String,
    /// Shown as an image (by its file type) rather than as a link.
    pub image: bool,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    pub link: Option<String>,
}

/// A named stretch of time drawn as a band behind the events (TimelineJS `eras`).
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub start: EventDate,
    pub end: EventDate,
    pub label: String,
}

impl Event {
    /// "June 19, 2024" or a range "2016–2017".
    pub fn display_date(&self) -> String {
        match self.end {
            Some(end) if end != self.start => format!("{}–{}", self.start.display(), end.display()),
            _ => self.start.display(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub title: String,
    pub article: Option<Article>,
    /// Sorted by start date, then by position in the text.
    pub events: Vec<Event>,
    pub eras: Vec<Era>,
}

impl Story {
    /// Reads an article and extracts its events.
    pub fn from_text(text: &str) -> Result<Story, crate::corpus::parse::ParseError> {
        let article = crate::corpus::parse_article(text)?;
        let events = crate::extract::extract_events(&article);
        Ok(Story { title: article.title.clone(), article: Some(article), events, eras: Vec::new() })
    }

    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The lanes (groups) in order of first appearance; empty without groups.
    pub fn groups(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for g in self.events.iter().filter_map(|e| e.group.as_ref()) {
            if !out.contains(g) {
                out.push(g.clone());
            }
        }
        out
    }
}

/// Lower-case ASCII words of `title` joined by '-', for ids and URLs.
pub fn slug(title: &str, max_words: usize) -> String {
    const SKIP: &[&str] = &["the", "a", "an", "of", "to", "in", "on", "and", "for", "at", "by"];
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .filter(|w| !SKIP.contains(&w.as_str()))
        .take(max_words)
        .collect();
    if words.is_empty() { "event".to_string() } else { words.join("-") }
}

/// Makes every id in `events` unique by suffixing repeats with -2, -3, …
pub fn dedupe_ids(events: &mut [Event]) {
    let mut seen = std::collections::HashSet::new();
    for e in events.iter_mut() {
        let base = e.id.clone();
        let mut n = 1;
        while !seen.insert(e.id.clone()) {
            n += 1;
            e.id = format!("{base}-{n}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_and_displays_follow_granularity() {
        let d = EventDate::day(date(2024, 6, 9));
        assert_eq!((d.value(), d.display()), ("2024-06-09".into(), "June 9, 2024".into()));
        let m = EventDate::month(2024, 10).unwrap();
        assert_eq!((m.value(), m.display(), m.last_day()), ("2024-10".into(), "October 2024".into(), date(2024, 10, 31)));
        let y = EventDate::year(953).unwrap();
        assert_eq!((y.value(), y.display()), ("0953".into(), "953".into()));
    }

    #[test]
    fn slugs_are_ascii_and_short() {
        assert_eq!(slug("The Duma ratifies the Treaty!", 5), "duma-ratifies-treaty");
        assert_eq!(slug("Договор", 5), "event");
        assert_eq!(slug("One two three four five six", 3), "one-two-three");
    }

    #[test]
    fn repeated_ids_get_suffixes() {
        let e = |id: &str| Event {
            id: id.into(),
            start: EventDate::year(2000).unwrap(),
            end: None,
            title: String::new(),
            text: String::new(),
            status: Status::Happened,
            background: false,
            kind: EventKind::Other,
            actors: Vec::new(),
            sources: Vec::new(),
            group: None,
            display: None,
            rich: Vec::new(),
            media: None,
        };
        let mut v = vec![e("x"), e("x"), e("y"), e("x")];
        dedupe_ids(&mut v);
        let ids: Vec<_> = v.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2", "y", "x-3"]);
    }
}
