//! Hooks: the page's context (options, language), the shared view state,
//! layout queries, what the reader is reading, and speaking to a host page.

mod color;
mod context;
mod host;
mod media;
mod reading;
mod view;

#[cfg(target_arch = "wasm32")]
pub use context::page_lang;
pub use color::use_data_color;
pub use context::{current_params, lang_of, use_file_opener, use_lang, use_params, use_settled, FileOpener, Settled};
pub use host::{announce_event, use_host_height};
pub use media::{use_media, use_width};
pub use reading::{use_reading_watch, ReadingWatch};
pub use view::{use_dispatch, use_view, ByPtr, Dispatch, View, ViewHandle};
