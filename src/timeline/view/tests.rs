//! The reducer, an action at a time, on a made-up story.

use super::*;
use crate::story::{EventDate, EventKind};
use jiff::civil::date;

/// Five events: two in 1990, three in 2024 (the middle one a signing).
fn state() -> ViewState {
    let day = |y, m, d| EventDate::day(date(y, m, d));
    let e = |id: &str, d: EventDate| Event::new(id, d, format!("Event {id}"));
    let events = vec![
        e("a", day(1990, 5, 1)),
        e("b", day(1990, 6, 1)),
        Event { kind: EventKind::Signing, ..e("c", day(2024, 10, 24)) },
        e("d", day(2024, 11, 2)),
        e("e", day(2024, 12, 30)),
    ];
    ViewState::new(Rc::new(Story::of_events("t", events)), None, Lang::Fr)
}

#[test]
fn select_takes_a_known_index_and_reveals_it() {
    let s = state();
    let zoomed = s.reduce(Action::Zoom(8.0, Some(0.0))).unwrap();
    let picked = zoomed.reduce(Action::Select(4)).unwrap();
    assert_eq!(picked.selected, Some(4));
    let x = picked.axis.x(4).unwrap();
    assert!(picked.view.start <= x && x <= picked.view.end, "the selected event is in view");
    assert!(s.reduce(Action::Select(5)).is_none(), "an index past the end changes nothing");
    assert!(picked.reduce(Action::Select(4)).is_none(), "selecting the selected changes nothing");
}

#[test]
fn steps_move_among_the_shown_events() {
    let s = state();
    let first = s.reduce(Action::Step(Step::Next)).unwrap();
    assert_eq!(first.selected, Some(0));
    let filtered = first.reduce(Action::Filter(Filter { query: "2024".into(), ..Filter::default() })).unwrap();
    assert_eq!(*filtered.shown, [false, false, true, true, true]);
    assert_eq!(filtered.shown_count(), 3);
    let next = filtered.reduce(Action::Step(Step::Next)).unwrap();
    assert_eq!(next.selected, Some(2), "from a hidden event to the next shown one");
    assert_eq!(next.reduce(Action::Step(Step::Last)).unwrap().selected, Some(4));
    assert!(next.reduce(Action::Step(Step::Previous)).is_none(), "nothing shown before the first");
    assert_eq!(next.selected_event().map(|e| e.id.as_str()), Some("c"));
}

#[test]
fn zoom_pan_fit_and_frame_move_only_the_viewport() {
    let s = state();
    let zoomed = s.reduce(Action::Zoom(2.0, None)).unwrap();
    assert!((zoomed.view.width() - s.view.width() / 2.0).abs() < 1e-9);
    assert_eq!((zoomed.selected, &zoomed.filter), (s.selected, &s.filter));
    let panned = zoomed.reduce(Action::Pan(0.25)).unwrap();
    assert!(panned.view.start > zoomed.view.start);
    assert!(s.reduce(Action::Pan(-0.25)).is_none(), "a fitted view cannot pan past the start");
    assert_eq!(panned.reduce(Action::Fit).unwrap().view, Viewport::fit());
    assert!(s.reduce(Action::Fit).is_none());
    let framed = s.reduce(Action::Frame(0.2, 0.4)).unwrap();
    assert!(framed.view.start <= 0.2 && framed.view.end >= 0.4 && framed.view.width() < 1.0);
}

#[test]
fn the_filter_searches_dates_in_the_readers_language() {
    let s = state();
    let octobre = s.reduce(Action::Filter(Filter { query: "octobre".into(), ..Filter::default() })).unwrap();
    assert_eq!(*octobre.shown, [false, false, true, false, false]);
    let kind = s.reduce(Action::Filter(Filter { kind: Some(EventKind::Signing), ..Filter::default() })).unwrap();
    assert_eq!(kind.shown_count(), 1);
    assert!(kind.reduce(Action::Filter(kind.filter.clone())).is_none());
}

#[test]
fn reading_marks_change_only_when_the_list_does() {
    let s = state();
    let reading = s.reduce(Action::Reading(vec![1, 3])).unwrap();
    assert_eq!(*reading.reading, [1, 3]);
    assert!(reading.reduce(Action::Reading(vec![1, 3])).is_none());
    assert_eq!(reading.selected, None);
}

#[test]
fn a_new_language_filters_again_in_that_language() {
    let english = state().reduce(Action::Language(Lang::En)).unwrap();
    let searched = english.reduce(Action::Filter(Filter { query: "octobre".into(), ..Filter::default() })).unwrap();
    assert_eq!(searched.shown_count(), 0, "an English reader's dates say October");
    let french = searched.reduce(Action::Language(Lang::Fr)).unwrap();
    assert_eq!(*french.shown, [false, false, true, false, false]);
    assert!(french.reduce(Action::Language(Lang::Fr)).is_none());
}

#[test]
fn play_steps_through_the_shown_events_and_ends_on_the_last() {
    let s = state();
    assert!(s.reduce(Action::Tick).is_none(), "no step unless playing");
    assert!(s.reduce(Action::Stop).is_none());
    let mut p = s.reduce(Action::Play).unwrap();
    assert_eq!((p.selected, p.playing), (Some(0), true), "from the first event");
    let mut seen = vec![0];
    while p.playing {
        p = p.reduce(Action::Tick).unwrap();
        seen.push(p.selected.unwrap());
    }
    assert_eq!(seen, [0, 1, 2, 3, 4]);
    assert!(p.reduce(Action::Tick).is_none(), "ended");
    // Played again from the last event, it starts over; from the middle, it goes on.
    assert_eq!(p.reduce(Action::Play).unwrap().selected, Some(0));
    let middle = s.reduce(Action::Select(2)).unwrap().reduce(Action::Play).unwrap();
    assert_eq!((middle.selected, middle.reduce(Action::Tick).unwrap().selected), (Some(2), Some(3)));
    // A pause keeps the selection; a filter narrows what a play visits.
    let paused = middle.reduce(Action::Stop).unwrap();
    assert_eq!((paused.selected, paused.playing), (Some(2), false));
    let filtered = s.reduce(Action::Filter(Filter { query: "2024".into(), ..Filter::default() })).unwrap();
    let mut f = filtered.reduce(Action::Play).unwrap();
    let mut visited = vec![f.selected.unwrap()];
    while f.playing {
        f = f.reduce(Action::Tick).unwrap();
        visited.push(f.selected.unwrap());
    }
    assert_eq!(visited, [2, 3, 4]);
    let none = s.reduce(Action::Filter(Filter { query: "nothing at all".into(), ..Filter::default() })).unwrap();
    assert!(none.reduce(Action::Play).is_none(), "nothing to play");
}

/// [`state`] with a title slide.
fn titled() -> ViewState {
    let mut story = (*state().story).clone();
    story.title_slide = Some(crate::story::TitleSlide { color: Some("teal".into()), ..Default::default() });
    ViewState::new(Rc::new(story), None, Lang::En)
}

#[test]
fn the_title_slide_is_the_first_card() {
    let t = titled();
    assert!(t.on_title && t.selected.is_none(), "a titled story opens on its title");
    assert!(!ViewState::new(t.story.clone(), Some(2), Lang::En).on_title, "a deep link opens on its event");
    let first = t.reduce(Action::Step(Step::Next)).unwrap();
    assert_eq!((first.selected, first.on_title), (Some(0), false));
    let back = first.reduce(Action::Step(Step::Previous)).unwrap();
    assert_eq!((back.selected, back.on_title), (None, true), "before the first event, the title");
    assert!(back.reduce(Action::Step(Step::Previous)).is_none(), "nothing before the title");
    let home = t.reduce(Action::Select(3)).unwrap().reduce(Action::Step(Step::First)).unwrap();
    assert!(home.on_title);
    assert_eq!(t.reduce(Action::Step(Step::Last)).unwrap().selected, Some(4));
    // With a filter, the title comes before the first event it keeps.
    let f = t.reduce(Action::Filter(Filter { query: "2024".into(), ..Filter::default() })).unwrap();
    let kept_first = f.reduce(Action::Step(Step::Next)).unwrap();
    assert_eq!(kept_first.selected, Some(2));
    assert!(kept_first.reduce(Action::Step(Step::Previous)).unwrap().on_title);
    // Without a title slide, Previous on the first event stays there.
    let plain = state().reduce(Action::Select(0)).unwrap();
    assert!(plain.reduce(Action::Step(Step::Previous)).is_none());
}

#[test]
fn a_play_starts_on_the_title_slide() {
    let t = titled();
    let mut p = t.reduce(Action::Play).unwrap();
    assert!(p.playing && p.on_title);
    let mut seen = vec![None];
    while p.playing {
        p = p.reduce(Action::Tick).unwrap();
        seen.push(p.selected);
    }
    assert_eq!(seen, [None, Some(0), Some(1), Some(2), Some(3), Some(4)]);
    assert!(p.reduce(Action::Play).unwrap().on_title, "played again from the end, from the title");
    let middle = t.reduce(Action::Select(2)).unwrap().reduce(Action::Play).unwrap();
    assert_eq!((middle.selected, middle.on_title), (Some(2), false), "from the middle, it goes on");
}

#[test]
fn keys_map_to_actions() {
    assert_eq!(Action::from_key("ArrowDown"), Some(Action::Step(Step::Next)));
    assert_eq!(Action::from_key("Home"), Some(Action::Step(Step::First)));
    assert_eq!(Action::from_key("+"), Some(Action::Zoom(2.0, None)));
    assert_eq!(Action::from_key("-"), Some(Action::Zoom(0.5, None)));
    assert_eq!(Action::from_key("a"), None);
}

#[test]
fn a_deep_link_past_the_end_selects_nothing() {
    let s = state();
    let story = s.story.clone();
    assert_eq!(ViewState::new(story.clone(), Some(9), Lang::En).selected, None);
    assert_eq!(ViewState::new(story, Some(1), Lang::En).selected, Some(1));
}

#[test]
fn an_axis_built_beforehand_gives_the_same_view_and_a_wrong_one_is_rebuilt() {
    let s = state();
    let grouped = |n: usize| {
        let events = (0..n).map(|i| Event { group: Some(format!("g{}", i % 3)), ..s.story.events[i % 5].clone() }).map(|e| Event { id: format!("{}-{}", e.id, e.group.clone().unwrap_or_default()), ..e });
        Rc::new(Story::of_events("t", events.collect()))
    };
    let story = grouped(5);
    let ahead = ViewState::with_axis(story.clone(), Rc::new(ViewState::axis_of(&story)), Some(2), Lang::Fr);
    let built = ViewState::new(story.clone(), Some(2), Lang::Fr);
    let places = |v: &ViewState| (0..v.story.events.len()).map(|i| v.axis.x(i)).collect::<Vec<_>>();
    assert_eq!(places(&ahead), places(&built));
    assert!(ahead == built && ahead.selected == Some(2));
    // Each group is its own row, numbered in order of first appearance.
    let track = crate::timeline::layout::Track { width: 1000.0, min_gap: 22.0, lanes: 3, tick_spacing: 90.0 };
    let rows: Vec<usize> = ahead.axis.layout(ahead.view, &track, None, None).markers.iter().map(|m| m.row).collect();
    assert_eq!(rows.iter().max(), Some(&2));
    // Built in steps of any size, the axis is the same.
    for step in [1, 2, 4, 5, 9] {
        let mut builder = AxisBuilder::new(&story);
        let steps = std::iter::repeat_with(|| builder.step(step)).take_while(|done| !done).count();
        assert_eq!(steps, 4 / step, "step {step}");
        let stepped = ViewState::with_axis(story.clone(), Rc::new(builder.finish()), Some(2), Lang::Fr);
        assert_eq!(places(&stepped), places(&built), "step {step}");
    }
    // An axis of a story with another number of events is not used.
    let other = grouped(4);
    let mismatched = ViewState::with_axis(story.clone(), Rc::new(ViewState::axis_of(&other)), None, Lang::Fr);
    assert_eq!((mismatched.axis.len(), places(&mismatched)), (5, places(&built)));
}
