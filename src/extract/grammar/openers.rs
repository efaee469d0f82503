//! Which tokens can begin an expression: a filter the recogniser runs
//! before trying its patterns (most words of a text start none).

use super::{lexicon, Kind, Tok};

/// Lower-case words that open some pattern, besides numbers, number words,
/// ordinals, units, seasons and the words of `lexicon`'s lists (a month
/// name opens a pattern only capitalised, and capitals always pass).
const OPENERS: &[&str] = &[
    "the", "this", "last", "next", "past", "coming", "previous", "preceding", "current", "earlier",
    "later", "early", "late", "mid", "in", "during", "since", "by", "that", "every", "each", "per",
    "a", "an", "fiscal", "calendar", "its", "their", "today", "tomorrow", "yesterday", "tonight",
    "overnight", "noon", "midday", "midnight", "at", "these", "several", "many", "few", "some",
    "half", "couple", "final", "following", "latest", "initial", "remaining", "recent", "future",
    "'", "’",
];

/// Whether an expression can begin at this token: anything but a plain
/// lower-case word outside the openers above (a capitalised word may be a
/// weekday, a month, a holiday or a sentence's first word).
pub(super) fn might_start(t: &Tok) -> bool {
    if t.kind != Kind::Word || t.text.starts_with(|c: char| !c.is_lowercase()) {
        return true;
    }
    let w = t.lower.as_ref();
    OPENERS.contains(&w)
        || lexicon::unit(w).is_some()
        || lexicon::number_word(w).is_some()
        || lexicon::ordinal(w).is_some()
        || lexicon::season(w).is_some()
        || lexicon::frequency(w).is_some()
        || lexicon::reference(w).is_some()
}
