//! The text as lines: each non-blank line with its byte span, and the small
//! measures the block rules take of a line.

use crate::story::Span;

#[derive(Clone, Copy)]
pub(super) struct Line<'a> {
    pub(super) span: Span,
    pub(super) text: &'a str,
}

pub(super) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        // A byte-order mark is not text: it never starts a headline.
        let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let trimmed = raw.trim_matches(is_space);
        if !trimmed.is_empty() {
            let start = offset + lead;
            out.push(Line { span: Span::new(start, start + trimmed.len()), text: trimmed });
        }
        offset += raw.len();
    }
    out
}

pub(super) fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

pub(super) fn strip_end_punctuation(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '”' | '’' | '…'))
}
