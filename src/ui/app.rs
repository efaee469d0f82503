//! The page: loads the story, owns the selection, lays out timeline and reader.

use super::event_card::EventCard;
use super::load::{load_data, load_embedded, Loaded, Origin};
use super::reader::Reader;
use super::state::{Action, Selection};
use super::timeline::Timeline;
use crate::timeline::Step;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum LoadState {
    Loading(String),
    Ready(Rc<Loaded>),
    Failed(String),
}

#[function_component]
pub fn App() -> Html {
    let state = use_state(|| match Origin::from_location() {
        Origin::Embedded(name) => match load_embedded(name.as_deref()) {
            Ok(loaded) => LoadState::Ready(Rc::new(loaded)),
            Err(e) => LoadState::Failed(e),
        },
        Origin::Data(url) => LoadState::Loading(url),
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
    match &*state {
        LoadState::Loading(url) => html! {
            <main class="status-page"><p class="loading" role="status">{ format!("Loading the timeline from {url}…") }</p></main>
        },
        LoadState::Failed(message) => html! {
            <main class="status-page"><p class="error" role="alert">{ message.clone() }</p></main>
        },
        LoadState::Ready(loaded) => html! { <StoryView loaded={loaded.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub loaded: Rc<Loaded>,
}

/// A loaded story: masthead, timeline and reader, with the selection they share.
#[function_component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = &props.loaded.story;
    let selection = use_reducer(|| Selection::new(story.events.len()));
    let on_select = {
        let selection = selection.clone();
        Callback::from(move |i: usize| selection.dispatch(Action::Select(i)))
    };
    let on_step = {
        let selection = selection.clone();
        Callback::from(move |s: Step| selection.dispatch(Action::Step(s)))
    };
    let selected = selection.selected;
    let article = story.article.as_ref();
    let byline = article.map(|a| {
        let date = a.published.map(|d| crate::story::EventDate::day(d).display());
        [a.author.clone(), date].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    });
    html! {
        <div class="page">
            <header class="masthead">
                <p class="brand">{ "Datelines" }</p>
                <h1 id="story-title" class="story-title">{ story.title.clone() }</h1>
                if let Some(byline) = byline.filter(|b| !b.is_empty()) {
                    <p class="byline">{ byline }</p>
                }
                if let Some(notice) = &props.loaded.notice {
                    <p class="notice" role="status">{ notice.clone() }</p>
                }
            </header>
            <main class="layout">
                <Timeline story={props.loaded.clone()} {selected} {on_select} {on_step}>
                    <EventCard event={selected.and_then(|i| story.events.get(i).cloned())} index={selected} />
                </Timeline>
                <Reader loaded={props.loaded.clone()} {selected} />
            </main>
        </div>
    }
}
