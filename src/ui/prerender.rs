//! Build-time pages (native only): each embedded article rendered to HTML by
//! Yew's server renderer, written into a Trunk build with its story as data.
//! `bin/prerender.rs` calls [`write_pages`]; the browser hydrates what it
//! wrote (`ui::start`).

use super::app::{App, AppProps};
use crate::corpus::embedded;
use crate::load::{load_embedded, Loaded, PAGE_DATA_ID};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where the app's HTML goes in Trunk's `index.html`.
const MOUNT: &str = "<div id=\"app\"></div>";

/// The page of article `name`: `template` (Trunk's index.html) with the
/// rendered app in its mount point, the story as data after it, and the
/// story's title in `<title>`.
pub fn render_page(template: &str, name: &str, names: &[&str]) -> Result<String, String> {
    if !template.contains(MOUNT) {
        return Err(format!("the page has no {MOUNT} to render into"));
    }
    let loaded = load_embedded(Some(name)).map_err(|e| format!("{name}: {}", crate::i18n::load_error(crate::i18n::Lang::En, &e)))?;
    let data = crate::interop::story_data::encode(&loaded.story);
    let title = loaded.story.title.clone();
    // The server renderer wants props it can build on its own thread: the
    // story itself, not the Rc the loader shares it by.
    let story = std::rc::Rc::try_unwrap(loaded.story).unwrap_or_else(|shared| (*shared).clone());
    let (article, articles) = (name.to_string(), names.iter().map(|n| n.to_string()).collect());
    // The same props the browser will hydrate with (`ui::start` reads them back from the page).
    let html = futures::executor::block_on(
        yew::ServerRenderer::<App>::with_props(move || AppProps {
            loaded: Some(Rc::new(Loaded { story: Rc::new(story), skipped: Vec::new() })),
            article: Some(article),
            articles,
            params: None,
        })
        .render(),
    );
    let block = format!(
        "<script type=\"application/json\" id=\"{PAGE_DATA_ID}\" data-article=\"{}\" data-articles=\"{}\">{data}</script>",
        escape(name),
        escape(&names.join(" ")),
    );
    let page = template
        .replacen(MOUNT, &format!("<div id=\"app\">{html}</div>\n{block}"), 1)
        .replacen("<title>Datelines</title>", &format!("<title>{} · Datelines</title>", escape(&title)), 1);
    Ok(page)
}

/// Writes every article's page into `dist` (the first one also as
/// `index.html`) and returns the paths written.
pub fn write_pages(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let index = dist.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let names: Vec<&str> = embedded().iter().map(|t| t.name).collect();
    let mut written = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let page = render_page(&template, name, &names)?;
        let mut targets = vec![dist.join(format!("{name}.html"))];
        if i == 0 {
            targets.push(index.clone());
        }
        for path in targets {
            std::fs::write(&path, &page).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// Text safe inside an HTML attribute or element.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::interop::sanitize::escape(s, &mut out);
    out
}
