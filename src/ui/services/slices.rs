//! Reading the story the importer's worker sent back (the page's own format,
//! `interop::story_data`) in slices: a few thousand events, then a turn for
//! the browser, then on. At 200,000 events the decoding alone was a task of
//! several hundred milliseconds in which the page answered nothing; in
//! slices it is many short tasks, and the page says how far it is. What the
//! view then builds from the whole story (its axis) is sliced too.

use crate::interop::story_data::{Decoder, Progress, StoryDataError};
use crate::story::Story;
use crate::timeline::layout::Axis;
use crate::timeline::view::AxisBuilder;
use gloo::timers::future::TimeoutFuture;
use std::rc::Rc;

/// Events decoded between two looks at the clock.
const BATCH: usize = 500;
/// Events placed on the axis between two looks at the clock (placing one is
/// a few times quicker than decoding it).
const ITEMS: usize = 2000;
/// How long a slice runs before the browser gets its turn: well under the
/// 50 ms a long task starts at on a fast machine, so that a slow one stays
/// under 200 ms.
const SLICE_MS: f64 = 25.0;
/// How often the progress is told: at the first pause, then at most once a
/// second (a `role="status"` is read out at each change, and one that
/// changed at every slice would keep a screen reader talking).
const REPORT_MS: f64 = 1000.0;

/// `data` decoded, slice by slice; `progress` hears how far it is now and then.
pub async fn decode(data: &str, progress: &dyn Fn(Progress)) -> Result<Story, StoryDataError> {
    let mut decoder = Decoder::new(data);
    let mut reported = f64::NEG_INFINITY;
    loop {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < SLICE_MS {
            if let Some(story) = decoder.step(BATCH)? {
                next_task().await;
                return Ok(story);
            }
        }
        if js_sys::Date::now() - reported >= REPORT_MS {
            reported = js_sys::Date::now();
            progress(decoder.progress());
        }
        next_task().await;
    }
}

/// The view's axis of `story` (`ViewState::axis_of`): its items in slices,
/// then the axis in a task of its own; the first render follows in the next.
pub async fn axis(story: &Story) -> Rc<Axis> {
    let mut builder = AxisBuilder::new(story);
    loop {
        let start = js_sys::Date::now();
        let mut done = false;
        while !done && js_sys::Date::now() - start < SLICE_MS {
            done = builder.step(ITEMS);
        }
        next_task().await;
        if done {
            break;
        }
    }
    let axis = Rc::new(builder.finish());
    next_task().await;
    axis
}

/// Lets the browser run what waits (input, paint) before going on.
async fn next_task() {
    TimeoutFuture::new(0).await;
}
