//! Which event is selected: the one piece of state the timeline and the reader share.

use crate::timeline::{step, Step};
use std::rc::Rc;
use yew::Reducible;

pub enum Action {
    Select(usize),
    Step(Step),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub selected: Option<usize>,
    pub len: usize,
}

impl Selection {
    pub fn new(len: usize) -> Self {
        Selection { selected: None, len }
    }
}

impl Reducible for Selection {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let selected = match action {
            Action::Select(i) if i < self.len => Some(i),
            Action::Select(_) => self.selected,
            Action::Step(s) => step(self.selected, self.len, s),
        };
        if selected == self.selected {
            self
        } else {
            Rc::new(Selection { selected, len: self.len })
        }
    }
}
