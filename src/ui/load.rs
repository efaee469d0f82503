//! Where the story comes from: an embedded article, or a TimelineJS3 file
//! named by `?data=URL`. Every failure becomes a sentence a reader can act on.

use crate::corpus::embedded;
use crate::interop::timelinejs;
use crate::story::Story;
use gloo::net::http::Request;

/// What the page's address asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded(Option<String>),
    Data(String),
}

impl Origin {
    pub fn from_location() -> Origin {
        let search = gloo::utils::window().location().search().unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
        let get = |k: &str| params.as_ref().and_then(|p| p.get(k)).filter(|v| !v.trim().is_empty());
        match get("data") {
            Some(url) => Origin::Data(url),
            None => Origin::Embedded(get("article")),
        }
    }
}

/// A story ready to show, with any notice about parts that could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub story: Story,
    pub notice: Option<String>,
}

pub fn load_embedded(name: Option<&str>) -> Result<Loaded, String> {
    let all = embedded();
    let text = match name {
        None => all[0],
        Some(n) => *all.iter().find(|t| t.name == n).ok_or_else(|| {
            let names: Vec<_> = all.iter().map(|t| t.name).collect();
            format!("There is no article named “{n}”. Available: {}.", names.join(", "))
        })?,
    };
    let story = Story::from_text(text.text).map_err(|e| format!("The article “{}” could not be read: {e}.", text.name))?;
    Ok(Loaded { story, notice: None })
}

pub async fn load_data(url: &str) -> Result<Loaded, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("Could not load the timeline data from {url}: the request failed ({e})."))?;
    if !response.ok() {
        return Err(format!(
            "Could not load the timeline data from {url}: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let text = response
        .text()
        .await
        .map_err(|e| format!("Could not read the timeline data from {url}: {e}."))?;
    let imported = timelinejs::import(&text).map_err(|e| format!("Could not read the timeline data from {url}: {e}."))?;
    let notice = (!imported.skipped.is_empty()).then(|| {
        format!("{} event(s) in the file could not be shown: {}.", imported.skipped.len(), imported.skipped.join("; "))
    });
    Ok(Loaded { story: imported.story, notice })
}
