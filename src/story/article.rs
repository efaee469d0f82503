//! An article as read from its text: every piece of body text is a [`Span`]
//! of byte offsets into the original, so that an event can point at the
//! exact sentence it came from. `corpus::parse_article` builds it.

use jiff::civil::Date;

/// A half-open byte range `start..end` into [`Article::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The original text, unchanged; every span points into it.
    pub text: String,
    pub title: String,
    pub author: Option<String>,
    pub published: Option<Date>,
    /// The teaser printed above the story, when the page has one.
    pub standfirst: Option<Paragraph>,
    pub sections: Vec<Section>,
    /// Every sentence of the standfirst and the body, in reading order.
    pub sentences: Vec<Sentence>,
    pub pull_quotes: Vec<PullQuote>,
    pub author_note: Option<String>,
    /// Headlines of the "More on this topic" list.
    pub related: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// `None` for the part of the story before its first subheading.
    pub heading: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Article::sentences`].
    pub sentences: std::ops::Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sentence {
    pub span: Span,
}

/// A line repeated verbatim from the body as a display quote.
#[derive(Clone, Debug, PartialEq)]
pub struct PullQuote {
    pub span: Span,
    /// The section it is printed in, and the paragraph index it stands before.
    pub section: usize,
    pub before_paragraph: usize,
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Paragraphs of the story in reading order, the standfirst first.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.standfirst.iter().chain(self.sections.iter().flat_map(|s| &s.paragraphs))
    }
}
