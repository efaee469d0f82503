//! Datelines turns news text into a timeline whose every event points back to
//! the sentence it came from.
//!
//! The data flows one way, and the modules follow it (`docs/architecture.md`
//! draws the tree):
//!
//! 1. [`calendar`] and [`story`] are the ground floor: dates, month names and
//!    languages; the domain ([`story::Story`], [`story::Event`],
//!    [`story::Article`]). The domain imports nothing above the calendar.
//! 2. [`corpus`] reads an article as published (raw text with site chrome)
//!    into a [`story::Article`]: title, byline, sections, sentences with byte spans.
//! 3. [`extract`] finds the temporal expressions in those sentences, resolves
//!    them against the publication date and builds [`story::Event`]s with
//!    provenance; [`pipeline::read_story`] runs 2 and 3 on a text.
//! 4. [`ratification`] reads where a treaty stands from a story's events.
//! 5. [`timeline`] is the pure logic the views need: the axis, zoom and pan,
//!    layout, filters and queries, and the view state with its reducer
//!    ([`timeline::view`]).
//! 6. [`interop`] reads and writes TimelineJS3 JSON and CSV and TempEval-3 TimeML,
//!    and a whole story as the data of a prerendered page; JSON itself is
//!    [`interop::json`], without dependencies.
//! 7. [`i18n`], [`params`], [`embed`] and [`load`]: interface text, the page's
//!    options, the host-page protocols and what can go wrong loading a story.
//! 8. [`ui`] renders that state with Yew: in the browser, and natively at
//!    build time, to prerender pages the browser then hydrates. It holds no
//!    logic of its own.
//!
//! Everything but `ui` is plain Rust, tested natively with `cargo test`.

pub mod calendar;
pub mod corpus;
pub mod embed;
pub mod extract;
pub mod i18n;
pub mod interop;
pub mod load;
pub mod params;
pub mod pipeline;
pub mod ratification;
pub mod story;
pub mod timeline;
pub mod ui;
