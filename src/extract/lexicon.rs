//! The English words time expressions are built from. Every lookup takes a
//! lower-case word.

/// Calendar and clock units, coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

impl Unit {
    /// The TIMEX3 duration letter, and whether it sits after the `T`.
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Century => ("CE", false),
            Unit::Decade => ("DE", false),
            Unit::Year => ("Y", false),
            Unit::Half => ("H", false),
            Unit::Quarter => ("Q", false),
            Unit::Month => ("M", false),
            Unit::Week => ("W", false),
            Unit::Day => ("D", false),
            Unit::Hour => ("H", true),
            Unit::Minute => ("M", true),
            Unit::Second => ("S", true),
        }
    }
}

pub fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "century" | "centuries" => Unit::Century,
        "decade" | "decades" => Unit::Decade,
        "year" | "years" | "yr" | "yrs" => Unit::Year,
        "quarter" | "quarters" => Unit::Quarter,
        "month" | "months" => Unit::Month,
        "week" | "weeks" => Unit::Week,
        "day" | "days" => Unit::Day,
        "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "second" | "seconds" | "sec" | "secs" => Unit::Second,
        _ => return None,
    })
}

pub fn is_plural_unit(word: &str) -> bool {
    word.ends_with('s') && unit(word).is_some()
}

/// Cardinal number words: "one" … "ninety-nine" is built by the caller from these.
pub fn number_word(word: &str) -> Option<u32> {
    const SMALL: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(n) = SMALL.iter().position(|w| *w == word) {
        return Some(n as u32);
    }
    if let Some(n) = TENS.iter().position(|w| *w == word) {
        return Some(20 + 10 * n as u32);
    }
    match word {
        "hundred" => Some(100),
        "thousand" => Some(1000),
        "dozen" => Some(12),
        _ => None,
    }
}

/// Ordinals up to the ones time expressions use ("the fourth quarter", "the 21st century").
pub fn ordinal(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(n) = WORDS.iter().position(|w| *w == word) {
        return Some(n as u32 + 1);
    }
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    match suffix {
        "st" | "nd" | "rd" | "th" if !digits.is_empty() => digits.parse().ok(),
        _ => None,
    }
}

/// Monday = 1 … Sunday = 7 (ISO 8601): the calendar's weekday names.
pub use crate::calendar::weekday_number as weekday;

/// "Tue", "Thurs": a weekday abbreviation (the caller checks for its full stop).
pub fn weekday_abbreviation(word: &str) -> Option<u8> {
    const SHORT: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let w = match word { "tues" => "tue", "thur" | "thurs" => "thu", w => w };
    SHORT.iter().position(|d| *d == w).map(|i| i as u8 + 1)
}

/// The four seasons, each with its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn timex(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month a season begins in, as news reckons it (meteorological
    /// seasons; winter begins in December of the year it is named after).
    pub fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// Conjunctions that open a clause of time ("after the chamber voted").
pub const TIME_SUBORDINATORS: &[&str] = &["after", "before", "when", "since", "until", "once"];
/// Conjunctions that open any other adverbial clause: of cause, concession
/// or condition.
pub const OTHER_SUBORDINATORS: &[&str] = &["because", "although", "though", "if", "unless"];
/// Relative words: they open a clause inside a noun phrase.
pub const RELATIVES: &[&str] = &["that", "which", "who", "whose", "where"];

/// Whether a lower-case word opens an adverbial clause.
pub fn is_subordinator(word: &str) -> bool {
    TIME_SUBORDINATORS.contains(&word) || OTHER_SUBORDINATORS.contains(&word)
}

/// Time zones a clock time may name ("16:08 GMT"), in lower case.
pub const TIME_ZONES: &[&str] = &["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet"];

pub fn season(word: &str) -> Option<Season> {
    Some(match word {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// The parts of a day TIMEX3 names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub fn timex(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
    /// After noon: "4 in the afternoon" is 16:00.
    pub fn is_after_noon(self) -> bool {
        !matches!(self, DayPart::Morning)
    }
}

pub fn day_part(word: &str) -> Option<DayPart> {
    Some(match word {
        "morning" | "mornings" => DayPart::Morning,
        "afternoon" | "afternoons" => DayPart::Afternoon,
        "evening" | "evenings" => DayPart::Evening,
        "night" | "nights" => DayPart::Night,
        _ => return None,
    })
}

/// Frequency adverbs and the period they repeat over.
pub fn frequency(word: &str) -> Option<Unit> {
    Some(match word {
        "hourly" => Unit::Hour,
        "daily" | "nightly" => Unit::Day,
        "weekly" => Unit::Week,
        "monthly" => Unit::Month,
        // "annually" is annotated 2 times in 6; "annual" is an adjective.
        "yearly" | "annual" => Unit::Year,
        _ => return None,
    })
}

/// A vague point in time: the present, the past or the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ref {
    Present,
    Past,
    Future,
}

impl Ref {
    pub fn timex(self) -> &'static str {
        match self {
            Ref::Present => "PRESENT_REF",
            Ref::Past => "PAST_REF",
            Ref::Future => "FUTURE_REF",
        }
    }
    /// Looking back (`dir < 0`) or ahead.
    pub fn toward(dir: i64) -> Ref {
        if dir < 0 { Ref::Past } else { Ref::Future }
    }
}

/// Words that put a vague point in time: now, the past, the future.
pub fn reference(word: &str) -> Option<Ref> {
    Some(match word {
        "now" | "currently" | "current" | "nowadays" | "presently" => Ref::Present,
        "recently" | "recent" | "lately" => Ref::Past,
        "future" => Ref::Future,
        _ => return None,
    })
}

/// The holidays the tagger knows, each dated by a rule in `resolve`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYear,
    NewYearEve,
    Christmas,
    ChristmasEve,
    Thanksgiving,
    Independence,
    Election,
    Labor,
    Memorial,
    Veterans,
    Halloween,
}

