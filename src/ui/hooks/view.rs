//! The shared view state, as Yew sees it: a thin [`Reducible`] around the
//! pure [`ViewState`] (whose reducer lives in `timeline::view`, tested
//! natively), published by `StoryView` through two contexts:
//!
//! - [`use_view`] gives the whole state; a component that calls it re-renders
//!   on every change (the timeline and its track, which draw the viewport).
//! - [`use_dispatch`] gives only the dispatcher, which never changes; a
//!   component that calls it re-renders only when its own props change (the
//!   reader, the tracker, the card), so a zoom or a pan leaves them alone.

use crate::timeline::view::{Action, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// An `Rc` compared by identity: props that would otherwise compare
/// thousands of events on every render.
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

impl<T> std::ops::Deref for ByPtr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Clone, PartialEq)]
pub struct View(pub ViewState);

impl std::ops::Deref for View {
    type Target = ViewState;
    fn deref(&self) -> &ViewState {
        &self.0
    }
}

impl Reducible for View {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.reduce(action) {
            Some(next) => Rc::new(View(next)),
            // The same Rc: Yew re-renders nothing.
            None => self,
        }
    }
}

pub type ViewHandle = UseReducerHandle<View>;
pub type Dispatch = UseReducerDispatcher<View>;

/// The whole view state (re-renders the caller on every change).
#[hook]
pub fn use_view() -> ViewHandle {
    use_context::<ViewHandle>().expect("use_view inside StoryView")
}

/// The dispatcher alone (never re-renders the caller).
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().expect("use_dispatch inside StoryView")
}
