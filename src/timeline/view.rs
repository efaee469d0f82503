//! The view state the timeline, the controls, the card and the reader share,
//! the [`Action`]s that change it and the reducer that applies them. Plain
//! Rust: the UI wraps it in a Yew `Reducible` and sends actions; what an
//! action does is tested here, natively.

use super::filter::Filter;
use super::layout::{Axis, Item};
use super::scale::Unit;
use super::viewport::Viewport;
use super::{step_among, Step};
use crate::calendar::Lang;
use crate::story::{Event, Story};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Select(usize),
    Step(Step),
    /// Zoom by a factor (> 1 in) around an axis point (the view's middle when `None`).
    Zoom(f64, Option<f64>),
    /// Pan by a share of the view's width.
    Pan(f64),
    Fit,
    /// Show the axis span `[a, b]`.
    Frame(f64, f64),
    Filter(Filter),
    /// Events whose sentences the reader has in view.
    Reading(Vec<usize>),
    /// The reader's language changed (the search matches dates in it).
    Language(Lang),
    /// Play: step through the shown events on a timer, from the selection
    /// (or the first, when none is selected or the last is).
    Play,
    /// The timer's step while playing; the last event ends the play.
    Tick,
    /// Pause (any input from the reader stops a play).
    Stop,
}

impl Action {
    /// The action a key asks for on the timeline, if any.
    pub fn from_key(key: &str) -> Option<Action> {
        Some(match key {
            "ArrowRight" | "ArrowDown" => Action::Step(Step::Next),
            "ArrowLeft" | "ArrowUp" => Action::Step(Step::Previous),
            "Home" => Action::Step(Step::First),
            "End" => Action::Step(Step::Last),
            "+" | "=" => Action::Zoom(2.0, None),
            "-" | "_" => Action::Zoom(0.5, None),
            _ => return None,
        })
    }
}

#[derive(Clone)]
pub struct ViewState {
    /// Shared with the components by identity: never copied, never compared by content.
    pub story: Rc<Story>,
    pub axis: Rc<Axis>,
    /// The reader's language: the search matches dates as it writes them.
    pub lang: Lang,
    pub selected: Option<usize>,
    pub view: Viewport,
    pub filter: Filter,
    /// One flag per event: kept by the filter.
    pub shown: Rc<Vec<bool>>,
    /// Events whose sentences are on screen, sorted.
    pub reading: Rc<Vec<usize>>,
    /// Stepping through the events on a timer.
    pub playing: bool,
    /// The story's title slide is the card shown (nothing selected): the
    /// first card, before the first event, as TimelineJS3 shows it.
    pub on_title: bool,
}

impl PartialEq for ViewState {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.story, &o.story)
            && self.lang == o.lang
            && self.selected == o.selected
            && self.view == o.view
            && self.filter == o.filter
            && self.reading == o.reading
            && self.playing == o.playing
            && self.on_title == o.on_title
    }
}

impl ViewState {
    pub fn new(story: Rc<Story>, selected: Option<usize>, lang: Lang) -> ViewState {
        let groups = story.groups();
        let unit = Unit::of(&story);
        let items = story
            .events
            .iter()
            .map(|e| Item::of(e, e.group.as_ref().and_then(|g| groups.iter().position(|x| x == g)).unwrap_or(0), unit))
            .collect();
        let axis = Rc::new(Axis::new(items, unit));
        let shown = Rc::new(vec![true; story.events.len()]);
        let selected = selected.filter(|i| *i < story.events.len());
        // A timeline with a title slide opens on it, unless a link names an event.
        let on_title = selected.is_none() && story.title_slide.is_some();
        ViewState { story, axis, lang, selected, view: Viewport::fit(), filter: Filter::default(), shown, reading: Rc::default(), playing: false, on_title }
    }

    pub fn selected_event(&self) -> Option<&Event> {
        self.selected.and_then(|i| self.story.events.get(i))
    }

    pub fn shown_count(&self) -> usize {
        self.shown.iter().filter(|s| **s).count()
    }

    fn select(&self, i: Option<usize>) -> ViewState {
        let view = match i.and_then(|i| self.axis.x(i)) {
            Some(x) => self.view.reveal(x),
            None => self.view,
        };
        ViewState { selected: i, view, on_title: false, ..self.clone() }
    }

    fn has_title(&self) -> bool {
        self.story.title_slide.is_some()
    }

    fn to_title(&self) -> ViewState {
        ViewState { selected: None, on_title: true, ..self.clone() }
    }

    fn first_shown(&self) -> Option<usize> {
        step_among(None, &self.shown, Step::First)
    }

    /// A step among the cards: the title slide (when the story has one)
    /// comes before the first shown event; Home goes to it.
    fn step(&self, s: Step) -> ViewState {
        if self.has_title() {
            let shown_before = |i: usize| self.shown[..i.min(self.shown.len())].iter().any(|k| *k);
            match (s, self.selected) {
                (Step::First, _) => return self.to_title(),
                (Step::Previous, Some(i)) if !shown_before(i) => return self.to_title(),
                (Step::Previous, None) if self.on_title => return self.clone(),
                (Step::Next, None) if self.on_title && self.first_shown().is_none() => return self.clone(),
                _ => {}
            }
        }
        self.select(step_among(self.selected, &self.shown, s))
    }

    /// The state after `action`, or `None` when nothing the views show changes
    /// (so that nothing re-renders).
    pub fn reduce(&self, action: Action) -> Option<ViewState> {
        let next = match action {
            Action::Select(i) if i < self.story.events.len() => self.select(Some(i)),
            Action::Select(_) => return None,
            Action::Step(s) => self.step(s),
            Action::Zoom(factor, anchor) => {
                let anchor = anchor.unwrap_or((self.view.start + self.view.end) / 2.0);
                ViewState { view: self.view.zoom(factor, anchor), ..self.clone() }
            }
            Action::Pan(share) => ViewState { view: self.view.pan(share * self.view.width()), ..self.clone() },
            Action::Fit => ViewState { view: Viewport::fit(), ..self.clone() },
            Action::Frame(a, b) => ViewState { view: Viewport::frame(a, b), ..self.clone() },
            Action::Filter(filter) => {
                let shown = Rc::new(filter.apply(&self.story.events, self.lang));
                ViewState { filter, shown, ..self.clone() }
            }
            Action::Reading(list) => ViewState { reading: Rc::new(list), ..self.clone() },
            Action::Language(lang) => {
                let shown = Rc::new(self.filter.apply(&self.story.events, lang));
                ViewState { lang, shown, ..self.clone() }
            }
            Action::Play => {
                let last = step_among(None, &self.shown, Step::Last);
                let current = self.selected.filter(|i| self.shown.get(*i).copied().unwrap_or(false));
                let over = current.is_none() || current == last;
                match self.first_shown() {
                    None => return None,
                    // A play starts on the title slide, as the timeline does.
                    Some(_) if self.has_title() && (self.on_title || over) => ViewState { playing: true, ..self.to_title() },
                    Some(first) => ViewState { playing: true, ..self.select(if over { Some(first) } else { current }) },
                }
            }
            Action::Tick if self.playing => match step_among(self.selected, &self.shown, Step::Next) {
                Some(i) if Some(i) != self.selected => {
                    let next = self.select(Some(i));
                    // Nothing after it: the play ends on the last event.
                    let more = step_among(Some(i), &self.shown, Step::Next).is_some_and(|j| j != i);
                    ViewState { playing: more, ..next }
                }
                _ => ViewState { playing: false, ..self.clone() },
            },
            Action::Tick | Action::Stop => ViewState { playing: false, ..self.clone() },
        };
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
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
}
