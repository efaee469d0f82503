//! Where each event goes on the track for the current viewport.
//!
//! [`Axis`] is built once per set of events (sorting is the O(n log n) part);
//! [`Axis::layout`] then runs on every zoom or pan and touches only what is in
//! view: a binary search finds the visible events, markers closer than
//! `min_gap` pixels in the same row fold into a cluster with a count, and each
//! remaining marker's label takes the first free lane (or none, when all lanes
//! are taken there: the marker still shows, its title is on hover and in the card).

use super::scale::Scale;
use crate::calendar::day_number;
use super::viewport::{ticks, Tick, Viewport};
use crate::story::Event;

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
        // About 7 px a character at the track's label size, capped at the
        // label's maximum width (longer titles are cut with an ellipsis).
        let label = (e.title.chars().count() as f64 * 7.0).clamp(60.0, 150.0);
        Item { first, last, row, label, ranged: e.end.is_some() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub index: usize,
    pub px: f64,
    /// Right end of a drawn range.
    pub end_px: Option<f64>,
    pub row: usize,
    /// The label lane, or `None` when there is no room for the label.
    pub lane: Option<usize>,
    /// The label runs leftwards from the marker (near the right edge).
    pub flip: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub px: f64,
    pub row: usize,
    /// Event indices, in time order, after the event shown as a marker.
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

/// How far right of its first event a cluster's count sits, in pixels.
pub const CLUSTER_OFFSET: f64 = 16.0;

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
    pub min_gap: f64,
    pub lanes: usize,
    pub tick_spacing: f64,
}

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

    /// The layout of the events `shown` (a filter: `None` shows all) in `view`.
    /// The `keep` event (the selection) is never folded into a cluster.
    pub fn layout(&self, view: Viewport, track: &Track, shown: Option<&[bool]>, keep: Option<usize>) -> Layout {
        let w = track.width;
        // Everything a cluster or label could reach from outside the view.
        let overscan = view.width() * (track.min_gap + 200.0) / w;
        let lo = self.order.partition_point(|&i| self.xs[i] < view.start - overscan);
        let hi = self.order.partition_point(|&i| self.xs[i] <= view.end + overscan);
        let rows = self.items.iter().map(|i| i.row + 1).max().unwrap_or(1);
        let mut open: Vec<Option<(f64, Vec<usize>)>> = vec![None; rows];
        let mut markers = Vec::new();
        let mut clusters = Vec::new();

        // A group of one is a marker. A larger group shows its first event as
        // a marker, so that events are always in sight, and the others as a
        // count beside it that zooms in on the group.
        let close = |group: (f64, Vec<usize>), row: usize, markers: &mut Vec<Marker>, clusters: &mut Vec<Cluster>| {
            let (_, members) = group;
            let first = members[0];
            let end_px = self.items[first].ranged.then(|| view.px(self.scale.x(self.items[first].last), w));
            markers.push(Marker { index: first, px: view.px(self.xs[first], w), end_px, row, lane: None, flip: false });
            if members.len() > 1 {
                let from = self.xs[first];
                let to = self.xs[*members.last().expect("a cluster has members")];
                let px = view.px(from, w) + CLUSTER_OFFSET;
                clusters.push(Cluster { px, row, members: members[1..].to_vec(), from, to });
            }
        };

        for &i in &self.order[lo..hi] {
            if shown.is_some_and(|s| !s.get(i).copied().unwrap_or(true)) {
                continue;
            }
            let row = self.items[i].row;
            let px = view.px(self.xs[i], w);
            if Some(i) == keep {
                markers.push(Marker { index: i, px, end_px: None, row, lane: None, flip: false });
                if self.items[i].ranged {
                    markers.last_mut().expect("just pushed").end_px = Some(view.px(self.scale.x(self.items[i].last), w));
                }
                continue;
            }
            // A cluster spans at most `min_gap` from its first member, so that
            // thousands of close events make a row of counts, not one chain.
            match open[row].take() {
                Some((first_px, mut members)) if px - first_px < track.min_gap => {
                    members.push(i);
                    open[row] = Some((first_px, members));
                }
                Some(group) => {
                    close(group, row, &mut markers, &mut clusters);
                    open[row] = Some((px, vec![i]));
                }
                None => open[row] = Some((px, vec![i])),
            }
        }
        for (row, group) in open.into_iter().enumerate() {
            if let Some(g) = group {
                close(g, row, &mut markers, &mut clusters);
            }
        }
        let in_view = |px: f64| px >= -track.min_gap && px <= w + track.min_gap;
        markers.retain(|m| in_view(m.px) || m.end_px.is_some_and(|e| e >= 0.0 && m.px <= w));
        clusters.retain(|c| in_view(c.px));
        markers.sort_by(|a, b| a.px.total_cmp(&b.px));

        // Labels: the first lane of the row whose previous label has ended.
        // Near the right edge a label runs leftwards instead.
        let mut lane_end = vec![vec![f64::NEG_INFINITY; track.lanes]; rows];
        for m in &mut markers {
            let label = self.items[m.index].label;
            m.flip = m.px + label > w && m.px - label >= 0.0;
            let (from, to) = if m.flip { (m.px - label, m.px) } else { (m.px, m.px + label) };
            let ends = &mut lane_end[m.row];
            if let Some(l) = ends.iter().position(|&e| e <= from) {
                ends[l] = to + 8.0;
                m.lane = Some(l);
            }
        }
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

    #[test]
    fn close_markers_cluster_at_coarse_zoom_and_split_when_zoomed_in() {
        // Forty events on forty days, then one every hundred days: no axis break.
        let days: Vec<i64> = (0..40).chain((1..=10).map(|i| i * 100)).collect();
        let axis = Axis::new(items(&days));
        assert_eq!(axis.scale.segments.len(), 1);
        let l = axis.layout(Viewport::fit(), &TRACK, None, None);
        let clustered: usize = l.clusters.iter().map(|c| c.members.len()).sum();
        assert!(clustered >= 25, "{clustered}");
        assert!(l.clusters.iter().all(|c| c.members.iter().all(|&m| m < 40)));
        // Each cluster stands beside a marker for its first event.
        assert!(l.clusters.iter().all(|c| l.markers.iter().any(|m| (m.px + CLUSTER_OFFSET - c.px).abs() < 1e-6)));
        // Zoomed in on the crowded days, they come apart.
        let view = Viewport::fit().zoom(8.0, axis.x(20).unwrap());
        let zoomed = axis.layout(view, &TRACK, None, None);
        assert_eq!(zoomed.clusters.len(), 0, "{:?}", zoomed.clusters);
        assert!(zoomed.markers.len() >= 10 && zoomed.markers.iter().all(|m| m.index < 40));
    }

    #[test]
    fn thousands_of_close_events_make_many_small_clusters() {
        let days: Vec<i64> = (0..10_000).collect();
        let axis = Axis::new(items(&days));
        let l = axis.layout(Viewport::fit(), &TRACK, None, None);
        assert!(l.clusters.len() >= 30, "{} clusters", l.clusters.len());
        let total: usize = l.markers.len() + l.clusters.iter().map(|c| c.members.len()).sum::<usize>();
        assert_eq!(total, 10_000, "every event is in a marker or a cluster");
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
        let total = l.markers.len() + l.clusters.iter().map(|c| c.members.len()).sum::<usize>();
        assert!(total > 0 && total < 100, "{total}");
        assert!(l.markers.iter().all(|m| m.px >= -20.0 && m.px <= 1020.0));
    }

    #[test]
    fn labels_take_free_lanes_or_none() {
        let mut it = items(&[0, 100, 200, 300, 400, 500]);
        it.iter_mut().for_each(|i| i.label = 150.0);
        let axis = Axis::new(it);
        let view = Viewport::fit();
        let track = Track { width: 300.0, min_gap: 5.0, lanes: 2, tick_spacing: 80.0 };
        let l = axis.layout(view, &track, None, None);
        let lanes: Vec<_> = l.markers.iter().map(|m| m.lane).collect();
        assert_eq!(lanes[0], Some(0));
        assert!(lanes.contains(&Some(1)));
        assert!(lanes.contains(&None), "{lanes:?}: no room for every label");
        let last = l.markers.last().unwrap();
        assert!(last.flip, "the label at the right edge runs leftwards");
    }

    #[test]
    fn filtered_events_are_left_out_and_rows_are_kept_apart() {
        let mut it = items(&[0, 1, 500]);
        it[1].row = 1;
        let axis = Axis::new(it);
        let l = axis.layout(Viewport::fit(), &TRACK, None, None);
        assert_eq!(l.clusters.len(), 0, "events in different rows do not cluster");
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
