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
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    match suffix {
        "st" | "nd" | "rd" | "th" if !digits.is_empty() => digits.parse().ok(),
        _ => None,
    }
}

/// Monday = 1 … Sunday = 7 (ISO 8601).
pub fn weekday(word: &str) -> Option<u8> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    DAYS.iter().position(|d| *d == word).map(|i| i as u8 + 1)
}

/// "Tue", "Thurs": a weekday abbreviation (the caller checks for its full stop).
pub fn weekday_abbreviation(word: &str) -> Option<u8> {
    const SHORT: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let w = match word { "tues" => "tue", "thur" | "thurs" => "thu", w => w };
    SHORT.iter().position(|d| *d == w).map(|i| i as u8 + 1)
}

/// TIMEX3 season codes.
pub fn season(word: &str) -> Option<&'static str> {
    Some(match word {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// TIMEX3 parts of the day.
pub fn day_part(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" | "mornings" => "MO",
        "afternoon" | "afternoons" => "AF",
        "evening" | "evenings" => "EV",
        "night" | "nights" => "NI",
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
        "yearly" | "annually" | "annual" => Unit::Year,
        _ => return None,
    })
}

/// Words that put a vague point in time: now, the past, the future.
pub fn reference(word: &str) -> Option<&'static str> {
    Some(match word {
        "now" | "currently" | "current" | "nowadays" | "presently" => "PRESENT_REF",
        "recently" | "recent" | "lately" => "PAST_REF",
        "future" => "FUTURE_REF",
        _ => return None,
    })
}

