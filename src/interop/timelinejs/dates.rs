//! TimelineJS3 date objects as TimelineJS3 reads them: every part a number
//! or a numeric string (`2024`, `"2024"`, `2024.0`, `"2.024e3"`), a blank
//! part absent, an `end_date` with nothing in it no end at all.

use crate::interop::json::Value;
use crate::story::{EventDate, TimeOfDay};

use crate::calendar::{CIVIL_YEARS, DEEP_LIMIT};
use std::fmt::{self, Display};

/// `path.key`, written only into an error: a date has seven parts, and
/// formatting each part's path up front was a tenth of an import of 1,000
/// events (perf).
struct Field<'a> {
    path: &'a str,
    key: &'a str,
}

impl Display for Field<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.path, self.key)
    }
}

/// A whole number however the file writes it; `Ok(None)` when absent or blank.
pub fn number(v: Option<&Value>, path: &dyn Display) -> Result<Option<i64>, String> {
    let whole = |n: f64, shown: &dyn std::fmt::Display| {
        if !n.is_finite() {
            Err(format!("{path}: the number is out of range"))
        } else if n.fract() != 0.0 {
            Err(format!("{path}: {shown} is not a whole number"))
        } else if n.abs() > 9.0e15 {
            Err(format!("{path}: the number is out of range"))
        } else {
            Ok(Some(n as i64))
        }
    };
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => whole(*n, n),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => match s.trim().parse::<i64>() {
            Ok(n) => Ok(Some(n)),
            // Rust reads "inf" and "NaN" as numbers; a data file means neither.
            Err(_) if s.trim().bytes().all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) => match s.trim().parse::<f64>() {
                Ok(n) => whole(n, &format!("{s:?}")),
                Err(_) => Err(format!("{path}: {s:?} is not a number")),
            },
            Err(_) => Err(format!("{path}: {s:?} is not a number")),
        },
        Some(other) => Err(format!("{path}: {other} is not a number")),
    }
}

fn in_range(v: Option<i64>, lo: i64, hi: i64, path: &dyn Display) -> Result<Option<i64>, String> {
    match v {
        Some(n) if !(lo..=hi).contains(&n) => Err(format!("{path}: {n} is not between {lo} and {hi}")),
        other => Ok(other),
    }
}

const PARTS: [&str; 7] = ["year", "month", "day", "hour", "minute", "second", "millisecond"];

/// Whether a date object says nothing: absent, null, `""`, `{}`, or every part blank.
pub fn is_blank(v: Option<&Value>) -> bool {
    let blank = |p: Option<&Value>| match p {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        _ => false,
    };
    match v {
        Some(d @ Value::Object(_)) => PARTS.iter().all(|k| blank(d.get(k))),
        other => blank(other),
    }
}

/// The parts of date object `v` (read as `d`, at `path`) that are not
/// shown, said for the notice: a month, day or time given with a deep year.
pub fn unshown_parts(v: &Value, d: &EventDate, path: &str) -> Option<String> {
    d.deep?;
    let given: Vec<&str> = PARTS[1..].iter().copied().filter(|k| !is_blank(v.get(k))).collect();
    (!given.is_empty()).then(|| {
        format!("{path}: {} not shown: a year beyond ±9999 is known to the year only (as on TimelineJS3's cosmological scale)", given.join(", "))
    })
}

pub fn read_date(v: &Value, path: &str) -> Result<EventDate, String> {
    if !v.is_object() {
        return Err(format!("{path}: not an object with a year"));
    }
    let field = |key| Field { path, key };
    let year = number(v.get("year"), &field("year"))?.ok_or_else(|| format!("{}: missing", field("year")))?;
    if !CIVIL_YEARS.contains(&year) {
        // Deep time: TimelineJS3 draws it on its cosmological scale, which
        // knows years only; a month, day or time given with it is not shown
        // there either (`unshown_parts` names them for the notice).
        return EventDate::any_year(year).ok_or_else(|| {
            format!("{}: {year} is beyond the {DEEP_LIMIT} years either way this timeline draws", field("year"))
        });
    }
    let year = year as i16;
    let month = in_range(number(v.get("month"), &field("month"))?, 1, 12, &field("month"))?;
    let day = in_range(number(v.get("day"), &field("day"))?, 1, 31, &field("day"))?;
    let hour = in_range(number(v.get("hour"), &field("hour"))?, 0, 23, &field("hour"))?;
    let minute = in_range(number(v.get("minute"), &field("minute"))?, 0, 59, &field("minute"))?;
    let second = in_range(number(v.get("second"), &field("second"))?, 0, 59, &field("second"))?;
    // Checked, not kept: no news timeline is read to the millisecond.
    in_range(number(v.get("millisecond"), &field("millisecond"))?, 0, 999, &field("millisecond"))?;
    let bad = || format!("{path}: {year}-{}-{} is not a calendar date", month.unwrap_or(1), day.unwrap_or(1));
    let date = match (month, day) {
        (None, _) => EventDate::year(year).ok_or_else(bad)?,
        (Some(m), None) => EventDate::month(year, m as i8).ok_or_else(bad)?,
        (Some(m), Some(d)) => jiff::civil::Date::new(year, m as i8, d as i8).map(EventDate::day).map_err(|_| bad())?,
    };
    // A time of day belongs to a day; TimelineJS3 too ignores an hour on a bare year.
    let time = match (day, hour) {
        (Some(_), Some(h)) => TimeOfDay::new(h as u8, minute.unwrap_or(0) as u8, second.unwrap_or(0) as u8),
        _ => None,
    };
    Ok(EventDate { time, ..date })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::json::parse;

    fn date(json: &str) -> Result<EventDate, String> {
        read_date(&parse(json).unwrap(), "d")
    }

    #[test]
    fn parts_may_be_numbers_or_numeric_strings() {
        let a = date(r#"{"year":"2024","month":" 6 ","day":"19.0"}"#).unwrap();
        assert_eq!(a.value(), "2024-06-19");
        assert_eq!(date(r#"{"year":"2.024e3"}"#).unwrap().value(), "2024");
        assert_eq!(date(r#"{"year":2024.0,"month":""}"#).unwrap().value(), "2024");
        assert_eq!(date(r#"{"year":"-44","month":3,"day":"15","hour":""}"#).unwrap().value(), "-044-03-15");
        assert_eq!(date(r#"{"year":"inf"}"#), Err("d.year: \"inf\" is not a number".into()));
        assert_eq!(date(r#"{"year":"1e400"}"#), Err("d.year: the number is out of range".into()));
        assert_eq!(date(r#"{"year":"2024.5"}"#), Err("d.year: \"2024.5\" is not a whole number".into()));
    }

    #[test]
    fn times_of_day_are_kept_on_days() {
        assert_eq!(date(r#"{"year":2014,"month":6,"day":18,"hour":"14","minute":5}"#).unwrap().value(), "2014-06-18T14:05");
        assert_eq!(date(r#"{"year":2014,"month":6,"day":18,"hour":0,"second":7}"#).unwrap().value(), "2014-06-18T00:00:07");
        assert_eq!(date(r#"{"year":2014,"hour":9}"#).unwrap().value(), "2014");
        assert_eq!(date(r#"{"year":2014,"month":6,"day":18,"minute":61}"#), Err("d.minute: 61 is not between 0 and 59".into()));
    }

    #[test]
    fn deep_time_is_read_to_the_year() {
        let big_bang = date(r#"{"year":"-13800000000","month":3}"#).unwrap();
        assert_eq!((big_bang.deep_year(), big_bang.value()), (Some(-13_800_000_000), "-13800000000".into()));
        assert_eq!(date(r#"{"year":10000,"month":2,"day":3}"#).unwrap().value(), "+10000");
        assert_eq!(date(r#"{"year":-9999,"month":2}"#).unwrap().value(), "-9999-02");
        let why = date(r#"{"year":-200000000000}"#).unwrap_err();
        assert!(why.starts_with("d.year: -200000000000 is beyond the 100000000000 years"), "{why}");
    }

    #[test]
    fn parts_of_a_deep_year_are_named() {
        let v = parse(r#"{"year":-66000000,"month":4,"day":"","hour":3}"#).unwrap();
        let d = read_date(&v, "d").unwrap();
        assert_eq!(unshown_parts(&v, &d, "d").unwrap(), "d: month, hour not shown: a year beyond ±9999 is known to the year only (as on TimelineJS3's cosmological scale)");
        let civil = parse(r#"{"year":1966,"month":4}"#).unwrap();
        assert_eq!(unshown_parts(&civil, &read_date(&civil, "d").unwrap(), "d"), None);
        let bare = parse(r#"{"year":"-66000000","month":""}"#).unwrap();
        assert_eq!(unshown_parts(&bare, &read_date(&bare, "d").unwrap(), "d"), None);
    }

    #[test]
    fn blank_date_objects() {
        for blank in [r#"{"year":"","month":"","day":""}"#, "{}", "\"\"", "null", r#"{"year":" ","display_date":"x"}"#] {
            assert!(is_blank(Some(&parse(blank).unwrap())), "{blank}");
        }
        assert!(is_blank(None));
        for not_blank in [r#"{"year":"","month":"3"}"#, r#"{"year":0}"#, "7"] {
            assert!(!is_blank(Some(&parse(not_blank).unwrap())), "{not_blank}");
        }
    }
}
