//! The time axis: calendar days to axis units in `[0, 1]`, with long empty
//! stretches cut out.
//!
//! A news timeline often mixes a context date decades back (a 1953 treaty)
//! with a few busy months. A linear axis would leave the recent events in a
//! corner, so the axis is cut into *segments* where the events are, joined by
//! *breaks* of fixed width where nothing happens. A gap becomes a break when
//! it is longer than a quarter of the time still on the axis (and than two
//! months), largest gaps first. Each segment's width follows how many events it
//! holds (with a floor), and within a segment time is linear, so distances there
//! mean what they look like.

use jiff::civil::Date;

/// Days since 1970-01-01.
pub fn day_number(d: Date) -> i64 {
    let epoch = Date::new(1970, 1, 1).expect("a valid date");
    d.duration_since(epoch).as_hours().div_euclid(24)
}

/// The date of a day number.
pub fn date_of(day: i64) -> Date {
    let epoch = Date::new(1970, 1, 1).expect("a valid date");
    epoch.checked_add(jiff::SignedDuration::from_hours(24 * day)).unwrap_or(epoch)
}

/// Share of the axis a break takes.
pub const BREAK_WIDTH: f64 = 0.04;
/// No segment is narrower than this share, however few events it holds.
const MIN_SEGMENT: f64 = 0.12;
const MAX_BREAKS: usize = 6;
const MIN_BREAK_DAYS: i64 = 60;

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// First and last day shown, inclusive.
    pub first: i64,
    pub last: i64,
    /// Axis units the segment spans.
    pub start: f64,
    pub end: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub segments: Vec<Segment>,
}

impl Scale {
    /// A scale for events spanning `spans` (first day, last day). Empty input
    /// gives a one-day scale around day 0.
    pub fn new(spans: &[(i64, i64)]) -> Scale {
        let mut spans: Vec<(i64, i64)> = spans.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
        spans.sort_unstable();
        if spans.is_empty() {
            return Scale { segments: vec![Segment { first: -1, last: 1, start: 0.0, end: 1.0 }] };
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
            if cuts.len() == MAX_BREAKS || gap < MIN_BREAK_DAYS || gap * 4 < remaining {
                break;
            }
            cuts.push(at);
            remaining -= gap;
        }
        cuts.sort_unstable();

        // Segments between cuts: their day range and event count.
        let mut groups: Vec<(i64, i64, usize)> = Vec::new();
        let mut from = 0;
        for &cut in cuts.iter().chain(std::iter::once(&spans.len())) {
            let part = &spans[from..cut];
            let first = part[0].0;
            let last = part.iter().map(|s| s.1).max().unwrap_or(first);
            groups.push((first, last, part.len()));
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
            .map(|(i, (&(first, last, _), w))| {
                // A margin so that the first and last events sit inside the segment.
                let pad = ((last - first) / 20).max(1);
                let width = room * w / sum;
                let seg = Segment { first: first - pad, last: last + pad, start: at, end: at + width };
                at += width + if i + 1 < groups.len() { BREAK_WIDTH } else { 0.0 };
                seg
            })
            .collect();
        Scale { segments }
    }

    /// Axis position of `day`; a day inside a break sits in its middle.
    pub fn x(&self, day: i64) -> f64 {
        let i = self.segments.partition_point(|s| s.last < day);
        match self.segments.get(i) {
            Some(s) if day >= s.first => s.start + (s.end - s.start) * (day - s.first) as f64 / (s.last - s.first).max(1) as f64,
            Some(s) if i > 0 => (self.segments[i - 1].end + s.start) / 2.0,
            Some(s) => s.start,
            None => self.segments.last().map_or(1.0, |s| s.end),
        }
    }

    /// The day at axis position `x` (the nearest segment edge inside a break).
    pub fn day_at(&self, x: f64) -> i64 {
        let i = self.segments.partition_point(|s| s.end < x).min(self.segments.len() - 1);
        let s = &self.segments[i];
        let t = ((x - s.start) / (s.end - s.start)).clamp(0.0, 1.0);
        s.first + ((s.last - s.first) as f64 * t).round() as i64
    }

    /// Axis positions of the breaks (the middle of each).
    pub fn breaks(&self) -> Vec<f64> {
        self.segments.windows(2).map(|w| (w[0].end + w[1].start) / 2.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn day(y: i16, m: i8, d: i8) -> i64 {
        day_number(date(y, m, d))
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        for d in [date(1953, 7, 27), date(2024, 2, 29), date(1900, 1, 1)] {
            assert_eq!(date_of(day_number(d)), d);
        }
    }

    /// The seed article's shape: 1953, 2016–2017, and six days in 2024.
    fn seed() -> Scale {
        let mut spans = vec![(day(1953, 1, 1), day(1953, 12, 31)), (day(2016, 1, 1), day(2017, 12, 31))];
        for (m, d) in [(6, 19), (10, 14), (10, 16), (10, 24), (11, 6), (10, 26)] {
            spans.push((day(2024, m, d), day(2024, m, d)));
        }
        Scale::new(&spans)
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
    fn positions_are_monotonic_and_linear_inside_a_segment() {
        let s = seed();
        let days = [day(1953, 6, 1), day(2016, 6, 1), day(2024, 6, 19), day(2024, 10, 14), day(2024, 10, 16), day(2024, 11, 6)];
        let xs: Vec<f64> = days.iter().map(|d| s.x(*d)).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
        let (a, b, c) = (s.x(day(2024, 10, 14)), s.x(day(2024, 10, 16)), s.x(day(2024, 10, 18)));
        assert!(((b - a) - (c - b)).abs() < 1e-9, "equal days, equal distances inside a segment");
        assert_eq!(s.day_at(s.x(day(2024, 10, 16))), day(2024, 10, 16));
    }

    #[test]
    fn evenly_spread_events_need_no_break() {
        let spans: Vec<_> = (0..50).map(|i| (i * 30, i * 30)).collect();
        assert_eq!(Scale::new(&spans).segments.len(), 1);
        assert_eq!(Scale::new(&[]).segments.len(), 1);
        assert_eq!(Scale::new(&[(5, 5)]).segments.len(), 1);
    }
}
