//! Recognition: which token runs are time expressions, and what each one says
//! before it is anchored in time ([`Sem`]). Anchoring is `resolve`'s job.
//!
//! The grammar is a list of phrase patterns tried at every token; the longest
//! match wins. Each pattern states one regularity of English: a month name
//! with a day and maybe a year, a determiner and a unit ("last week"), a count
//! and a unit and a direction ("two years ago"), a count and a unit alone (a
//! duration), "every"/"each" and a unit (a set), and so on.

use super::lexicon::{self, Unit};
use super::point::Point;
use super::tokens::{tokenize_parts, Kind, Token};
use crate::calendar::month_number;

/// What an expression says, before it is anchored.
#[derive(Clone, Debug, PartialEq)]
pub enum Sem {
    /// Fully specified by the text: "October 14, 2024", "1953", "the 1990s".
    Point(Point),
    /// A year range: "2016–2017".
    YearRange(i16, i16),
    /// A month and day without a year.
    MonthDay(i8, i8),
    /// A month without a year, with a relative offset ("last November": -1).
    Month(i8, Option<i64>),
    Weekday(u8, Option<i64>),
    Season(&'static str, Option<i64>),
    /// The n-th quarter or half of the year in context ("the third quarter").
    QuarterOf(u8, Option<i16>),
    HalfOf(u8, Option<i16>),
    /// Relative to the time of writing: "today" (Day, 0), "last year" (Year, -1).
    Deictic(Unit, i64),
    /// A part of a day relative to the time of writing: "last night" (-1, NI).
    DayPart(Box<Sem>, &'static str),
    /// The weekend of a week relative to the time of writing.
    Weekend(i64),
    /// n units before (negative) or after the time of writing: "two years ago".
    Offset(i64, Unit),
    /// n units before or after the time last talked about: "a year earlier".
    Anaphoric(i64, Unit),
    /// The period last talked about, at this granularity: "the latest quarter".
    SameAs(Unit),
    /// PRESENT_REF, PAST_REF or FUTURE_REF.
    Ref(&'static str),
    /// A length of time; `None` when the count is vague ("several years").
    Duration(Option<f64>, Unit),
    /// A TIMEX3 SET value, complete: "P1W", "XXXX-WXX-5".
    Set(String),
    /// A clock time on a day (the day itself may be unsaid).
    Clock(u8, u8, Option<Box<Sem>>),
    /// "the year-ago quarter": the period in context, a year before.
    YearAgoPeriod,
    /// The quarter in context, in another year: "the 1988 period".
    QuarterIn(i16),
    /// A quarter of a year relative to the DCT: "last year's third quarter"
    /// (the quarter in context when no ordinal is given).
    QuarterOfYear(Option<u8>, i64),
    /// A named holiday, with "last"/"next"/"this" when given.
    Holiday(&'static str, Option<i64>),
}

/// A recognised expression: token range and meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
}

pub struct Tok<'a> {
    pub text: &'a str,
    pub lower: String,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Tok<'_> {
    fn number(&self) -> Option<u32> {
        match self.kind {
            Kind::Number { grouped: false } if self.text.len() <= 9 => self.text.parse().ok(),
            Kind::Number { grouped: true } => self.text.replace(',', "").parse().ok(),
            _ => None,
        }
    }
}

pub fn toks(text: &str) -> Vec<Tok<'_>> {
    tokenize_parts(text)
        .into_iter()
        .map(|t: Token| Tok { text: t.text, lower: t.text.to_lowercase(), kind: t.kind, start: t.start, end: t.end })
        .collect()
}

/// Words before a four-digit number that make it a label, not a year.
const LABELS: &[&str] = &[
    "article", "articles", "no", "nos", "number", "section", "resolution", "chapter", "paragraph",
    "clause", "rule", "room", "flight", "route", "page", "pages", "p", "pp", "item", "annex",
    "point", "points", "model", "boeing", "airbus", "version", "windows", "highway", "interstate",
];
/// Words after a number that make it a count, not a year.
const COUNTED: &[&str] = &[
    "percent", "per", "troops", "people", "soldiers", "km", "kilometers", "kilometres", "miles",
    "tons", "tonnes", "dollars", "euros", "rubles", "roubles", "won", "yuan", "units", "votes",
    "members", "times", "meters", "metres", "feet", "pounds", "kg", "words", "cases", "deaths",
    "students", "workers", "jobs", "shares", "barrels", "acres", "residents", "seats", "employees",
    "points", "cars", "homes", "copies", "patients", "children", "police", "officers", "pupils",
];
const QUALIFIERS: &[&str] = &["about", "around", "almost", "nearly", "roughly", "approximately", "over", "within", "some"];
const TIMEZONES: &[&str] = &["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet"];

struct G<'t, 'a> {
    t: &'t [Tok<'a>],
}

impl G<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.lower.as_str())
    }
    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }
    /// Takes the full stop of a month abbreviation ("Oct." is "Oct" then "."),
    /// not the one that ends a sentence after a full name ("in March.").
    fn dot(&self, i: usize) -> usize {
        let prev = &self.t[i - 1];
        let abbreviated = month_number(prev.text).is_some_and(|m| crate::calendar::month_name(m).len() > prev.text.len());
        if abbreviated && self.punct(i, '.') && self.t[i].start == prev.end { i + 1 } else { i }
    }
    fn hyphen(&self, i: usize) -> usize {
        if self.punct(i, '-') { i + 1 } else { i }
    }

    /// "Friday" or "Fri." (an abbreviation only with its full stop: "Sun" is a newspaper).
    fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.t.get(i)?;
        if !t.text.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(wd) = lexicon::weekday(&t.lower) {
            return Some((wd, i + 1));
        }
        let wd = lexicon::weekday_abbreviation(&t.lower)?;
        (self.punct(i + 1, '.') && self.t[i + 1].start == t.end).then_some((wd, i + 2))
    }

    fn month(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t.get(i)?;
        let m = month_number(t.text)?;
        let end = self.dot(i + 1);
        let abbreviation = crate::calendar::month_name(m).len() != t.text.len();
        if abbreviation && end == i + 1 && self.t.get(end).is_none_or(|n| n.number().is_none()) {
            return None; // "Jan" alone is a name
        }
        // "May" and "March" are also a verb and a noun: take them as months
        // only with a number beside them or a word that introduces a date.
        if matches!(t.lower.as_str(), "may" | "march") && end == i + 1 {
            let dated_next = self.t.get(end).is_some_and(|n| n.number().is_some());
            let dated_before = i > 0 && self.is(i - 1, &["in", "of", "last", "next", "this", "early", "late", "mid", "since", "until", "by", "during", "from", "through", "-"]);
            if !dated_next && !dated_before {
                return None;
            }
        }
        Some((m, end))
    }

    fn day(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t.get(i)?;
        let n = t.number().filter(|n| (1..=31).contains(n) && t.text.len() <= 2)?;
        let end = if self.is(i + 1, &["st", "nd", "rd", "th"]) && self.t[i + 1].start == t.end { i + 2 } else { i + 1 };
        Some((n as i8, end))
    }

    fn year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.t.get(i)?;
        if t.kind == (Kind::Number { grouped: false }) && t.text.len() == 4 {
            let n = t.number()?;
            return (1000..=2199).contains(&n).then_some((n as i16, i + 1));
        }
        // '87
        if (t.text == "'" || t.text == "’") && self.t.get(i + 1).is_some_and(|n| n.text.len() == 2 && n.start == t.end) {
            let n = self.t[i + 1].number()?;
            return Some(((if n < 30 { 2000 } else { 1900 }) + n as i16, i + 2));
        }
        None
    }

    /// "nineteen ninety-four", "two thousand", "the year two thousand and one".
    fn spoken_year(&self, i: usize) -> Option<(i16, usize)> {
        let century = match self.w(i) {
            "nineteen" => 1900,
            "eighteen" => 1800,
            "two" if self.is(i + 1, &["thousand"]) => {
                let mut end = i + 2;
                let and = if self.is(end, &["and"]) { end + 1 } else { end };
                let mut y = 2000;
                if let Some((Some(n), e)) = self.count(and).filter(|(n, _)| n.is_some_and(|n| (1.0..100.0).contains(&n))) {
                    y += n as i16;
                    end = e;
                }
                return Some((y, end));
            }
            _ => return None,
        };
        let (n, end) = self.count(i + 1)?;
        let n = n.filter(|n| (10.0..100.0).contains(n))?;
        Some((century + n as i16, end))
    }

    /// A bare four-digit number that reads as a year here.
    fn lone_year(&self, i: usize) -> Option<(i16, usize)> {
        let (y, end) = self.year(i)?;
        let labelled = i > 0
            && (self.is(i - 1, LABELS)
                || matches!(self.w(i - 1), "#" | "$" | "€" | "£" | "№")
                || (self.punct(i - 1, '.') && i >= 2 && self.is(i - 2, &["no"])));
        let counted = self.is(end, COUNTED) || self.punct(end, '%');
        let part_of_number = self.punct(end, '.') && self.t.get(end + 1).is_some_and(|n| n.number().is_some() && n.start == self.t[end].end);
        (!labelled && !counted && !part_of_number).then_some((y, end))
    }

    /// A count: digits, number words ("twenty four", "a hundred"), or a vague
    /// one ("several", "a few"), which is `Some(None)`.
    fn count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.t.get(i)?;
        if let Some(n) = t.number() {
            // "1.5"
            if self.punct(i + 1, '.') && self.t.get(i + 2).is_some_and(|d| d.number().is_some() && d.start == self.t[i + 1].end) {
                let frac: f64 = format!("0.{}", self.t[i + 2].text).parse().ok()?;
                return Some((Some(n as f64 + frac), i + 3));
            }
            return Some((Some(n as f64), i + 1));
        }
        match t.lower.as_str() {
            "several" | "many" | "few" | "some" => return Some((None, i + 1)),
            "a" | "an" if self.is(i + 1, &["few", "couple"]) => {
                let end = if self.is(i + 2, &["of"]) { i + 3 } else { i + 2 };
                return Some((if self.w(i + 1) == "couple" { Some(2.0) } else { None }, end));
            }
            "a" | "an" | "one" if self.is(i + 1, &["hundred", "thousand"]) => {
                return Some((Some(lexicon::number_word(self.w(i + 1))? as f64), i + 2));
            }
            "a" | "an" => return Some((Some(1.0), i + 1)),
            "half" => return Some((Some(0.5), if self.is(i + 1, &["a", "an"]) { i + 2 } else { i + 1 })),
            _ => {}
        }
        let mut n = lexicon::number_word(&t.lower)?;
        let mut end = i + 1;
        if (20..100).contains(&n) && n % 10 == 0 {
            let j = self.hyphen(end);
            if let Some(u) = lexicon::number_word(self.w(j)).filter(|u| (1..10).contains(u)) {
                n += u;
                end = j + 1;
            }
        }
        if n < 10 && self.is(end, &["hundred"]) {
            n *= 100;
            end += 1;
        }
        Some((Some(n as f64), end))
    }
}

type Found = Option<(usize, Sem)>;

/// Finds the time expressions in `text`, left to right, without overlaps.
pub fn recognise(t: &[Tok]) -> Vec<Match> {
    let g = G { t };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // The longest match; on a tie, the pattern listed first.
        let best = PATTERNS.iter().filter_map(|p| p(&g, i)).fold(None, |best: Option<(usize, Sem)>, m| match &best {
            Some((end, _)) if *end >= m.0 => best,
            _ => Some(m),
        });
        match best {
            Some((end, sem)) if end > i => {
                let start = extend_left(&g, i, &sem);
                out.push(Match { start, end, sem });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Words before an expression that belong to its extent: a qualifier ("more
/// than", "at least", "nearly") and, for some, "the".
fn extend_left(g: &G, i: usize, sem: &Sem) -> usize {
    let mut s = i;
    if matches!(sem, Sem::Duration(..) | Sem::Offset(..)) {
        if s >= 2 && ((g.is(s - 2, &["more", "less", "fewer"]) && g.is(s - 1, &["than"])) || (g.is(s - 2, &["at"]) && g.is(s - 1, &["least", "most"]))) {
            s -= 2;
            if s >= 1 && g.is(s - 1, &["no"]) {
                s -= 1;
            }
        } else if s >= 1 && g.is(s - 1, QUALIFIERS) && !g.is(s, &["the", "few"]) {
            s -= 1;
        }
    }
    s
}

/// Tried at every token; on equal length the one listed first wins.
const PATTERNS: &[fn(&G, usize) -> Found] = &[
    month_dates, day_month_year, years, decades, centuries, quarters, deictic_words, deictic_units,
    named_relative, sets, clock_times, holidays, anaphoric_periods, the_year, counted, vague_plurals,
    references,
];

/// Fixed-date and rule-date holidays: "Christmas", "Thanksgiving Day".
fn holidays(g: &G, i: usize) -> Found {
    let (offset, j) = match g.w(i) {
        "last" => (Some(-1), i + 1),
        "next" => (Some(1), i + 1),
        "this" => (Some(0), i + 1),
        _ => (None, i),
    };
    let (name, end) = match (g.w(j), g.w(j + 1), g.w(j + 2), g.w(j + 3)) {
        ("new", "year", "'" | "’", "s") if g.is(j + 4, &["day", "eve"]) => (if g.w(j + 4) == "eve" { "new-year-eve" } else { "new-year" }, j + 5),
        ("christmas", "eve", _, _) => ("christmas-eve", j + 2),
        ("christmas", "day", _, _) => ("christmas", j + 2),
        ("christmas", _, _, _) => ("christmas", j + 1),
        ("thanksgiving", "day", _, _) => ("thanksgiving", j + 2),
        ("thanksgiving", _, _, _) => ("thanksgiving", j + 1),
        ("independence", "day", _, _) => ("independence", j + 2),
        ("election", "day", _, _) => ("election", j + 2),
        ("labor", "day", _, _) | ("labour", "day", _, _) => ("labor", j + 2),
        ("memorial", "day", _, _) => ("memorial", j + 2),
        ("veterans", "day", _, _) => ("veterans", j + 2),
        ("halloween", _, _, _) => ("halloween", j + 1),
        _ => return None,
    };
    if !g.t[j].text.starts_with(char::is_uppercase) {
        return None;
    }
    Some((end, Sem::Holiday(name, offset)))
}

/// that day, the same day, the following year, later that week, the next morning
fn anaphoric_periods(g: &G, i: usize) -> Found {
    let j = if g.is(i, &["earlier", "later"]) { i + 1 } else { i };
    let (shift, k) = match (g.w(j), g.w(j + 1)) {
        ("that", "same") | ("the", "same") => (0, j + 2),
        ("that", _) => (0, j + 1),
        ("the", "following") | ("the", "next") => (1, j + 2),
        ("the", "previous") | ("the", "preceding") => (-1, j + 2),
        _ => return None,
    };
    if let Some(part) = lexicon::day_part(g.w(k)).filter(|_| !g.w(k).ends_with('s')) {
        return Some((k + 1, Sem::DayPart(Box::new(Sem::Anaphoric(shift, Unit::Day)), part)));
    }
    let unit = lexicon::unit(g.w(k)).filter(|u| !lexicon::is_plural_unit(g.w(k)) && *u >= Unit::Year && *u <= Unit::Day)?;
    // "that year's budget" is fine; "the next year or two" is a stretch of time.
    if shift == 0 && j == i && g.w(j) == "the" {
        return None;
    }
    Some((k + 1, if shift == 0 { Sem::SameAs(unit) } else { Sem::Anaphoric(shift, unit) }))
}

/// [for] the [fiscal|full|current] year [ended|ending …]
fn the_year(g: &G, i: usize) -> Found {
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

/// [Weekday[,]] Month Day[,] [Year] | Month [,] Year | Month
fn month_dates(g: &G, i: usize) -> Found {
    let (weekday, j) = match g.weekday(i) {
        Some((_, j)) => (true, if g.punct(j, ',') { j + 1 } else { j }),
        None => (false, i),
    };
    let (m, j) = g.month(j)?;
    if let Some((d, k)) = g.day(j) {
        let comma = if g.punct(k, ',') { k + 1 } else { k };
        if let Some((y, end)) = g.year(comma) {
            let date = jiff::civil::Date::new(y, m, d).ok()?;
            return Some((end, Sem::Point(Point::Day(date))));
        }
        jiff::civil::Date::new(2024, m, d).ok()?; // a day that exists in some year
        return Some((k, Sem::MonthDay(m, d)));
    }
    if weekday {
        return None;
    }
    let comma = if g.punct(j, ',') { j + 1 } else { j };
    if let Some((y, end)) = g.year(comma) {
        return Some((end, Sem::Point(Point::Month(y, m))));
    }
    if g.is(j, &["of"]) {
        if let Some((y, end)) = g.year(j + 1) {
            return Some((end, Sem::Point(Point::Month(y, m))));
        }
    }
    Some((j, Sem::Month(m, None)))
}

/// Day Month [Year]: "19 June 2024".
fn day_month_year(g: &G, i: usize) -> Found {
    let (d, j) = g.day(i)?;
    let j = if g.is(j, &["of"]) { j + 1 } else { j };
    let (m, k) = g.month(j)?;
    if let Some((y, end)) = g.year(k) {
        let date = jiff::civil::Date::new(y, m, d).ok()?;
        return Some((end, Sem::Point(Point::Day(date))));
    }
    Some((k, Sem::MonthDay(m, d)))
}

/// [fiscal] Year [– Year]
fn years(g: &G, i: usize) -> Found {
    let spoken = if g.is(i, &["the"]) && g.is(i + 1, &["year"]) { g.spoken_year(i + 2) } else { g.spoken_year(i) };
    if let Some((y, end)) = spoken {
        return Some((end, Sem::Point(Point::Year(y))));
    }
    let (fiscal, j) = if g.is(i, &["fiscal"]) { (true, i + 1) } else { (false, i) };
    let (y, end) = if fiscal { g.year(j)? } else { g.lone_year(j)? };
    if g.punct(end, '–') || g.punct(end, '-') || g.punct(end, '—') || g.is(end, &["to", "through"]) {
        if let Some((y2, end2)) = g.year(end + 1).filter(|(y2, _)| *y2 > y) {
            return Some((end2, Sem::YearRange(y, y2)));
        }
    }
    // "1990s" is a decade, left to `decades`.
    if g.is(end, &["s"]) && g.t[end].start == g.t[end - 1].end {
        return None;
    }
    Some((end, Sem::Point(Point::Year(y))))
}

/// [the] [early|mid|late] 1990s | the '90s
fn decades(g: &G, i: usize) -> Found {
    let mut j = if g.is(i, &["the"]) { i + 1 } else { i };
    if g.is(j, &["early", "mid", "late"]) {
        j = g.hyphen(j + 1);
    }
    let (y, k) = g.year(j)?;
    if !(g.is(k, &["s"]) && g.t[k].start == g.t[k - 1].end) || y % 10 != 0 {
        return None;
    }
    Some((k + 1, Sem::Point(Point::Decade(y / 10))))
}

/// [the] 20th|twentieth century
fn centuries(g: &G, i: usize) -> Found {
    let j = if g.is(i, &["the"]) { i + 1 } else { i };
    let (n, k) = match lexicon::ordinal(g.w(j)) {
        Some(n) => (n, j + 1),
        None => {
            let (d, k) = g.day(j)?; // "20th": a number and its suffix
            (d as u32, k)
        }
    };
    let k = g.hyphen(k);
    if !g.is(k, &["century"]) {
        return None;
    }
    Some((k + 1, Sem::Point(Point::Century(n as i16 - 1))))
}

/// [the] [fiscal] first|…|fourth quarter|half [of Year | Year] | the year-ago quarter
fn quarters(g: &G, i: usize) -> Found {
    let mut j = if g.is(i, &["the", "its", "this", "last", "next"]) { i + 1 } else { i };
    let shift = match g.w(i) {
        "last" => Some(-1i64),
        "next" => Some(1),
        _ => None,
    };
    if g.is(j, &["year"]) && g.punct(j + 1, '-') && g.is(j + 2, &["ago", "earlier"]) {
        // "the year-ago period", "year-earlier quarter", or the adjective alone.
        let k = j + 3;
        let end = if g.is(k, &["quarter", "period", "level", "results"]) { k + 1 } else { k };
        return Some((end, Sem::YearAgoPeriod));
    }
    // "the 1988 third quarter", "the 1989 period": a quarter of a named year.
    if g.is(i, &["the"]) {
        if let Some((y, k)) = g.year(j) {
            if let Some(n) = lexicon::ordinal(g.w(k)).filter(|n| (1..=4).contains(n)) {
                if g.is(k + 1, &["quarter"]) {
                    return Some((k + 2, Sem::QuarterOf(n as u8, Some(y))));
                }
            }
            if g.is(k, &["quarter", "period"]) {
                return Some((k + 1, Sem::QuarterIn(y)));
            }
        }
    }
    if g.is(i, &["the", "its"]) {
        let adjective = g.w(j);
        let (period_ok, sem) = match adjective {
            "latest" | "same" | "comparable" | "recent" => (true, Sem::SameAs(Unit::Quarter)),
            "current" => (false, Sem::Deictic(Unit::Quarter, 0)),
            "previous" | "prior" | "preceding" => (false, Sem::Anaphoric(-1, Unit::Quarter)),
            _ => (false, Sem::Point(Point::Year(0))),
        };
        let k = if g.is(j + 1, &["fiscal"]) { j + 2 } else { j + 1 };
        if !matches!(sem, Sem::Point(_)) && (g.is(k, &["quarter"]) || (period_ok && g.is(k, &["period"]))) {
            return Some((k + 1, sem));
        }
    }
    // "this year's third quarter", "last year's quarter"
    if g.is(i, &["this", "last", "next"]) && g.is(i + 1, &["year"]) && matches!(g.w(i + 2), "'" | "’") && g.is(i + 3, &["s"]) {
        let offset = match g.w(i) { "last" => -1, "next" => 1, _ => 0 };
        let k = i + 4;
        let n = lexicon::ordinal(g.w(k)).filter(|n| (1..=4).contains(n));
        let q = if n.is_some() { g.hyphen(k + 1) } else { k };
        if g.is(q, &["quarter", "period"]) {
            return Some((q + 1, Sem::QuarterOfYear(n.map(|n| n as u8), offset)));
        }
    }
    if g.is(j, &["fiscal", "calendar"]) {
        j += 1;
    }
    let n = lexicon::ordinal(g.w(j)).filter(|n| (1..=4).contains(n)).or_else(|| (g.w(j) == "last" && g.is(j + 1, &["half"])).then_some(2));
    let k = if n.is_some() { g.hyphen(j + 1) } else { j };
    let unit = match g.w(k) {
        "quarter" => Unit::Quarter,
        "half" if n.is_some_and(|n| n <= 2) => Unit::Half,
        _ => return None,
    };
    let mut end = k + 1;
    let mut year = None;
    if g.is(end, &["of"]) {
        if let Some((y, e)) = g.year(end + 1).or_else(|| g.year(end + 2).filter(|_| g.is(end + 1, &["fiscal"]))) {
            year = Some(y);
            end = e;
        }
    }
    let Some(n) = n else {
        // "the quarter", "the latest quarter": the one being talked about.
        if i == j && !g.is(i, &["the"]) {
            return None;
        }
        return Some((end, match shift {
            Some(s) => Sem::Deictic(Unit::Quarter, s),
            None => Sem::SameAs(unit),
        }));
    };
    let sem = if unit == Unit::Quarter { Sem::QuarterOf(n as u8, year) } else { Sem::HalfOf(n as u8, year) };
    Some((end, sem))
}

/// today, tomorrow, yesterday, tonight, [this|last|…] morning, the weekend
fn deictic_words(g: &G, i: usize) -> Found {
    let day = |offset| Sem::Deictic(Unit::Day, offset);
    let (base, j) = match g.w(i) {
        "today" => (Some(day(0)), i + 1),
        "tomorrow" => (Some(day(1)), i + 1),
        "yesterday" => (Some(day(-1)), i + 1),
        "tonight" => return Some((i + 1, Sem::DayPart(Box::new(day(0)), "NI"))),
        "overnight" => return Some((i + 1, Sem::DayPart(Box::new(day(0)), "NI"))),
        "this" if lexicon::day_part(g.w(i + 1)).is_some() => (Some(day(0)), i + 1),
        "last" if g.is(i + 1, &["night"]) => (Some(day(-1)), i + 1),
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
fn deictic_units(g: &G, i: usize) -> Found {
    let j = if g.is(i, &["earlier", "later", "early", "late"]) { i + 1 } else { i };
    let j = if g.is(j, &["the"]) && g.is(j + 1, &["current", "coming", "past", "previous"]) { j + 1 } else { j };
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
    // "the past year" is a stretch of time; "last year" is a point.
    if g.is(j, &["past", "coming"]) && (i > 0 && g.is(i - 1, &["the"]) || j > i) {
        let start = if i > 0 && g.is(i - 1, &["the"]) { i - 1 } else { i };
        return (start == i).then_some((k + 1, Sem::Duration(Some(1.0), unit)));
    }
    if unit == Unit::Day {
        return None;
    }
    Some((k + 1, Sem::Deictic(unit, offset)))
}

/// this|last|next Friday|November|summer; [the] summer; Friday [night]
fn named_relative(g: &G, i: usize) -> Found {
    let (offset, j) = match g.w(i) {
        "this" => (Some(0), i + 1),
        "last" | "past" => (Some(-1), i + 1),
        "next" | "coming" => (Some(1), i + 1),
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
        // "Friday night" is annotated as the day far more often than as a
        // part of it: the extent takes the part, the value stays the day.
        if lexicon::day_part(g.w(end)).is_some_and(|_| !g.w(end).ends_with('s')) {
            return start_ok(end + 1, Sem::Weekday(wd, offset));
        }
        return start_ok(end, Sem::Weekday(wd, offset));
    }
    if let Some(s) = lexicon::season(word) {
        if g.is(i, &["in", "during", "since", "by"]) && j == i + 1 {
            return None;
        }
        // "fall" is a verb more often than a season.
        if word == "fall" && j == i {
            return None;
        }
        if let Some((y, end)) = g.year(j + 1).or_else(|| g.year(j + 2).filter(|_| g.is(j + 1, &["of"]))) {
            return start_ok(end, Sem::Point(Point::Season(y, s)));
        }
        return start_ok(j + 1, Sem::Season(s, offset));
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

/// n unit(s) [ago|earlier|later|from now]; [the] [past|next|first] n units;
/// n-unit (adjective); half an hour
fn counted(g: &G, i: usize) -> Found {
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
    // "2 1/2 years"
    if let (Some(whole), true) = (n, g.w(k) == "1" && g.punct(k + 1, '/') && g.w(k + 2) == "2") {
        n = Some(whole + 0.5);
        k += 3;
    }
    // "eight trading days", "20 more years"
    if g.is(k, &["trading", "business", "working", "calendar", "straight", "consecutive", "more", "additional", "full", "long"]) && lexicon::unit(g.w(k + 1)).is_some() {
        k += 1;
    }
    let adjective = g.punct(k, '-');
    let k = g.hyphen(k);
    let unit = lexicon::unit(g.w(k))?;
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
    // "5 1/2 hours" and "a year and a half" are left at their whole part.
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
            return Some((end, Sem::Ref(if dir < 0 { "PAST_REF" } else { "FUTURE_REF" })));
        };
        if n.fract() != 0.0 {
            return Some((end, Sem::Duration(Some(n), unit)));
        }
        let n = dir * n as i64;
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
    // "a minute and a half"
    if g.is(end, &["and"]) && g.is(end + 1, &["a"]) && g.is(end + 2, &["half"]) {
        return Some((end + 3, Sem::Duration(n.map(|n| n + 0.5), unit)));
    }
    Some((end, Sem::Duration(n, unit)))
}

/// years, months, weeks, days, decades (a vague stretch); recent years
fn vague_plurals(g: &G, i: usize) -> Found {
    let recent = g.is(i, &["recent"]);
    let j = if recent { i + 1 } else { i };
    let unit = lexicon::unit(g.w(j)).filter(|_| lexicon::is_plural_unit(g.w(j)))?;
    if recent && unit >= Unit::Decade && unit <= Unit::Year {
        return Some((j + 1, Sem::Ref("PAST_REF")));
    }
    // A plural unit right after a number is `counted`'s; "years old" is an age.
    if g.is(j + 1, &["old", "ago"]) || (i > 0 && (g.t[i - 1].number().is_some() || g.count(i - 1).is_some())) {
        return None;
    }
    if g.is(j + 1, &["ago"]) {
        return Some((j + 2, Sem::Ref("PAST_REF")));
    }
    Some((j + 1, Sem::Duration(None, unit)))
}

/// now, currently, recently, the past, the future, at present
fn references(g: &G, i: usize) -> Found {
    match (g.w(i), g.w(i + 1)) {
        ("the", "past") if lexicon::unit(g.w(i + 2)).is_none() && g.count(i + 2).is_none() => Some((i + 2, Sem::Ref("PAST_REF"))),
        ("the", "future") | ("the", "present") => {
            let r = if g.w(i + 1) == "future" { "FUTURE_REF" } else { "PRESENT_REF" };
            Some((i + 2, Sem::Ref(r)))
        }
        ("at", "present") | ("these", "days") => Some((i + 2, Sem::Ref("PRESENT_REF"))),
        ("past", w) | ("coming", w) if lexicon::is_plural_unit(w) && !(i > 0 && g.is(i - 1, &["the"])) => {
            Some((i + 2, Sem::Ref(if g.w(i) == "past" { "PAST_REF" } else { "FUTURE_REF" })))
        }
        ("years", "ago") => Some((i + 2, Sem::Ref("PAST_REF"))),
        (w, next) => {
            let r = lexicon::reference(w)?;
            // "the current quarter" and "recent years" are other patterns';
            // "current account" and "current events" are terms, not times.
            if matches!(w, "current" | "recent") && (lexicon::unit(next).is_some() || matches!(next, "account" | "accounts" | "affairs" | "events" | "issue" | "edition")) {
                return None;
            }
            if w == "future" && i > 0 && !g.is(i - 1, &["the", "in", "near", "foreseeable"]) {
                return None;
            }
            Some((i + 1, Sem::Ref(r)))
        }
    }
}

/// every|each [other] week|Friday; daily, weekly; twice a year; per year
fn sets(g: &G, i: usize) -> Found {
    if let Some(u) = lexicon::frequency(g.w(i)) {
        if g.w(i) == "annual" {
            return None; // "annual report": an adjective about a report, not a time
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
fn clock_times(g: &G, i: usize) -> Found {
    let (h, m, mut end) = match g.w(i) {
        "noon" | "midday" => (12, 0, i + 1),
        "midnight" => (24, 0, i + 1),
        _ => {
            let h = g.t.get(i)?.number().filter(|h| *h <= 24 && g.t[i].text.len() <= 2)?;
            let (m, j) = if g.punct(i + 1, ':') {
                let m = g.t.get(i + 2)?.number().filter(|m| *m < 60 && g.t[i + 2].text.len() == 2)?;
                (m, i + 3)
            } else {
                (0, i + 1)
            };
            let (pm, k) = match (g.w(j), g.w(j + 1), g.w(j + 2)) {
                ("a" | "p", ".", "m") => (g.w(j) == "p", if g.punct(j + 3, '.') { j + 4 } else { j + 3 }),
                ("am" | "pm", _, _) => (g.w(j) == "pm", if g.punct(j + 1, '.') { j + 2 } else { j + 1 }),
                _ if g.is(j, &["in"]) && g.is(j + 1, &["the"]) && lexicon::day_part(g.w(j + 2)).is_some() => {
                    (matches!(g.w(j + 2), "afternoon" | "evening" | "night"), j + 3)
                }
                _ if j == i + 3 => (h >= 12, j), // "14:30"
                _ => return None,
            };
            let h = if pm && h < 12 { h + 12 } else if !pm && h == 12 { 0 } else { h };
            (h as u8, m as u8, k)
        }
    };
    if g.is(end, TIMEZONES) {
        end += 1;
    }
    // The day it falls on, when the text gives one right after.
    let k = if g.punct(end, ',') { end + 1 } else { end };
    let day = [month_dates as fn(&G, usize) -> Found, deictic_words, named_relative]
        .iter()
        .filter_map(|p| p(g, k))
        .filter(|(_, s)| matches!(s, Sem::Point(Point::Day(_)) | Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Deictic(Unit::Day, _)))
        .max_by_key(|(e, _)| *e);
    if let Some((e, s)) = day {
        return Some((e, Sem::Clock(h, m, Some(Box::new(s)))));
    }
    Some((end, Sem::Clock(h, m, None)))
}

/// "P3Y", "PT2H", "PXM", "P1.5Y"
pub fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let (n, unit) = match (n, unit) {
        (Some(n), Unit::Decade) => (Some(n * 10.0), Unit::Year),
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
        // Other fractions keep one decimal ("P1.5M"), written without the float formatter.
        (Some(n), _) => {
            let tenths = (n * 10.0).round() as i64;
            format!("P{t}{}.{}{code}", tenths / 10, tenths % 10)
        }
    }
}
