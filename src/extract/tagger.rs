//! Finding dates in a sentence: the first pass of the temporal tagger.
//!
//! Recognised: full dates ("June 19, 2024", "19 June 2024"), month and year
//! ("June 2024"), month and day resolved against an anchor date ("On October
//! 24"), years ("1953", "the 1953 treaty") and year ranges ("2016–2017").
//! Numbers that merely look like years are rejected by what stands around
//! them: "Article 51", "No. 1718", "2000 troops", "1990 percent".

use super::tokens::{tokenize, Kind, Token};
use crate::calendar::{month_number, nearest_year};
use crate::story::EventDate;
use jiff::civil::Date;

/// A temporal expression found in a text, with its span relative to that text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub value: EventDate,
    pub end_value: Option<EventDate>,
    /// True when the text gave no year and it was taken from the anchor.
    pub anchored: bool,
}

/// Words before a number that make it a label, not a year: "Article 1953".
const LABELS: &[&str] = &[
    "article", "articles", "no", "nos", "number", "section", "resolution", "chapter", "paragraph",
    "clause", "rule", "room", "flight", "route", "page", "pages", "p", "pp", "item", "annex", "point",
];
/// Words after a number that make it a count: "2000 troops".
const COUNTED: &[&str] = &[
    "percent", "per", "troops", "people", "soldiers", "km", "kilometers", "kilometres", "miles",
    "tons", "tonnes", "dollars", "euros", "rubles", "roubles", "won", "yuan", "units", "votes",
    "members", "times", "years", "months", "days", "hours", "minutes", "meters", "metres", "feet",
    "pounds", "kg", "words", "pages", "cases", "deaths", "students", "workers", "jobs", "shares",
];

fn year_of(t: &Token) -> Option<i16> {
    let n = t.number()?;
    (t.text.len() == 4 && (1000..=2199).contains(&n)).then_some(n as i16)
}

fn day_of(t: &Token) -> Option<i8> {
    let n = t.number()?;
    (t.text.len() <= 2 && (1..=31).contains(&n)).then_some(n as i8)
}

fn month_of(t: &Token) -> Option<i8> {
    if t.kind == Kind::Word { month_number(t.text) } else { None }
}

fn is_dash(t: &Token) -> bool {
    t.is_punct('–') || t.is_punct('-') || t.is_punct('—') || t.is_word("to")
}

/// Whether a bare four-digit number at `i` reads as a year here.
fn reads_as_year(tokens: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let next = tokens.get(i + 1);
    let labelled = prev.is_some_and(|p| {
        (p.kind == Kind::Word && LABELS.iter().any(|l| p.text.eq_ignore_ascii_case(l)))
            || p.is_punct('#') || p.is_punct('№') || p.is_punct('$') || p.is_punct('€') || p.is_punct('£')
            // "No. 1718": the label and its full stop.
            || (p.is_punct('.') && i >= 2 && tokens[i - 2].is_word("no"))
    });
    let counted = next.is_some_and(|n| {
        n.is_punct('%') || (n.kind == Kind::Word && COUNTED.iter().any(|c| n.text.eq_ignore_ascii_case(c)))
    });
    !(labelled || counted)
}

/// Finds the dates in `text`. `anchor` (the publication date) resolves the
/// year of a month and day written without one; without an anchor such
/// expressions are skipped rather than guessed.
pub fn tag(text: &str, anchor: Option<Date>) -> Vec<Timex> {
    let tokens = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match match_at(&tokens, i, anchor) {
            Some((timex, used)) => {
                out.push(timex);
                i += used;
            }
            None => i += 1,
        }
    }
    out
}

fn match_at(t: &[Token], i: usize, anchor: Option<Date>) -> Option<(Timex, usize)> {
    let at = |k: usize| t.get(i + k);
    let timex = |used: usize, value: EventDate, end_value: Option<EventDate>, anchored: bool| {
        (Timex { start: t[i].start, end: t[i + used - 1].end, value, end_value, anchored }, used)
    };

    if let Some(m) = month_of(&t[i]) {
        let day = at(1).and_then(day_of);
        // Month Day[,] Year
        if let Some(d) = day {
            let (comma, y) = match (at(2), at(3)) {
                (Some(c), Some(y)) if c.is_punct(',') => (1, year_of(y)),
                (Some(y), _) => (0, year_of(y)),
                _ => (0, None),
            };
            if let Some(y) = y {
                let date = Date::new(y, m, d).ok()?;
                return Some(timex(3 + comma, EventDate::day(date), None, false));
            }
            // Month Day, resolved against the anchor.
            let date = nearest_year(m, d, anchor?)?;
            return Some(timex(2, EventDate::day(date), None, true));
        }
        // Month Year
        if let Some(y) = at(1).and_then(year_of) {
            return Some(timex(2, EventDate::month(y, m)?, None, false));
        }
        return None;
    }

    if let Some(d) = day_of(&t[i]) {
        // Day Month Year
        if let (Some(m), Some(y)) = (at(1).and_then(month_of), at(2).and_then(year_of)) {
            let date = Date::new(y, m, d).ok()?;
            return Some(timex(3, EventDate::day(date), None, false));
        }
    }

    let y = year_of(&t[i])?;
    if !reads_as_year(t, i) {
        return None;
    }
    // Year–Year
    if let (Some(dash), Some(y2)) = (at(1), at(2).and_then(year_of)) {
        if is_dash(dash) && y2 > y {
            return Some(timex(3, EventDate::year(y)?, EventDate::year(y2), false));
        }
    }
    Some(timex(1, EventDate::year(y)?, None, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Granularity;
    use jiff::civil::date;

    fn values(text: &str) -> Vec<(String, String)> {
        tag(text, Some(date(2024, 10, 26)))
            .into_iter()
            .map(|t| {
                let v = match t.end_value {
                    Some(e) => format!("{}/{}", t.value.value(), e.value()),
                    None => t.value.value(),
                };
                (text[t.start..t.end].to_string(), v)
            })
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn full_dates_in_both_orders() {
        assert_eq!(values("It was signed on June 19, 2024 in Pyongyang."), [pair("June 19, 2024", "2024-06-19")]);
        assert_eq!(values("Signed 19 June 2024."), [pair("19 June 2024", "2024-06-19")]);
        assert_eq!(values("Dated March 3 2021."), [pair("March 3 2021", "2021-03-03")]);
    }

    #[test]
    fn month_and_day_take_the_anchor_year() {
        let t = tag("On October 24, the Duma voted; it takes force on November 6.", Some(date(2024, 10, 26)));
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].value, EventDate::day(date(2024, 10, 24)));
        assert!(t[0].anchored);
        assert_eq!(t[1].value, EventDate::day(date(2024, 11, 6)));
        assert!(tag("On October 24 it voted.", None).is_empty(), "no anchor, no guess");
    }

    #[test]
    fn month_and_year() {
        let t = tag("In June 2024 talks began.", None);
        assert_eq!(t[0].value.granularity, Granularity::Month);
        assert_eq!(t[0].value.value(), "2024-06");
    }

    #[test]
    fn years_and_year_ranges() {
        assert_eq!(values("the 1953 ROK-US Mutual Defense Treaty"), [pair("1953", "1953")]);
        assert_eq!(values("sanctions that Russia voted for in 2016–2017: it"), [pair("2016–2017", "2016/2017")]);
        assert_eq!(values("from 2016 to 2017"), [pair("2016 to 2017", "2016/2017")]);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for text in [
            "Article 51 of the UN Charter",
            "Article 1953 of the code",
            "Resolution No. 1718 was adopted",
            "for the past 12 years",
            "4,000 troops",
            "2000 troops crossed",
            "a 1990 percent rise",
            "it cost $2024",
            "may 5 people",
        ] {
            assert_eq!(values(text), [] as [(String, String); 0], "{text}");
        }
    }

    #[test]
    fn impossible_days_are_not_dates() {
        assert_eq!(values("June 31, 2024"), [pair("2024", "2024")], "only the year survives");
    }

    #[test]
    fn spans_are_relative_to_the_text() {
        let text = "Before “On October 16, spokesman";
        let t = tag(text, Some(date(2024, 10, 26)));
        assert_eq!(&text[t[0].start..t[0].end], "October 16");
    }
}
