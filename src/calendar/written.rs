//! Dates written out in bylines and data files.

use super::names::{month_number, weekday_number};
use jiff::civil::Date;

/// Reads a date written out in a byline: "October 26 2024", "October 26, 2024",
/// "26 October 2024" or "2024-10-26".
pub fn parse_written_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(d) = parse_iso_date(text) {
        return Some(d);
    }
    let mut words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // "Friday, March 14, 2025": the weekday adds nothing the date lacks.
    if words.len() == 4 && weekday_number(words[0].trim_end_matches('.')).is_some() {
        words.remove(0);
    }
    let (m, d, y) = match words.as_slice() {
        [m, d, y] if month_number(m).is_some() => (month_number(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] => (month_number(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    Date::new(y, m, d).ok()
}

/// "2024-10-26" and nothing else. (jiff's full ISO 8601 parser would add
/// tens of kilobytes to the wasm for this one use.)
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let mut parts = text.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn bylines_with_and_without_comma() {
        assert_eq!(parse_written_date("October 26 2024"), Some(date(2024, 10, 26)));
        assert_eq!(parse_written_date("October 26, 2024"), Some(date(2024, 10, 26)));
        assert_eq!(parse_written_date("26 October 2024"), Some(date(2024, 10, 26)));
        assert_eq!(parse_written_date("2024-10-26"), Some(date(2024, 10, 26)));
        assert_eq!(parse_iso_date("2024-1-26"), None);
        assert_eq!(parse_iso_date("2024-02-30"), None);
        assert_eq!(parse_written_date("February 30 2024"), None);
        assert_eq!(parse_written_date("Konstantin Asmolov"), None);
        assert_eq!(parse_written_date("Friday, March 14, 2025"), Some(date(2025, 3, 14)));
        assert_eq!(parse_written_date("Tuesday 4 March 2025"), Some(date(2025, 3, 4)));
        assert_eq!(parse_written_date("Soon, March 14, 2025"), None);
    }
}
