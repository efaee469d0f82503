//! Dated events: when ([`EventDate`], in `date.rs`), what ([`EventKind`], [`Status`]),
//! who, and where in the article each was read ([`Source`]).

use super::article::Span;
use super::rich::Node;
use super::date::EventDate;
use crate::calendar::{format_range, Lang};

/// Whether an event had happened when the text was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Happened,
    Expected,
}

impl Status {
    /// The name data files use (TimelineJS `datelines.status`).
    pub fn name(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Expected => "expected",
        }
    }

    pub fn from_name(name: &str) -> Option<Status> {
        [Status::Happened, Status::Expected].into_iter().find(|s| s.name() == name)
    }
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
    /// Index into [`Article::sentences`](super::Article::sentences).
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
    pub rich: Vec<Node>,
    /// Boxed: most events have none, and every event would otherwise carry
    /// a whole `Media`'s room (176 bytes).
    pub media: Option<Box<Media>>,
    /// The card's background colour from the data file (TimelineJS
    /// `background.color`), already checked: `#hex` or a CSS colour name.
    pub color: Option<String>,
}

impl Event {
    /// A happened event of kind [`EventKind::Other`] with nothing but its id,
    /// date and title; callers set the rest with struct update syntax.
    pub fn new(id: impl Into<String>, start: EventDate, title: impl Into<String>) -> Event {
        Event {
            id: id.into(),
            start,
            end: None,
            title: title.into(),
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
            color: None,
        }
    }

    /// The date as the data wants it shown, else as a reader of `lang`
    /// writes it: "June 19, 2024", or a range "2016–2017".
    pub fn date_text(&self, lang: Lang) -> String {
        self.display.clone().unwrap_or_else(|| match self.end {
            None if self.start.time.is_some() || self.start.deep.is_some() => self.start.text(lang),
            Some(end) if self.start.time.is_some() || end.time.is_some() || self.start.deep.is_some() || end.deep.is_some() => {
                if end == self.start { self.start.text(lang) } else { format!("{}–{}", self.start.text(lang), end.text(lang)) }
            }
            _ => {
                let at = |d: &EventDate| (d.date, d.granularity);
                format_range(lang, at(&self.start), self.end.as_ref().map(at))
            }
        })
    }
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
    /// The site it is on, when that is a known player or post provider
    /// ("YouTube"): shown as a link card that names it.
    pub provider: Option<String>,
    /// A small image for it (TimelineJS3 `media.thumbnail`): https only, shown
    /// in the event's marker and in a link card.
    pub thumbnail: Option<String>,
}

/// A named stretch of time drawn as a band behind the events (TimelineJS `eras`).
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub start: EventDate,
    pub end: EventDate,
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DEEP_LIMIT;
    use jiff::civil::{date, Date};

    #[test]
    fn a_time_of_day_is_kept_written_and_ordered() {
        let t = |h| crate::calendar::TimeOfDay::new(h, 30, 0).unwrap();
        let morning = EventDate::at(date(2014, 6, 18), t(9));
        let evening = EventDate::at(date(2014, 6, 18), t(21));
        assert_eq!(morning.value(), "2014-06-18T09:30");
        assert_eq!(EventDate::from_value("2014-06-18T21:30"), Some(evening));
        assert_eq!(EventDate::from_value("2014-06T21:30"), None, "a time belongs to a day");
        assert_eq!(evening.text(Lang::En), "June 18, 2014, 9:30 PM");
        assert_eq!(evening.text(Lang::Fr), "18 juin 2014, 21 h 30");
        assert!(morning.order() < evening.order());
        assert!(EventDate::day(date(2014, 6, 18)).order() < morning.order());
        assert_eq!(EventDate::year(1974).unwrap().order(), EventDate::day(date(1974, 1, 1)).order());
        let e = Event { end: Some(evening), ..Event::new("x", morning, "t") };
        assert_eq!(e.date_text(Lang::Ru), "18 июня 2014 г., 9:30–18 июня 2014 г., 21:30");
    }

    #[test]
    fn deep_years_are_kept_ordered_written_and_valued() {
        let big_bang = EventDate::any_year(-13_800_000_000).unwrap();
        let earth = EventDate::any_year(-4_540_000_000).unwrap();
        let far = EventDate::any_year(20_000).unwrap();
        let civil = EventDate::any_year(-9999).unwrap();
        assert_eq!(civil, EventDate::year(-9999).unwrap(), "the civil range stays civil");
        assert_eq!(EventDate::any_year(DEEP_LIMIT + 1), None);
        assert!(big_bang.order() < earth.order() && earth.order() < civil.order());
        assert!(EventDate::day(Date::MAX).order() < far.order());
        assert_eq!(big_bang.value(), "-13800000000");
        assert_eq!(EventDate::from_value(&big_bang.value()), Some(big_bang));
        assert_eq!(EventDate::from_value("+20000"), Some(far));
        assert_eq!(big_bang.year_number(), -13_800_000_000);
        assert_eq!(big_bang.text(Lang::En), "13.8 billion years ago");
        assert_eq!(far.text(Lang::Fr), "20\u{202f}000");
        let e = Event { end: Some(earth), ..Event::new("x", big_bang, "t") };
        assert_eq!(e.date_text(Lang::En), "13.8 billion years ago–4.54 billion years ago");
        assert_eq!(Event::new("y", big_bang, "t").date_text(Lang::Ru), "13,8 млрд лет назад");
    }

    #[test]
    fn an_event_shows_its_range_or_its_display_date() {
        let mut e = Event::new("x", EventDate::year(2016).unwrap(), "t");
        e.end = EventDate::year(2017);
        assert_eq!(e.date_text(Lang::En), "2016–2017");
        e.display = Some("the late 2010s".into());
        assert_eq!(e.date_text(Lang::Ru), "the late 2010s");
    }

    #[test]
    fn status_names_round_trip() {
        for s in [Status::Happened, Status::Expected] {
            assert_eq!(Status::from_name(s.name()), Some(s));
        }
        assert_eq!(Status::from_name("maybe"), None);
    }
}
