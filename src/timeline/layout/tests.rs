//! The layout's lanes, labels and clusters, on made-up axes.

use super::*;

fn items(days: &[i64]) -> Vec<Item> {
    days.iter().map(|&d| Item { first: d * DAY, last: d * DAY, row: 0, label: 60.0, ranged: false }).collect()
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
    let axis = Axis::new(items(&days), Unit::Seconds);
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
    let it: Vec<Item> = dates.iter().zip(titles).map(|(&d, t)| Item { first: d * DAY, last: d * DAY, row: 0, label: label_width(t), ranged: false }).collect();
    let axis = Axis::new(it, Unit::Seconds);
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
    let axis = Axis::new(it, Unit::Seconds);
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
    let axis = Axis::new(items(&days), Unit::Seconds);
    let l = axis.layout(Viewport::fit(), &TRACK, None, None);
    assert!(l.clusters.len() >= 30, "{} clusters", l.clusters.len());
    assert_eq!(accounted(&l), 10_000, "every event is in a marker or a cluster");
    assert!(l.clusters.windows(2).all(|w| w[1].px - w[0].px >= TRACK.min_gap * 0.5));
}

#[test]
fn the_selection_is_never_hidden_in_a_cluster() {
    let days: Vec<i64> = (0..40).chain((1..=10).map(|i| i * 100)).collect();
    let axis = Axis::new(items(&days), Unit::Seconds);
    let l = axis.layout(Viewport::fit(), &TRACK, None, Some(2));
    assert!(!l.clusters.is_empty());
    assert!(l.markers.iter().any(|m| m.index == 2));
    assert!(l.clusters.iter().all(|c| !c.members.contains(&2)));
}

#[test]
fn only_what_is_in_view_is_laid_out() {
    let days: Vec<i64> = (0..10_000).collect();
    let axis = Axis::new(items(&days), Unit::Seconds);
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
    let axis = Axis::new(it, Unit::Seconds);
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
    let axis = Axis::new(it, Unit::Seconds);
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
    let item = |day: i64| Item { first: day * DAY, last: day * DAY, row: 0, label: 1.0, ranged: false };
    let axis = Axis::new(vec![item(day(1953, 7, 27)), item(day(2024, 10, 14)), item(day(2024, 10, 24))], Unit::Seconds);
    let years: Vec<i64> = axis.segment_labels(Viewport::fit(), 1000.0).into_iter().map(|(_, y)| y).collect();
    assert_eq!(years, [1953, 2024]);
    let right = Viewport::fit().zoom(20.0, 1.0);
    let labels = axis.segment_labels(right, 1000.0);
    assert_eq!(labels.iter().map(|l| l.1).collect::<Vec<_>>(), [2024]);
    assert!(labels[0].0 >= 0.0);
}

/// Items for stories as the view state builds them, in the story's own unit.
fn axis_of(story: &crate::story::Story) -> Axis {
    let unit = Unit::of(story);
    Axis::new(story.events.iter().map(|e| Item::of(e, 0, unit)).collect(), unit)
}

#[test]
fn the_last_civil_day_lays_out_and_zooms_like_any_other() {
    use crate::story::{Event, EventDate, Story};
    let last = EventDate::day(jiff::civil::Date::MAX);
    let with_2000 = Story::of_events("t", vec![Event::new("a", EventDate::year(2000).unwrap(), "A"), Event::new("b", last, "B")]);
    let alone = Story::of_events("t", vec![Event::new("b", last, "B")]);
    for story in [with_2000, alone] {
        let axis = axis_of(&story);
        let last = story.events.len() - 1;
        let x = axis.x(last).unwrap();
        let (mut edge, mut on_it) = (Viewport::fit(), Viewport::fit());
        for _ in 0..8 {
            for view in [edge, on_it] {
                let l = axis.layout(view, &TRACK, None, None);
                assert!(l.ticks.len() <= 400 && l.ticks.iter().all(|t| t.px.is_finite() && t.label(crate::calendar::Lang::En) != ""));
            }
            let l = axis.layout(on_it, &TRACK, None, None);
            assert!(l.markers.iter().any(|m| m.index == last && (0.0..=TRACK.width).contains(&m.px)), "{on_it:?}: {l:?}");
            // Wheel zooms at the track's right edge, and on the event.
            edge = edge.zoom(4.0, edge.end);
            on_it = on_it.zoom(4.0, x);
        }
    }
}

#[test]
fn deep_time_events_keep_their_order_and_places() {
    use crate::story::{Event, EventDate, Story};
    let years = [-13_800_000_000i64, -4_540_000_000, -66_000_000, 1969, 20_000];
    let events = years.iter().enumerate().map(|(i, &y)| Event::new(i.to_string(), EventDate::any_year(y).unwrap(), "an event")).collect();
    let axis = axis_of(&Story::of_events("t", events));
    assert_eq!(axis.scale.unit, Unit::Years);
    let xs: Vec<f64> = (0..years.len()).map(|i| axis.x(i).unwrap()).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
    let wide = Track { width: 1400.0, ..TRACK };
    let l = axis.layout(Viewport::fit(), &wide, None, None);
    assert_eq!(l.markers.len(), years.len(), "every event has its marker: {l:?}");
    assert!(!l.ticks.is_empty());
    let labels: Vec<(f64, i64)> = axis.segment_labels(Viewport::fit(), 1400.0);
    assert_eq!(labels.iter().map(|l| l.1).collect::<Vec<_>>(), [-13_800_000_000]);
}

#[test]
fn events_of_one_day_sit_at_their_times_and_dates_at_the_day_start() {
    use crate::calendar::TimeOfDay;
    use crate::story::{Event, EventDate, Story};
    let day = jiff::civil::date(2014, 6, 18);
    let at = |h| EventDate::at(day, TimeOfDay::new(h, 0, 0).unwrap());
    let story = Story::of_events("t", vec![Event::new("d", EventDate::day(day), "D"), Event::new("a", at(9), "A"), Event::new("b", at(10), "B"), Event::new("c", at(18), "C")]);
    let axis = axis_of(&story);
    let xs: Vec<f64> = (0..4).map(|i| axis.x(i).unwrap()).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
    // Eight hours are wider than one.
    assert!(xs[3] - xs[2] > xs[2] - xs[1]);
    let l = axis.layout(Viewport::fit(), &TRACK, None, None);
    assert!(l.ticks.iter().all(|t| matches!(t.unit, crate::timeline::viewport::TickUnit::Hours(_))), "{:?}", l.ticks);
}

#[test]
fn a_label_is_as_wide_as_a_long_date_line() {
    use crate::calendar::{Lang, TimeOfDay};
    use crate::story::{Event, EventDate};
    let timed = Event::new("a", EventDate::at(jiff::civil::date(2014, 6, 18), TimeOfDay::new(12, 0, 30).unwrap()), "Noon");
    let deep = Event::new("b", EventDate::any_year(-13_800_000_000).unwrap(), "Light");
    for e in [timed, deep] {
        let item = Item::of(&e, 0, Unit::Seconds);
        assert!(item.label >= e.date_text(Lang::En).chars().count() as f64 * DATE_CHAR_PX, "{}: {}", e.date_text(Lang::En), item.label);
    }
    let plain = Event::new("c", EventDate::day(jiff::civil::date(2014, 6, 18)), "Noon");
    assert_eq!(Item::of(&plain, 0, Unit::Seconds).label, label_width(4), "a plain date fits the narrowest label");
}
