//! Lengths of time, repetitions, vague references and clock times.

use super::reader::{Found, Sem, G};
use crate::extract::lexicon;
use crate::extract::lexicon::{Ref, Unit};
use crate::extract::point::Point;
use super::reader::TIMEZONES;
use super::calendar::month_dates;
use super::relative::{deictic_words, named_relative};

/// Modal verbs: what follows them is not yet the case.
const MODALS: &[&str] = &["will", "would", "could", "can", "may", "might", "should", "must", "shall"];

/// n unit(s) [ago|earlier|later|from now]; [the] [past|next|first] n units;
/// n-unit (adjective); half an hour
pub(super) fn counted(g: &G, i: usize) -> Found {
    // "could one day cover": an indefinite time ahead, not a length (the
    // guidelines' FUTURE_REF); "lasted one day" stays a length.
    if g.is(i, &["one"]) && g.is(i + 1, &["day"]) && i > 0 && g.is(i - 1, MODALS) {
        return Some((i + 2, Sem::Ref(Ref::Future)));
    }
    // "for a while", "for some time": a length whose unit the text leaves
    // open; after anything but "for" the words are not a length.
    if i > 0 && g.is(i - 1, &["for"]) && ((g.is(i, &["a"]) && g.is(i + 1, &["while"])) || (g.is(i, &["some"]) && g.is(i + 1, &["time"]))) {
        return Some((i + 2, Sem::Stretch));
    }
    // "24 hours a day", "seven days a week": all the time, an idiom, not a
    // length or a repetition.
    let idiom = |k: usize| {
        let n = g.count(k).and_then(|(n, _)| n);
        matches!((n, g.w(k + 1)), (Some(24.0), "hours") | (Some(7.0), "days"))
            && g.is(k + 2, &["a"])
            && g.is(k + 3, if g.w(k + 1) == "hours" { &["day"] } else { &["week"] })
    };
    if idiom(i) || (i >= 2 && idiom(i - 2)) {
        return None;
    }
    let mut j = i;
    let the = g.is(j, &["the"]);
    if the {
        j += 1;
    }
    let lead = g.is(j, &["past", "last", "next", "previous", "coming", "first", "final", "following", "latest", "initial", "remaining"]);
    if lead {
        j += 1;
    }
    let (mut n, mut k) = g.count(j)?;
    if g.is(j, &["a", "an", "some", "many"]) && (the || lead) {
        return None;
    }
    // "2 1/2 years", "two and a half years"
    if let (Some(whole), true) = (n, g.w(k) == "1" && g.punct(k + 1, '/') && g.w(k + 2) == "2") {
        n = Some(whole + 0.5);
        k += 3;
    } else if let (Some(whole), true) = (n, g.is(k, &["and"]) && g.is(k + 1, &["a"]) && g.is(k + 2, &["half"]) && lexicon::unit(g.w(k + 3)).is_some()) {
        n = Some(whole + 0.5);
        k += 3;
    }
    // "two to three weeks", "the next 12 to 18 months": one stretch, read at
    // its lower bound (as the annotated corpora do).
    if n.is_some() && g.is(k, &["to"]) {
        if let Some((Some(_), k2)) = g.count(k + 1).filter(|(m, _)| m.is_some()) {
            if lexicon::unit(g.w(k2)).is_some() && !g.is(k + 1, &["a", "an"]) {
                k = k2;
            }
        }
    }
    // "eight trading days", "20 more years"
    if g.is(k, &["trading", "business", "working", "calendar", "straight", "consecutive", "more", "additional", "full", "long"]) && lexicon::unit(g.w(k + 1)).is_some() {
        k += 1;
    }
    let adjective = g.punct(k, '-');
    let k = g.hyphen(k);
    // "a fortnight later": two weeks, as British news counts them.
    let (unit, per) = match g.w(k) {
        "fortnight" | "fortnights" => (Unit::Week, 2.0),
        w => (lexicon::unit(w)?, 1.0),
    };
    let n = n.map(|n| n * per);
    // "60 Minutes", "24 Hours of Le Mans": a title, not a length.
    if g.t[j].number().is_some() && g.t[k].text.starts_with(char::is_uppercase) {
        return None;
    }
    let mut end = k + 1;
    if n == Some(1.0) && lexicon::is_plural_unit(g.w(k)) && g.t[j].number().is_none() {
        return None; // "a years" is not English; "one years" neither
    }
    if adjective && (lexicon::is_plural_unit(g.w(k)) || the) {
        return None;
    }
    // "a 6-year-old boy": an age, not a time.
    if g.is(end, &["old"]) || (g.punct(end, '-') && g.is(end + 1, &["old"])) {
        return None;
    }
    // "a day-long debate": `long_adjectives`' (the article is not a count).
    if g.punct(end, '-') && g.is(end + 1, &["long"]) && g.is(j, &["a", "an"]) {
        return None;
    }
    // "a year-earlier level": the comparison adjective is `quarters`'.
    if unit == Unit::Year && g.punct(end, '-') && g.is(end + 1, &["ago", "earlier"]) {
        return None;
    }
    // "5 1/2 hours" and "a year and a half" are left at their whole part.
    // "a week or so ago": the direction after the hedge.
    let or_so = g.is(end, &["or"]) && g.is(end + 1, &["so"]) && g.is(end + 2, &["ago", "earlier", "later", "back"]);
    if or_so {
        end += 2;
    }
    let direction = if adjective || the || lead { None } else {
        match g.w(end) {
            // "ten days before the vote" counts from an event, not a date:
            // only the length is a time expression there.
            "ago" | "earlier" | "back" => Some(-1),
            "later" | "hence" => Some(1),
            "from" if g.is(end + 1, &["now", "today"]) => Some(1),
            _ => None,
        }
    };
    if let Some(dir) = direction {
        let by_now = g.is(end, &["ago", "back", "hence"]) || g.is(end, &["from"]);
        end += if g.is(end, &["from"]) { 2 } else { 1 };
        let Some(n) = n else {
            if !by_now && unit > Unit::Month && !or_so {
                return Some((end - 1, Sem::Duration(None, unit)));
            }
            // "a few hours ago": the day of writing, as "hours ago" is.
            if by_now && dir < 0 && unit >= Unit::Hour {
                return Some((end, Sem::Deictic(Unit::Day, 0)));
            }
            return Some((end, Sem::Ref(Ref::toward(dir))));
        };
        if n.fract() != 0.0 {
            return Some((end, Sem::Duration(Some(n), unit)));
        }
        let n = dir * n as i64;
        // "three days later", "a few hours earlier": TimeML tags the length
        // (the adverb is a signal); the tagger still works out the day.
        // Years and longer compare periods ("a year earlier") and are dates.
        if !by_now && unit > Unit::Month && !or_so {
            return Some((end - 1, Sem::Later(n, unit)));
        }
        // "a year earlier" looks back from the period in context; "two years
        // ago" from the time of writing.
        return Some((end, if by_now { Sem::Offset(n, unit) } else { Sem::Anaphoric(n, unit) }));
    }
    if unit == Unit::Quarter && n.is_some_and(|n| n == 1.0) && !the {
        return None; // "a quarter of the market"
    }
    if unit == Unit::Second && n == Some(2.0) && g.t[j].lower == "second" {
        return None;
    }
    // "a second consecutive day", "a second time": an ordinal, not a unit.
    if unit == Unit::Second && g.w(k) == "second" && g.t.get(end).is_some_and(|t| t.kind == crate::extract::tokens::Kind::Word && !matches!(t.lower.as_ref(), "ago" | "later" | "earlier" | "or" | "and" | "of" | "before" | "after")) {
        return None;
    }
    // "a minute and a half"
    if g.is(end, &["and"]) && g.is(end + 1, &["a"]) && g.is(end + 2, &["half"]) {
        return Some((end + 3, Sem::Duration(n.map(|n| n + 0.5), unit)));
    }
    Some((end, Sem::Duration(n, unit)))
}

/// years, months, weeks, days, decades (a vague stretch); recent years
pub(super) fn vague_plurals(g: &G, i: usize) -> Found {
    // "the years", "the early years", "the first hours", "the weeks ahead"
    // name a stretch too, determiner and all.
    let the_adj = g.is(i, &["the"]) && g.is(i + 1, &["early", "first", "last", "final", "coming", "following", "intervening"]);
    if g.is(i, &["the"]) || the_adj {
        let k = if the_adj { i + 2 } else { i + 1 };
        let unit = lexicon::unit(g.w(k)).filter(|_| lexicon::is_plural_unit(g.w(k)))?;
        if g.is(k + 1, &["of", "old", "ago"]) || g.punct(k + 1, '-') {
            return None;
        }
        let end = if g.is(k + 1, &["ahead"]) { k + 2 } else { k + 1 };
        return Some((end, Sem::Duration(None, unit)));
    }
    let recent = g.is(i, &["recent"]);
    let j = if recent { i + 1 } else { i };
    let unit = lexicon::unit(g.w(j)).filter(|_| lexicon::is_plural_unit(g.w(j)))?;
    if recent && unit >= Unit::Decade && unit <= Unit::Year {
        return Some((j + 1, Sem::Ref(Ref::Past)));
    }
    // A plural unit right after a number is `counted`'s; "years old" is an age.
    if g.is(j + 1, &["old"]) || (i > 0 && (g.t[i - 1].number().is_some() || g.count(i - 1).is_some())) {
        return None;
    }
    // "Minutes ago", "hours ago": a live report's moment, on the day of
    // writing (a day is as exact as the text allows). "Months ago" is
    // annotated as a vague length back from then (PXM); "years ago" is
    // `references`' PAST_REF.
    if g.is(j + 1, &["ago"]) {
        return match unit {
            Unit::Hour | Unit::Minute | Unit::Second => Some((j + 2, Sem::Deictic(Unit::Day, 0))),
            Unit::Month | Unit::Week | Unit::Day => Some((j + 2, Sem::Duration(None, unit))),
            _ => None,
        };
    }
    // A bare plural ("for years", "days of talks") is annotated less than
    // half the time (years 4 of 15, days 5 of 14): only with a word that
    // makes it a stretch of time ("for years", "in weeks", "over months").
    let stretch = i > 0 && g.is(i - 1, &["for", "in", "over", "within", "after", "took", "take", "lasted", "last"]);
    if !recent && !stretch {
        return None;
    }
    Some((j + 1, Sem::Duration(None, unit)))
}

/// now, currently, recently, the past, the future, at present
pub(super) fn references(g: &G, i: usize) -> Found {
    match (g.w(i), g.w(i + 1)) {
        ("the", "past") if lexicon::unit(g.w(i + 2)).is_none() && g.count(i + 2).is_none() => Some((i + 2, Sem::Ref(Ref::Past))),
        // "the near future" (annotated); "the foreseeable future" is not.
        ("the", "near" | "distant") if g.is(i + 2, &["future"]) => Some((i + 3, Sem::Ref(Ref::Future))),
        // "in the near term", "over the short term"
        ("the", "near" | "short") if g.is(i + 2, &["term"]) => Some((i + 3, Sem::Ref(Ref::Future))),
        // "the future of the alliance" is its prospects, not a time.
        ("the", "future") if g.is(i + 2, &["of"]) => None,
        ("the", "future") | ("the", "present") => {
            let r = if g.w(i + 1) == "future" { Ref::Future } else { Ref::Present };
            Some((i + 2, Sem::Ref(r)))
        }
        ("at", "present") | ("these", "days") => Some((i + 2, Sem::Ref(Ref::Present))),
        ("past", w) | ("coming", w) if lexicon::is_plural_unit(w) && !(i > 0 && g.is(i - 1, &["the"])) => {
            Some((i + 2, Sem::Ref(if g.w(i) == "past" { Ref::Past } else { Ref::Future })))
        }
        ("years", "ago") => Some((i + 2, Sem::Ref(Ref::Past))),
        (w, next) => {
            let r = lexicon::reference(w)?;
            // "the current quarter" and "recent years" are other patterns';
            // "current account" and "current events" are terms, not times.
            if matches!(w, "current" | "recent") && (lexicon::unit(next).is_some() || matches!(next, "account" | "accounts" | "affairs" | "events" | "issue" | "edition")) {
                return None;
            }
            // "the most recent" is the last of a series, not a time.
            if w == "recent" && i > 0 && g.is(i - 1, &["most", "more"]) {
                return None;
            }
            if w == "future" && ((i > 0 && !g.is(i - 1, &["the", "in", "near"])) || next == "of") {
                return None;
            }
            // "the then current price": current at a time now past.
            if r == Ref::Present && i > 0 && g.is(i - 1, &["then"]) {
                return Some((i + 1, Sem::Ref(Ref::Past)));
            }
            Some((i + 1, Sem::Ref(r)))
        }
    }
}

/// every|each [other] week|Friday; daily, weekly; twice a year; per year
pub(super) fn sets(g: &G, i: usize) -> Found {
    if let Some(u) = lexicon::frequency(g.w(i)) {
        if g.w(i) == "annual" {
            return None; // "annual report": an adjective about a report, not a time
        }
        // "the average daily volume": a measure per day, as "$5 million a
        // year" is a rate, not a recurring time.
        if i > 0 && g.is(i - 1, &["average"]) {
            return None;
        }
        return Some((i + 1, Sem::Set(duration_value(Some(1.0), u))));
    }
    let every = g.is(i, &["every", "each"]);
    let per = g.is(i, &["per", "a"]) && i > 0 && g.is(i - 1, &["once", "twice", "times", "thrice"]);
    if !every && !per {
        return None;
    }
    let j = i + 1;
    if let Some((wd, end)) = g.weekday(j) {
        return Some((end, Sem::Set(format!("XXXX-WXX-{wd}"))));
    }
    // "each July", "every January"
    if let Some(m) = crate::calendar::month_number(g.t.get(j).map_or("", |t| t.text)).filter(|m| crate::calendar::month_name(*m).eq_ignore_ascii_case(g.w(j))) {
        if every {
            return Some((j + 1, Sem::Set(format!("XXXX-{m:02}"))));
        }
    }
    let (n, k) = match g.count(j) {
        Some((n, k)) if every && g.t[j].lower != "a" => (n, k),
        _ => (Some(1.0), j),
    };
    let unit = lexicon::unit(g.w(k))?;
    if every && g.is(i, &["each"]) && lexicon::is_plural_unit(g.w(k)) {
        return None;
    }
    Some((k + 1, Sem::Set(duration_value(n, unit))))
}

/// 3 p.m., 10:30 a.m. [EST] [Tuesday | Nov. 6]; noon; midnight; 4 in the morning
/// Prepositions a clock time follows ("at 14.30", "from 09.30 to 13.00").
const CLOCK_PREPOSITIONS: &[&str] = &["at", "from", "to", "until", "till", "by", "before", "after", "between", "and"];
/// Verbs of a price: "closed at 14.30" is an amount, not a time.
const PRICE_VERBS: &[&str] = &["closed", "opened", "traded", "fell", "rose", "ended", "stood", "priced", "valued", "fixed", "settled", "dropped", "climbed"];
/// Words that make a number an amount: "at 14.30 million".
const MAGNITUDES: &[&str] = &["million", "billion", "thousand", "trillion", "percent", "per", "points", "pence", "cents", "euros", "dollars", "pounds", "%"];

/// The minutes of a clock written with a dot, as British and European news
/// write it ("at 14.30", "09.30"): a two-digit hour after a preposition of
/// time, or any hour before "a.m."/"p.m." ("9.30am"). Anything else with a
/// dot is a decimal number.
fn dotted_minutes(g: &G, i: usize) -> Option<u32> {
    let (hour, dot, mins) = (g.t.get(i)?, g.t.get(i + 1)?, g.t.get(i + 2)?);
    let joined = dot.text == "." && hour.end == dot.start && dot.end == mins.start && mins.text.len() == 2;
    let m = mins.number().filter(|m| joined && *m < 60)?;
    let meridiem = matches!((g.w(i + 3), g.w(i + 4)), ("a" | "p", ".") | ("am" | "pm", _));
    let after_preposition = hour.text.len() == 2 && i > 0 && g.is(i - 1, CLOCK_PREPOSITIONS) && !(i > 1 && g.is(i - 2, PRICE_VERBS));
    // A live report's time stamp: "11.40" alone on its line.
    let stamp = i == 0 && g.t.len() == 3 && hour.number().is_some_and(|h| h < 24);
    (meridiem || stamp || (after_preposition && !g.is(i + 3, MAGNITUDES) && !g.punct(i + 3, '%'))).then_some(m)
}

pub(super) fn clock_times(g: &G, i: usize) -> Found {
    let (h, m, mut end) = match g.w(i) {
        // "high noon" is a showdown, not a time of day.
        "noon" if i > 0 && g.is(i - 1, &["high"]) => return None,
        "noon" | "midday" => (12, 0, i + 1),
        "midnight" => (24, 0, i + 1),
        // "at half past ten", "at a quarter to six": the hour as written
        // (a day part the text gives is another expression's).
        "half" | "quarter" | "a" if i > 0 && g.is(i - 1, CLOCK_PREPOSITIONS) => {
            let k = if g.is(i, &["a"]) { i + 1 } else { i };
            if !g.is(k, &["half", "quarter"]) || (k == i + 1 && !g.is(k, &["quarter"])) {
                return None;
            }
            let past = match g.w(k + 1) {
                "past" => true,
                "to" => false,
                _ => return None,
            };
            let hour = g.t.get(k + 2)?.number().or_else(|| lexicon::number_word(g.w(k + 2))).filter(|h| (1..=12).contains(h))?;
            // "half past ten percent" is no time.
            if g.is(k + 3, MAGNITUDES) {
                return None;
            }
            let minutes = if g.w(k) == "half" { 30 } else { 15 };
            let (h, m) = if past { (hour, minutes) } else if hour == 1 { (12, 60 - minutes) } else { (hour - 1, 60 - minutes) };
            (h as u8, m as u8, k + 3)
        }
        _ => {
            let h = g.t.get(i)?.number().filter(|h| *h <= 24 && g.t[i].text.len() <= 2)?;
            let (m, j) = if g.punct(i + 1, ':') {
                let m = g.t.get(i + 2)?.number().filter(|m| *m < 60 && g.t[i + 2].text.len() == 2)?;
                (m, i + 3)
            } else if let Some(m) = dotted_minutes(g, i) {
                (m, i + 3)
            } else {
                (0, i + 1)
            };
            let (pm, k) = match (g.w(j), g.w(j + 1), g.w(j + 2)) {
                ("a" | "p", ".", "m") => (g.w(j) == "p", if g.punct(j + 3, '.') { j + 4 } else { j + 3 }),
                // "at 2.15pm." ends the sentence: its full stop is not the time's.
                ("am" | "pm", _, _) => (g.w(j) == "pm", j + 1),
                _ if g.is(j, &["in"]) && g.is(j + 1, &["the"]) && lexicon::day_part(g.w(j + 2)).is_some() => {
                    (lexicon::day_part(g.w(j + 2)).is_some_and(|p| p.is_after_noon()), j + 3)
                }
                _ if j == i + 3 => (h >= 12, j), // "14:30"
                _ => return None,
            };
            let h = if pm && h < 12 { h + 12 } else if !pm && h == 12 { 0 } else { h };
            (h as u8, m as u8, k)
        }
    };
    let mut zone = None;
    if g.is(end, &["utc", "gmt", "z"]) && g.t[end].text.chars().all(|c| c.is_ascii_uppercase()) {
        zone = Some(0);
        end += 1;
    } else if g.is(end, TIMEZONES) {
        // US and European zone names are annotated without an offset.
        end += 1;
    }
    // "+3", "+03:00", "-0500" after UTC/GMT or the time itself
    if (zone.is_some() || end > i) && (g.punct(end, '+') || g.punct(end, '-')) && g.t.get(end + 1).is_some_and(|t| t.start == g.t[end].end) {
        let sign = if g.punct(end, '-') { -1 } else { 1 };
        if let Some(n) = g.t[end + 1].number() {
            let digits = g.t[end + 1].text.len();
            let (hh, mm, e) = if digits == 4 {
                (n / 100, n % 100, end + 2)
            } else if g.punct(end + 2, ':') && g.t.get(end + 3).is_some_and(|t| t.text.len() == 2) {
                (n, g.t[end + 3].number().unwrap_or(0), end + 4)
            } else {
                (n, 0, end + 2)
            };
            if hh <= 14 && mm < 60 && digits <= 4 && (zone.is_some() || digits >= 2) {
                zone = Some(sign * (hh * 60 + mm) as i16);
                end = e;
            }
        }
    }
    // The day it falls on, when the text gives one right after.
    let k = if g.punct(end, ',') { end + 1 } else { end };
    let day = [month_dates as fn(&G, usize) -> Found, deictic_words, named_relative]
        .iter()
        .filter_map(|p| p(g, k))
        .filter(|(_, s)| matches!(s, Sem::Point(Point::Day(_)) | Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Deictic(Unit::Day, _)))
        .max_by_key(|(e, _)| *e);
    if let Some((e, s)) = day {
        return Some((e, Sem::Clock(h, m, Some(Box::new(s)), zone)));
    }
    Some((end, Sem::Clock(h, m, None, zone)))
}

/// "P3Y", "PT2H", "PXM", "P1.5Y"
pub fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let (n, unit) = match (n, unit) {
        (Some(n), Unit::Decade) => (Some(n * 10.0), Unit::Year),
        // "decades": counted in years as "two decades" (P20Y) is.
        (None, Unit::Decade) => (None, Unit::Year),
        (Some(n), Unit::Century) => (Some(n * 100.0), Unit::Year),
        (Some(n), Unit::Half) => (Some(n * 6.0), Unit::Month),
        other => other,
    };
    let (code, time) = unit.duration_code();
    // A half is written in the next unit down: "P2Y6M", "PT1M30S".
    let smaller = match unit {
        Unit::Year => Some((Unit::Month, 12.0)),
        Unit::Week => Some((Unit::Day, 7.0)),
        Unit::Day => Some((Unit::Hour, 24.0)),
        Unit::Hour => Some((Unit::Minute, 60.0)),
        Unit::Minute => Some((Unit::Second, 60.0)),
        _ => None,
    };
    let t = if time { "T" } else { "" };
    match (n, smaller) {
        (None, _) => format!("P{t}X{code}"),
        (Some(n), _) if n.fract() == 0.0 => format!("P{t}{}{code}", n as i64),
        (Some(n), Some((small, per))) if (n.fract() * per).fract() == 0.0 => {
            let (small_code, small_time) = small.duration_code();
            let rest = (n.fract() * per) as i64;
            let whole = if n >= 1.0 { format!("{}{code}", n as i64) } else { String::new() };
            let t2 = if small_time && !time { "T" } else { "" };
            format!("P{t}{whole}{t2}{rest}{small_code}")
        }
        // Other fractions keep one decimal ("P1.5M").
        (Some(n), _) => {
            let tenths = (n * 10.0).round() as i64;
            format!("P{t}{}.{}{code}", tenths / 10, tenths % 10)
        }
    }
}

/// "day-long", "decades-long", "a year-long wait": a length as an adjective.
pub(super) fn long_adjectives(g: &G, i: usize) -> Found {
    let unit = lexicon::unit(g.w(i))?;
    if !(g.punct(i + 1, '-') && g.is(i + 2, &["long"])) || (i > 0 && g.count(i - 1).is_some() && !g.is(i - 1, &["a", "an"])) {
        return None;
    }
    let n = if lexicon::is_plural_unit(g.w(i)) { None } else { Some(1.0) };
    Some((i + 3, Sem::Duration(n, unit)))
}
