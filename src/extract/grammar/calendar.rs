//! Calendar expressions: dates with month names, years and year ranges,
//! decades, centuries, quarters and halves, holidays.

use super::reader::{Found, Sem, G};
use crate::extract::lexicon;
use crate::extract::lexicon::{Holiday, Unit};
use crate::extract::point::Point;

/// [Weekday[,]] Month Day[,] [Year] | Month [,] Year | Month
pub(super) fn month_dates(g: &G, i: usize) -> Found {
    let (wd, j) = match g.weekday(i) {
        Some((wd, j)) => (Some(wd), if g.punct(j, ',') { j + 1 } else { j }),
        None => (None, i),
    };
    let weekday = wd.is_some();
    let (m, j) = g.month(j)?;
    if let Some((d, k)) = g.day(j) {
        let comma = if g.punct(k, ',') { k + 1 } else { k };
        if let Some((y, end)) = g.year(comma) {
            let date = jiff::civil::Date::new(y, m, d).ok()?;
            return Some((end, Sem::Point(Point::Day(date))));
        }
        jiff::civil::Date::new(2024, m, d).ok()?; // a day that exists in some year
        return Some((k, Sem::MonthDay(m, d, wd)));
    }
    if weekday {
        return None;
    }
    let comma = if g.punct(j, ',') { j + 1 } else { j };
    if let Some((y, end)) = g.year(comma).or_else(|| g.spoken_year(j)) {
        return Some((end, Sem::Point(Point::Month(y, m))));
    }
    if g.is(j, &["of"]) {
        if let Some((y, end)) = g.year(j + 1) {
            return Some((end, Sem::Point(Point::Month(y, m))));
        }
    }
    Some((j, Sem::Month(m, None)))
}

/// The first day of a range that names its month once: "28-29 September",
/// "28/29 September", "from 3 to 5 May", "between 3 and 5 May 2025". TimeML
/// tags each day; the event builder joins the two into one stretch. A word
/// between the days needs "from" or "between" before them ("won 3 to 1").
pub(super) fn first_day(g: &G, i: usize) -> Found {
    let (d, j) = g.day(i)?;
    let mark = g.range_mark(j);
    let word = g.is(j, &["to", "and"]) && i > 0 && g.is(i - 1, &["from", "between"]);
    if !(mark || word) {
        return None;
    }
    let (last, k) = g.day(j + 1)?;
    let k = if g.is(k, &["of"]) { k + 1 } else { k };
    let (m, after_month) = g.month(k)?;
    if last <= d {
        return None;
    }
    if let Some((y, _)) = g.year(after_month) {
        return Some((j, Sem::Point(Point::Day(jiff::civil::Date::new(y, m, d).ok()?))));
    }
    jiff::civil::Date::new(2024, m, d).ok()?;
    Some((j, Sem::MonthDay(m, d, None)))
}

/// The second day of "April 24 and 25" or "September 28-29": a date of its
/// own (TimeML tags each day), in the month named before it. Only where the
/// phrase ends after it (a mark or a preposition): "March 3 and 25 shops"
/// is a count.
pub(super) fn second_day(g: &G, i: usize) -> Found {
    let mark = i > 0 && g.range_mark(i - 1);
    if i < 3 || !(mark || g.is(i - 1, &["and", "or", "to"])) {
        return None;
    }
    let (m, after_month) = g.month(i - 3)?;
    let (_, after_first) = g.day(after_month)?;
    let (d, end) = g.day(i)?;
    let closes = g.t.get(end).is_none_or(|t| t.kind != crate::extract::tokens::Kind::Word)
        || g.is(end, &["in", "at", "on", "of", "for", "to", "when", "with", "and", "or", "as", "respectively"]);
    if after_first != i - 1 || !(closes || mark) {
        return None;
    }
    jiff::civil::Date::new(2024, m, d).ok()?;
    Some((end, Sem::MonthDay(m, d, None)))
}

/// [Weekday[,]] Day Month [Year]: "19 June 2024", "Tuesday, 27 April".
pub(super) fn day_month_year(g: &G, i: usize) -> Found {
    let (wd, i) = match g.weekday(i) {
        Some((wd, j)) => (Some(wd), if g.punct(j, ',') { j + 1 } else { j }),
        None => (None, i),
    };
    let (d, j) = g.day(i)?;
    let j = if g.is(j, &["of"]) { j + 1 } else { j };
    let (m, k) = g.month(j)?;
    if let Some((y, end)) = g.year(k) {
        let date = jiff::civil::Date::new(y, m, d).ok()?;
        return Some((end, Sem::Point(Point::Day(date))));
    }
    Some((k, Sem::MonthDay(m, d, wd)))
}

/// "2025-07-01", "2025/07/01", "3/4/1990", "14/03/2024": numbers joined by
/// one mark, no spaces. With the year last, a number above 12 is the day;
/// when both could be the month, the order is the text's (`NumericDate`).
pub(super) fn numeric_dates(g: &G, i: usize) -> Found {
    let tight = (i..i + 4).all(|k| g.t.get(k).zip(g.t.get(k + 1)).is_some_and(|(a, b)| a.end == b.start));
    if !['-', '/'].into_iter().any(|c| g.punct(i + 1, c) && g.punct(i + 3, c)) {
        return None;
    }
    let small = |k: usize| g.t[k].number().filter(|_| g.t[k].text.len() <= 2);
    // A digit straight after ("2025-07-01-3") makes it some other code.
    let joined = |k: usize| g.t.get(k).is_some_and(|n| n.start == g.t[k - 1].end);
    let number = |k: usize| g.t.get(k).is_some_and(|n| matches!(n.kind, crate::extract::tokens::Kind::Number { .. }));
    let closed = !(joined(i + 5) && (number(i + 5) || ((g.punct(i + 5, '-') || g.punct(i + 5, '/')) && joined(i + 6) && number(i + 6))));
    if !tight || !closed {
        return None;
    }
    let (y, m, d) = match (g.year(i), g.year(i + 4)) {
        (Some((y, _)), None) => (y, small(i + 2)?, small(i + 4)?),
        (None, Some((y, _))) => {
            let (a, b) = (i8::try_from(small(i)?).ok()?, i8::try_from(small(i + 2)?).ok()?);
            // Either order may be meant: the text's other dates decide.
            if a <= 12 && b <= 12 && a != b {
                jiff::civil::Date::new(y, a, b).ok()?;
                return Some((i + 5, Sem::NumericDate(a, b, y)));
            }
            if a <= 12 { (y, a as u32, b as u32) } else { (y, b as u32, a as u32) }
        }
        _ => return None,
    };
    let date = jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some((i + 5, Sem::Point(Point::Day(date))))
}

/// "Q3 2024", "Q1", "H2 2025", "FY2025", "FY 2025": the codes of reports.
pub(super) fn period_codes(g: &G, i: usize) -> Found {
    let t = g.t.get(i)?;
    let code = t.text.as_bytes();
    let year_after = |k: usize| if g.is(k, &["of"]) { g.year(k + 1) } else { g.year(k) };
    match code {
        [b'Q', q @ b'1'..=b'4'] => {
            let (year, end) = year_after(i + 1).map_or((None, i + 1), |(y, e)| (Some(y), e));
            Some((end, Sem::QuarterOf(q - b'0', year)))
        }
        [b'H', h @ b'1'..=b'2'] => {
            let (year, end) = year_after(i + 1).map_or((None, i + 1), |(y, e)| (Some(y), e));
            Some((end, Sem::HalfOf(h - b'0', year)))
        }
        [b'F', b'Y'] => year_after(i + 1).map(|(y, e)| (e, Sem::Point(Point::Year(y)))),
        [b'F', b'Y', digits @ ..] if digits.len() == 4 && digits.iter().all(u8::is_ascii_digit) => {
            let y: i16 = t.text[2..].parse().ok()?;
            (1000..=2199).contains(&y).then_some((i + 1, Sem::Point(Point::Year(y))))
        }
        _ => None,
    }
}

/// [fiscal] Year [– Year]
pub(super) fn years(g: &G, i: usize) -> Found {
    let spoken = if g.is(i, &["the"]) && g.is(i + 1, &["year"]) { g.spoken_year(i + 2) } else { g.spoken_year(i) };
    if let Some((y, end)) = spoken {
        return Some((end, Sem::Point(Point::Year(y))));
    }
    let (fiscal, j) = if g.is(i, &["fiscal"]) { (true, i + 1) } else { (false, i) };
    let (y, end) = if fiscal { g.year(j)? } else { g.lone_year(j)? };
    // "2016–2017" is one range; "from 1991 to 1997" names two years.
    if g.punct(end, '–') || g.punct(end, '-') || g.punct(end, '—') {
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
pub(super) fn decades(g: &G, i: usize) -> Found {
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
pub(super) fn centuries(g: &G, i: usize) -> Found {
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
pub(super) fn quarters(g: &G, i: usize) -> Found {
    let mut j = if g.is(i, &["the", "its", "this", "last", "next"]) { i + 1 } else { i };
    let shift = match g.w(i) {
        "last" => Some(-1i64),
        "next" => Some(1),
        _ => None,
    };
    let y = if g.is(i, &["the"]) && g.is(j, &["comparable", "corresponding"]) { j + 1 } else { j };
    if g.is(y, &["year"]) && g.punct(y + 1, '-') && g.is(y + 2, &["ago", "earlier"]) {
        // "the year-ago period", "year-earlier quarter", or the adjective
        // alone ("the year-ago results": the results are not the time).
        let k = y + 3;
        // "the year-earlier third quarter": that quarter, a year before.
        if let Some(n) = lexicon::ordinal(g.w(k)).filter(|n| (1..=4).contains(n)) {
            let q = g.hyphen(k + 1);
            if g.is(q, &["quarter"]) {
                return Some((q + 1, Sem::QuarterOfYear(Some(n as u8), -1)));
            }
        }
        let end = if g.is(k, &["quarter", "period"]) { k + 1 } else { k };
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
            "latest" | "same" | "comparable" | "corresponding" | "recent" => (true, Sem::SameAs(Unit::Quarter)),
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
    // "the final quarter", "the last half": the last of the year.
    let last = g.is(j, &["final"]) || (g.w(j) == "last" && g.is(j + 1, &["half"]));
    let n = lexicon::ordinal(g.w(j))
        .filter(|n| (1..=4).contains(n))
        .or_else(|| last.then(|| if g.is(j + 1, &["half"]) { 2 } else { 4 }));
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

/// Fixed-date and rule-date holidays: "Christmas", "Thanksgiving Day".
pub(super) fn holidays(g: &G, i: usize) -> Found {
    let (offset, j) = match g.w(i) {
        "last" => (Some(-1), i + 1),
        "next" => (Some(1), i + 1),
        "this" => (Some(0), i + 1),
        _ => (None, i),
    };
    use Holiday::*;
    let (name, end) = match (g.w(j), g.w(j + 1), g.w(j + 2), g.w(j + 3)) {
        ("new", "year", "'" | "’", "s") if g.is(j + 4, &["day", "eve"]) => (if g.w(j + 4) == "eve" { NewYearEve } else { NewYear }, j + 5),
        ("christmas", "eve", _, _) => (ChristmasEve, j + 2),
        ("christmas", "day", _, _) => (Christmas, j + 2),
        ("christmas", _, _, _) => (Christmas, j + 1),
        ("thanksgiving", "day", _, _) => (Thanksgiving, j + 2),
        ("thanksgiving", _, _, _) => (Thanksgiving, j + 1),
        ("independence", "day", _, _) => (Independence, j + 2),
        ("election", "day", _, _) => (Election, j + 2),
        ("labor", "day", _, _) | ("labour", "day", _, _) => (Labor, j + 2),
        ("memorial", "day", _, _) => (Memorial, j + 2),
        ("veterans", "day", _, _) => (Veterans, j + 2),
        ("halloween", _, _, _) => (Halloween, j + 1),
        _ => return None,
    };
    if !g.t[j].text.starts_with(char::is_uppercase) {
        return None;
    }
    Some((end, Sem::Holiday(name, offset)))
}

/// "year-end", "year end", "the year's end": the end of the year in
/// progress.
pub(super) fn year_end(g: &G, i: usize) -> Found {
    let end = if g.is(i, &["year"]) && g.punct(i + 1, '-') && g.is(i + 2, &["end"]) {
        i + 3
    } else if g.is(i, &["year"]) && g.is(i + 1, &["end"]) {
        i + 2
    } else if g.is(i, &["year"]) && matches!(g.w(i + 1), "'" | "’") && g.is(i + 2, &["s"]) && g.is(i + 3, &["end"]) {
        i + 4
    } else {
        return None;
    };
    Some((end, Sem::PartOf(Box::new(Sem::Deictic(Unit::Year, 0)), super::reader::Part::End)))
}

/// "the nineties", "the eighties": a decade of the twentieth century, as
/// news of the period and after means it.
pub(super) fn decade_words(g: &G, i: usize) -> Found {
    if !g.is(i, &["the"]) {
        return None;
    }
    let j = if g.is(i + 1, &["early", "late", "mid"]) { g.hyphen(i + 2) } else { i + 1 };
    const WORDS: [&str; 7] = ["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
    let n = WORDS.iter().position(|w| g.is(j, &[w]))? as i16;
    Some((j + 1, Sem::Point(Point::Decade(193 + n))))
}
