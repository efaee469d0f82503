//! What a resolved expression is: its TIMEX3 type and value, and the
//! calendar point it names; the small constructors both resolvers use.

use crate::extract::point::Point;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn name(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    /// The calendar point, when the expression names one.
    pub point: Option<Point>,
    /// The end of a range ("2016–2017").
    pub end: Option<Point>,
}

pub(super) fn date(point: Point) -> Resolved {
    let kind = match point {
        Point::DayPart(..) | Point::Time(..) => TimexType::Time,
        _ => TimexType::Date,
    };
    Resolved { kind, value: point.value(), point: Some(point), end: None }
}

pub(super) fn text_value(kind: TimexType, value: impl Into<String>) -> Resolved {
    Resolved { kind, value: value.into(), point: None, end: None }
}

/// ISO 8601's zone designator: "Z" for UTC, else "+03:00".
pub(super) fn zone_suffix(zone: Option<i16>) -> String {
    match zone {
        None => String::new(),
        Some(0) => "Z".into(),
        Some(z) => format!("{}{:02}:{:02}", if z < 0 { '-' } else { '+' }, z.abs() / 60, z.abs() % 60),
    }
}
