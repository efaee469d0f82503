//! The visible window of the axis — what zoom and pan change — and the tick
//! marks for it, whose unit (years, months, days, hours, minutes) follows the
//! zoom; on a deep-time axis, years by powers of ten.

use super::scale::{Scale, Unit, DAY};
use crate::calendar::{add_days, add_months, date_of, day_number, format_short, format_time, format_year_short, format_year_tick, Granularity, Lang, TimeOfDay};
use jiff::civil::Date;

/// A window `[start, end]` of axis units (the whole axis is `[0, 1]`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub start: f64,
    pub end: f64,
}

/// Room left and right of the whole axis when fitted.
const MARGIN: f64 = 0.04;
/// The deepest zoom: a millionth of the axis.
const MIN_WIDTH: f64 = 1e-6;

impl Viewport {
    /// The whole axis, with a margin.
    pub fn fit() -> Viewport {
        Viewport { start: -MARGIN, end: 1.0 + MARGIN }
    }

    pub fn width(&self) -> f64 {
        self.end - self.start
    }

    fn clamped(start: f64, width: f64) -> Viewport {
        let full = Viewport::fit();
        let width = width.clamp(MIN_WIDTH, full.width());
        let start = start.min(full.end - width).max(full.start);
        Viewport { start, end: start + width }
    }

    /// Zooms by `factor` (> 1 in, < 1 out) keeping axis point `anchor` where it is.
    pub fn zoom(self, factor: f64, anchor: f64) -> Viewport {
        let width = self.width() / factor.max(1e-9);
        let t = ((anchor - self.start) / self.width()).clamp(0.0, 1.0);
        Viewport::clamped(anchor - t * width, width)
    }

    /// Moves by `delta` axis units.
    pub fn pan(self, delta: f64) -> Viewport {
        Viewport::clamped(self.start + delta, self.width())
    }

    /// Pans just enough that `x` lies inside, away from the edges.
    pub fn reveal(self, x: f64) -> Viewport {
        let pad = self.width() * 0.1;
        if x < self.start + pad {
            Viewport::clamped(x - pad, self.width())
        } else if x > self.end - pad {
            Viewport::clamped(x + pad - self.width(), self.width())
        } else {
            self
        }
    }

    /// Zooms to show `[a, b]` (axis units) with some room around.
    pub fn frame(a: f64, b: f64) -> Viewport {
        let width = ((b - a) * 1.3).max(MIN_WIDTH * 10.0);
        Viewport::clamped((a + b) / 2.0 - width / 2.0, width)
    }

    /// Pixel position of axis point `x` in a track `width_px` wide.
    pub fn px(&self, x: f64, width_px: f64) -> f64 {
        (x - self.start) / self.width() * width_px
    }

    /// Axis point at pixel `px`.
    pub fn axis(&self, px: f64, width_px: f64) -> f64 {
        self.start + px / width_px * self.width()
    }
}

/// How far apart ticks are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// On a year-only (deep time) axis, any number of years.
    Years(i64),
    Months(i64),
    Days(i64),
    Hours(i64),
    Minutes(i64),
}

impl TickUnit {
    /// Its length in the axis's unit (about, for months and years).
    fn size(self, unit: Unit) -> f64 {
        let day = DAY as f64;
        match (unit, self) {
            (Unit::Years, TickUnit::Years(n)) => n as f64,
            // A year-only axis has no smaller steps.
            (Unit::Years, _) => f64::INFINITY,
            (Unit::Seconds, TickUnit::Years(n)) => 365.25 * day * n as f64,
            (Unit::Seconds, TickUnit::Months(n)) => 30.44 * day * n as f64,
            (Unit::Seconds, TickUnit::Days(n)) => day * n as f64,
            (Unit::Seconds, TickUnit::Hours(n)) => 3600.0 * n as f64,
            (Unit::Seconds, TickUnit::Minutes(n)) => 60.0 * n as f64,
        }
    }
}

/// Every step a civil axis takes, finest first. Hours and minutes divide a
/// day, so that their ticks fall on the same times every day.
const STEPS: [TickUnit; 28] = [
    TickUnit::Minutes(1), TickUnit::Minutes(5), TickUnit::Minutes(15), TickUnit::Minutes(30),
    TickUnit::Hours(1), TickUnit::Hours(2), TickUnit::Hours(3), TickUnit::Hours(6), TickUnit::Hours(12),
    TickUnit::Days(1), TickUnit::Days(2), TickUnit::Days(7), TickUnit::Days(14),
    TickUnit::Months(1), TickUnit::Months(3), TickUnit::Months(6),
    TickUnit::Years(1), TickUnit::Years(2), TickUnit::Years(5), TickUnit::Years(10),
    TickUnit::Years(25), TickUnit::Years(50), TickUnit::Years(100), TickUnit::Years(250),
    TickUnit::Years(500), TickUnit::Years(1000), TickUnit::Years(2500), TickUnit::Years(5000),
];

/// A deep-time axis steps by 1, 2 or 5 times a power of ten years, up to
/// 5e11 (beyond the widest the calendar holds).
fn deep_steps() -> impl Iterator<Item = TickUnit> {
    (0..12u32).flat_map(|k| [1, 2, 5].map(|m| TickUnit::Years(m * 10i64.pow(k))))
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub px: f64,
    /// Where it stands, in the axis's unit (seconds or years).
    pub at: i64,
    pub unit: TickUnit,
    pub axis: Unit,
}

impl Tick {
    /// The day it falls on (a civil axis).
    pub fn date(&self) -> Date {
        date_of(self.at.div_euclid(DAY))
    }

    /// The label, as short as its unit allows: "2024", "Jun", "Jun 5",
    /// "2:00 PM" (the day itself at midnight), "66M years ago".
    pub fn label(&self, lang: Lang) -> String {
        let precision = match (self.axis, self.unit) {
            (Unit::Years, TickUnit::Years(step)) => return format_year_tick(lang, self.at, step),
            (Unit::Years, _) => return format_year_short(lang, self.at),
            (_, TickUnit::Years(_)) => Granularity::Year,
            (_, TickUnit::Months(_)) => Granularity::Month,
            (_, TickUnit::Days(_)) => Granularity::Day,
            (_, TickUnit::Hours(_) | TickUnit::Minutes(_)) => {
                let s = self.at.rem_euclid(DAY);
                match TimeOfDay::new((s / 3600) as u8, (s / 60 % 60) as u8, 0) {
                    Some(t) if s != 0 => return format_time(lang, t),
                    _ => Granularity::Day,
                }
            }
        };
        format_short(lang, self.date(), precision)
    }
}

/// Ticks at least `spacing` pixels apart for each segment in view.
pub fn ticks(scale: &Scale, view: Viewport, width_px: f64, spacing: f64) -> Vec<Tick> {
    let axis = scale.unit;
    // "4.54B years ago" needs more room than "2024".
    let spacing = if axis == Unit::Years { spacing * 1.5 } else { spacing };
    let mut out = Vec::new();
    for seg in &scale.segments {
        if seg.end < view.start || seg.start > view.end {
            continue;
        }
        let span = (seg.last - seg.first).max(1) as f64;
        let mut px_per_unit = (view.px(seg.end, width_px) - view.px(seg.start, width_px)) / span;
        if axis == Unit::Years {
            // Deep time's years are far from evenly spread (billions between
            // the first events, decades between the last): ticks are spaced
            // for where in view they are closest, so that their labels never meet.
            let px = |x: f64| view.px(x, width_px);
            px_per_unit = seg
                .knots
                .windows(2)
                .filter(|k| k[1].1 >= view.start && k[0].1 <= view.end && k[1].0 > k[0].0)
                .map(|k| (px(k[1].1) - px(k[0].1)) / (k[1].0 - k[0].0) as f64)
                .fold(px_per_unit, f64::min);
        }
        let fits = |u: &TickUnit| u.size(axis) * px_per_unit >= spacing;
        let unit = match axis {
            Unit::Seconds => STEPS.iter().copied().find(fits),
            Unit::Years => deep_steps().find(fits),
        };
        let Some(unit) = unit else { continue };
        // What of this segment is visible.
        let lo = seg.first.max(scale.point_at(view.start.max(seg.start)));
        let hi = seg.last.min(scale.point_at(view.end.min(seg.end)));
        let push = |at: i64, out: &mut Vec<Tick>| {
            let px = view.px(scale.x(at), width_px);
            if at >= lo && (0.0..=width_px).contains(&px) {
                out.push(Tick { px, at, unit, axis });
            }
        };
        match (axis, unit) {
            (Unit::Years, TickUnit::Years(n)) | (Unit::Seconds, TickUnit::Hours(n) | TickUnit::Minutes(n)) => {
                let step = if axis == Unit::Years { n } else { unit.size(axis) as i64 };
                // Clock ticks stop at the calendar's last day.
                let end = if axis == Unit::Years { hi } else { hi.min(day_number(Date::MAX) * DAY + DAY - 1) };
                let mut at = lo.div_euclid(step) * step;
                while at <= end && out.len() < 400 {
                    push(at, &mut out);
                    match at.checked_add(step) {
                        Some(n) => at = n,
                        None => break,
                    }
                }
            }
            _ => {
                let mut d = first_tick(date_of(lo.div_euclid(DAY)), unit);
                while day_number(d) * DAY <= hi && out.len() < 400 {
                    push(day_number(d) * DAY, &mut out);
                    match next_tick(d, unit) {
                        Some(n) => d = n,
                        None => break,
                    }
                }
            }
        }
    }
    out
}

fn first_tick(d: Date, unit: TickUnit) -> Date {
    match unit {
        TickUnit::Years(n) => {
            let y = (d.year() as i64).div_euclid(n) * n;
            Date::new(y as i16, 1, 1).unwrap_or(d)
        }
        TickUnit::Months(n) => {
            let m = (d.month() as i64 - 1).div_euclid(n) * n + 1;
            Date::new(d.year(), m as i8, 1).unwrap_or(d)
        }
        TickUnit::Days(n) => date_of(day_number(d).div_euclid(n) * n),
        TickUnit::Hours(_) | TickUnit::Minutes(_) => d,
    }
}

fn next_tick(d: Date, unit: TickUnit) -> Option<Date> {
    match unit {
        TickUnit::Years(n) => Date::new(d.year().checked_add(i16::try_from(n).ok()?)?, 1, 1).ok(),
        TickUnit::Months(n) => add_months(Date::new(d.year(), d.month(), 1).ok()?, n),
        // None at the end of time, which ends the tick loop.
        TickUnit::Days(n) => add_days(d, n),
        TickUnit::Hours(_) | TickUnit::Minutes(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_stays_in_bounds() {
        let v = Viewport::fit();
        let z = v.zoom(4.0, 0.5);
        assert!((z.width() - v.width() / 4.0).abs() < 1e-9);
        assert!((v.px(0.5, 800.0) - z.px(0.5, 800.0)).abs() < 1e-6, "the anchor stays under the pointer");
        assert_eq!(z.zoom(0.001, 0.5), Viewport::fit(), "zooming out stops at fit");
        assert!(v.zoom(1e12, 0.2).width() >= MIN_WIDTH);
        let p = z.pan(10.0);
        assert!((p.end - Viewport::fit().end).abs() < 1e-9, "panning stops at the end");
    }

    #[test]
    fn reveal_pans_only_when_needed() {
        let v = Viewport { start: 0.2, end: 0.4 };
        assert_eq!(v.reveal(0.3), v);
        let r = v.reveal(0.7);
        assert!(r.start < 0.7 && 0.7 < r.end && (r.width() - v.width()).abs() < 1e-9);
    }

    #[test]
    fn tick_units_follow_the_zoom() {
        // An event a month from 2000 to 2024: one segment, no breaks.
        let (a, b) = (day_number(date(2000, 1, 1)), day_number(date(2024, 12, 31)));
        let spans: Vec<(i64, i64)> = (a..=b).step_by(30).map(|d| (d * DAY, d * DAY)).collect();
        let scale = Scale::new(&spans, Unit::Seconds);
        assert_eq!(scale.segments.len(), 1);
        let wide = ticks(&scale, Viewport::fit(), 800.0, 70.0);
        assert!(matches!(wide[0].unit, TickUnit::Years(_)), "{:?}", wide[0].unit);
        assert!(wide.windows(2).all(|w| w[1].px - w[0].px >= 66.0), "ticks keep about the spacing asked for");
        let x = scale.x(day_number(date(2012, 6, 1)) * DAY);
        let deep = ticks(&scale, Viewport::fit().zoom(500.0, x), 800.0, 70.0);
        assert!(matches!(deep[0].unit, TickUnit::Days(_)), "{:?}", deep[0].unit);
        assert!(deep.iter().all(|t| t.px >= -1.0 && t.px <= 801.0));
        let month = ticks(&scale, Viewport::fit().zoom(60.0, x), 800.0, 70.0);
        assert!(matches!(month[0].unit, TickUnit::Months(_)), "{:?}", month[0].unit);
        assert_eq!(month[0].date().day(), 1);
    }

    #[test]
    fn a_day_or_less_in_view_has_hour_ticks_that_read_as_clocks() {
        // Thirteen events, one an hour from 9:00 on one day.
        let day = day_number(date(2014, 6, 18)) * DAY;
        let spans: Vec<(i64, i64)> = (9..=21).map(|h| (day + h * 3600, day + h * 3600)).collect();
        let scale = Scale::new(&spans, Unit::Seconds);
        let fit = ticks(&scale, Viewport::fit(), 1000.0, 90.0);
        assert!(matches!(fit[0].unit, TickUnit::Hours(_)), "{:?}", fit[0].unit);
        assert!(fit.windows(2).all(|w| w[0].px < w[1].px && w[0].at < w[1].at));
        let two_pm = fit.iter().find(|t| t.at == day + 14 * 3600).expect("a tick at 14:00");
        assert_eq!((two_pm.label(Lang::En), two_pm.label(Lang::Fr), two_pm.label(Lang::Ru)), ("2:00 PM".into(), "14 h 00".into(), "14:00".into()));
        let near = Viewport::fit().zoom(40.0, scale.x(day + 12 * 3600));
        let fine = ticks(&scale, near, 1000.0, 90.0);
        assert!(matches!(fine[0].unit, TickUnit::Minutes(_)), "{:?}", fine[0].unit);
        // Midnight is labelled with its day.
        let midnight = Tick { px: 0.0, at: day, unit: TickUnit::Hours(1), axis: Unit::Seconds };
        assert_eq!(midnight.label(Lang::En), "Jun 18");
    }

    #[test]
    fn deep_time_ticks_are_years_by_powers_of_ten() {
        let years = [-13_800_000_000i64, -12_000_000_000, -10_000_000_000, -4_540_000_000];
        let spans: Vec<(i64, i64)> = years.iter().map(|&y| (y, y)).collect();
        let scale = Scale::new(&spans, Unit::Years);
        let t = ticks(&scale, Viewport::fit(), 1600.0, 90.0);
        assert!(t.len() >= 3, "{t:?}");
        let TickUnit::Years(step) = t[0].unit else { panic!("{:?}", t[0].unit) };
        assert!(step >= 100_000_000 && t.iter().all(|k| k.at % step == 0), "{step}");
        assert!(t.windows(2).all(|w| w[1].px - w[0].px >= 130.0), "{t:?}");
        assert!(t.iter().all(|k| k.label(Lang::En).ends_with("B years ago")), "{:?}", t.iter().map(|k| k.label(Lang::En)).collect::<Vec<_>>());
        // Zoomed far in, the ticks still step in whole years.
        let deep = ticks(&scale, Viewport::fit().zoom(1e6, scale.x(-4_540_000_000)), 1000.0, 90.0);
        assert!(deep.iter().all(|k| matches!(k.unit, TickUnit::Years(n) if n >= 1)));
    }
}
