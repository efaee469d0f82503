//! Shared pieces of the end-to-end tests: a static server for `dist/` with the
//! production CSP, and a minimal WebDriver client for chromedriver.
#![allow(dead_code)]

pub mod server;
pub mod webdriver;
pub mod xss;

use std::collections::HashMap;
use std::path::PathBuf;

/// True once the page contract's `data-ready` is set: the events are in the DOM.
pub const READY: &str = "return document.querySelector('#timeline-root[data-ready=\"true\"]') !== null";

pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where tests leave screenshots and browser profiles.
pub fn artifacts_dir() -> PathBuf {
    let dir = project_dir().join("target").join("e2e");
    std::fs::create_dir_all(&dir).expect("target/e2e can be created");
    dir
}

/// The release build the end-to-end tests serve.
pub fn dist() -> PathBuf {
    let dist = project_dir().join("dist");
    assert!(dist.join("index.html").exists(), "no dist/index.html: run `trunk build index.html --release` first");
    dist
}

/// The TimelineJS3 corpus (tests/data/tljs/) as server fixtures at
/// `/fixtures/tljs/NAME`. The server takes text: the Latin-1 file is left
/// out here and read by the native corpus test.
pub fn tljs_fixtures() -> HashMap<String, String> {
    let dir = project_dir().join("tests/data/tljs");
    let files = std::fs::read_dir(&dir).expect("the corpus is in the repository").filter_map(|f| {
        let path = f.ok()?.path();
        let text = std::fs::read_to_string(&path).ok()?;
        Some((format!("/fixtures/tljs/{}", path.file_name()?.to_str()?), text))
    });
    files.collect()
}
