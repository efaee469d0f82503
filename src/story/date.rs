//! When something happened ([`EventDate`]): a civil date to the day, month
//! or year, maybe with a time of day, or a year of deep time; its TIMEX3
//! value, how each language writes it, and the order events keep.

use crate::calendar::{
    day_value, deep_year_value, format_date, format_time, format_year, last_of_month, month_value, parse_deep_year, parse_value, year_value,
    Granularity, Lang, TimeOfDay, CIVIL_YEARS, DEEP_LIMIT,
};
use jiff::civil::Date;
use std::num::NonZeroI64;

/// When something happened: a civil date known to the day, month or year
/// (and maybe the time of day), or a year beyond the civil calendar's ±9999
/// (deep time, TimelineJS3's cosmological scale).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventDate {
    /// The civil date; for a deep year, the end of the civil range on its
    /// side (`Date::MIN` or `Date::MAX`), so that code that reads civil dates
    /// alone still orders it right and never sees a wrong day.
    pub date: Date,
    pub granularity: Granularity,
    /// The time of day, for a day that a data file dates to the minute.
    pub time: Option<TimeOfDay>,
    /// A year beyond ±9999, known to the year only (granularity `Year`);
    /// never 0, so that the option costs no more than the year (every event
    /// carries two dates: a 200,000-event file pays 16 bytes an event less).
    pub deep: Option<NonZeroI64>,
}

impl EventDate {
    pub fn day(date: Date) -> Self {
        EventDate { date, granularity: Granularity::Day, time: None, deep: None }
    }
    pub fn month(year: i16, month: i8) -> Option<Self> {
        Some(EventDate { date: Date::new(year, month, 1).ok()?, granularity: Granularity::Month, time: None, deep: None })
    }
    pub fn year(year: i16) -> Option<Self> {
        Some(EventDate { date: Date::new(year, 1, 1).ok()?, granularity: Granularity::Year, time: None, deep: None })
    }
    /// Any year, civil or deep; `None` beyond ±[`DEEP_LIMIT`].
    pub fn any_year(year: i64) -> Option<Self> {
        if CIVIL_YEARS.contains(&year) {
            return EventDate::year(year as i16);
        }
        if year.abs() > DEEP_LIMIT {
            return None;
        }
        let date = if year < 0 { Date::MIN } else { Date::MAX };
        Some(EventDate { date, granularity: Granularity::Year, time: None, deep: NonZeroI64::new(year) })
    }
    /// The day `date` at `time`.
    pub fn at(date: Date, time: TimeOfDay) -> Self {
        EventDate { time: Some(time), ..EventDate::day(date) }
    }

    /// The year, civil or deep.
    pub fn year_number(&self) -> i64 {
        self.deep_year().unwrap_or(i64::from(self.date.year()))
    }

    /// The year beyond ±9999 this is, if it is one.
    pub fn deep_year(&self) -> Option<i64> {
        self.deep.map(NonZeroI64::get)
    }

    /// What events are ordered by. Granularity is not part of it: a year-only
    /// "1974" and "1974-01-01" tie, and ties keep the order of the file.
    pub fn order(&self) -> (i64, Date, Option<TimeOfDay>) {
        (self.year_number(), self.date, self.time)
    }

    /// The TIMEX3 value: "2024-06-19", "2024-06" or "2024"; "2024-06-19T14:30"
    /// with a time; a deep year signed, "-13800000000".
    pub fn value(&self) -> String {
        let d = self.date;
        if let Some(y) = self.deep_year() {
            return deep_year_value(y);
        }
        match self.granularity {
            Granularity::Day => day_value(d) + &self.time.map(TimeOfDay::value).unwrap_or_default(),
            Granularity::Month => month_value(d.year(), d.month()),
            Granularity::Year => year_value(d.year()),
        }
    }

    /// The date whose [`value`](Self::value) this is; `None` for anything else.
    pub fn from_value(value: &str) -> Option<Self> {
        if let Some(y) = parse_deep_year(value) {
            return EventDate::any_year(y);
        }
        let (day, time) = match value.find('T') {
            Some(i) => (&value[..i], Some(TimeOfDay::from_value(&value[i..])?)),
            None => (value, None),
        };
        let (date, granularity) = parse_value(day)?;
        if time.is_some() && granularity != Granularity::Day {
            return None;
        }
        Some(EventDate { date, granularity, time, deep: None })
    }

    /// As a reader of `lang` writes it: "June 19, 2024", "juin 2024", "2024";
    /// "June 18, 2014, 2:30 PM" with a time; "13.8 billion years ago".
    pub fn text(&self, lang: Lang) -> String {
        if let Some(y) = self.deep_year() {
            return format_year(lang, y);
        }
        let day = format_date(lang, self.date, self.granularity);
        match self.time {
            Some(t) => format!("{day}, {}", format_time(lang, t)),
            None => day,
        }
    }

    /// The last day this date covers: the whole year for a year (a deep
    /// year: the end of the civil range on its side).
    pub fn last_day(&self) -> Date {
        let d = self.date;
        match self.granularity {
            _ if self.deep.is_some() => d,
            Granularity::Day => d,
            Granularity::Month => last_of_month(d),
            Granularity::Year => Date::new(d.year(), 12, 31).unwrap_or(d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_and_texts_follow_granularity() {
        let d = EventDate::day(date(2024, 6, 9));
        assert_eq!((d.value(), d.text(Lang::En)), ("2024-06-09".into(), "June 9, 2024".into()));
        let m = EventDate::month(2024, 10).unwrap();
        assert_eq!((m.value(), m.text(Lang::Fr), m.last_day()), ("2024-10".into(), "octobre 2024".into(), date(2024, 10, 31)));
        let y = EventDate::year(953).unwrap();
        assert_eq!((y.value(), y.text(Lang::En)), ("0953".into(), "953".into()));
        for d in [d, m, y] {
            assert_eq!(EventDate::from_value(&d.value()), Some(d));
        }
    }
}
