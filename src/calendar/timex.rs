//! TIMEX3 values of calendar dates (TimeML: "2024-06-19", "2024-06", "2024";
//! years below 1000 zero-padded to four characters, a sign included).

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
}
