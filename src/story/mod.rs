//! The domain: what the app shows, and nothing about how it is found or drawn.
//!
//! # The model
//!
//! A [`Story`] is a title, optionally the [`Article`] it was read from, its
//! dated [`Event`]s in time order, and the [`Era`]s drawn behind them. An
//! event read from an article keeps [`Source`]s: byte [`Span`]s into the
//! article's original text, so that every event points back at the sentence
//! that dated it. An event imported from a data file has no sources but may
//! carry rich text ([`Node`], already sanitised) and [`Media`].
//!
//! This module is a leaf: it imports nothing of the crate but the
//! [`calendar`](crate::calendar). The parser (`corpus`) and the tagger
//! (`extract`) build stories; `pipeline` runs both; the timeline, the
//! importers and the UI read them.

mod article;
mod date;
mod event;
mod ids;
mod rich;

pub use crate::calendar::{Granularity, TimeOfDay};
pub use article::{Article, Paragraph, PullQuote, Section, Sentence, Span};
pub use date::EventDate;
pub use event::{Era, Event, EventKind, Media, Source, Status, ALL_KINDS};
pub use ids::{dedupe_ids, slug};
pub use rich::{plain, Node, Tag};

use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub title: String,
    pub article: Option<Article>,
    /// Sorted by start date, then by position in the text.
    pub events: Vec<Event>,
    pub eras: Vec<Era>,
    /// What a data file shows before its first event (TimelineJS `title`
    /// slide): its text, media and background colour.
    pub title_slide: Option<TitleSlide>,
    /// Drawn on a year-only axis, as TimelineJS3's `scale: "cosmological"`
    /// asks; a story with a year beyond ±9999 is drawn so anyway ([`Story::deep_time`]).
    pub cosmological: bool,
}

/// The first card of an imported timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TitleSlide {
    /// Sanitised rich text (the slide's `text.text`).
    pub rich: Vec<Node>,
    pub media: Option<Media>,
    /// Checked like an event's colour.
    pub color: Option<String>,
}

/// The events read from one sentence: their ids and date expressions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceRefs {
    pub ids: Vec<String>,
    /// Sorted, without repeats.
    pub timexes: Vec<Span>,
}

impl Story {
    /// A story of events alone, without an article.
    pub fn of_events(title: impl Into<String>, events: Vec<Event>) -> Story {
        Story { title: title.into(), article: None, events, eras: Vec::new(), title_slide: None, cosmological: false }
    }

    /// Whether the story is drawn on a year-only axis: it asks for it, or a
    /// date in it (an event's or an era's) is beyond the civil calendar.
    pub fn deep_time(&self) -> bool {
        let deep = |d: &EventDate| d.deep.is_some();
        self.cosmological
            || self.events.iter().any(|e| deep(&e.start) || e.end.as_ref().is_some_and(deep))
            || self.eras.iter().any(|e| deep(&e.start) || deep(&e.end))
    }

    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The lanes (groups) in order of first appearance; empty without groups.
    /// Linear: a file may have as many groups as events.
    pub fn groups(&self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        self.events.iter().filter_map(|e| e.group.as_ref()).filter(|g| seen.insert(g.as_str())).cloned().collect()
    }

    /// For each sentence that dated an event: which events, and where their
    /// date expressions are. The reader marks sentences with it.
    pub fn sentence_refs(&self) -> HashMap<usize, SentenceRefs> {
        let mut map: HashMap<usize, SentenceRefs> = HashMap::new();
        for e in &self.events {
            for src in &e.sources {
                let refs = map.entry(src.sentence).or_default();
                if !refs.ids.contains(&e.id) {
                    refs.ids.push(e.id.clone());
                }
                refs.timexes.push(src.timex_span);
            }
        }
        for refs in map.values_mut() {
            refs.timexes.sort();
            refs.timexes.dedup();
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_refs_gather_events_and_expressions_per_sentence() {
        let source = |sentence: usize, at: usize| Source {
            sentence,
            sentence_span: Span::new(0, 50),
            timex_span: Span::new(at, at + 4),
            value: "2024".into(),
        };
        let year = EventDate::year(2024).unwrap();
        let a = Event { sources: vec![source(0, 10), source(2, 3)], ..Event::new("a", year, "A") };
        let b = Event { sources: vec![source(0, 10), source(0, 1)], ..Event::new("b", year, "B") };
        let refs = Story::of_events("t", vec![a, b]).sentence_refs();
        assert_eq!(refs[&0].ids, ["a", "b"]);
        assert_eq!(refs[&0].timexes, [Span::new(1, 5), Span::new(10, 14)]);
        assert_eq!(refs[&2].ids, ["a"]);
        assert!(!refs.contains_key(&1));
    }

    #[test]
    fn groups_in_order_of_first_appearance() {
        let year = EventDate::year(2024).unwrap();
        let g = |id: &str, group: Option<&str>| Event { group: group.map(Into::into), ..Event::new(id, year, id) };
        let s = Story::of_events("t", vec![g("1", Some("B")), g("2", None), g("3", Some("A")), g("4", Some("B"))]);
        assert_eq!(s.groups(), ["B", "A"]);
        assert_eq!(s.position_of("3"), Some(2));
        assert_eq!(s.position_of("9"), None);
    }
}
