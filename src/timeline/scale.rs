//! The time axis: points in time to axis units in `[0, 1]`, with long empty
//! stretches cut out.
//!
//! Time is counted in a [`Unit`]: seconds since 1970-01-01 on the civil
//! calendar, so that a time of day has its own place at day zoom (an event
//! without one sits at its day's start, 00:00); or years, for a story in deep
//! time (a year beyond ±9999, or TimelineJS3's `scale: "cosmological"`),
//! which is drawn on a year-only axis as TimelineJS3 draws it.
//!
//! A news timeline often mixes a context date decades back (a 1953 treaty)
//! with a few busy months. A linear axis would leave the recent events in a
//! corner, so the axis is cut into *segments* where the events are, joined by
//! *breaks* of fixed width where nothing happens. A gap becomes a break when
//! it is longer than a quarter of the time still on the axis (and than two
//! months), largest gaps first. Each segment's width follows how many events it
//! holds (with a floor).
//!
//! Inside a segment the axis is piecewise linear through the event days, each
//! placed half by its time and half by its rank: later is always further right
//! and a longer wait is always wider, but two events two days apart in a
//! five-month segment still get room of their own instead of one dot on top
//! of the other.

use crate::calendar::day_number;
use crate::story::{EventDate, Story};

/// Share of the axis a break takes.
pub const BREAK_WIDTH: f64 = 0.04;
/// No segment is narrower than this share, however few events it holds.
const MIN_SEGMENT: f64 = 0.12;
const MAX_BREAKS: usize = 6;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// What one step of the axis's integer time is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Seconds since 1970-01-01 (the civil calendar: ±9999 years is about
    /// ±3.2e11 s, far inside an `i64`).
    Seconds,
    /// Years, astronomical numbering (deep time: up to ±1e11).
    Years,
}

impl Unit {
    /// Years for a story in deep time, else seconds.
    pub fn of(story: &Story) -> Unit {
        if story.deep_time() { Unit::Years } else { Unit::Seconds }
    }

    /// Where `d` starts: its day's start, or its time on that day; its year.
    pub fn start(self, d: &EventDate) -> i64 {
        match self {
            Unit::Seconds => day_number(d.date) * DAY + d.time.map_or(0, seconds),
            Unit::Years => d.year_number(),
        }
    }

    /// Where the last day `d` covers starts (at its time, if any): the end a
    /// range is drawn to.
    pub fn end(self, d: &EventDate) -> i64 {
        match self {
            Unit::Seconds => day_number(d.last_day()) * DAY + d.time.map_or(0, seconds),
            Unit::Years => d.year_number(),
        }
    }

    /// The least room around a point.
    fn min_pad(self) -> i64 {
        match self {
            Unit::Seconds => DAY,
            Unit::Years => 1,
        }
    }

    /// A gap shorter than this never becomes a break. Deep time has none:
    /// its gaps are what it shows (billions of years between the first
    /// events, decades between the last), and the half of each position
    /// that comes from rank already gives the late, close events their room.
    fn min_break(self) -> i64 {
        match self {
            Unit::Seconds => 60 * DAY,
            Unit::Years => i64::MAX,
        }
    }

    /// The least room left around a segment's events: a day around dates
    /// (a date without a time sits at its day's start, 00:00, and its day is
    /// what it means), an hour around times of day.
    fn min_pad_of(self, points: &[i64]) -> i64 {
        match self {
            Unit::Seconds if points.iter().any(|p| p.rem_euclid(DAY) != 0) => 3600,
            _ => self.min_pad(),
        }
    }
}

fn seconds(t: crate::calendar::TimeOfDay) -> i64 {
    i64::from(t.hour()) * 3600 + i64::from(t.minute()) * 60 + i64::from(t.second())
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// First and last point (in the scale's unit) shown, inclusive.
    pub first: i64,
    pub last: i64,
    /// Axis units the segment spans.
    pub start: f64,
    pub end: f64,
    /// (point, axis position) through which positions are interpolated, from
    /// (`first`, `start`) to (`last`, `end`).
    pub knots: Vec<(i64, f64)>,
}

/// How much of a position inside a segment comes from time (the rest from rank).
const TIME_SHARE: f64 = 0.5;

fn knots(days: &[i64], first: i64, last: i64, start: f64, end: f64) -> Vec<(i64, f64)> {
    let mut unique: Vec<i64> = days.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut points = vec![first];
    points.extend(unique.into_iter().filter(|d| *d > first && *d < last));
    points.push(last);
    let n = (points.len() - 1).max(1) as f64;
    let span = (last - first).max(1) as f64;
    points
        .iter()
        .enumerate()
        .map(|(r, &d)| {
            let t = TIME_SHARE * (d - first) as f64 / span + (1.0 - TIME_SHARE) * r as f64 / n;
            (d, start + (end - start) * t)
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub segments: Vec<Segment>,
    pub unit: Unit,
}

impl Scale {
    /// A scale for events spanning `spans` (first point, last point, in
    /// `unit`). Empty input gives a scale of two of the unit's least pads
    /// around 0.
    pub fn new(spans: &[(i64, i64)], unit: Unit) -> Scale {
        let mut spans: Vec<(i64, i64)> = spans.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
        spans.sort_unstable();
        if spans.is_empty() {
            let p = unit.min_pad();
            return Scale { segments: vec![Segment { first: -p, last: p, start: 0.0, end: 1.0, knots: vec![(-p, 0.0), (p, 1.0)] }], unit };
        }
        // Gaps between what is covered, as (gap days, index of the span after it).
        let mut reach = spans[0].1;
        let mut gaps = Vec::new();
        for (i, &(a, b)) in spans.iter().enumerate().skip(1) {
            if a > reach {
                gaps.push((a - reach, i));
            }
            reach = reach.max(b);
        }
        let total = reach - spans[0].0;
        gaps.sort_unstable_by(|x, y| y.cmp(x));
        let mut cuts = Vec::new();
        let mut remaining = total;
        for &(gap, at) in &gaps {
            // i128: a deep-time gap times four may not fit an i64.
            if cuts.len() == MAX_BREAKS || gap < unit.min_break() || i128::from(gap) * 4 < i128::from(remaining) {
                break;
            }
            cuts.push(at);
            remaining -= gap;
        }
        cuts.sort_unstable();

        // Segments between cuts: their day range and event count.
        let mut groups: Vec<(i64, i64, usize, usize)> = Vec::new();
        let mut from = 0;
        for &cut in cuts.iter().chain(std::iter::once(&spans.len())) {
            let part = &spans[from..cut];
            let first = part[0].0;
            let last = part.iter().map(|s| s.1).max().unwrap_or(first);
            groups.push((first, last, part.len(), from));
            from = cut;
        }
        let n = spans.len() as f64;
        let room = 1.0 - BREAK_WIDTH * cuts.len() as f64;
        let weights: Vec<f64> = groups.iter().map(|g| (g.2 as f64 / n).max(MIN_SEGMENT)).collect();
        let sum: f64 = weights.iter().sum();
        let mut at = 0.0;
        let segments = groups
            .iter()
            .zip(weights)
            .enumerate()
            .map(|(i, (&(first, last, count, from), w))| {
                // A margin so that the first and last events sit inside the segment.
                let days: Vec<i64> = spans[from..from + count].iter().flat_map(|s| [s.0, s.1]).collect();
                let pad = ((last - first) / 20).max(unit.min_pad_of(&days));
                let width = room * w / sum;
                let (first, last) = (first - pad, last + pad);
                let knots = knots(&days, first, last, at, at + width);
                let seg = Segment { first, last, start: at, end: at + width, knots };
                at += width + if i + 1 < groups.len() { BREAK_WIDTH } else { 0.0 };
                seg
            })
            .collect();
        Scale { segments, unit }
    }

    /// Axis position of point `day` (in the scale's unit); a point inside a
    /// break sits in its middle.
    pub fn x(&self, day: i64) -> f64 {
        let i = self.segments.partition_point(|s| s.last < day);
        match self.segments.get(i) {
            Some(s) if day >= s.first => {
                let k = s.knots.partition_point(|&(d, _)| d < day);
                match (k.checked_sub(1).map(|j| s.knots[j]), s.knots.get(k)) {
                    (_, Some(&(d, x))) if d == day => x,
                    (Some((d0, x0)), Some(&(d1, x1))) => x0 + (x1 - x0) * (day - d0) as f64 / (d1 - d0) as f64,
                    _ => s.start,
                }
            }
            Some(s) if i > 0 => (self.segments[i - 1].end + s.start) / 2.0,
            Some(s) => s.start,
            None => self.segments.last().map_or(1.0, |s| s.end),
        }
    }

    /// The point (in the scale's unit) at axis position `x` (the nearest
    /// segment edge inside a break).
    pub fn point_at(&self, x: f64) -> i64 {
        let i = self.segments.partition_point(|s| s.end < x).min(self.segments.len() - 1);
        let s = &self.segments[i];
        let x = x.clamp(s.start, s.end);
        let k = s.knots.partition_point(|&(_, kx)| kx < x);
        match (k.checked_sub(1).map(|j| s.knots[j]), s.knots.get(k)) {
            (Some((d0, x0)), Some(&(d1, x1))) if x1 > x0 => d0 + ((d1 - d0) as f64 * (x - x0) / (x1 - x0)).round() as i64,
            (_, Some(&(d, _))) => d,
            (Some((d, _)), None) => d,
            (None, None) => s.first,
        }
    }

    /// Axis positions of the breaks (the middle of each).
    pub fn breaks(&self) -> Vec<f64> {
        self.segments.windows(2).map(|w| (w[0].end + w[1].start) / 2.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::day_number;
    use jiff::civil::date;

    /// The start of a day, in the civil axis's seconds.
    fn day(y: i16, m: i8, d: i8) -> i64 {
        day_number(date(y, m, d)) * DAY
    }

    /// The seed article's shape: 1953, 2016–2017, and six days in 2024.
    fn seed() -> Scale {
        let mut spans = vec![(day(1953, 1, 1), day(1953, 12, 31)), (day(2016, 1, 1), day(2017, 12, 31))];
        for (m, d) in [(6, 19), (10, 14), (10, 16), (10, 24), (11, 6), (10, 26)] {
            spans.push((day(2024, m, d), day(2024, m, d)));
        }
        Scale::new(&spans, Unit::Seconds)
    }

    #[test]
    fn decades_of_nothing_become_breaks() {
        let s = seed();
        assert_eq!(s.segments.len(), 3, "{s:#?}");
        assert_eq!(s.breaks().len(), 2);
        // 1953 and 2016 are not 63/71 of the axis apart.
        assert!(s.x(day(2016, 1, 1)) - s.x(day(1953, 12, 31)) < 0.2);
        // The busy 2024 segment gets the most room.
        let widths: Vec<f64> = s.segments.iter().map(|g| g.end - g.start).collect();
        assert!(widths[2] > widths[0] && widths[2] > widths[1], "{widths:?}");
        assert!((s.segments.last().unwrap().end - 1.0).abs() < 1e-9);
    }

    #[test]
    fn positions_are_monotonic_and_close_events_keep_apart() {
        let s = seed();
        let days = [day(1953, 6, 1), day(2016, 6, 1), day(2024, 6, 19), day(2024, 10, 14), day(2024, 10, 16), day(2024, 11, 6)];
        let xs: Vec<f64> = days.iter().map(|d| s.x(*d)).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
        // Two days apart in a five-month segment, yet a fair share of it apart.
        let seg = &s.segments[2];
        let gap = s.x(day(2024, 10, 16)) - s.x(day(2024, 10, 14));
        assert!(gap > (seg.end - seg.start) * 0.06, "{gap}");
        // Between two events time is linear: equal days, equal distances.
        let (a, b, c) = (s.x(day(2024, 7, 1)), s.x(day(2024, 7, 11)), s.x(day(2024, 7, 21)));
        assert!(((b - a) - (c - b)).abs() < 1e-9);
        for d in days {
            assert_eq!(s.point_at(s.x(d)), d);
        }
    }

    #[test]
    fn evenly_spread_events_need_no_break() {
        let spans: Vec<_> = (0..50).map(|i| (i * 30 * DAY, i * 30 * DAY)).collect();
        assert_eq!(Scale::new(&spans, Unit::Seconds).segments.len(), 1);
        assert_eq!(Scale::new(&[], Unit::Seconds).segments.len(), 1);
        assert_eq!(Scale::new(&[(5, 5)], Unit::Years).segments.len(), 1);
    }

    #[test]
    fn times_of_one_day_keep_their_order_and_room() {
        // Thirteen events between 9:00 and 21:00 of one day, an hour apart.
        let noon = day(2014, 6, 18);
        let spans: Vec<(i64, i64)> = (9..=21).map(|h| (noon + h * 3600, noon + h * 3600)).collect();
        let s = Scale::new(&spans, Unit::Seconds);
        let xs: Vec<f64> = spans.iter().map(|p| s.x(p.0)).collect();
        assert!(xs.windows(2).all(|w| w[1] - w[0] > 0.03), "{xs:?}");
        // Padded by less than a day: the day's hours fill the axis.
        assert!(s.segments[0].last - s.segments[0].first < DAY, "{s:#?}");
        assert_eq!(s.point_at(s.x(noon + 14 * 3600)), noon + 14 * 3600);
    }

    #[test]
    fn deep_time_is_counted_in_years_without_breaks() {
        let years = [-13_800_000_000i64, -4_540_000_000, -66_000_000, -300_000, 1969, 2024];
        let spans: Vec<(i64, i64)> = years.iter().map(|&y| (y, y)).collect();
        let s = Scale::new(&spans, Unit::Years);
        assert_eq!(s.segments.len(), 1, "{s:#?}");
        // The last two, 55 years apart after billions, still get room.
        assert!(s.x(2024) - s.x(1969) > 0.05, "{s:#?}");
        let xs: Vec<f64> = years.iter().map(|&y| s.x(y)).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
        assert!(xs.iter().all(|x| (0.0..=1.0).contains(x)));
        for y in years {
            assert_eq!(s.point_at(s.x(y)), y);
        }
        // The far ends of what the calendar holds, both at once.
        let ends = Scale::new(&[(-crate::calendar::DEEP_LIMIT, -crate::calendar::DEEP_LIMIT), (crate::calendar::DEEP_LIMIT, crate::calendar::DEEP_LIMIT)], Unit::Years);
        assert!(ends.x(-crate::calendar::DEEP_LIMIT) < ends.x(crate::calendar::DEEP_LIMIT));
    }
}
