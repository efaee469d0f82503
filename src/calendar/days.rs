//! Day numbers and month arithmetic. Day numbers count days since
//! 1970-01-01 (negative before it), so that the timeline's axis is plain
//! integer arithmetic; they are computed from the year, month and day with
//! the usual era-of-400-years method rather than through jiff's spans, which
//! pull a large formatter into the wasm.

use jiff::civil::Date;

/// Days from 1970-01-01 to `d`.
pub fn day_number(d: Date) -> i64 {
    let (y, m, day) = (d.year() as i64, d.month() as i64, d.day() as i64);
    // Years start in March, so that the leap day is the last day of a year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (m + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of day number `n`, clamped to the range a `Date` holds, so that a
/// caller at the edge of time gets the edge, never an unrelated date.
pub fn date_of(n: i64) -> Date {
    let (min, max) = (day_number(Date::MIN), day_number(Date::MAX));
    let n = n.clamp(min, max) + 719_468;
    let era = n.div_euclid(146_097);
    let day_of_era = n - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date::new(year as i16, month as i8, day as i8).unwrap_or(Date::MAX)
}

fn is_leap(y: i16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12) of year `y`.
pub fn days_in_month(y: i16, m: i8) -> i8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub fn last_of_month(d: Date) -> Date {
    Date::new(d.year(), d.month(), days_in_month(d.year(), d.month())).unwrap_or(d)
}

/// `d` plus `n` days, or `None` past the range a `Date` holds.
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    let target = day_number(d).checked_add(n)?;
    (day_number(Date::MIN)..=day_number(Date::MAX)).contains(&target).then(|| date_of(target))
}

/// `d` plus `n` months, the day clamped to the new month's length
/// (January 31 + 1 month = February 28 or 29).
pub fn add_months(d: Date, n: i64) -> Option<Date> {
    let total = (d.year() as i64 * 12 + d.month() as i64 - 1).checked_add(n)?;
    let y = i16::try_from(total.div_euclid(12)).ok()?;
    let m = (total.rem_euclid(12) + 1) as i8;
    Date::new(y, m, d.day().min(days_in_month(y, m))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn day_numbers_agree_with_jiff_across_the_range() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
        let epoch = date(1970, 1, 1);
        let mut d = Date::MIN;
        // Every 997th day from the first to the last, and back.
        while d < Date::MAX {
            let n = day_number(d);
            assert_eq!(n, d.since((jiff::Unit::Day, epoch)).unwrap().get_days() as i64, "{d}");
            assert_eq!(date_of(n), d);
            d = d.checked_add(jiff::Span::new().days(997)).unwrap_or(Date::MAX);
        }
        assert_eq!(date_of(day_number(Date::MAX)), Date::MAX);
    }

    #[test]
    fn the_ends_of_time_clamp_instead_of_wrapping() {
        assert_eq!(date_of(i64::MAX / 2), Date::MAX);
        assert_eq!(date_of(i64::MIN / 2), Date::MIN);
        assert_eq!(add_days(Date::MAX, 1), None);
        assert_eq!(add_days(Date::MIN, -1), None);
        assert_eq!(add_days(date(2024, 2, 28), 2), Some(date(2024, 3, 1)));
    }

    #[test]
    fn month_arithmetic_clamps_the_day() {
        assert_eq!(add_months(date(2024, 1, 31), 1), Some(date(2024, 2, 29)));
        assert_eq!(add_months(date(2023, 1, 31), 1), Some(date(2023, 2, 28)));
        assert_eq!(add_months(date(2024, 3, 15), -15), Some(date(2022, 12, 15)));
        assert_eq!(add_months(date(9999, 12, 1), 1), None);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(last_of_month(date(2024, 4, 3)), date(2024, 4, 30));
    }
}
