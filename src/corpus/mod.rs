//! Articles as published, read into structure.
//!
//! A news page saved as text carries more than the story: a language switcher,
//! "Follow us on:", a teaser, the headline repeated, a pull quote lifted from
//! the body, the author's note, a "More on this topic" list. [`parse_article`]
//! separates the story from that chrome and keeps the rest as metadata.
//!
//! Every piece of body text is a [`Span`] of byte offsets into the original
//! text ([`Article::text`]), so an event found later can point at the exact
//! sentence it came from and the reader can highlight it.

mod dateline;
mod embedded;
pub mod parse;
mod sentences;
mod words;

pub use dateline::after_dateline;
pub use embedded::{embedded, EmbeddedText};
pub use parse::parse_article;
pub use sentences::split_sentences;
pub use words::cut_to_words;

pub use crate::story::{Article, Paragraph, PullQuote, Section, Sentence, Span};
