//! What a reader types in the search box, and what it matches. One place for
//! both the timeline's filter and the reader's sentence marks, so the two
//! always agree; an event's date matches as the reader's language writes it
//! ("octobre", "октября"), and as its TIMEX3 value ("2024-10").

use crate::calendar::Lang;
use crate::story::Event;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Lower-cased words; all must occur.
    words: Vec<String>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        Query { words: text.split_whitespace().map(str::to_lowercase).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether `text` holds every word (case-insensitive). An empty query matches nothing.
    pub fn matches(&self, text: &str) -> bool {
        !self.is_empty() && {
            let lower = text.to_lowercase();
            self.words.iter().all(|w| lower.contains(w.as_str()))
        }
    }

    /// Whether the event's title, text, actors or date hold every word.
    pub fn matches_event(&self, e: &Event, lang: Lang) -> bool {
        // Asked of every entry on screen at every render: an empty query
        // writes no text to search.
        if self.is_empty() {
            return false;
        }
        let value = e.start.value();
        self.matches(&format!("{} {} {} {} {value}", e.title, e.text, e.actors.join(" "), e.date_text(lang)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::EventDate;

    fn event() -> Event {
        let day = EventDate::day(jiff::civil::date(2024, 10, 24));
        Event { actors: vec!["State Duma".into()], ..Event::new("e", day, "Lawmakers Approve The Bill") }
    }

    #[test]
    fn every_word_must_occur() {
        let q = Query::parse("  approve   BILL ");
        assert!(q.matches("They approve the bill."));
        assert!(!q.matches("They approve."));
        assert!(!Query::parse("   ").matches("anything"), "an empty query marks nothing");
    }

    #[test]
    fn dates_match_in_the_readers_language() {
        let e = event();
        assert!(Query::parse("octobre").matches_event(&e, Lang::Fr));
        assert!(!Query::parse("octobre").matches_event(&e, Lang::En));
        assert!(Query::parse("октября").matches_event(&e, Lang::Ru));
        assert!(Query::parse("october 24").matches_event(&e, Lang::En));
        assert!(Query::parse("2024-10").matches_event(&e, Lang::Ru));
        assert!(Query::parse("duma").matches_event(&e, Lang::En));
    }
}
