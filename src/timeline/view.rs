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

/// [`ViewState::axis_of`] in steps: the layout items of a given number of
/// events at a time, then the axis itself (its scale and sort, one piece).
/// Each half is tens of milliseconds at 200,000 events.
pub struct AxisBuilder<'a> {
    story: &'a Story,
    /// Each group's row, by name, not by a search of the list for each
    /// event: a file may have as many groups as events.
    rows: std::collections::HashMap<String, usize>,
    unit: Unit,
    items: Vec<Item>,
}

impl<'a> AxisBuilder<'a> {
    pub fn new(story: &'a Story) -> AxisBuilder<'a> {
        let rows = story.groups().into_iter().enumerate().map(|(i, g)| (g, i)).collect();
        AxisBuilder { story, rows, unit: Unit::of(story), items: Vec::with_capacity(story.events.len()) }
    }

    /// The items of up to `events` more events; `true` once every event has one.
    pub fn step(&mut self, events: usize) -> bool {
        let all = &self.story.events;
        let to = self.items.len().saturating_add(events).min(all.len());
        for e in &all[self.items.len()..to] {
            let row = e.group.as_ref().and_then(|g| self.rows.get(g).copied()).unwrap_or(0);
            self.items.push(Item::of(e, row, self.unit));
        }
        to == all.len()
    }

    /// The axis, with the items of the events no step reached.
    pub fn finish(mut self) -> Axis {
        self.step(usize::MAX);
        Axis::new(self.items, self.unit)
    }
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
        let axis = Rc::new(ViewState::axis_of(&story));
        ViewState::with_axis(story, axis, selected, lang)
    }

    /// The axis of `story`'s events: the part of a view state whose cost
    /// grows with the story (a pass over the events and a sort), which a page
    /// reading a large story builds in a task of its own.
    pub fn axis_of(story: &Story) -> Axis {
        AxisBuilder::new(story).finish()
    }

    /// [`ViewState::new`] with the axis built beforehand ([`ViewState::axis_of`]).
    pub fn with_axis(story: Rc<Story>, axis: Rc<Axis>, selected: Option<usize>, lang: Lang) -> ViewState {
        // An axis without one item per event is not this story's.
        let axis = if axis.len() == story.events.len() { axis } else { Rc::new(ViewState::axis_of(&story)) };
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
mod tests;
