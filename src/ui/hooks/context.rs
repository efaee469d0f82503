//! The page's options and language, read once from the address by `App` and
//! provided to every component below it.

use crate::i18n::Lang;
use crate::params::Params;
use std::rc::Rc;
use yew::prelude::*;

/// The options the address gives (`?lang=`, `?data=`, `#event=`, …).
pub fn current_params() -> Params {
    let location = gloo::utils::window().location();
    Params::parse(&location.search().unwrap_or_default(), &location.hash().unwrap_or_default())
}

fn browser_lang() -> Option<Lang> {
    gloo::utils::window().navigator().language().and_then(|l| Lang::from_tag(&l))
}

/// The language for `params`: `?lang=`, else the browser's, else English.
pub fn lang_of(params: &Params) -> Lang {
    params.lang.or_else(browser_lang).unwrap_or_default()
}

/// The page's language, before any component runs (the panic hook needs it).
#[cfg(target_arch = "wasm32")]
pub fn page_lang() -> Lang {
    lang_of(&current_params())
}

/// The page's options, provided by `App`.
#[hook]
pub fn use_params() -> Rc<Params> {
    use_context::<Rc<Params>>().unwrap_or_default()
}

/// The reader's language, provided by `App`.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Whether the page has taken the address's options: false for the first
/// render (the prerendered one, which the browser hydrates), true after.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settled(pub bool);

/// See [`Settled`]; provided by `App`.
#[hook]
pub fn use_settled() -> bool {
    use_context::<Settled>().unwrap_or_default().0
}

/// Opens a data file from the reader's disk in place of the page's story;
/// provided by `App`.
#[derive(Clone, PartialEq)]
pub struct FileOpener(pub yew::Callback<web_sys::File>);

/// See [`FileOpener`]: `None` outside `App`.
#[hook]
pub fn use_file_opener() -> Option<yew::Callback<web_sys::File>> {
    use_context::<FileOpener>().map(|o| o.0)
}
