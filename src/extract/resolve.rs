//! Anchoring: from what an expression says ([`Sem`]) to a TIMEX3 type and
//! value, given the document creation time (DCT), the period the text last
//! talked about, and the tense around the expression.
//!
//! News conventions, as TimeML annotates them: deictic expressions ("today",
//! "last year", "two weeks ago") count from the DCT; a month or weekday
//! without a year or week takes the occurrence that the tense points to (the
//! last one for the past, the next one for the future, the nearest otherwise);
//! comparisons ("a year earlier", "the year-ago quarter") count from the period
//! in context, as financial reports compare a quarter with the same quarter a
//! year before.

use super::grammar::{duration_value, Part, Sem};
use super::lexicon::{Holiday, Unit};
use super::point::{add_days, weekday_number, Point};
use super::tense::Tense;
use jiff::civil::Date;
use open::resolve_without_dct;
pub use value::{Resolved, TimexType};
use value::{date, text_value, zone_suffix};

mod open;
mod value;

pub struct Context {
    pub dct: Option<Date>,
    /// The period the text last named explicitly.
    pub reference: Option<Point>,
    /// Whether that period was a full date given by the text itself (not
    /// one the tagger worked out).
    pub reference_explicit: bool,
    /// Whether the text writes the day before the month ("19 June"), so
    /// that "3/4/1990" is 3 April; US order (4 March's "March 4") when not.
    pub day_first: bool,
}

/// Picks among `candidates` (ascending) by tense: the last at or before the
/// DCT for the past, the first at or after it for the future, else the nearest.
fn by_tense(candidates: [Option<Date>; 3], dct: Date, tense: Tense) -> Option<Date> {
    let c: Vec<Date> = candidates.into_iter().flatten().collect();
    // News reports mostly what has happened: without a tense to go by, a
    // date ahead is taken only when it is less than half as far as the one
    // behind ("in March" in late October is the March before).
    let nearest = c.iter().min_by_key(|d| {
        let secs = d.duration_since(dct).as_secs();
        if secs > 0 { secs * 2 } else { -secs }
    }).copied();
    match tense {
        // The past tense never points ahead: a past "April 8" in a December
        // article is the April 8 before it, however far back.
        Tense::Past => c.iter().rev().find(|d| **d <= dct).copied().or(nearest),
        Tense::Future => c.iter().find(|d| **d >= dct).copied(),
        Tense::Present => nearest,
    }
}

pub fn resolve(sem: &Sem, ctx: &Context, tense: Tense) -> Option<Resolved> {
    let Some(dct) = ctx.dct else {
        return resolve_without_dct(sem);
    };
    let year = dct.year();
    Some(match sem {
        Sem::Point(p) => date(*p),
        Sem::YearRange(a, b) => Resolved { end: Some(Point::Year(*b)), ..date(Point::Year(*a)) },
        Sem::MonthDay(m, d, wd) => {
            // "Saturday, April 25": the year, of the three around the DCT,
            // in which that day is that weekday.
            if let Some(wd) = wd {
                let fits: Vec<Date> = [year - 1, year, year + 1].iter().filter_map(|y| Date::new(*y, *m, *d).ok()).filter(|d| weekday_number(*d) == *wd).collect();
                if let [only] = fits[..] {
                    return Some(date(Point::Day(only)));
                }
            }
            // A narrative set in another year ("ratified on May 14, 2019 …
            // the upper house did so on May 28") goes on in that year: the
            // day the text last gave, when it is far from the DCT, is the
            // anchor, and the nearest occurrence to it is meant.
            if let Some(Point::Day(r)) = ctx.reference.filter(|_| ctx.reference_explicit) {
                if dct.duration_since(r).as_hours().abs() > 24 * 300 {
                    let c = [r.year() - 1, r.year(), r.year() + 1].map(|y| Date::new(y, *m, *d).ok());
                    if let Some(near) = by_tense(c, r, Tense::Present) {
                        return Some(date(Point::Day(near)));
                    }
                }
            }
            let c = [year - 1, year, year + 1].map(|y| Date::new(y, *m, *d).ok());
            date(Point::Day(by_tense(c, dct, tense).or(c[1])?))
        }
        Sem::Month(m, offset) => {
            let y = match offset {
                Some(0) => year,
                Some(o) if *o < 0 => if *m < dct.month() { year } else { year - 1 },
                Some(_) => if *m > dct.month() { year } else { year + 1 },
                None => {
                    let c = [year - 1, year, year + 1].map(|y| Date::new(y, *m, 1).ok());
                    let this_month = Date::new(year, dct.month(), 1).ok()?;
                    by_tense(c, this_month, tense)?.year()
                }
            };
            date(Point::Month(y, *m))
        }
        Sem::Weekday(wd, offset) => date(Point::Day(weekday_date(*wd, *offset, dct, tense)?)),
        Sem::Season(s, offset) => {
            let y = match offset {
                Some(o) => year + *o as i16,
                None => {
                    let first = Point::Season(year, *s).first_day();
                    match tense {
                        Tense::Past if first.is_some_and(|f| f > dct) => year - 1,
                        Tense::Future if first.is_some_and(|f| f < dct) => year + 1,
                        _ => year,
                    }
                }
            };
            date(Point::Season(y, *s))
        }
        Sem::QuarterOf(q, Some(y)) => date(Point::Quarter(*y, *q)),
        Sem::HalfOf(h, Some(y)) => date(Point::Half(*y, *h)),
        Sem::QuarterOf(q, None) | Sem::HalfOf(q, None) => {
            // The DCT's year, unless the period lies ahead and the text looks
            // back (last year's), or it ended long ago and the text looks ahead.
            let make = |y| if matches!(sem, Sem::QuarterOf(..)) { Point::Quarter(y, *q) } else { Point::Half(y, *q) };
            let this = make(year);
            let first = this.first_day()?;
            let ended_long_ago = this.shift(1, this.unit()).and_then(|n| n.first_day()).is_some_and(|next| dct.duration_since(next).as_hours() > 24 * 120);
            let y = match tense {
                Tense::Past | Tense::Present if first > dct => year - 1,
                Tense::Future if ended_long_ago => year + 1,
                _ => year,
            };
            date(make(y))
        }
        Sem::Deictic(unit, offset) => {
            let here = Point::containing(dct, *unit);
            let p = here.shift(*offset, *unit)?;
            date(p)
        }
        Sem::DayPart(base, part) => {
            let day = resolve(base, ctx, tense)?.point?.first_day()?;
            date(Point::DayPart(day, *part))
        }
        Sem::Weekend(offset) => {
            let wd = weekday_number(dct) as i64;
            // The weekend in the DCT's week, or the one before it when the
            // week has just begun and the text looks back.
            let saturday = add_days(dct, 6 - wd)?;
            let base = match (offset, tense) {
                (0, Tense::Past) | (0, Tense::Present) if wd < 6 => add_days(saturday, -7)?,
                _ => saturday,
            };
            let day = add_days(base, 7 * offset)?;
            match Point::containing(day, Unit::Week) {
                Point::Week(y, w) => date(Point::Weekend(y, w)),
                _ => return None,
            }
        }
        // "a year ago" beside a quarter's results compares with the same quarter.
        Sem::Offset(-1, Unit::Year) if matches!(ctx.reference, Some(Point::Quarter(..) | Point::Half(..))) => {
            date(ctx.reference?.shift(-1, Unit::Year)?)
        }
        Sem::Offset(n, unit) => {
            let (n, unit) = match unit {
                Unit::Hour | Unit::Minute | Unit::Second => (0, Unit::Day),
                Unit::Decade => (n * 10, Unit::Year),
                Unit::Century => (n * 100, Unit::Year),
                u => (*n, *u),
            };
            date(Point::containing(dct, unit).shift(n, unit)?)
        }
        Sem::Anaphoric(n, unit) => {
            // Counted from the period in context when it is at least as fine
            // as the unit ("the next day" after a year counts from the DCT).
            // A few days on from a month or a year the text named ("approved
            // it in January, and signed it two days later") stay within it
            // as far as the text tells: the month, not days from the DCT.
            if let Some(r @ (Point::Month(..) | Point::Year(_))) = ctx.reference {
                if *unit == Unit::Day && n.abs() <= 7 {
                    return Some(date(r));
                }
            }
            let base = ctx.reference.filter(|r| r.unit() >= *unit).unwrap_or(Point::containing(dct, *unit));
            let moved = base.shift(*n, *unit)?;
            // "the following year" after a date is a year; "a year earlier"
            // than a quarter is a quarter.
            // "the following week" after a day is that week, not a day.
            match moved {
                Point::Day(d) if *unit <= Unit::Week => date(Point::containing(d, *unit)),
                p => date(p),
            }
        }
        Sem::Later(n, unit) => {
            let length = duration_value(Some(n.abs() as f64), *unit);
            // "two weeks later" is a day, fourteen on from the one in context.
            let (steps, by) = if *unit == Unit::Week { (*n * 7, Unit::Day) } else { (*n, *unit) };
            match resolve(&Sem::Anaphoric(steps, by), ctx, tense) {
                Some(moved) if *unit <= Unit::Day => Resolved { kind: TimexType::Duration, value: length, ..moved },
                _ => text_value(TimexType::Duration, length),
            }
        }
        Sem::WeekdayFrom(wd, dir) => {
            let base = match ctx.reference {
                Some(Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, ..)) => d,
                _ => dct,
            };
            let gap = if *dir < 0 { -((weekday_number(base) as i64 - *wd as i64 - 1).rem_euclid(7) + 1) } else { (*wd as i64 - weekday_number(base) as i64 - 1).rem_euclid(7) + 1 };
            date(Point::Day(add_days(base, gap)?))
        }
        Sem::WeekdayInWeek(wd, weeks) => {
            let base = match ctx.reference {
                Some(Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, ..)) => d,
                Some(p @ Point::Week(..)) => p.first_day()?,
                _ => dct,
            };
            let monday = add_days(base, 1 - weekday_number(base) as i64)?;
            date(Point::Day(add_days(monday, 7 * weeks + *wd as i64 - 1)?))
        }
        Sem::YearAgoPeriod => {
            // A report compares a period it reports on, one that has begun: a
            // forecast in context ("losses through the third quarter of next
            // year") is not what "the year-ago period" is a year before.
            let reported = ctx.reference.filter(|p| p.first_day().is_some_and(|f| f <= dct));
            let base = match reported {
                Some(Point::Day(d)) => Point::containing(d, Unit::Quarter),
                Some(p) => p,
                None => Point::containing(dct, Unit::Quarter).shift(-1, Unit::Quarter)?,
            };
            date(base.shift(-1, Unit::Year)?)
        }
        Sem::QuarterOfYear(n, offset) => {
            let y = year + *offset as i16;
            match (n, ctx.reference) {
                (Some(q), _) => date(Point::Quarter(y, *q)),
                (None, Some(Point::Quarter(_, q))) => date(Point::Quarter(y, q)),
                (None, _) => date(Point::Year(y)),
            }
        }
        Sem::QuarterIn(y) => match ctx.reference {
            Some(Point::Quarter(_, q)) => date(Point::Quarter(*y, q)),
            Some(Point::Half(_, h)) => date(Point::Half(*y, h)),
            _ => date(Point::Year(*y)),
        },
        // A period "in context" is one the text has reported on: one that has ended.
        Sem::SameAs(unit) => match ctx.reference {
            // "that same day", "that week": the one named, ended or not.
            Some(p) if p.unit() == *unit && *unit >= Unit::Month => date(p),
            Some(p) if p.unit() == *unit && p.shift(1, *unit).and_then(|n| n.first_day()).is_some_and(|next| next <= dct) => date(p),
            // "by the end of that year" after "the spring of 2009": the
            // season's year.
            Some(Point::Season(y, _)) if *unit == Unit::Year => date(Point::Year(y)),
            // "earlier that year" after a day: the year of that day.
            Some(p) if p.unit() > *unit && matches!(unit, Unit::Year | Unit::Month | Unit::Week) && !matches!(p, Point::Season(..)) => date(Point::containing(p.first_day()?, *unit)),
            _ => {
                // Reports speak of the last complete period.
                let here = Point::containing(dct, *unit);
                date(here.shift(-1, *unit)?)
            }
        },
        Sem::Ref(r) => text_value(TimexType::Date, r.timex()),
        Sem::Duration(n, unit) => text_value(TimexType::Duration, duration_value(*n, *unit)),
        Sem::Set(v) => text_value(TimexType::Set, v.clone()),
        Sem::Stretch => text_value(TimexType::Duration, "PXX"),
        Sem::Holiday(name, offset) => {
            let y = year + offset.unwrap_or(0) as i16;
            let c = [y - 1, y, y + 1].map(|y| holiday(*name, y));
            let d = match offset {
                Some(_) => c[1],
                None => by_tense(c, dct, tense).or(c[1]),
            };
            date(Point::Day(d?))
        }
        Sem::MonthOfYear(m, None, offset) => date(Point::Month(year + *offset as i16, *m)),
        Sem::MonthOfYear(m, Some(d), offset) => date(Point::Day(Date::new(year + *offset as i16, *m, *d).ok()?)),
        Sem::OfYear(m, day, of) => {
            let y = resolve(of, ctx, tense)?.point?.first_day()?.year();
            match day {
                Some(d) => date(Point::Day(Date::new(y, *m, *d).ok()?)),
                None => date(Point::Month(y, *m)),
            }
        }
        Sem::NumericDate(a, b, y) => {
            let (m, d) = if ctx.day_first { (*b, *a) } else { (*a, *b) };
            date(Point::Day(Date::new(*y, m, d).ok()?))
        }
        Sem::SeasonFrom(season, shift) => {
            // After a year, the next year's season; after a day or a month,
            // the first such season to begin after it (or end before it).
            let p = match ctx.reference {
                Some(Point::Year(y)) => Point::Season(y + *shift as i16, *season),
                // "that autumn": the season of the year in context.
                Some(r) if *shift == 0 => Point::Season(r.first_day()?.year(), *season),
                Some(r) => {
                    let at = r.first_day()?;
                    let c = [at.year() - 1, at.year(), at.year() + 1].map(|y| Point::Season(y, *season));
                    if *shift > 0 {
                        *c.iter().find(|p| p.first_day().is_some_and(|f| f > at))?
                    } else {
                        *c.iter().rev().find(|p| p.first_day().is_some_and(|f| f < at))?
                    }
                }
                None => Point::Season(year + *shift as i16, *season),
            };
            date(p)
        }
        Sem::DayOfDeicticMonth(d, months) => {
            let first = crate::calendar::add_months(Date::new(dct.year(), dct.month(), 1).ok()?, *months)?;
            date(Point::Day(Date::new(first.year(), first.month(), *d).ok()?))
        }
        Sem::DayOfMonth(d) => {
            // The month the text is telling of; else the DCT's, or the one
            // before or after it as the tense says.
            let told = match ctx.reference {
                Some(Point::Day(r) | Point::DayPart(r, _) | Point::Time(r, ..)) => Date::new(r.year(), r.month(), *d).ok(),
                Some(Point::Month(y, m)) => Date::new(y, m, *d).ok(),
                _ => None,
            };
            // A told month the tense contradicts ("will hold a hearing on the
            // 9th" after a past March) gives way to the DCT's.
            let day = match told.filter(|&day| !(tense == Tense::Future && day < dct)) {
                Some(day) => day,
                None => {
                    let first = Date::new(dct.year(), dct.month(), 1).ok()?;
                    let c = [-1, 0, 1].map(|n| crate::calendar::add_months(first, n).and_then(|f| Date::new(f.year(), f.month(), *d).ok()));
                    by_tense(c, dct, tense)?
                }
            };
            date(Point::Day(day))
        }
        Sem::HalfOfYear(h, offset) => date(Point::Half(year + *offset as i16, *h)),
        Sem::PartOf(inner, part) => {
            let whole = resolve(inner, ctx, tense)?;
            part_of(whole, *part)?
        }
        Sem::Clock(h, m, day, zone) => {
            let d = match day {
                Some(s) => resolve(s, ctx, tense)?.point?.first_day()?,
                // "at 10 p.m." without a day: the day the text is telling of;
                // a time still to come ("will be raised at 15:00") is not
                // on a day the text told of in the past.
                None => match ctx.reference {
                    Some(Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, ..)) if !(tense == Tense::Future && d < dct) => d,
                    _ => dct,
                },
            };
            let r = date(Point::Time(d, *h, *m));
            Resolved { kind: TimexType::Time, value: format!("{}{}", r.value, zone_suffix(*zone)), ..r }
        }
    })
}

/// "the end of November" has November's value (TimeML marks the part with
/// a MOD attribute, which the scorer does not read); "the last week of
/// March" is a week.
fn part_of(whole: Resolved, part: Part) -> Option<Resolved> {
    if let Part::DayFrom(n) = part {
        return Some(date(Point::Day(add_days(whole.point?.first_day()?, n as i64)?)));
    }
    let Part::Week(n) = part else { return Some(whole) };
    let p = whole.point?;
    let first = p.first_day()?;
    // A week is the month's when most of its days are, as ISO 8601 gives a
    // week to the year of its Thursday: the first week holds the 4th, the
    // last the day three before the month's end ("the first week of
    // February" is not the week of 26 January when February opens on a Sunday).
    let day = match n {
        0 => first,
        -1 => add_days(p.shift(1, p.unit())?.first_day()?, -4)?,
        n => add_days(first, 7 * (n as i64 - 1) + 3)?,
    };
    Some(date(Point::containing(day, Unit::Week)))
}

/// The date of a holiday in year `y`.
fn holiday(h: Holiday, y: i16) -> Option<Date> {
    let fixed = |m, d| Date::new(y, m, d).ok();
    // The n-th (or, for -1, last) weekday `wd` of a month.
    let nth = |m: i8, n: i8, wd: jiff::civil::Weekday| Date::new(y, m, 1).ok()?.nth_weekday_of_month(n, wd).ok();
    use jiff::civil::Weekday::*;
    match h {
        Holiday::NewYear => fixed(1, 1),
        Holiday::NewYearEve => fixed(12, 31),
        Holiday::Christmas => fixed(12, 25),
        Holiday::ChristmasEve => fixed(12, 24),
        Holiday::Independence => fixed(7, 4),
        Holiday::Halloween => fixed(10, 31),
        Holiday::Veterans => fixed(11, 11),
        Holiday::Thanksgiving => nth(11, 4, Thursday),
        Holiday::Labor => nth(9, 1, Monday),
        Holiday::Memorial => nth(5, -1, Monday),
        // The Tuesday after the first Monday of November.
        Holiday::Election => add_days(nth(11, 1, Monday)?, 1),
    }
}

/// The date of weekday `wd` (1 = Monday): `offset` -1/0/+1 for "last",
/// "this" and "next"; without one, as the tense points.
fn weekday_date(wd: u8, offset: Option<i64>, dct: Date, tense: Tense) -> Option<Date> {
    let today = weekday_number(dct) as i64;
    let back = (today - wd as i64).rem_euclid(7); // days since the last such weekday (0 = today)
    let ahead = (wd as i64 - today).rem_euclid(7);
    let delta = match (offset, tense) {
        (Some(-1), _) => if back == 0 { -7 } else { -back },
        (Some(1), _) => if ahead == 0 { 7 } else { ahead },
        (Some(_), _) => wd as i64 - today,
        (None, Tense::Past) => -back,
        (None, Tense::Future) => ahead,
        // News reports what happened: an untensed weekday is a recent one.
        (None, Tense::Present) => if back <= 5 { -back } else { ahead },
    };
    add_days(dct, delta)
}
