//! From an [`Article`] to dated [`Event`]s.
//!
//! Each sentence is tagged for temporal expressions ([`tagger`]); each date
//! becomes an event whose title is read from the date's clause ([`title`]) and
//! whose source is the sentence and the expression's exact span, so the reader
//! can highlight where the date was read. A month and day without a year are
//! resolved against the publication date; events after it are `Expected`.

mod grammar;
mod lexicon;
mod point;
mod resolve;
mod tagger;
mod tense;
mod title;
mod tokens;

pub use point::Point;
pub use resolve::TimexType;
pub use tagger::{tag_text, Tagger, Timex};
pub use title::title_for;

use crate::corpus::{Article, Span};
use crate::story::{dedupe_ids, slug, Event, Source, Status};

/// Dates more than this many years before publication are background context.
const BACKGROUND_YEARS: i16 = 10;

pub fn extract_events(article: &Article) -> Vec<Event> {
    let mut events = Vec::new();
    // Without a publication date, relative dates count from the first full
    // date the text gives.
    let mut tagger = Tagger::new(article.published);
    for (index, sentence) in article.sentences.iter().enumerate() {
        let text = article.slice(sentence.span);
        for timex in tagger.tag_sentence(text) {
            if tagger.dct().is_none() && timex.explicit {
                if let Some(Point::Day(d)) = timex.point {
                    tagger.set_dct(d);
                }
            }
            let Some(start) = timex.point.filter(|_| timex.kind == TimexType::Date).and_then(|p| p.event_date()) else {
                continue;
            };
            let end = timex.end_point.and_then(|p| p.event_date());
            let title = title_for(text, (timex.start, timex.end));
            let span = Span::new(sentence.span.start + timex.start, sentence.span.start + timex.end);
            let stamp = match end {
                Some(end) => format!("{}-{}", start.value(), end.value()),
                None => start.value(),
            };
            let status = match article.published {
                Some(p) if start.date > p => Status::Expected,
                _ => Status::Happened,
            };
            let background = article
                .published
                .is_some_and(|p| p.year() - end.unwrap_or(start).date.year() >= BACKGROUND_YEARS);
            events.push(Event {
                id: format!("{stamp}-{}", slug(&title, 5)),
                start,
                end,
                title,
                text: text.to_string(),
                status,
                background,
                source: Some(Source { sentence: index, sentence_span: sentence.span, timex_span: span }),
            });
        }
    }
    // Time order; a year before the days inside it; then text order.
    events.sort_by_key(|e| (e.start.date, e.start.granularity, e.source.as_ref().map(|s| s.timex_span)));
    dedupe_ids(&mut events);
    events
}
