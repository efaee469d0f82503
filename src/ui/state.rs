//! The state the timeline, the controls, the card and the reader share, and
//! the actions that change it. The reducer only calls the pure `timeline`
//! functions: what a step, a zoom or a filter does is tested natively there.

use crate::story::Story;
use crate::timeline::filter::Filter;
use crate::timeline::layout::{Axis, Item};
use crate::timeline::viewport::Viewport;
use crate::timeline::{step_among, Step};
use std::rc::Rc;
use yew::Reducible;

/// An `Rc` compared by identity: hook dependencies and props that would
/// otherwise compare thousands of events on every render.
pub struct ByPtr<T>(pub Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

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
}

#[derive(Clone)]
pub struct ViewState {
    pub story: Rc<Story>,
    pub axis: Rc<Axis>,
    pub selected: Option<usize>,
    pub view: Viewport,
    pub filter: Filter,
    /// One flag per event: kept by the filter.
    pub shown: Rc<Vec<bool>>,
    pub reading: Rc<Vec<usize>>,
}

impl PartialEq for ViewState {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.story, &o.story)
            && self.selected == o.selected
            && self.view == o.view
            && self.filter == o.filter
            && self.reading == o.reading
    }
}

impl ViewState {
    pub fn new(story: Rc<Story>, selected: Option<usize>) -> ViewState {
        let groups = story.groups();
        let items = story
            .events
            .iter()
            .map(|e| Item::of(e, e.group.as_ref().and_then(|g| groups.iter().position(|x| x == g)).unwrap_or(0)))
            .collect();
        let axis = Rc::new(Axis::new(items));
        let shown = Rc::new(vec![true; story.events.len()]);
        ViewState { story, axis, selected, view: Viewport::fit(), filter: Filter::default(), shown, reading: Rc::default() }
    }

    fn select(&self, i: Option<usize>) -> ViewState {
        let view = match i.and_then(|i| self.axis.x(i)) {
            Some(x) => self.view.reveal(x),
            None => self.view,
        };
        ViewState { selected: i, view, ..self.clone() }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Select(i) if i < self.story.events.len() => self.select(Some(i)),
            Action::Select(_) => return self,
            Action::Step(s) => self.select(step_among(self.selected, &self.shown, s)),
            Action::Zoom(factor, anchor) => {
                let anchor = anchor.unwrap_or((self.view.start + self.view.end) / 2.0);
                ViewState { view: self.view.zoom(factor, anchor), ..(*self).clone() }
            }
            Action::Pan(share) => ViewState { view: self.view.pan(share * self.view.width()), ..(*self).clone() },
            Action::Fit => ViewState { view: Viewport::fit(), ..(*self).clone() },
            Action::Frame(a, b) => ViewState { view: Viewport::frame(a, b), ..(*self).clone() },
            Action::Filter(filter) => {
                let shown = Rc::new(filter.apply(&self.story.events));
                ViewState { filter, shown, ..(*self).clone() }
            }
            Action::Reading(list) if *self.reading == list => return self,
            Action::Reading(list) => ViewState { reading: Rc::new(list), ..(*self).clone() },
        };
        if next == *self { self } else { Rc::new(next) }
    }
}
