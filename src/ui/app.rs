//! The page: the story it was built with (prerendered, from the page's data
//! block) or the one the address asks for (`?data=`), the language and theme
//! on `<html>`, and `StoryView`.
//!
//! The first render uses the options the page was built with (none), so that
//! in the browser it equals the prerendered HTML and hydrates without a
//! mismatch; the address's options (`?lang=`, `?data=`, `#event=`, …) follow
//! in an effect, one re-render later.

use super::components::story_view::StoryView;
use super::components::open_file::OpenFile;
use super::hooks::{current_params, lang_of, use_host_height, ByPtr, FileOpener, Settled};
use crate::i18n::{load_error, reading_events, tr, Lang, Text};
use crate::interop::story_data::Progress;
use crate::load::{LoadError, Loaded};
use crate::params::{Params, Theme};
use crate::timeline::layout::Axis;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The story the page was built with; `None` when only `?data=` gives one.
    #[prop_or_default]
    pub loaded: Option<Rc<Loaded>>,
    /// The embedded article this page shows, and all the build has pages
    /// for (`NAME.html`): `?article=NAME` goes to its page.
    #[prop_or_default]
    pub article: Option<String>,
    #[prop_or_default]
    pub articles: Vec<String>,
    /// The address's options, when the page is rendered from scratch in the
    /// browser (nothing to hydrate): then the first render already uses them.
    #[prop_or_default]
    pub params: Option<Rc<Params>>,
}

#[derive(Clone, PartialEq)]
enum LoadState {
    /// The address or file name, and how far the story is read back once the importer answered.
    Loading(String, Option<Progress>),
    /// The story, and how many stories this page has shown before it (a key,
    /// so that a new story gets a fresh view state); for a file, its axis,
    /// built in slices before the first render (`services::slices`).
    Ready(Rc<Loaded>, usize, Option<ByPtr<Axis>>),
    Failed(LoadError),
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let params = use_state(|| props.params.clone().unwrap_or_default());
    let lang = params.lang.unwrap_or_default();
    let state = use_state(|| match (&props.loaded, &params.data) {
        (_, Some(url)) => LoadState::Loading(url.clone(), None),
        (Some(loaded), None) => LoadState::Ready(loaded.clone(), 0, None),
        (None, None) => LoadState::Failed(LoadError::NoSuchArticle { name: String::new(), available: Vec::new() }),
    });
    // The address's options, once in the browser.
    let settled = use_state(|| props.params.is_some());
    {
        let (params, settled) = (params.clone(), settled.clone());
        use_effect_with((), move |_| {
            let settle = move || {
                let mut p = current_params();
                p.lang = Some(lang_of(&p));
                // The built page's language is the default one: a reader of
                // that language changes nothing, and the page is not rendered again.
                let built = Params { lang: Some(params.lang.unwrap_or_default()), ..(**params).clone() };
                if p != built {
                    params.set(Rc::new(p));
                }
                settled.set(true);
            };
            // After the hydration's slices, in a task of its own.
            super::components::after_slices(settle);
        });
    }
    use_host_height((*params).clone());
    use_effect_with((lang, params.theme, params.embed, params.transparent), move |(lang, theme, embed, transparent)| {
        apply_to_document(*lang, *theme, *embed, *transparent);
    });
    // `?article=NAME` asks for another embedded article: its page.
    {
        let (state, here, all) = (state.clone(), props.article.clone(), props.articles.clone());
        use_effect_with(params.article.clone(), move |wanted| {
            let (Some(wanted), Some(here)) = (wanted, here) else { return };
            if *wanted == here {
                return;
            }
            if all.contains(wanted) {
                go_to_page(wanted);
            } else {
                state.set(LoadState::Failed(LoadError::NoSuchArticle { name: wanted.clone(), available: all }));
            }
        });
    }
    // `?data=URL` replaces the built-in story.
    {
        let state = state.clone();
        use_effect_with(params.data.clone(), move |data| {
            if let Some(url) = data.clone() {
                state.set(LoadState::Loading(url.clone(), None));
                wasm_bindgen_futures::spawn_local(async move {
                    let progress = |p| state.set(LoadState::Loading(url.clone(), Some(p)));
                    let loaded = super::services::fetch::load_data(&url, &progress).await;
                    state.set(match loaded {
                        Ok(loaded) => ready(loaded, 1).await,
                        Err(e) => LoadState::Failed(e),
                    });
                });
            }
        });
    }
    // A file from the reader's disk (the control, or dropped on the page)
    // replaces the story, with a fresh view state each time.
    let opened = use_mut_ref(|| 1usize);
    let open_file = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| {
            let state = state.clone();
            let key = {
                let mut n = opened.borrow_mut();
                *n += 1;
                *n
            };
            let name = file.name();
            state.set(LoadState::Loading(name.clone(), None));
            wasm_bindgen_futures::spawn_local(async move {
                let progress = |p| state.set(LoadState::Loading(name.clone(), Some(p)));
                let loaded = super::services::files::read(file, &progress).await;
                state.set(match loaded {
                    Ok(loaded) => ready(loaded, key).await,
                    Err(e) => LoadState::Failed(e),
                });
            });
        })
    };
    {
        let open = open_file.clone();
        use_effect_with(params.embed, move |embed| {
            let listeners = (!*embed).then(|| super::services::files::listen_for_drops(open));
            move || drop(listeners)
        });
    }
    let body = match &*state {
        LoadState::Loading(url, progress) => html! {
            <main class="status-page">
                <p class="loading" role="status">
                    { format!("{} {url}", tr(lang, Text::Loading)) }
                    if let Some(p) = progress {
                        <br />{ reading_events(lang, p.events, p.announced) }
                    }
                </p>
            </main>
        },
        LoadState::Failed(e) => html! {
            <main class="status-page"><p class="error" role="alert">{ load_error(lang, e) }</p><OpenFile /></main>
        },
        LoadState::Ready(loaded, key, axis) => html! {
            <StoryView key={*key} loaded={loaded.clone()} axis={axis.clone()} event={params.event.clone()} />
        },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <ContextProvider<Rc<Params>> context={(*params).clone()}>
                <ContextProvider<Settled> context={Settled(*settled)}>
                    <ContextProvider<FileOpener> context={FileOpener(open_file)}>{ body }</ContextProvider<FileOpener>>
                </ContextProvider<Settled>>
            </ContextProvider<Rc<Params>>>
        </ContextProvider<Lang>>
    }
}

/// A file's story, ready to show: its axis built first, in slices.
async fn ready(loaded: Loaded, key: usize) -> LoadState {
    let axis = super::services::slices::axis(&loaded.story).await;
    LoadState::Ready(Rc::new(loaded), key, Some(ByPtr(axis)))
}

/// Opens `NAME.html` with the same options (but `article`) and fragment.
fn go_to_page(name: &str) {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let rest: Vec<String> = crate::params::pairs(&search)
        .into_iter()
        .filter(|(k, _)| k != "article")
        .map(|(k, v)| format!("{}={}", crate::params::percent_encode(&k), crate::params::percent_encode(&v)))
        .collect();
    let query = if rest.is_empty() { String::new() } else { format!("?{}", rest.join("&")) };
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{}.html{query}{hash}", crate::params::percent_encode(name)));
}

fn apply_to_document(lang: Lang, theme: Option<Theme>, embed: bool, transparent: bool) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
        let flag = |name: &str, on: bool| drop(if on { root.set_attribute(name, "") } else { root.remove_attribute(name) });
        flag("data-embed", embed);
        flag("data-transparent", transparent);
        match theme {
            Some(Theme::Dark) => drop(root.set_attribute("data-theme", "dark")),
            Some(Theme::Light) => drop(root.set_attribute("data-theme", "light")),
            None => drop(root.remove_attribute("data-theme")),
        }
    }
    // The built page has its title already; writing it again costs a style pass.
    let title = format!("Datelines · {}", tr(lang, Text::Timeline));
    if document.title() != title {
        document.set_title(&title);
    }
}
