//! From an [`Article`] to dated [`Event`]s.
//!
//! Each sentence is tagged for temporal expressions ([`tagger`]); each date
//! becomes an event whose title is read from the date's clause ([`title`]) and
//! whose source is the sentence and the expression's exact span, so the reader
//! can highlight where the date was read. A month and day without a year are
//! resolved against the publication date; events after it are `Expected`.

mod tagger;
mod title;
mod tokens;

pub use tagger::{tag, Timex};
pub use title::title_for;

use crate::corpus::{Article, Span};
use crate::story::{dedupe_ids, slug, Event, Granularity, Source, Status};

/// Dates more than this many years before publication are background context.
const BACKGROUND_YEARS: i16 = 10;

pub fn extract_events(article: &Article) -> Vec<Event> {
    let mut events = Vec::new();
    // Without a publication date, a bare "October 24" takes its year from the
    // last full date the text gave.
    let mut last_full = None;
    for (index, sentence) in article.sentences.iter().enumerate() {
        let text = article.slice(sentence.span);
        for timex in tag(text, article.published.or(last_full)) {
            if !timex.anchored && timex.value.granularity == Granularity::Day {
                last_full = Some(timex.value.date);
            }
            let title = title_for(text, (timex.start, timex.end));
            let span = Span::new(sentence.span.start + timex.start, sentence.span.start + timex.end);
            let stamp = match timex.end_value {
                Some(end) => format!("{}-{}", timex.value.value(), end.value()),
                None => timex.value.value(),
            };
            let status = match article.published {
                Some(p) if timex.value.date > p => Status::Expected,
                _ => Status::Happened,
            };
            let background = article
                .published
                .is_some_and(|p| p.year() - timex.end_value.unwrap_or(timex.value).date.year() >= BACKGROUND_YEARS);
            events.push(Event {
                id: format!("{stamp}-{}", slug(&title, 5)),
                start: timex.value,
                end: timex.end_value,
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
