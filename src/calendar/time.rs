//! Times of day, for data that dates a happening to the minute (TimelineJS
//! `hour`, `minute`, `second`). No time zone: the clock on the wall where it
//! happened, as the file gives it.

use super::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
    second: u8,
}

impl TimeOfDay {
    pub fn new(hour: u8, minute: u8, second: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60 && second < 60).then_some(TimeOfDay { hour, minute, second })
    }
    pub fn hour(self) -> u8 {
        self.hour
    }
    pub fn minute(self) -> u8 {
        self.minute
    }
    pub fn second(self) -> u8 {
        self.second
    }

    /// The ISO 8601 / TIMEX3 time part: "T14:30", or "T14:30:05" when the seconds matter.
    pub fn value(self) -> String {
        match self.second {
            0 => format!("T{:02}:{:02}", self.hour, self.minute),
            s => format!("T{:02}:{:02}:{s:02}", self.hour, self.minute),
        }
    }

    /// What [`value`](Self::value) writes, and only that spelling.
    pub fn from_value(value: &str) -> Option<TimeOfDay> {
        let rest = value.strip_prefix('T')?;
        let parts: Vec<&str> = rest.split(':').collect();
        if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u8>().ok());
        let t = TimeOfDay::new(n(0)?, n(1)?, n(2)?)?;
        (t.value() == value).then_some(t)
    }
}

/// As a reader of `lang` reads a clock: "2:30 PM", "14 h 30", "14:30"
/// (seconds only when the data has them).
pub fn format_time(lang: Lang, t: TimeOfDay) -> String {
    let seconds = |sep: &str| if t.second == 0 { String::new() } else { format!("{sep}{:02}", t.second) };
    match lang {
        Lang::En => {
            let h12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
            let half = if t.hour < 12 { "AM" } else { "PM" };
            format!("{h12}:{:02}{} {half}", t.minute, seconds(":"))
        }
        Lang::Fr => format!("{} h {:02}{}", t.hour, t.minute, seconds(" min ")),
        Lang::Ru => format!("{}:{:02}{}", t.hour, t.minute, seconds(":")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_checked_and_written_per_language() {
        assert_eq!(TimeOfDay::new(24, 0, 0), None);
        assert_eq!(TimeOfDay::new(1, 60, 0), None);
        let t = TimeOfDay::new(14, 5, 0).unwrap();
        assert_eq!((format_time(Lang::En, t), format_time(Lang::Fr, t), format_time(Lang::Ru, t)), ("2:05 PM".into(), "14 h 05".into(), "14:05".into()));
        let midnight = TimeOfDay::new(0, 0, 9).unwrap();
        assert_eq!(format_time(Lang::En, midnight), "12:00:09 AM");
        assert_eq!(format_time(Lang::Fr, midnight), "0 h 00 min 09");
        assert!(TimeOfDay::new(9, 0, 0) < TimeOfDay::new(13, 0, 0));
    }

    #[test]
    fn values_read_back_in_one_spelling() {
        for t in [TimeOfDay::new(14, 5, 0).unwrap(), TimeOfDay::new(0, 0, 9).unwrap()] {
            assert_eq!(TimeOfDay::from_value(&t.value()), Some(t));
        }
        assert_eq!(TimeOfDay::new(14, 5, 0).unwrap().value(), "T14:05");
        for bad in ["14:05", "T14", "T14:5", "T24:00", "T14:05:00", "T14:05:07:01", "T1a:00"] {
            assert_eq!(TimeOfDay::from_value(bad), None, "{bad}");
        }
    }
}
