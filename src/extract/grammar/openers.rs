//! Which tokens can begin an expression: a filter the recogniser runs
//! before trying its patterns (most words of a text start none).

use super::reader::Tok;
use crate::extract::lexicon;
use crate::extract::tokens::Kind;

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

/// First words of the holidays `calendar::holidays` knows (capitalised).
const HOLIDAYS: &[&str] = &["new", "christmas", "thanksgiving", "independence", "election", "labor", "labour", "memorial", "veterans", "halloween"];

/// Whether an expression can begin at this token: a number or a mark; a
/// word that is an opener above or in one of `lexicon`'s lists, whatever
/// its case ("The", "Last"); a capitalised weekday, month or holiday. Names
/// and other words start none.
pub(super) fn might_start(t: &Tok) -> bool {
    if t.kind != Kind::Word {
        return true;
    }
    let w = t.lower.as_ref();
    let capital = t.text.starts_with(char::is_uppercase);
    // "Q3", "H1", "FY2025": report codes, capitalised.
    let code = matches!(t.text.as_bytes(), [b'Q', b'1'..=b'4'] | [b'H', b'1'..=b'2'] | [b'F', b'Y', ..]);
    if code || capital && (lexicon::weekday(w).is_some() || lexicon::weekday_abbreviation(w).is_some() || crate::calendar::month_number(t.text).is_some() || HOLIDAYS.contains(&w)) {
        return true;
    }
    OPENERS.contains(&w)
        || lexicon::unit(w).is_some()
        || lexicon::number_word(w).is_some()
        || lexicon::ordinal(w).is_some()
        || lexicon::season(w).is_some()
        || lexicon::frequency(w).is_some()
        || lexicon::reference(w).is_some()
}
