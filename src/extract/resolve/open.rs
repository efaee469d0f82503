//! Values without a DCT: only what the text itself fixes is complete;
//! everything relative keeps TimeML's X placeholders.

use super::value::{date, text_value, zone_suffix, Resolved, TimexType};
use crate::extract::grammar::{duration_value, Sem};
use crate::extract::point::Point;

/// Without a DCT only what the text itself fixes has a full value; the rest
/// keeps TimeML's X placeholders.
pub(super) fn resolve_without_dct(sem: &Sem) -> Option<Resolved> {
    Some(match sem {
        Sem::Point(p) => date(*p),
        Sem::YearRange(a, b) => Resolved { end: Some(Point::Year(*b)), ..date(Point::Year(*a)) },
        Sem::MonthDay(m, d, _) => text_value(TimexType::Date, format!("XXXX-{m:02}-{d:02}")),
        Sem::Month(m, _) => text_value(TimexType::Date, format!("XXXX-{m:02}")),
        Sem::Weekday(wd, _) | Sem::WeekdayFrom(wd, _) | Sem::WeekdayInWeek(wd, _) => text_value(TimexType::Date, format!("XXXX-WXX-{wd}")),
        Sem::Season(s, _) => text_value(TimexType::Date, format!("XXXX-{}", s.timex())),
        Sem::QuarterOf(q, Some(y)) => date(Point::Quarter(*y, *q)),
        Sem::QuarterOf(q, None) => text_value(TimexType::Date, format!("XXXX-Q{q}")),
        Sem::QuarterIn(y) => date(Point::Year(*y)),
        Sem::QuarterOfYear(Some(q), _) => text_value(TimexType::Date, format!("XXXX-Q{q}")),
        Sem::QuarterOfYear(None, _) => text_value(TimexType::Date, "XXXX"),
        Sem::HalfOf(h, Some(y)) => date(Point::Half(*y, *h)),
        Sem::HalfOf(h, None) => text_value(TimexType::Date, format!("XXXX-H{h}")),
        Sem::Ref(r) => text_value(TimexType::Date, r.timex()),
        Sem::Duration(n, unit) => text_value(TimexType::Duration, duration_value(*n, *unit)),
        Sem::Later(n, unit) => text_value(TimexType::Duration, duration_value(Some(n.abs() as f64), *unit)),
        Sem::Set(v) => text_value(TimexType::Set, v.clone()),
        Sem::Stretch => text_value(TimexType::Duration, "PXX"),
        Sem::Clock(h, m, _, zone) => text_value(TimexType::Time, format!("XXXX-XX-XXT{h:02}:{m:02}{}", zone_suffix(*zone))),
        Sem::MonthOfYear(m, None, _) => text_value(TimexType::Date, format!("XXXX-{m:02}")),
        Sem::MonthOfYear(m, Some(d), _) => text_value(TimexType::Date, format!("XXXX-{m:02}-{d:02}")),
        Sem::OfYear(m, None, _) => text_value(TimexType::Date, format!("XXXX-{m:02}")),
        Sem::OfYear(m, Some(d), _) => text_value(TimexType::Date, format!("XXXX-{m:02}-{d:02}")),
        Sem::NumericDate(a, b, y) => date(Point::Day(jiff::civil::Date::new(*y, *a, *b).ok()?)),
        Sem::SeasonFrom(s, _) => text_value(TimexType::Date, format!("XXXX-{}", s.timex())),
        Sem::DayOfMonth(d) | Sem::DayOfDeicticMonth(d, _) => text_value(TimexType::Date, format!("XXXX-XX-{d:02}")),
        Sem::HalfOfYear(h, _) => text_value(TimexType::Date, format!("XXXX-H{h}")),
        Sem::PartOf(inner, _) => resolve_without_dct(inner)?,
        Sem::Deictic(..) | Sem::DayPart(..) | Sem::Weekend(_) | Sem::Offset(..) | Sem::Anaphoric(..) | Sem::SameAs(_) | Sem::Holiday(..) | Sem::YearAgoPeriod => {
            text_value(TimexType::Date, "XXXX-XX-XX")
        }
    })
}
