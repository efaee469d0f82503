//! From an [`Article`](crate::corpus::Article) to dated [`Event`](crate::story::Event)s.
//!
//! Two stages. The temporal tagger ([`Tagger`], [`tag_text`]) finds TIMEX3
//! expressions in English news text — dates, times, durations, sets — and
//! normalises them against the document creation time (the publication
//! date), the tense of their clause and the period the text last named. The
//! event builder ([`extract_events`]) turns the calendar dates among them into
//! events: a title read from the date's clause, a kind, actors, a status and
//! the exact spans of every sentence and expression it was read from.
//!
//! Modules, in the order the data flows: `tokens` → `grammar` (what an
//! expression says: patterns, then its extent, then compositions of
//! neighbouring parts) → `tense` (the clause's governing verb) → `resolve`
//! (what it means on the calendar, using `point` arithmetic and the
//! `lexicon`) → `tagger` (which keeps the reference time) → `events`, with
//! `title` and `headline` (a short subject–verb–object title), `predicate`
//! (the kind, from the verb and its object) and `actors`.

mod actors;
mod events;
mod grammar;
mod headline;
mod lexicon;
mod point;
mod predicate;
mod referent;
mod resolve;
mod tagger;
mod tense;
mod title;
mod tokens;

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod reading_tests;
#[cfg(test)]
mod guideline_tests;

pub use point::Point;
pub use resolve::TimexType;
pub use tense::Tense;
pub use tagger::{tag_text, Tagger, Timex};
pub use title::title_for;

pub use actors::actors_in;
pub use events::{extract_events, kind_of};
