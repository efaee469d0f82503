//! What the patterns share: the tokens they read ([`Tok`]), the reader they
//! ask ([`G`]: is this word a month, a number, a unit?), and what a match
//! says before it is anchored ([`Sem`], [`Part`]). Pattern files import it;
//! it imports none of them.

use crate::calendar::month_number;
use crate::extract::lexicon::{self, DayPart, Holiday, Ref, Season, Unit};
use crate::extract::point::Point;
use crate::extract::tokens::{tokenize_parts, Kind, Token};

/// Which part of a period a phrase names ("the end of" 2009).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Start,
    Middle,
    End,
    /// The n-th week (1-based; -1 for the last; 0 for the week containing
    /// the day: "the week of March 6").
    Week(i8),
    /// The day before (-1) or after (1) the day: "the day before last
    /// Tuesday's hearing", "the day after Christmas".
    DayFrom(i8),
}

/// What an expression says, before it is anchored.
#[derive(Clone, Debug, PartialEq)]
pub enum Sem {
    /// Fully specified by the text: "October 14, 2024", "1953", "the 1990s".
    Point(Point),
    /// A year range: "2016–2017".
    YearRange(i16, i16),
    /// A month and day without a year, and the weekday when the text gives
    /// it ("Saturday, April 25"), which fixes the year.
    MonthDay(i8, i8, Option<u8>),
    /// A month without a year, with a relative offset ("last November": -1).
    Month(i8, Option<i64>),
    Weekday(u8, Option<i64>),
    Season(Season, Option<i64>),
    /// The n-th quarter or half of the year in context ("the third quarter").
    QuarterOf(u8, Option<i16>),
    HalfOf(u8, Option<i16>),
    /// Relative to the time of writing: "today" (Day, 0), "last year" (Year, -1).
    Deictic(Unit, i64),
    /// A part of a day relative to the time of writing: "last night" (-1, NI).
    DayPart(Box<Sem>, DayPart),
    /// The weekend of a week relative to the time of writing.
    Weekend(i64),
    /// n units before (negative) or after the time of writing: "two years ago".
    Offset(i64, Unit),
    /// n units before or after the time last talked about: "a year earlier".
    Anaphoric(i64, Unit),
    /// "three days later": a length (TimeML's value) that also moves the
    /// time last talked about (the day the event builder dates).
    Later(i64, Unit),
    /// "the previous Friday", "the following Monday": the weekday before or
    /// after the day last talked about.
    WeekdayFrom(u8, i64),
    /// "the Friday of that week": the weekday in the week of the day last
    /// talked about, that many weeks on.
    WeekdayInWeek(u8, i64),
    /// The period last talked about, at this granularity: "the latest quarter".
    SameAs(Unit),
    /// PRESENT_REF, PAST_REF or FUTURE_REF.
    Ref(Ref),
    /// A length of time; `None` when the count is vague ("several years").
    Duration(Option<f64>, Unit),
    /// A length that names no unit: "for a while", "for some time" (PXX).
    Stretch,
    /// A TIMEX3 SET value, complete: "P1W", "XXXX-WXX-5".
    Set(String),
    /// A clock time on a day (the day itself may be unsaid).
    /// The last field is the offset from UTC in minutes, when the text
    /// gives it as UTC, GMT or a number ("16:08 UTC", "9:00 GMT+3").
    Clock(u8, u8, Option<Box<Sem>>, Option<i16>),
    /// "the year-ago quarter": the period in context, a year before.
    YearAgoPeriod,
    /// The quarter in context, in another year: "the 1988 period".
    QuarterIn(i16),
    /// A quarter of a year relative to the DCT: "last year's third quarter"
    /// (the quarter in context when no ordinal is given).
    QuarterOfYear(Option<u8>, i64),
    /// A named holiday, with "last"/"next"/"this" when given.
    Holiday(Holiday, Option<i64>),
    /// A month, maybe a day of it, of a year relative to the DCT: "April
    /// last year" (4, None, -1), "22 April this year" (4, Some(22), 0).
    MonthOfYear(i8, Option<i8>, i64),
    /// A month, maybe a day of it, "of" a year named by another phrase:
    /// "July 5 of that year", "March of the following year".
    OfYear(i8, Option<i8>, Box<Sem>),
    /// A season after or before the time in context: "the following
    /// spring" (1), "the previous winter" (-1).
    SeasonFrom(crate::extract::lexicon::Season, i64),
    /// "the 12th of this month": a day of the DCT's month, moved by months.
    DayOfDeicticMonth(i8, i64),
    /// "3/4/1990": the first two numbers (both 12 or less) and the year;
    /// which is the month depends on how the text writes its dates.
    NumericDate(i8, i8, i16),
    /// A day of the month in context: "on the 19th".
    DayOfMonth(i8),
    /// A half of a year relative to the DCT: "the first half of next year".
    HalfOfYear(u8, i64),
    /// A part of a period: "the end of 2009", "the last week of March".
    PartOf(Box<Sem>, Part),
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
    /// The text in lower case, borrowed when it already is (most words).
    pub lower: std::borrow::Cow<'a, str>,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Tok<'_> {
    pub(super) fn number(&self) -> Option<u32> {
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
        .map(|t: Token| {
            let lower = if t.text.chars().any(char::is_uppercase) { std::borrow::Cow::Owned(t.text.to_lowercase()) } else { std::borrow::Cow::Borrowed(t.text) };
            Tok { text: t.text, lower, kind: t.kind, start: t.start, end: t.end }
        })
        .collect()
}

/// Words before a four-digit number that make it a label, not a year.
pub(super) const LABELS: &[&str] = &[
    "article", "articles", "no", "nos", "number", "section", "resolution", "chapter", "paragraph",
    "clause", "rule", "room", "flight", "route", "page", "pages", "p", "pp", "item", "annex",
    "point", "points", "model", "boeing", "airbus", "version", "windows", "highway", "interstate",
];
/// Words after a number that make it a count, not a year.
pub(super) const COUNTED: &[&str] = &[
    "percent", "per", "troops", "people", "soldiers", "km", "kilometers", "kilometres", "miles",
    "tons", "tonnes", "dollars", "euros", "rubles", "roubles", "won", "yuan", "units", "votes",
    "members", "times", "meters", "metres", "feet", "pounds", "kg", "words", "cases", "deaths",
    "students", "workers", "jobs", "shares", "barrels", "acres", "residents", "seats", "employees",
    "points", "cars", "homes", "copies", "patients", "children", "police", "officers", "pupils",
];
pub(super) use crate::extract::lexicon::TIME_ZONES as TIMEZONES;

pub(super) struct G<'t, 'a> {
    pub(super) t: &'t [Tok<'a>],
}

impl G<'_, '_> {
    pub(super) fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.lower.as_ref())
    }
    pub(super) fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }
    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }
    /// Token `i` is a mark joining the two numbers it touches: the "-" or
    /// "/" of "28-29" and "28/29", not of "28 - 29".
    pub(super) fn range_mark(&self, i: usize) -> bool {
        let touching = |a: usize| self.t.get(a).zip(self.t.get(a + 1)).is_some_and(|(a, b)| a.end == b.start);
        i > 0 && ['-', '–', '/'].into_iter().any(|c| self.punct(i, c)) && touching(i - 1) && touching(i)
    }
    /// Takes the full stop of a month abbreviation ("Oct." is "Oct" then "."),
    /// not the one that ends a sentence after a full name ("in March.").
    pub(super) fn dot(&self, i: usize) -> usize {
        let prev = &self.t[i - 1];
        let abbreviated = month_number(prev.text).is_some_and(|m| crate::calendar::month_name(m).len() > prev.text.len());
        if abbreviated && self.punct(i, '.') && self.t[i].start == prev.end { i + 1 } else { i }
    }
    pub(super) fn hyphen(&self, i: usize) -> usize {
        if self.punct(i, '-') { i + 1 } else { i }
    }

    /// "Friday" or "Fri." (an abbreviation only with its full stop: "Sun" is a newspaper).
    pub(super) fn weekday(&self, i: usize) -> Option<(u8, usize)> {
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

    pub(super) fn month(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t.get(i)?;
        let m = month_number(t.text)?;
        let end = self.dot(i + 1);
        let abbreviation = crate::calendar::month_name(m).len() != t.text.len();
        if abbreviation && end == i + 1 && self.t.get(end).is_none_or(|n| n.number().is_none()) {
            return None; // "Jan" alone is a name
        }
        // "May" and "March" are also a verb and a noun: take them as months
        // only with a number beside them or a word that introduces a date.
        if matches!(t.lower.as_ref(), "may" | "march") && end == i + 1 {
            let dated_next = self.t.get(end).is_some_and(|n| n.number().is_some());
            // "12 May", as "May 12".
            let day_before = i > 0 && self.t[i - 1].number().is_some_and(|d| (1..=31).contains(&d));
            let dated_before = i > 0 && self.is(i - 1, &["in", "of", "last", "next", "this", "early", "late", "mid", "since", "until", "by", "during", "from", "through", "between", "-"]);
            // "March and April", "March to May": a month beside another.
            let month_next = self.is(end, &["and", "or", "to"]) && self.t.get(end + 1).is_some_and(|n| month_number(n.text).is_some_and(|_| n.text.starts_with(char::is_uppercase)));
            // "the March vote", "the May elections": a month naming a
            // noun (not "the March on Rome", "the March of Dimes").
            let names_noun = i > 0
                && self.is(i - 1, &["the"])
                && self.t.get(end).is_some_and(|n| n.text.starts_with(char::is_lowercase) && n.text.chars().all(char::is_alphabetic))
                && !self.is(end, &["of", "on", "to", "in", "for", "from", "against", "through", "and", "or", "was", "is"]);
            // "as early as May", "before May": a word that bounds a date.
            let bounds = i > 0 && (self.is(i - 1, &["before", "after", "around", "till"]) || (i > 2 && self.is(i - 1, &["as"]) && self.is(i - 2, &["early", "late", "soon"])));
            // "… in April and May.": a modal never ends a sentence, and a
            // lower-case word before it makes it no surname ("Theresa May.").
            let ends_sentence = self.t.get(end).is_none_or(|n| matches!(n.text.as_ref(), "." | "?" | "!"))
                && i > 0
                && self.t[i - 1].text.starts_with(char::is_lowercase);
            if !dated_next && !day_before && !dated_before && !month_next && !names_noun && !bounds && !ends_sentence {
                return None;
            }
        }
        Some((m, end))
    }

    pub(super) fn day(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t.get(i)?;
        let n = t.number().filter(|n| (1..=31).contains(n) && t.text.len() <= 2)?;
        let end = if self.is(i + 1, &["st", "nd", "rd", "th"]) && self.t[i + 1].start == t.end { i + 2 } else { i + 1 };
        Some((n as i8, end))
    }

    pub(super) fn year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.t.get(i)?;
        if t.kind == (Kind::Number { grouped: false }) && t.text.len() == 4 {
            // "firmed to 1.1725", "index at 2025.5": digits of a decimal.
            let touching = |a: usize, b: usize| self.t.get(a).zip(self.t.get(b)).is_some_and(|(a, b)| a.end == b.start);
            let dot = |k: usize| self.t.get(k).is_some_and(|d| d.text == ".");
            let decimal = (i >= 2 && dot(i - 1) && touching(i - 1, i) && touching(i - 2, i - 1) && self.t[i - 2].number().is_some())
                || (dot(i + 1) && touching(i, i + 1) && touching(i + 1, i + 2) && self.t.get(i + 2).is_some_and(|n| n.number().is_some()));
            if decimal {
                return None;
            }
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
    pub(super) fn spoken_year(&self, i: usize) -> Option<(i16, usize)> {
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
    pub(super) fn lone_year(&self, i: usize) -> Option<(i16, usize)> {
        let (y, end) = self.year(i)?;
        let labelled = i > 0
            && (self.is(i - 1, LABELS)
                || matches!(self.w(i - 1), "#" | "$" | "€" | "£" | "№")
                || (self.punct(i - 1, '.') && i >= 2 && self.is(i - 2, &["no"])));
        // "'60 Minutes", "2000 years": a count of a unit, not a year.
        let counted = self.is(end, COUNTED) || self.punct(end, '%') || lexicon::unit(self.w(end)).is_some_and(|_| lexicon::is_plural_unit(self.w(end)));
        let part_of_number = self.punct(end, '.') && self.t.get(end + 1).is_some_and(|n| n.number().is_some() && n.start == self.t[end].end);
        (!labelled && !counted && !part_of_number).then_some((y, end))
    }

    /// A count: digits, number words ("twenty four", "a hundred"), or a vague
    /// one ("several", "a few"), which is `Some(None)`.
    pub(super) fn count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.t.get(i)?;
        if let Some(n) = t.number() {
            // "1.5"
            if self.punct(i + 1, '.') && self.t.get(i + 2).is_some_and(|d| d.number().is_some() && d.start == self.t[i + 1].end) {
                let frac: f64 = format!("0.{}", self.t[i + 2].text).parse().ok()?;
                return Some((Some(n as f64 + frac), i + 3));
            }
            return Some((Some(n as f64), i + 1));
        }
        match t.lower.as_ref() {
            "several" | "many" | "few" | "some" => return Some((None, i + 1)),
            // "the next couple of years"
            "couple" if i > 0 && self.is(i - 1, &["next", "past", "last", "first"]) => {
                return Some((Some(2.0), if self.is(i + 1, &["of"]) { i + 2 } else { i + 1 }));
            }
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
        // "two thousand years" (a year is `spoken_year`'s: "two thousand and one")
        if n < 100 && self.is(end, &["thousand"]) && !self.is(end + 1, &["and"]) {
            n *= 1000;
            end += 1;
        }
        Some((Some(n as f64), end))
    }
}

pub(super) type Found = Option<(usize, Sem)>;
