//! Where each event goes on the track for the current viewport.
//!
//! [`Axis`] is built once per set of events (sorting is the O(n log n) part);
//! [`Axis::layout`] then runs on every zoom or pan and touches only what is in
//! view: a binary search finds the visible events, and each takes the first
//! lane of its row where its dot and its label fit beside what is already
//! there. Events on the same or close days stack in lanes instead of hiding
//! one another; an event with no room for its label keeps its dot (its title
//! is in its name, its tooltip and the card); only when no lane has room for
//! a dot does it fold into a cluster with a count, which zooms in on its
//! members.

use super::scale::{Scale, Unit, DAY};
use super::viewport::{ticks, Tick, Viewport};
use crate::story::Event;

/// The widest label, in pixels: about 80 characters of title on two lines.
pub const LABEL_MAX: f64 = 300.0;
/// The narrowest: room for the date above the title.
const LABEL_MIN: f64 = 110.0;
/// About what one character takes at the track's label size (generous, so
/// that a title estimated to fit on two lines does).
const CHAR_PX: f64 = 7.0;
/// From a marker's position to where its label starts (the dot and a gap),
/// and the space kept between two labels in a lane.
pub const LABEL_OFFSET: f64 = 12.0;
const LABEL_GAP: f64 = 8.0;
/// The shortest a label is cut to, to make room for the next event's: its
/// date still fits on one line.
const LABEL_CUT: f64 = LABEL_MIN;

/// A title longer than this on one line wraps to two.
const ONE_LINE_MAX: f64 = 190.0;

/// The width of the label for a title of `chars` characters: one line when
/// short, else two lines of half the text each and some slack for where the
/// words break (a title longer than two of the widest lines is cut, and
/// keeps its full text in its name and tooltip).
pub fn label_width(chars: usize) -> f64 {
    let one_line = chars as f64 * CHAR_PX + 10.0;
    let width = if one_line <= ONE_LINE_MAX { one_line } else { one_line / 2.0 + 6.0 * CHAR_PX };
    width.clamp(LABEL_MIN, LABEL_MAX)
}

/// About what one character of the date line takes (smaller than the title
/// but bold, and generous like `CHAR_PX`: measured about 7 px in Chromium).
const DATE_CHAR_PX: f64 = 7.5;

/// The width a date line of `chars` characters needs, on one line.
fn date_width(chars: usize) -> f64 {
    (chars as f64 * DATE_CHAR_PX + 10.0).clamp(LABEL_MIN, LABEL_MAX)
}

/// One event as the layout sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Where it starts and ends, in the axis's [`Unit`].
    pub first: i64,
    pub last: i64,
    /// The row (lane group) it belongs to, 0 without groups.
    pub row: usize,
    /// Estimated label width in pixels.
    pub label: f64,
    /// A span worth drawing (an explicit end date).
    pub ranged: bool,
}

impl Item {
    pub fn of(e: &Event, row: usize, unit: Unit) -> Item {
        let first = unit.start(&e.start);
        // A date known to the month or the year covers that month or year.
        let last = unit.end(&e.end.unwrap_or(e.start)).max(first);
        // A date with a time or of deep time ("June 18, 2014, 12:00:30 PM",
        // "13.8 billion years ago") may be longer than the title: the label
        // takes its width too, so that the part that tells events apart shows.
        // (English is as long as the other languages' dates, within a few characters.)
        let long_date = e.start.time.is_some() || e.start.deep.is_some();
        let date = if long_date { date_width(e.date_text(crate::calendar::Lang::En).chars().count()) } else { 0.0 };
        Item { first, last, row, label: label_width(e.title.chars().count()).max(date), ranged: e.end.is_some() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub index: usize,
    pub px: f64,
    /// Right end of a drawn range.
    pub end_px: Option<f64>,
    pub row: usize,
    /// The lane of its row the marker stands in.
    pub lane: usize,
    /// The label's width, or `None` when there is no room for it.
    pub label: Option<f64>,
    /// The label runs leftwards from the marker (near the right edge).
    pub flip: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub px: f64,
    pub row: usize,
    /// Event indices, in time order: events no lane had room for.
    pub members: Vec<usize>,
    /// Axis span of the members, to zoom into.
    pub from: f64,
    pub to: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub markers: Vec<Marker>,
    pub clusters: Vec<Cluster>,
    pub ticks: Vec<Tick>,
    pub breaks: Vec<f64>,
}

pub struct Axis {
    pub scale: Scale,
    items: Vec<Item>,
    /// Axis position of each item.
    xs: Vec<f64>,
    /// Item indices sorted by position.
    order: Vec<usize>,
}

/// Layout parameters.
pub struct Track {
    pub width: f64,
    /// The room a dot without a label takes in its lane.
    pub min_gap: f64,
    /// Lanes per row.
    pub lanes: usize,
    pub tick_spacing: f64,
}

/// A half-built cluster: where it starts, and its members.
type Open = Option<(f64, Vec<usize>)>;

impl Axis {
    pub fn new(items: Vec<Item>, unit: Unit) -> Axis {
        let scale = Scale::new(&items.iter().map(|i| (i.first, i.last)).collect::<Vec<_>>(), unit);
        let xs: Vec<f64> = items.iter().map(|i| scale.x(i.first)).collect();
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]).then(a.cmp(&b)));
        Axis { scale, items, xs, order }
    }

    pub fn x(&self, index: usize) -> Option<f64> {
        self.xs.get(index).copied()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many lanes (at most `max`) the whole story needs at "fit all" for
    /// every event to be a marker with its label, or as close as `max` allows,
    /// and whether some still fold into clusters there. The track is as tall
    /// as that and keeps its height while zooming: zooming in only spreads
    /// events further apart.
    pub fn lanes_at_fit(&self, width: f64, min_gap: f64, max: usize) -> (usize, bool) {
        let track = Track { width, min_gap, lanes: max.max(1), tick_spacing: 90.0 };
        let l = self.layout(Viewport::fit(), &track, None, None);
        (l.markers.iter().map(|m| m.lane + 1).max().unwrap_or(1), !l.clusters.is_empty())
    }

    /// The layout of the events `shown` (a filter: `None` shows all) in `view`.
    /// The `keep` event (the selection) is never folded into a cluster.
    pub fn layout(&self, view: Viewport, track: &Track, shown: Option<&[bool]>, keep: Option<usize>) -> Layout {
        let w = track.width;
        let lanes = track.lanes.max(1);
        // Everything a cluster or label could reach from outside the view.
        let overscan = view.width() * (track.min_gap + LABEL_MAX + LABEL_OFFSET) / w;
        let lo = self.order.partition_point(|&i| self.xs[i] < view.start - overscan);
        let hi = self.order.partition_point(|&i| self.xs[i] <= view.end + overscan);
        let rows = self.items.iter().map(|i| i.row + 1).max().unwrap_or(1);
        // Where each lane of each row is taken up to, in pixels.
        // and by which marker's label (a label that can be cut short).
        let mut ends: Vec<Vec<(f64, Option<usize>)>> = vec![vec![(f64::NEG_INFINITY, None); lanes]; rows];
        let mut open: Vec<Open> = vec![None; rows];
        let mut markers = Vec::new();
        let mut clusters = Vec::new();
        let half_dot = 7.0;

        let close = |group: Open, row: usize, clusters: &mut Vec<Cluster>| {
            if let Some((_, members)) = group {
                let from = self.xs[members[0]];
                let to = self.xs[*members.last().expect("a cluster has members")];
                clusters.push(Cluster { px: view.px(from, w), row, members, from, to });
            }
        };

        for &i in &self.order[lo..hi] {
            if shown.is_some_and(|s| !s.get(i).copied().unwrap_or(true)) {
                continue;
            }
            let item = &self.items[i];
            let row = item.row;
            let px = view.px(self.xs[i], w);
            let lane_ends = &mut ends[row];
            // A label that does not fit right of its dot runs leftwards when a
            // lane has room for that; else it is cut at the track's edge.
            let right_room = w - px - LABEL_OFFSET - 2.0;
            let left_from = px - LABEL_OFFSET - item.label;
            let flipped = (item.label > right_room && left_from >= 0.0)
                .then(|| lane_ends.iter().position(|e| e.0 <= left_from))
                .flatten();
            // At the very edge, a label cut to the room on the left.
            let (label, flip) = match flipped {
                Some(_) => (item.label, true),
                None if right_room >= LABEL_CUT.min(item.label) => (item.label.min(right_room), false),
                None => (item.label.min(px - LABEL_OFFSET).max(0.0), true),
            };
            let (from, to) = if flip { (px - LABEL_OFFSET - label, px + half_dot) } else { (px - half_dot, px + LABEL_OFFSET + label) };
            // With its label in a free lane; else beside a label cut short to
            // make room; else beside a dot whose label gives way. Then the
            // same for the dot alone; then (the selection only) over the least
            // crowded lane; else in a cluster.
            let try_place = |lane_ends: &[(f64, Option<usize>)], markers: &mut Vec<Marker>, from: f64, to: f64, label: Option<f64>| {
                let room = |l: usize| -> Option<(f64, usize)> {
                    let m = lane_ends[l].1?;
                    let before: &Marker = &markers[m];
                    (before.label.is_some() && !before.flip).then(|| (from - LABEL_GAP - before.px - LABEL_OFFSET, m))
                };
                let best = |least: f64| {
                    (0..lanes).filter_map(|l| room(l).map(|r| (l, r))).filter(|(_, (r, _))| *r >= least).max_by(|a, b| a.1 .0.total_cmp(&b.1 .0))
                };
                if let Some(l) = lane_ends.iter().position(|e| e.0 <= from) {
                    return Some((l, label, to));
                }
                if let Some((l, (r, m))) = best(LABEL_CUT) {
                    markers[m].label = markers[m].label.map(|w| w.min(r));
                    return Some((l, label, to));
                }
                let (l, (_, m)) = best(track.min_gap - LABEL_OFFSET - LABEL_GAP - half_dot)?;
                markers[m].label = None;
                Some((l, label, to))
            };
            let placed = match flipped {
                Some(l) => Some((l, Some(label), to)),
                None => try_place(lane_ends, &mut markers, from, to, Some(label)),
            }
            .or_else(|| try_place(lane_ends, &mut markers, px - half_dot, px - half_dot + track.min_gap, None))
            .or_else(|| {
                (Some(i) == keep).then(|| {
                    let l = (0..lanes).min_by(|&a, &b| lane_ends[a].0.total_cmp(&lane_ends[b].0)).unwrap_or(0);
                    (l, None, lane_ends[l].0.max(px - half_dot + track.min_gap))
                })
            });
            match placed {
                Some((lane, label, end)) => {
                    let end = end + if label.is_some() { LABEL_GAP } else { 0.0 };
                    ends[row][lane] = (end, Some(markers.len()));
                    let end_px = item.ranged.then(|| view.px(self.scale.x(item.last), w));
                    markers.push(Marker { index: i, px, end_px, row, lane, label, flip: flip && label.is_some() });
                }
                // A cluster spans at most `min_gap` from its first member, so that
                // thousands of close events make a row of counts, not one chain.
                None => match open[row].take() {
                    Some((first_px, mut members)) if px - first_px < track.min_gap => {
                        members.push(i);
                        open[row] = Some((first_px, members));
                    }
                    group => {
                        close(group, row, &mut clusters);
                        open[row] = Some((px, vec![i]));
                    }
                },
            }
        }
        for (row, group) in open.into_iter().enumerate() {
            close(group, row, &mut clusters);
        }
        let in_view = |px: f64| px >= -track.min_gap && px <= w + track.min_gap;
        markers.retain(|m| in_view(m.px) || m.end_px.is_some_and(|e| e >= 0.0 && m.px <= w));
        clusters.retain(|c| in_view(c.px));
        clusters.sort_by(|a, b| a.px.total_cmp(&b.px));
        let breaks = self.scale.breaks().into_iter().map(|b| view.px(b, w)).filter(|p| (0.0..=w).contains(p)).collect();
        Layout { markers, clusters, ticks: ticks(&self.scale, view, w, track.tick_spacing), breaks }
    }
}

impl Cluster {
    /// "+7", "+843", "+1k": short enough to sit beside a dot.
    pub fn count_label(&self) -> String {
        compact_count(self.members.len())
    }
}

fn compact_count(n: usize) -> String {
    if n < 1000 { format!("+{n}") } else { format!("+{}k", n / 1000) }
}

impl Axis {
    /// Each segment of the axis in view, labelled with its first visible year
    /// (the first event's, not the padded edge's), so that a reader always
    /// knows which side of a break is which: pixel position and year.
    pub fn segment_labels(&self, view: Viewport, width_px: f64) -> Vec<(f64, i64)> {
        self.scale
            .segments
            .iter()
            .filter(|seg| seg.end > view.start && seg.start < view.end)
            .map(|seg| {
                let x = view.px(seg.start.max(view.start), width_px).max(0.0);
                let first_event = seg.knots.get(1).map_or(seg.first, |k| k.0);
                let at = self.scale.point_at(seg.start.max(view.start)).max(first_event);
                let year = match self.scale.unit {
                    Unit::Seconds => i64::from(crate::calendar::date_of(at.div_euclid(DAY)).year()),
                    Unit::Years => at,
                };
                (x, year)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
