//! Expressions relative to the time of writing or to the period in context:
//! today, last week, next Friday, this summer, that day, the year.

use super::reader::{Found, Sem, G};
use crate::extract::lexicon;
use crate::extract::lexicon::{DayPart, Unit};
use crate::extract::point::Point;

/// Nouns after "today's" that make it the present age rather than the day.
const GENERIC_NOW: &[&str] = &["world", "youth", "society", "generation", "young", "children", "teenagers", "economy", "technology", "computers", "standards", "culture"];

/// today, tomorrow, yesterday, tonight, [this|last|…] morning, the weekend
pub(super) fn deictic_words(g: &G, i: usize) -> Found {
    let day = |offset| Sem::Deictic(Unit::Day, offset);
    // "Radio Today", "Business Today": a capitalised "Today" after a name ends
    // the name of a paper or a programme.
    // (Other patterns call this one past the last token: read with `get`.)
    let after_name = i > 0 && g.t.get(i - 1).is_some_and(|p| p.text.starts_with(char::is_uppercase) && p.text.chars().all(char::is_alphabetic));
    if g.t.get(i).is_some_and(|t| t.text == "Today") && after_name {
        return None;
    }
    // "the cities of tomorrow", "the cars of tomorrow": the future in
    // general, not the next day.
    if g.w(i) == "tomorrow" && i > 0 && g.is(i - 1, &["of"]) {
        return None;
    }
    let (base, j) = match g.w(i) {
        // "today's world", "today's youth": the present age, not a day.
        "today" if g.is(i + 1, &["'", "’"]) => {
            if g.is(i + 2, &["s"]) && g.is(i + 3, GENERIC_NOW) {
                return None;
            }
            (Some(day(0)), i + 1)
        }
        "today" => (Some(day(0)), i + 1),
        "tomorrow" => (Some(day(1)), i + 1),
        "yesterday" => (Some(day(-1)), i + 1),
        "tonight" | "overnight" => return Some((i + 1, Sem::DayPart(Box::new(day(0)), DayPart::Night))),
        "this" if lexicon::day_part(g.w(i + 1)).is_some() => (Some(day(0)), i + 1),
        "last" if g.is(i + 1, &["night"]) => (Some(day(-1)), i + 1),
        "this" if g.is(i + 1, &["past"]) && g.is(i + 2, &["weekend"]) => return Some((i + 3, Sem::Weekend(0))),
        // "the weekend of 14-15 December" is those days, tagged as such.
        "the" if g.is(i + 1, &["weekend"]) && g.is(i + 2, &["of"]) && (g.day(i + 3).is_some() || g.month(i + 3).is_some()) => return None,
        "the" | "this" | "last" | "next" if g.is(i + 1, &["weekend"]) => {
            let offset = match g.w(i) { "last" => -1, "next" => 1, _ => 0 };
            return Some((i + 2, Sem::Weekend(offset)));
        }
        _ => (None, i),
    };
    let base = base?;
    if let Some(part) = lexicon::day_part(g.w(j)).filter(|_| !g.w(j).ends_with('s')) {
        return Some((j + 1, Sem::DayPart(Box::new(base), part)));
    }
    (j > i).then_some((j, base))
}

/// [earlier|later|early|late] this|last|next|past|coming|current week|month|year|…
pub(super) fn deictic_units(g: &G, i: usize) -> Found {
    let j = if g.is(i, &["earlier", "later", "early", "late"]) { i + 1 } else { i };
    let the = g.is(j, &["the"]) && g.is(j + 1, &["current", "coming", "past", "previous", "last"]);
    let j = if the { j + 1 } else { j };
    let offset = match g.w(j) {
        "this" | "current" => 0,
        "last" | "past" | "previous" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    // "this past week"
    let k = if g.w(j) == "this" && g.is(j + 1, &["past"]) { j + 2 } else { j + 1 };
    let offset = if k == j + 2 { -1 } else { offset };
    let unit = lexicon::unit(g.w(k)).filter(|_| !lexicon::is_plural_unit(g.w(k)))?;
    if unit >= Unit::Hour {
        return None;
    }
    // "the past year", "the last week" are annotated as the period before
    // the present one (3 times, never as a length); "the past decade" as a
    // length.
    if the && g.is(j, &["last", "past"]) && matches!(unit, Unit::Year | Unit::Month | Unit::Week) {
        return Some((k + 1, Sem::Deictic(unit, -1)));
    }
    if g.is(j, &["past", "coming"]) && (i > 0 && g.is(i - 1, &["the"]) || j > i) {
        let start = if i > 0 && g.is(i - 1, &["the"]) { i - 1 } else { i };
        return (start == i).then_some((k + 1, Sem::Duration(Some(1.0), unit)));
    }
    if unit == Unit::Day {
        return None;
    }
    // "the previous year" counts from the time the text is talking about.
    if the && g.is(j, &["previous"]) {
        return Some((k + 1, Sem::Anaphoric(-1, unit)));
    }
    Some((k + 1, Sem::Deictic(unit, offset)))
}

/// this|last|next Friday|November|summer; [the] summer; Friday [night]
pub(super) fn named_relative(g: &G, i: usize) -> Found {
    // "the previous Friday": counted from the day in context.
    if g.is(i, &["the"]) && g.is(i + 1, &["previous", "preceding", "following"]) {
        if let Some((wd, end)) = g.weekday(i + 2) {
            return Some((end, Sem::WeekdayFrom(wd, if g.is(i + 1, &["following"]) { 1 } else { -1 })));
        }
    }
    // "the Friday of that week", "the Monday of the following week": a day
    // of the week in context, one expression.
    if g.is(i, &["the"]) {
        if let Some((wd, of)) = g.weekday(i + 1).filter(|&(_, of)| g.is(of, &["of"])) {
            let (shift, week) = match (g.w(of + 1), g.w(of + 2)) {
                ("that" | "the", "same") => (0, of + 3),
                ("that", _) => (0, of + 2),
                ("the", "following" | "next") => (1, of + 3),
                ("the", "previous" | "preceding") => (-1, of + 3),
                _ => (0, 0),
            };
            if week > 0 && g.is(week, &["week"]) {
                return Some((week + 1, Sem::WeekdayInWeek(wd, shift)));
            }
        }
    }
    // "this past Friday", "this past spring": the most recent one.
    let this_past = g.is(i, &["this"]) && g.is(i + 1, &["past"]);
    let (offset, j) = match g.w(i) {
        "this" if this_past => (Some(-1), i + 2),
        "this" => (Some(0), i + 1),
        "last" | "past" => (Some(-1), i + 1),
        "next" | "coming" => (Some(1), i + 1),
        // "the previous Friday", "the following Monday"
        "the" if g.is(i + 1, &["previous", "preceding"]) && g.weekday(i + 2).is_some() => (Some(-1), i + 2),
        "the" if g.is(i + 1, &["following", "next"]) && g.weekday(i + 2).is_some() => (Some(1), i + 2),
        "the" | "early" | "late" | "mid" | "in" | "during" | "since" | "by" => (None, i + 1),
        _ => (None, i),
    };
    let j = if g.is(j, &["early", "late", "mid"]) { g.hyphen(j + 1) } else { j };
    let word = g.w(j);
    let start_ok = |end: usize, sem: Sem| -> Found {
        // Leading "in", "during" … were only looked through, not taken.
        let keep = g.is(i, &["this", "last", "past", "next", "coming", "the", "early", "late", "mid"]);
        if keep { Some((end, sem)) } else { (j == i).then_some((end, sem)) }
    };
    if let Some((wd, end)) = g.weekday(j) {
        // "Friday night" is that part of that day (TimeML: "…TNI").
        if let Some(part) = lexicon::day_part(g.w(end)).filter(|_| !g.w(end).ends_with('s')) {
            return start_ok(end + 1, Sem::DayPart(Box::new(Sem::Weekday(wd, offset)), part));
        }
        return start_ok(end, Sem::Weekday(wd, offset));
    }
    // "that autumn", "that same spring": the season of the year in context.
    if g.is(i, &["that"]) {
        let k = if g.is(i + 1, &["same"]) { i + 2 } else { i + 1 };
        if let Some(s) = lexicon::season(g.w(k)) {
            return Some((k + 1, Sem::SeasonFrom(s, 0)));
        }
    }
    // "the following spring", "the previous winter": counted from the time in context.
    if g.is(i, &["the"]) && j == i + 1 {
        let shift = match word {
            "following" | "next" => Some(1),
            "previous" | "preceding" => Some(-1),
            _ => None,
        };
        if let (Some(shift), Some(s)) = (shift, lexicon::season(g.w(j + 1))) {
            return Some((j + 2, Sem::SeasonFrom(s, shift)));
        }
    }
    if let Some(s) = lexicon::season(word) {
        if g.is(i, &["in", "during", "since", "by"]) && j == i + 1 {
            return None;
        }
        // "fall" is a verb more often than a season.
        if word == "fall" && j == i {
            return None;
        }
        let of_year = || g.year(j + 2).or_else(|| g.spoken_year(j + 2)).filter(|_| g.is(j + 1, &["of"]));
        if let Some((y, end)) = g.year(j + 1).or_else(of_year) {
            return start_ok(end, Sem::Point(Point::Season(y, s)));
        }
        // The most recent season is the one the tense picks, not last year's.
        return start_ok(j + 1, Sem::Season(s, if this_past { None } else { offset }));
    }
    if offset.is_some() {
        if let Some((m, end)) = g.month(j) {
            if g.day(end).is_none() {
                return Some((end, Sem::Month(m, offset)));
            }
        }
    }
    None
}

/// that day, the same day, the following year, later that week, the next morning
pub(super) fn anaphoric_periods(g: &G, i: usize) -> Found {
    // "voted the day before.", "the day after, …": a day counted from the
    // one in context. Before a noun or a clause ("the day before the vote",
    // "the day before returning") the phrase is a preposition's, and left
    // ("the day before Tuesday" is composed later).
    let ends = g.t.get(i + 3).is_none_or(|t| t.kind != crate::extract::tokens::Kind::Word || matches!(t.lower.as_ref(), "and" | "but"));
    if g.is(i, &["the"]) && g.is(i + 1, &["day"]) && g.is(i + 2, &["before", "after"]) && ends {
        return Some((i + 3, Sem::Anaphoric(if g.w(i + 2) == "before" { -1 } else { 1 }, Unit::Day)));
    }
    let j = if g.is(i, &["earlier", "later"]) { i + 1 } else { i };
    let (shift, k) = match (g.w(j), g.w(j + 1)) {
        ("that", "same") | ("the", "same") => (0, j + 2),
        ("that", _) => (0, j + 1),
        ("the", "following") | ("the", "next") => (1, j + 2),
        ("the", "previous") | ("the", "preceding") => (-1, j + 2),
        ("the", "week") if j == i => (0, j + 1),
        // "orders placed in the morning": the morning of the day in context.
        ("the", w) if j == i && i > 0 && g.is(i - 1, &["in", "during"]) && lexicon::day_part(w).is_some() && !g.is(j + 2, &["of", "after", "before"]) => (0, j + 1),
        _ => return None,
    };
    if let Some(part) = lexicon::day_part(g.w(k)).filter(|_| !g.w(k).ends_with('s')) {
        return Some((k + 1, Sem::DayPart(Box::new(Sem::Anaphoric(shift, Unit::Day)), part)));
    }
    let unit = lexicon::unit(g.w(k)).filter(|u| !lexicon::is_plural_unit(g.w(k)) && *u >= Unit::Year && *u <= Unit::Day)?;
    // "that year's budget" is fine; "the next year or two" is a stretch of
    // time. "the week" alone is the week being reported on (annotated 3:0).
    if shift == 0 && j == i && g.w(j) == "the" && !g.is(j + 1, &["same"]) && !(unit == Unit::Week && g.is(i + 1, &["week"]) && !g.is(k + 1, &["of", "before", "after", "'", "’"])) {
        return None;
    }
    Some((k + 1, if shift == 0 { Sem::SameAs(unit) } else { Sem::Anaphoric(shift, unit) }))
}

/// "it is the third day of the strike", "today is the fifth day of …": a
/// day counted within something under way is the day the sentence speaks
/// of; "was" makes it the day in context. Without "is" or "was" before it
/// ("on her first day in office") nothing places the day, and it is left.
pub(super) fn ordinal_days(g: &G, i: usize) -> Found {
    let j = if g.is(i, &["the"]) { i + 1 } else { i };
    lexicon::ordinal(g.w(j))?;
    if !(g.is(j + 1, &["day"]) && g.is(j + 2, &["of"])) || i == 0 {
        return None;
    }
    let present = g.is(i - 1, &["is"]) || (i >= 2 && g.is(i - 1, &["s"]) && g.is(i - 2, &["'", "’"]));
    if present {
        return Some((j + 2, Sem::Deictic(Unit::Day, 0)));
    }
    g.is(i - 1, &["was"]).then_some((j + 2, Sem::SameAs(Unit::Day)))
}

/// "on the 12th of this month", "the 3rd of last month", "the 5th of the
/// current month": a day of a month named from the DCT.
pub(super) fn day_of_named_month(g: &G, i: usize) -> Found {
    if !g.is(i, &["the"]) {
        return None;
    }
    let (d, end) = g.day(i + 1)?;
    if end != i + 3 || !g.is(end, &["of"]) {
        return None;
    }
    let (offset, month) = match (g.w(end + 1), g.w(end + 2), g.w(end + 3)) {
        ("this", "month", _) => (0, end + 3),
        ("last" | "past", "month", _) => (-1, end + 3),
        ("next" | "coming", "month", _) => (1, end + 3),
        ("the", "current", "month") => (0, end + 4),
        ("the", "previous", "month") => (-1, end + 4),
        _ => return None,
    };
    Some((month, Sem::DayOfDeicticMonth(d, offset)))
}

/// "on the 19th", "by the 3rd": a day of the month the text is telling of.
/// Only after a preposition and before no word that it could count ("the
/// 5th floor", "the 82nd division"); "the 5th of May" is a date of its own.
pub(super) fn day_of_month(g: &G, i: usize) -> Found {
    if !g.is(i, &["the"]) || i == 0 || !g.is(i - 1, &["on", "since", "by", "until", "till", "before", "after", "from"]) {
        return None;
    }
    let (d, end) = g.day(i + 1)?;
    let ordinal = end == i + 3;
    let free = g.t.get(end).is_none_or(|n| n.kind != crate::extract::tokens::Kind::Word || g.is(end, &["and", "or", "when", "at", "to", "as", "with", "but"]));
    (ordinal && free).then_some((end, Sem::DayOfMonth(d)))
}

/// "by the end of the decade", "the turn of the century": the one in
/// progress, named only as the whole a part is taken of.
pub(super) fn the_decade(g: &G, i: usize) -> Found {
    let unit = match g.w(i + 1) {
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => return None,
    };
    let part_of = i >= 2 && g.is(i - 1, &["of"]) && g.is(i - 2, &["end", "start", "beginning", "middle", "close"]);
    (g.is(i, &["the"]) && part_of).then_some((i + 2, Sem::Deictic(unit, 0)))
}

/// [for] the [fiscal|full|current] year [ended|ending …]
pub(super) fn the_year(g: &G, i: usize) -> Found {
    if !g.is(i, &["the"]) {
        return None;
    }
    let j = (i + 1..i + 3).find(|&k| !g.is(k, &["fiscal", "full", "current", "calendar"])).unwrap_or(i + 3);
    if !g.is(j, &["year"]) || g.punct(j + 1, '-') || g.is(j + 1, &["ago", "earlier", "before", "after", "later"]) {
        return None;
    }
    // "the year ended March 31": a twelve-month period; otherwise the year in progress.
    if g.is(j + 1, &["ended", "ending", "to", "through"]) {
        return Some((j + 1, Sem::Duration(Some(1.0), Unit::Year)));
    }
    Some((j + 1, Sem::Deictic(Unit::Year, 0)))
}

/// "[the end of] the month", "[the start of] the week": the month or week of
/// writing, whose part `compose` then takes.
pub(super) fn the_month_part(g: &G, i: usize) -> Found {
    let part_of = i >= 2 && g.is(i - 1, &["of"]) && g.is(i - 2, &["end", "beginning", "start", "middle", "close"]);
    if !part_of || !g.is(i, &["the"]) {
        return None;
    }
    let unit = match g.w(i + 1) {
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return None,
    };
    Some((i + 2, Sem::Deictic(unit, 0)))
}
