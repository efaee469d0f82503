//! The page: reads its options from the address, loads the story, sets the
//! language and theme on `<html>`, and hands the story to `StoryView`.

use super::components::story_view::StoryView;
use super::hooks::{current_params, lang_of, use_host_height};
use super::services::fetch::load_data;
use crate::i18n::{load_error, tr, Lang, Text};
use crate::load::{load_embedded, LoadError, Loaded};
use crate::params::{Params, Theme};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum LoadState {
    Loading(String),
    Ready(Rc<Loaded>),
    Failed(LoadError),
}

#[function_component]
pub fn App() -> Html {
    let params = use_memo((), |_| current_params());
    let lang = lang_of(&params);
    use_host_height(params.clone());
    let (embed, transparent) = (params.embed, params.transparent);
    use_effect_with((lang, params.theme), move |(lang, theme)| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            if embed {
                let _ = root.set_attribute("data-embed", "");
            }
            if transparent {
                let _ = root.set_attribute("data-transparent", "");
            }
            match theme {
                Some(Theme::Dark) => drop(root.set_attribute("data-theme", "dark")),
                Some(Theme::Light) => drop(root.set_attribute("data-theme", "light")),
                None => drop(root.remove_attribute("data-theme")),
            }
        }
        gloo::utils::document().set_title(&format!("Datelines · {}", tr(*lang, Text::Timeline)));
    });

    let state = use_state(|| match &params.data {
        Some(url) => LoadState::Loading(url.clone()),
        None => match load_embedded(params.article.as_deref()) {
            Ok(loaded) => LoadState::Ready(Rc::new(loaded)),
            Err(e) => LoadState::Failed(e),
        },
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let LoadState::Loading(url) = (*state).clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load_data(&url).await {
                        Ok(loaded) => LoadState::Ready(Rc::new(loaded)),
                        Err(e) => LoadState::Failed(e),
                    });
                });
            }
        });
    }
    let body = match &*state {
        LoadState::Loading(url) => html! {
            <main class="status-page"><p class="loading" role="status">{ format!("{} {url}", tr(lang, Text::Loading)) }</p></main>
        },
        LoadState::Failed(e) => html! {
            <main class="status-page"><p class="error" role="alert">{ load_error(lang, e) }</p></main>
        },
        LoadState::Ready(loaded) => html! { <StoryView loaded={loaded.clone()} event={params.event.clone()} /> },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <ContextProvider<Rc<Params>> context={params.clone()}>{ body }</ContextProvider<Rc<Params>>>
        </ContextProvider<Lang>>
    }
}
