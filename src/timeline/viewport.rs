//! The visible window of the axis — what zoom and pan change — and the tick
//! marks for it, whose unit (years, months, days) follows the zoom.

use super::scale::Scale;
use crate::calendar::{add_days, add_months, date_of, day_number, format_short, Granularity, Lang};
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
    Years(i64),
    Months(i64),
    Days(i64),
}

impl TickUnit {
    fn days(self) -> f64 {
        match self {
            TickUnit::Years(n) => 365.25 * n as f64,
            TickUnit::Months(n) => 30.44 * n as f64,
            TickUnit::Days(n) => n as f64,
        }
    }
}

const STEPS: [TickUnit; 14] = [
    TickUnit::Days(1), TickUnit::Days(2), TickUnit::Days(7), TickUnit::Days(14),
    TickUnit::Months(1), TickUnit::Months(3), TickUnit::Months(6),
    TickUnit::Years(1), TickUnit::Years(2), TickUnit::Years(5), TickUnit::Years(10),
    TickUnit::Years(25), TickUnit::Years(50), TickUnit::Years(100),
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub px: f64,
    pub date: Date,
    pub unit: TickUnit,
}

impl Tick {
    /// The label, as short as its unit allows: "2024", "Jun", "Jun 5".
    pub fn label(&self, lang: Lang) -> String {
        let precision = match self.unit {
            TickUnit::Years(_) => Granularity::Year,
            TickUnit::Months(_) => Granularity::Month,
            TickUnit::Days(_) => Granularity::Day,
        };
        format_short(lang, self.date, precision)
    }
}

/// Ticks at least `spacing` pixels apart for each segment in view.
pub fn ticks(scale: &Scale, view: Viewport, width_px: f64, spacing: f64) -> Vec<Tick> {
    let mut out = Vec::new();
    for seg in &scale.segments {
        if seg.end < view.start || seg.start > view.end {
            continue;
        }
        let days = (seg.last - seg.first).max(1) as f64;
        let px_per_day = view.px(seg.end, width_px) - view.px(seg.start, width_px);
        let px_per_day = px_per_day / days;
        let Some(unit) = STEPS.iter().copied().find(|u| u.days() * px_per_day >= spacing) else { continue };
        // Visible days of this segment.
        let lo = seg.first.max(scale.day_at(view.start.max(seg.start)));
        let hi = seg.last.min(scale.day_at(view.end.min(seg.end)));
        let mut d = first_tick(date_of(lo), unit);
        while day_number(d) <= hi && out.len() < 400 {
            let day = day_number(d);
            let px = view.px(scale.x(day), width_px);
            if day >= lo && (0.0..=width_px).contains(&px) {
                out.push(Tick { px, date: d, unit });
            }
            match next_tick(d, unit) {
                Some(n) => d = n,
                None => break,
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
    }
}

fn next_tick(d: Date, unit: TickUnit) -> Option<Date> {
    match unit {
        TickUnit::Years(n) => Date::new(d.year().checked_add(n as i16)?, 1, 1).ok(),
        TickUnit::Months(n) => add_months(Date::new(d.year(), d.month(), 1).ok()?, n),
        // None at the end of time, which ends the tick loop.
        TickUnit::Days(n) => add_days(d, n),
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
        let spans: Vec<(i64, i64)> = (a..=b).step_by(30).map(|d| (d, d)).collect();
        let scale = Scale::new(&spans);
        assert_eq!(scale.segments.len(), 1);
        let wide = ticks(&scale, Viewport::fit(), 800.0, 70.0);
        assert!(matches!(wide[0].unit, TickUnit::Years(_)), "{:?}", wide[0].unit);
        assert!(wide.windows(2).all(|w| w[1].px - w[0].px >= 66.0), "ticks keep about the spacing asked for");
        let x = scale.x(day_number(date(2012, 6, 1)));
        let deep = ticks(&scale, Viewport::fit().zoom(2000.0, x), 800.0, 70.0);
        assert!(matches!(deep[0].unit, TickUnit::Days(_)), "{:?}", deep[0].unit);
        assert!(deep.iter().all(|t| t.px >= -1.0 && t.px <= 801.0));
        let month = ticks(&scale, Viewport::fit().zoom(60.0, x), 800.0, 70.0);
        assert!(matches!(month[0].unit, TickUnit::Months(_)), "{:?}", month[0].unit);
        assert_eq!(month[0].date.day(), 1);
    }
}
