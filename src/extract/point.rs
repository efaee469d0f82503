//! Points in calendar time at the granularity a text gives them — a century, a
//! quarter, an ISO week, a morning — and the arithmetic that resolving
//! relative expressions needs ("a year earlier" than the third quarter of 1989
//! is the third quarter of 1988). Calendar maths is jiff's.

use super::lexicon::{DayPart, Season, Unit};
use crate::story::EventDate;
use jiff::civil::{Date, ISOWeekDate, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// 19 for 1900–1999.
    Century(i16),
    /// 199 for 1990–1999.
    Decade(i16),
    Year(i16),
    Half(i16, u8),
    Quarter(i16, u8),
    Season(i16, Season),
    Month(i16, i8),
    /// ISO 8601 week-numbering year and week.
    Week(i16, i8),
    Weekend(i16, i8),
    Day(Date),
    DayPart(Date, DayPart),
    Time(Date, u8, u8),
}

pub use crate::calendar::{add_days, add_months};

pub fn add(d: Date, n: i64, unit: Unit) -> Option<Date> {
    match unit {
        Unit::Century => add_months(d, n * 1200),
        Unit::Decade => add_months(d, n * 120),
        Unit::Year => add_months(d, n * 12),
        Unit::Half => add_months(d, n * 6),
        Unit::Quarter => add_months(d, n * 3),
        Unit::Month => add_months(d, n),
        Unit::Week => add_days(d, n * 7),
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => add_days(d, n),
    }
}

pub fn weekday_number(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

impl Point {
    /// The point of granularity `unit` that contains `d`.
    pub fn containing(d: Date, unit: Unit) -> Point {
        let (y, m) = (d.year(), d.month());
        match unit {
            Unit::Century => Point::Century(y.div_euclid(100)),
            Unit::Decade => Point::Decade(y.div_euclid(10)),
            Unit::Year => Point::Year(y),
            Unit::Half => Point::Half(y, if m <= 6 { 1 } else { 2 }),
            Unit::Quarter => Point::Quarter(y, ((m - 1) / 3 + 1) as u8),
            Unit::Month => Point::Month(y, m),
            Unit::Week => {
                let w = d.iso_week_date();
                Point::Week(w.year(), w.week())
            }
            Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Point::Day(d),
        }
    }

    pub fn unit(&self) -> Unit {
        match self {
            Point::Century(_) => Unit::Century,
            Point::Decade(_) => Unit::Decade,
            Point::Year(_) => Unit::Year,
            Point::Half(..) => Unit::Half,
            Point::Quarter(..) | Point::Season(..) => Unit::Quarter,
            Point::Month(..) => Unit::Month,
            Point::Week(..) | Point::Weekend(..) => Unit::Week,
            Point::Day(_) => Unit::Day,
            Point::DayPart(..) | Point::Time(..) => Unit::Hour,
        }
    }

    pub fn first_day(&self) -> Option<Date> {
        let ymd = |y: i16, m: i8| Date::new(y, m, 1).ok();
        match *self {
            Point::Century(c) => ymd(c.checked_mul(100)?, 1),
            Point::Decade(d) => ymd(d.checked_mul(10)?, 1),
            Point::Year(y) => ymd(y, 1),
            Point::Half(y, h) => ymd(y, if h == 1 { 1 } else { 7 }),
            Point::Quarter(y, q) => ymd(y, (q as i8 - 1) * 3 + 1),
            Point::Season(y, s) => ymd(y, s.first_month()),
            Point::Month(y, m) => ymd(y, m),
            Point::Week(y, w) => ISOWeekDate::new(y, w, Weekday::Monday).ok().map(|w| w.date()),
            Point::Weekend(y, w) => ISOWeekDate::new(y, w, Weekday::Saturday).ok().map(|w| w.date()),
            Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, ..) => Some(d),
        }
    }

    /// The same kind of point, `n` units later (earlier when negative).
    pub fn shift(&self, n: i64, unit: Unit) -> Option<Point> {
        let moved = add(self.first_day()?, n, unit)?;
        Some(match *self {
            Point::Season(_, s) => Point::Season(moved.year(), s),
            Point::Weekend(..) => match Point::containing(moved, Unit::Week) {
                Point::Week(y, w) => Point::Weekend(y, w),
                other => other,
            },
            Point::DayPart(_, p) => Point::DayPart(moved, p),
            Point::Time(_, h, m) => Point::Time(moved, h, m),
            other => Point::containing(moved, other.unit()),
        })
    }

    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Century(c) => format!("{c:02}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.timex()),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Day(d) => crate::calendar::day_value(d),
            Point::DayPart(d, p) => format!("{}T{}", crate::calendar::day_value(d), p.timex()),
            Point::Time(d, h, m) => format!("{}T{h:02}:{m:02}", crate::calendar::day_value(d)),
        }
    }

    /// The calendar reading the timeline uses: a day, a month or a year.
    /// Quarters, weeks, seasons and decades have none: placing them on a
    /// day or a month would claim a precision the text does not give.
    pub fn event_date(&self) -> Option<EventDate> {
        match *self {
            Point::Year(y) => EventDate::year(y),
            Point::Month(y, m) => EventDate::month(y, m),
            Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, ..) => Some(EventDate::day(d)),
            _ => None,
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_follow_timeml() {
        let d = date(1998, 1, 8);
        assert_eq!(Point::containing(d, Unit::Week).value(), "1998-W02");
        assert_eq!(Point::containing(d, Unit::Quarter).value(), "1998-Q1");
        assert_eq!(Point::containing(d, Unit::Decade).value(), "199");
        assert_eq!(Point::containing(d, Unit::Century).value(), "19");
        assert_eq!(Point::DayPart(d, DayPart::Morning).value(), "1998-01-08TMO");
        assert_eq!(Point::Time(d, 9, 5).value(), "1998-01-08T09:05");
        assert_eq!(Point::Weekend(1990, 32).value(), "1990-W32-WE");
    }

    #[test]
    fn shifting_keeps_the_granularity() {
        assert_eq!(Point::Quarter(1989, 3).shift(-1, Unit::Year), Some(Point::Quarter(1988, 3)));
        assert_eq!(Point::Quarter(1989, 1).shift(-1, Unit::Quarter), Some(Point::Quarter(1988, 4)));
        assert_eq!(Point::Month(1998, 1).shift(-1, Unit::Month), Some(Point::Month(1997, 12)));
        assert_eq!(Point::Week(1998, 1).shift(-1, Unit::Week), Some(Point::Week(1997, 52)));
        assert_eq!(Point::Day(date(2024, 3, 1)).shift(-1, Unit::Day), Some(Point::Day(date(2024, 2, 29))));
        assert_eq!(Point::Season(1998, Season::Fall).shift(-1, Unit::Year), Some(Point::Season(1997, Season::Fall)));
    }

    #[test]
    fn month_arithmetic_clamps_the_day() {
        assert_eq!(add_months(date(2024, 1, 31), 1), Some(date(2024, 2, 29)));
        assert_eq!(add_months(date(2024, 3, 31), -13), Some(date(2023, 2, 28)));
    }
}
