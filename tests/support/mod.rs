//! Shared pieces of the end-to-end tests: a static server for `dist/` with the
//! production CSP, and a minimal WebDriver client for chromedriver.
#![allow(dead_code)]

pub mod server;
pub mod webdriver;
pub mod xss;

use std::path::PathBuf;

pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where tests leave screenshots and browser profiles.
pub fn artifacts_dir() -> PathBuf {
    let dir = project_dir().join("target").join("e2e");
    std::fs::create_dir_all(&dir).expect("target/e2e can be created");
    dir
}
