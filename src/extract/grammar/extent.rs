//! Where a recognised expression begins and ends: the words around its core
//! that TimeML puts inside the TIMEX3 ("late November", "nearly five
//! months", "almost two years ago", "the next year or so") and those it
//! leaves out ("about five hours", "its fourth quarter", "the days").
//!
//! The choices follow the TimeML guidelines as the annotated news corpora
//! apply them; where the corpora disagree with themselves the majority
//! wins, counted over all files: "about", "almost", "within" and "over"
//! before a length are outside (9:2, 5:3, 12:1, 27:2), "nearly", "early",
//! "late" inside (7:1, 17:6, 8:2); before "… ago", "about" and "almost" are
//! inside; "the" before a bare plural ("the days") is outside, before a
//! weekday too; "earlier"/"later" before a day is outside (5:3), "late"
//! inside; the noun a length names is inside ("a three-year period"), and
//! so is an alternative ("a year or two", "weeks or months").

use super::reader::{Sem, G};
use crate::extract::lexicon::Unit;
use crate::extract::point::Point;

/// Qualifiers of a length that are part of it.
const QUALIFIERS: &[&str] = &["around", "nearly", "roughly", "approximately", "some"];

/// The token range `start..end` of the expression whose core was matched at
/// `i..end`.
pub(super) fn extent(g: &G, i: usize, end: usize, sem: &Sem) -> (usize, usize) {
    let mut start = left(g, i, sem);
    // "its fourth quarter", "the third-quarter loss": the possessive or
    // the article belongs to the noun the time modifies.
    if g.is(start, &["its", "their"]) && end > start + 1 {
        start += 1;
    }
    let hyphenated_quarter = end >= 3
        && g.punct(end - 2, '-')
        && crate::extract::lexicon::ordinal(g.w(end - 3)).is_some()
        && g.is(end - 1, &["quarter", "half"]);
    // "the Friday" (but "the previous Friday" keeps it); "the year-ago
    // results" as an adjective alone (3:0).
    let bare_weekday = matches!(sem, Sem::Weekday(..)) && g.weekday(start + 1).is_some();
    let year_ago_adjective = matches!(sem, Sem::YearAgoPeriod) && g.is(end - 1, &["ago", "earlier"]);
    if g.is(start, &["the"]) && (hyphenated_quarter || bare_weekday || year_ago_adjective) && end > start + 1 {
        start += 1;
    }
    // "earlier this week" is annotated as "this week" (4 times in 4; "earlier
    // this month" and "earlier this year" keep the adverb, 10:4).
    if matches!(sem, Sem::Deictic(Unit::Week, _)) && g.is(start, &["earlier", "later"]) && end > start + 1 {
        start += 1;
    }
    // "the days", "the weeks": a plain article before a vague plural.
    if g.is(start, &["the"]) && matches!(sem, Sem::Duration(None, _)) && end == start + 2 {
        start += 1;
    }
    let end2 = right(g, end, sem);
    // … and the article before it: "a three-year period".
    if end2 > end && g.is(end, &["period", "term", "span", "stretch", "stint"]) && start > 0 && g.is(start - 1, &["a", "the"]) {
        start -= 1;
    }
    (start, end2)
}

fn left(g: &G, i: usize, sem: &Sem) -> usize {
    let s = i;
    let before = |k: usize| s.checked_sub(k).map_or("", |j| g.w(j));
    let dated = matches!(sem, Sem::Month(..) | Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Holiday(..) | Sem::Point(Point::Year(_) | Point::Month(..) | Point::Day(_)));
    if dated {
        if matches!(before(1), "early" | "late" | "mid") {
            return s - 1;
        }
        // "post-1959", "pre-1945": the prefix and the date are one word.
        if before(1) == "-" && matches!(before(2), "mid" | "late" | "early" | "pre" | "post") {
            return s - 2;
        }
    }
    // "late yesterday", "later this afternoon"; "earlier Sunday" is
    // annotated as "Sunday" more often (5:3).
    let day = matches!(sem, Sem::Deictic(Unit::Day, _) | Sem::Weekday(..) | Sem::DayPart(..));
    if day && (matches!(before(1), "early" | "late" | "sometime") || (matches!(sem, Sem::DayPart(..)) && matches!(before(1), "earlier" | "later"))) {
        return s - 1;
    }
    if matches!(sem, Sem::Deictic(..)) && before(1) == "sometime" {
        return s - 1;
    }
    // "around 7:15 p.m.", "around Nov. 1" (not "around Wednesday", 2:0)
    if matches!(sem, Sem::Clock(..) | Sem::MonthDay(..) | Sem::Point(Point::Day(_))) && before(1) == "around" {
        return s - 1;
    }
    // "right now", "more recently", "then current"
    if matches!(sem, Sem::Ref(_)) && matches!(before(1), "right" | "more" | "then" | "very") {
        return s - 1;
    }
    if matches!(sem, Sem::Duration(..) | Sem::Offset(..) | Sem::Later(..)) {
        if (matches!(before(2), "more" | "less" | "fewer") && before(1) == "than") || (before(2) == "at" && matches!(before(1), "least" | "most")) || (before(2) == "up" && before(1) == "to") {
            return if before(3) == "no" { s - 3 } else { s - 2 };
        }
        let ago = matches!(sem, Sem::Offset(..));
        if (QUALIFIERS.contains(&before(1)) || (ago && matches!(before(1), "about" | "almost"))) && !g.is(s, &["the", "few"]) {
            return s - 1;
        }
    }
    s
}

fn right(g: &G, end: usize, sem: &Sem) -> usize {
    // "a year or two", "weeks or months": one vague stretch.
    if matches!(sem, Sem::Duration(..)) && g.is(end, &["or"]) {
        let n = g.w(end + 1);
        if crate::extract::lexicon::number_word(n).is_some_and(|n| n <= 10) && !g.is(end + 2, &["percent"]) && crate::extract::lexicon::unit(g.w(end + 2)).is_none() {
            return end + 2;
        }
        if crate::extract::lexicon::is_plural_unit(n) {
            return end + 2;
        }
    }
    // "a three-year period", "a one-year term": the noun a length names.
    if matches!(sem, Sem::Duration(Some(_), _)) && end >= 2 && g.punct(end - 2, '-') && g.is(end, &["period", "term", "span", "stretch", "stint"]) {
        return end + 1;
    }
    // "the next year or so", "a week or so ago" (whose "ago" is then kept)
    if g.is(end, &["or"]) && g.is(end + 1, &["so"]) {
        let e = end + 2;
        return if matches!(sem, Sem::Duration(..)) && g.is(e, &["ago"]) { e + 1 } else { e };
    }
    // "1994 or later", "1990 and beyond"
    if matches!(sem, Sem::Point(Point::Year(_))) && ((g.is(end, &["or"]) && g.is(end + 1, &["later", "earlier"])) || (g.is(end, &["and"]) && g.is(end + 1, &["beyond"]))) {
        return end + 2;
    }
    end
}
