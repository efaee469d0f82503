//! Hydration in slices. Yew hydrates a page in one pass, inside one task;
//! on a phone's CPU the whole page is a task of several hundred
//! milliseconds in which a tap gets no answer. A `Deferred` subtree is
//! hydrated in a task of its own instead: its first render in the browser
//! suspends until a zero-delay timer fires, and Yew keeps the prerendered
//! nodes on screen meanwhile (a suspended `Suspense` shows the server's
//! fragment while its children hydrate a copy, then swaps the two, which
//! are identical). Timers with equal delays fire in the order they were
//! set, so the slices hydrate in document order, each between two chances
//! for the page to answer input.
//!
//! Only the browser's first pass waits: the server renders at once (a
//! suspension there would stall the build), and a subtree mounted after the
//! page settled renders at once too, unless it is marked `always` (a large
//! story's tracker).

use crate::ui::hooks::Settled;
use yew::prelude::*;
use yew::suspense::Suspension;

#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    pub children: Html,
    /// Waits even after the page settled, for a task after the next: a part
    /// whose first render is long on a large story, kept out of the task of
    /// the others and out of the next one too, where Yew runs the renders
    /// the first one asked for (the track's, once it has measured its width).
    #[prop_or_default]
    pub always: bool,
}

/// Hydrates `children` in a task of their own (see the module).
#[function_component]
pub fn Deferred(props: &DeferredProps) -> Html {
    html! {
        <Suspense fallback={Html::default()}>
            <Gate always={props.always}>{ props.children.clone() }</Gate>
        </Suspense>
    }
}

#[function_component]
fn Gate(props: &DeferredProps) -> HtmlResult {
    // Outside an `App` (a component mounted alone) nothing hydrates.
    let settled = use_context::<Settled>().is_none_or(|s| s.0);
    // One suspension for the whole wait, however often the parent re-renders meanwhile.
    let pending = use_mut_ref(|| None::<Suspension>);
    let open = use_state(|| (settled && !props.always) || !cfg!(target_arch = "wasm32"));
    if *open {
        return Ok(props.children.clone());
    }
    let turns = if settled { 2 } else { 1 };
    let suspension = pending.borrow_mut().get_or_insert_with(|| wait_tasks(open.setter(), turns)).clone();
    Err(suspension.into())
}

/// A suspension that ends in a task of its own, `turns` slices from now (and opens the gate).
fn wait_tasks(open: UseStateSetter<bool>, turns: usize) -> Suspension {
    let (suspension, handle) = Suspension::new();
    fn after(turns: usize, f: Box<dyn FnOnce()>) {
        if turns <= 1 {
            after_slices(f);
        } else {
            after_slices(move || after(turns - 1, f));
        }
    }
    after(
        turns,
        Box::new(move || {
            open.set(true);
            handle.resume();
        }),
    );
    suspension
}

/// Runs `f` in a task of its own once every slice asked for before it has
/// hydrated: on the server, at once.
pub fn after_slices(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    slices::push(Box::new(f));
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// The queue of waiting slices, one per task. Zero-delay timers set at
/// once may all run in one task (Chromium runs the timers that are due
/// together), so the next timer is set only when the previous slice ran.
#[cfg(target_arch = "wasm32")]
mod slices {
    use std::cell::RefCell;
    use std::collections::VecDeque;

    type Slice = Box<dyn FnOnce()>;

    thread_local! {
        static QUEUE: RefCell<(VecDeque<Slice>, bool)> = RefCell::new((VecDeque::new(), false));
    }

    pub fn push(f: Slice) {
        let start = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            q.0.push_back(f);
            !std::mem::replace(&mut q.1, true)
        });
        if start {
            next();
        }
    }

    fn next() {
        gloo::timers::callback::Timeout::new(0, || {
            let (slice, more) = QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                let slice = q.0.pop_front();
                q.1 = !q.0.is_empty();
                (slice, q.1)
            });
            if let Some(slice) = slice {
                slice();
            }
            if more {
                next();
            }
        })
        .forget();
    }
}
