//! Calendar vocabulary shared by the corpus parser (bylines) and the tagger:
//! English month names and written dates. (Which year a bare "October 24"
//! takes is the tagger's business: `extract::resolve`.)
//! Date arithmetic itself is jiff's; nothing here re-implements a calendar.

use jiff::civil::Date;

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// The month number (1–12) of an English month name or its usual abbreviation
/// ("Sept", "Oct."). Case matters: "may" the verb is not "May" the month.
pub fn month_number(word: &str) -> Option<i8> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() < 3 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    const SHORT: [&str; 13] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"];
    let lower = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
        .or_else(|| SHORT.iter().position(|s| *s == lower).map(|i| if i == 12 { 8 } else { i }))
        .map(|i| i as i8 + 1)
}

/// The English name of month `m` (1–12).
pub fn month_name(m: i8) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

/// Reads a date written out in a byline: "October 26 2024", "October 26, 2024",
/// "26 October 2024" or "2024-10-26".
pub fn parse_written_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(d) = parse_iso_date(text) {
        return Some(d);
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
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
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Oct"), Some(10));
        assert_eq!(month_number("may"), None, "the modal verb is not a month");
        assert_eq!(month_number("Marching"), None);
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Marc"), None, "a name, not an abbreviation");
    }

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
    }
}
