//! Reading the story the importer's worker sent back (the page's own format,
//! `interop::story_data`) in slices: a few thousand events, then a turn for
//! the browser, then on. At 200,000 events the decoding alone was a task of
//! several hundred milliseconds in which the page answered nothing; in
//! slices it is many short tasks, and the page says how far it is.

use crate::interop::story_data::{Decoder, Progress, StoryDataError};
use crate::story::Story;
use gloo::timers::future::TimeoutFuture;

/// Events decoded between two looks at the clock.
const BATCH: usize = 500;
/// How long a slice runs before the browser gets its turn: well under the
/// 50 ms a long task starts at on a fast machine, so that a slow one stays
/// under 200 ms.
const SLICE_MS: f64 = 25.0;
/// How often the progress is told (a `role="status"` that changed at every
/// slice would be read out all the time).
const REPORT_MS: f64 = 250.0;

/// `data` decoded, slice by slice; `progress` hears how far it is now and then.
pub async fn decode(data: &str, progress: &dyn Fn(Progress)) -> Result<Story, StoryDataError> {
    let mut decoder = Decoder::new(data);
    let mut reported = js_sys::Date::now();
    loop {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < SLICE_MS {
            if let Some(story) = decoder.step(BATCH)? {
                return Ok(story);
            }
        }
        if js_sys::Date::now() - reported >= REPORT_MS {
            reported = js_sys::Date::now();
            progress(decoder.progress());
        }
        TimeoutFuture::new(0).await;
    }
}
