//! `prerender DIST`: turns a Trunk build into pages that read before the
//! WebAssembly arrives. For every embedded article it extracts the story
//! (the tagger runs here, at build time, and never in the browser), renders
//! the app to HTML with Yew's server renderer, and writes the page: the first
//! article as `DIST/index.html`, every article as `DIST/NAME.html`. Each page
//! carries its story as a data block (`<script type="application/json">`,
//! which no policy treats as script) that the browser decodes to hydrate.
//!
//! Trunk runs it after every build (`Trunk.toml`, post_build hook, with
//! `TRUNK_STAGING_DIR`), so every way of building gives the same pages.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(dist) = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()) else {
        eprintln!("usage: prerender DIST (or TRUNK_STAGING_DIR set)");
        return std::process::ExitCode::from(2);
    };
    match datelines::ui::prerender::write_pages(std::path::Path::new(&dist)) {
        Ok(pages) => {
            for p in pages {
                eprintln!("prerender: {}", p.display());
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
