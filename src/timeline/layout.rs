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

use super::scale::Scale;
use crate::calendar::day_number;
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

/// One event as the layout sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
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
    pub fn of(e: &Event, row: usize) -> Item {
        let first = day_number(e.start.date);
        // A date known to the month or the year covers that month or year.
        let last = day_number(e.end.unwrap_or(e.start).last_day());
        Item { first, last, row, label: label_width(e.title.chars().count()), ranged: e.end.is_some() }
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
    pub fn new(items: Vec<Item>) -> Axis {
        let scale = Scale::new(&items.iter().map(|i| (i.first, i.last)).collect::<Vec<_>>());
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
    pub fn segment_labels(&self, view: Viewport, width_px: f64) -> Vec<(f64, i16)> {
        self.scale
            .segments
            .iter()
            .filter(|seg| seg.end > view.start && seg.start < view.end)
            .map(|seg| {
                let x = view.px(seg.start.max(view.start), width_px).max(0.0);
                let first_event = seg.knots.get(1).map_or(seg.first, |k| k.0);
                let day = self.scale.day_at(seg.start.max(view.start)).max(first_event);
                (x, crate::calendar::date_of(day).year())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(days: &[i64]) -> Vec<Item> {
        days.iter().map(|&d| Item { first: d, last: d, row: 0, label: 60.0, ranged: false }).collect()
    }

    const TRACK: Track = Track { width: 1000.0, min_gap: 20.0, lanes: 2, tick_spacing: 80.0 };

    /// Every event once: as a marker or in a cluster.
    fn accounted(l: &Layout) -> usize {
        l.markers.len() + l.clusters.iter().map(|c| c.members.len()).sum::<usize>()
    }

    /// No two markers in a lane overlap, labels included.
    fn assert_no_overlap(l: &Layout, what: &str) {
        let span = |m: &Marker| match (m.label, m.flip) {
            (Some(w), true) => (m.px - LABEL_OFFSET - w, m.px + 7.0),
            (Some(w), false) => (m.px - 7.0, m.px + LABEL_OFFSET + w),
            (None, _) => (m.px - 7.0, m.px + 7.0),
        };
        for a in &l.markers {
            for b in l.markers.iter().filter(|b| b.lane == a.lane && b.row == a.row && b.index != a.index) {
                let (x, y) = (span(a), span(b));
                assert!(x.1 <= y.0 || y.1 <= x.0, "{what}: {a:?} and {b:?} overlap");
            }
        }
    }

    #[test]
    fn close_markers_cluster_when_lanes_run_out_and_split_when_zoomed_in() {
        // Forty events on forty days, then one every hundred days: no axis break.
        let days: Vec<i64> = (0..40).chain((1..=10).map(|i| i * 100)).collect();
        let axis = Axis::new(items(&days));
        assert_eq!(axis.scale.segments.len(), 1);
        let l = axis.layout(Viewport::fit(), &TRACK, None, None);
        let clustered: usize = l.clusters.iter().map(|c| c.members.len()).sum();
        assert!(clustered >= 10, "{clustered}");
        assert_eq!(accounted(&l), 50);
        assert!(l.clusters.iter().all(|c| c.members.iter().all(|&m| m < 40)));
        // A cluster's zoom target covers its members.
        assert!(l.clusters.iter().all(|c| c.members.iter().all(|&m| (c.from..=c.to).contains(&axis.x(m).unwrap()))));
        // Zoomed in on the crowded days, they come apart.
        let view = Viewport::fit().zoom(8.0, axis.x(20).unwrap());
        let zoomed = axis.layout(view, &TRACK, None, None);
        assert_eq!(zoomed.clusters.len(), 0, "{:?}", zoomed.clusters);
        assert!(zoomed.markers.len() >= 10 && zoomed.markers.iter().all(|m| m.index < 40));
    }

    #[test]
    fn events_on_the_same_or_close_days_stack_in_lanes() {
        // Ten events as a news story has them: decades apart, then several on
        // the same days within a month; titles of 26 to 62 characters.
        let dates = [0, 23_000, 23_400, 26_000, 26_117, 26_119, 26_119, 26_127, 26_127, 26_129, 26_140];
        let titles = [33, 62, 26, 49, 44, 52, 30, 44, 40, 61, 35];
        let it: Vec<Item> = dates.iter().zip(titles).map(|(&d, t)| Item { first: d, last: d, row: 0, label: label_width(t), ranged: false }).collect();
        let axis = Axis::new(it);
        for width in [470.0, 555.0, 1200.0] {
            let (lanes, clustered) = axis.lanes_at_fit(width, 22.0, 10);
            assert!(!clustered);
            let track = Track { width, min_gap: 22.0, lanes, tick_spacing: 90.0 };
            let l = axis.layout(Viewport::fit(), &track, None, None);
            assert!(l.clusters.is_empty(), "{width}px: {:?}", l.clusters);
            assert_eq!(l.markers.len(), dates.len(), "{width}px");
            assert!(l.markers.iter().all(|m| m.label.is_some()), "{width}px: every title shows");
            assert_no_overlap(&l, &format!("{width}px"));
            // Same-day events are in different lanes.
            let lane_of = |i: usize| l.markers.iter().find(|m| m.index == i).unwrap().lane;
            assert_ne!(lane_of(5), lane_of(6));
            assert!(lanes > 1 && lanes <= 10, "{width}px: {lanes} lanes");
        }
    }

    #[test]
    fn fifty_events_are_fifty_markers_on_a_narrow_track() {
        // Fifty events over two years, in bursts of same-day events.
        let days: Vec<i64> = (0..50).map(|i| (i / 3) * 45 + (i % 3) / 2).collect();
        let mut it = items(&days);
        it.iter_mut().for_each(|i| i.label = label_width(40));
        let axis = Axis::new(it);
        let width = 470.0;
        let (lanes, _) = axis.lanes_at_fit(width, 22.0, 10);
        let l = axis.layout(Viewport::fit(), &Track { width, min_gap: 22.0, lanes, tick_spacing: 90.0 }, None, None);
        assert!(l.clusters.is_empty(), "{:?}", l.clusters);
        assert_eq!(l.markers.len(), 50);
    }

    #[test]
    fn labels_fit_titles_on_one_or_two_lines() {
        assert_eq!(label_width(3), LABEL_MIN, "room for the date");
        assert!(label_width(16) < label_width(24));
        assert!(label_width(40) < 40.0 * CHAR_PX, "a long title wraps to two lines");
        // Up to 80 characters fit two lines; longer ones are cut at the widest label.
        assert!(label_width(80) <= LABEL_MAX && 2.0 * (label_width(80) - 10.0) >= 80.0 * CHAR_PX);
        assert_eq!(label_width(300), LABEL_MAX);
    }

    #[test]
    fn thousands_of_close_events_make_many_small_clusters() {
        let days: Vec<i64> = (0..10_000).collect();
        let axis = Axis::new(items(&days));
        let l = axis.layout(Viewport::fit(), &TRACK, None, None);
        assert!(l.clusters.len() >= 30, "{} clusters", l.clusters.len());
        assert_eq!(accounted(&l), 10_000, "every event is in a marker or a cluster");
        assert!(l.clusters.windows(2).all(|w| w[1].px - w[0].px >= TRACK.min_gap * 0.5));
    }

    #[test]
    fn the_selection_is_never_hidden_in_a_cluster() {
        let days: Vec<i64> = (0..40).chain((1..=10).map(|i| i * 100)).collect();
        let axis = Axis::new(items(&days));
        let l = axis.layout(Viewport::fit(), &TRACK, None, Some(2));
        assert!(!l.clusters.is_empty());
        assert!(l.markers.iter().any(|m| m.index == 2));
        assert!(l.clusters.iter().all(|c| !c.members.contains(&2)));
    }

    #[test]
    fn only_what_is_in_view_is_laid_out() {
        let days: Vec<i64> = (0..10_000).collect();
        let axis = Axis::new(items(&days));
        let view = Viewport { start: 0.5, end: 0.5005 };
        let l = axis.layout(view, &TRACK, None, None);
        let total = accounted(&l);
        assert!(total > 0 && total < 100, "{total}");
        assert!(l.markers.iter().all(|m| m.px >= -300.0 && m.px <= 1020.0));
    }

    #[test]
    fn a_crowded_label_is_cut_or_gives_way_to_the_next() {
        let mut it = items(&[0, 100, 200, 300, 400, 500]);
        it.iter_mut().for_each(|i| i.label = 150.0);
        let axis = Axis::new(it);
        let track = Track { width: 300.0, min_gap: 5.0, lanes: 2, tick_spacing: 80.0 };
        let l = axis.layout(Viewport::fit(), &track, None, None);
        assert_eq!(l.markers.len(), 6, "every dot has room");
        assert!(l.clusters.is_empty());
        assert_no_overlap(&l, "300px");
        assert!(l.markers.iter().any(|m| m.label.is_none()), "no room for every label");
        assert!(l.markers.iter().any(|m| m.label.is_some_and(|w| w < 150.0)), "a label cut short");
        assert!(l.markers.iter().all(|m| m.flip || m.label.is_none_or(|w| m.px + LABEL_OFFSET + w <= 300.0)), "labels stay on the track");
        assert!(l.markers.iter().all(|m| !m.flip || m.label.is_some_and(|w| m.px - LABEL_OFFSET - w >= 0.0)));
    }

    #[test]
    fn filtered_events_are_left_out_and_rows_are_kept_apart() {
        let mut it = items(&[0, 0, 500]);
        it[1].row = 1;
        let axis = Axis::new(it);
        let l = axis.layout(Viewport::fit(), &Track { lanes: 1, ..TRACK }, None, None);
        assert_eq!(l.clusters.len(), 0, "events in different rows take different lanes");
        assert!(l.markers.iter().all(|m| m.lane == 0));
        let shown = [true, false, true];
        let l = axis.layout(Viewport::fit(), &TRACK, Some(&shown), None);
        assert!(l.markers.iter().all(|m| m.index != 1));
    }

    #[test]
    fn cluster_counts_are_compact() {
        assert_eq!(compact_count(7), "+7");
        assert_eq!(compact_count(999), "+999");
        assert_eq!(compact_count(1_500), "+1k");
        assert_eq!(compact_count(12_345), "+12k");
    }

    #[test]
    fn every_segment_in_view_is_labelled_with_its_first_year() {
        let day = |y, m, d| crate::calendar::day_number(jiff::civil::date(y, m, d));
        let item = |first: i64| Item { first, last: first, row: 0, label: 1.0, ranged: false };
        let axis = Axis::new(vec![item(day(1953, 7, 27)), item(day(2024, 10, 14)), item(day(2024, 10, 24))]);
        let years: Vec<i16> = axis.segment_labels(Viewport::fit(), 1000.0).into_iter().map(|(_, y)| y).collect();
        assert_eq!(years, [1953, 2024]);
        let right = Viewport::fit().zoom(20.0, 1.0);
        let labels = axis.segment_labels(right, 1000.0);
        assert_eq!(labels.iter().map(|l| l.1).collect::<Vec<_>>(), [2024]);
        assert!(labels[0].0 >= 0.0);
    }
}
