//! TIMEX3 values of calendar dates (TimeML: "2024-06-19", "2024-06", "2024";
//! years below 1000 zero-padded to four characters, a sign included).

use super::format::Granularity;
use jiff::civil::Date;

pub fn year_value(y: i16) -> String {
    format!("{y:04}")
}

pub fn month_value(y: i16, m: i8) -> String {
    format!("{}-{m:02}", year_value(y))
}

pub fn day_value(d: Date) -> String {
    format!("{}-{:02}", month_value(d.year(), d.month()), d.day())
}

/// A value as the three functions above write it, and only so: "2024-06-19"
/// is a day, "2024-06" a month, "2024" a year (the first day of each).
pub fn parse_value(value: &str) -> Option<(Date, Granularity)> {
    let unsigned = value.strip_prefix('-').unwrap_or(value);
    let numbers: Vec<&str> = unsigned.split('-').collect();
    if numbers.len() > 3 || numbers.iter().any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    // A missing month or day is the first.
    let n = |i: usize| numbers.get(i).map_or(Some(1), |n| n.parse::<i16>().ok());
    let year = if unsigned.len() < value.len() { -n(0)? } else { n(0)? };
    let date = Date::new(year, i8::try_from(n(1)?).ok()?, i8::try_from(n(2)?).ok()?).ok()?;
    let (granularity, canonical) = match numbers.len() {
        1 => (Granularity::Year, year_value(year)),
        2 => (Granularity::Month, month_value(year, date.month())),
        _ => (Granularity::Day, day_value(date)),
    };
    // One spelling per date: "24", "2024-6" and "+2024" are not values.
    (canonical == value).then_some((date, granularity))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_are_padded() {
        assert_eq!(day_value(date(2024, 6, 9)), "2024-06-09");
        assert_eq!(month_value(953, 10), "0953-10");
        assert_eq!(year_value(-43), "-043");
    }

    #[test]
    fn values_read_back_as_written() {
        assert_eq!(parse_value("2024-06-09"), Some((date(2024, 6, 9), Granularity::Day)));
        assert_eq!(parse_value("0953-10"), Some((date(953, 10, 1), Granularity::Month)));
        assert_eq!(parse_value("-043"), Some((date(-43, 1, 1), Granularity::Year)));
        assert_eq!(parse_value("-9999"), Some((date(-9999, 1, 1), Granularity::Year)));
        for bad in ["", "-", "24", "2024-6", "2024-06-9", "+2024", "2024-02-30", "2024-13", "2024-06-19-1", "2024--06", "１９５３", "99999"] {
            assert_eq!(parse_value(bad), None, "{bad:?}");
        }
    }
}
