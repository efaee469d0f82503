//! Datelines turns news text into a timeline whose every event points back to
//! the sentence it came from.
//!
//! The data flows one way, and the modules follow it:
//!
//! 1. [`corpus`] reads an article as published (raw text with site chrome) into
//!    an [`corpus::Article`]: title, byline, sections, sentences with byte spans.
//! 2. [`extract`] finds the temporal expressions in those sentences, resolves them
//!    against the publication date and builds [`extract::Event`]s with provenance.
//! 3. [`timeline`] holds the pure logic the views need (ordering, selection).
//! 4. [`interop`] reads and writes TimelineJS3 JSON, the format newsrooms already have.
//! 5. `ui` (wasm only) renders that state with Yew; it holds no logic of its own.
//!
//! Everything but `ui` is plain Rust, tested natively with `cargo test`.

pub mod calendar;
pub mod corpus;
pub mod embed;
pub mod extract;
pub mod i18n;
pub mod interop;
pub mod params;
pub mod ratification;
pub mod story;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod ui;
