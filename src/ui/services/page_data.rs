//! The story a prerendered page carries: a `<script type="application/json">`
//! block the build writes after the app (`ui::prerender`), read once at start.

use crate::load::Loaded;
use std::rc::Rc;

/// What the page was built with.
pub struct PageData {
    /// `None` when the block could not be decoded (the page then says why),
    /// or was not asked for.
    pub loaded: Option<Rc<Loaded>>,
    /// The article this page shows, and every article the build has a page for.
    pub article: String,
    pub articles: Vec<String>,
}

/// The page's block; its story only when `with_story` (a `?data=` page
/// shows another, and decoding this one would only delay it).
pub fn read(document: &web_sys::Document, with_story: bool) -> Option<PageData> {
    let block = document.get_element_by_id(crate::load::PAGE_DATA_ID)?;
    let loaded = with_story
        .then(|| {
            let text = block.text_content().unwrap_or_default();
            crate::interop::story_data::decode(&text)
                .map(|story| Rc::new(Loaded { story: Rc::new(story), skipped: Vec::new() }))
                .map_err(|e| web_sys::console::error_1(&format!("Datelines: the page's story cannot be read: {e}").into()))
                .ok()
        })
        .flatten();
    let attr = |name: &str| block.get_attribute(name).unwrap_or_default();
    Some(PageData {
        loaded,
        article: attr("data-article"),
        articles: attr("data-articles").split_whitespace().map(str::to_string).collect(),
    })
}
