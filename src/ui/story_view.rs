//! A loaded story: masthead, the timeline panel beside the reader, and the
//! print-only table. Owns the shared [`ViewState`] and keeps the address's
//! `#event=` in step with the selection (without adding history entries).

use super::app::use_lang;
use super::dom::{replace_hash, scroll_to, sentence_of};
use super::load::{skipped_notice, Loaded};
use super::print_table::PrintTable;
use super::reader::Reader;
use super::state::ViewState;
use super::timeline::Timeline;
use crate::i18n::format_date;
use crate::params::event_hash;
use crate::story::EventDate;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub loaded: Rc<Loaded>,
    /// The event a deep link asks for; an unknown id is ignored.
    #[prop_or_default]
    pub event: Option<String>,
}

#[function_component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let lang = use_lang();
    let story = props.loaded.story.clone();
    let state = {
        let (story, event) = (story.clone(), props.event.clone());
        use_reducer(move || {
            let initial = event.as_deref().and_then(|id| story.position_of(id));
            ViewState::new(story, initial)
        })
    };
    // A deep link opens on its event: bring its sentence into view once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(e) = state.selected.and_then(|i| state.story.events.get(i)) {
                if let Some(el) = sentence_of(&e.id) {
                    scroll_to(&el);
                }
            }
        });
    }
    // A changed hash (an edited address, a link within the page) selects its event.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let wanted = crate::params::Params::parse("", &hash).event;
                if let Some(i) = wanted.and_then(|id| state.story.position_of(&id)) {
                    state.dispatch(super::state::Action::Select(i));
                }
            });
            move || drop(listener)
        });
    }
    // The address follows the selection, and so does an embedding page.
    {
        let (story, params) = (story.clone(), super::app::use_params());
        use_effect_with(state.selected, move |selected| {
            if let Some(e) = selected.and_then(|i| story.events.get(i)) {
                replace_hash(&event_hash(&e.id));
                super::embed::announce_event(&params, &e.id);
            }
        });
    }

    let embedded = super::app::use_params().embed;
    let byline = story.article.as_ref().map(|a| {
        let date = a.published.map(|d| format_date(lang, &EventDate::day(d)));
        [a.author.clone(), date].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    });
    html! {
        <div class="page">
            <header class="masthead">
                if !embedded {
                    <div class="masthead-tools"><super::embed_dialog::EmbedDialog state={state.clone()} /></div>
                }
                <p class="brand">{ "Datelines" }</p>
                <h1 id="story-title" class="story-title" dir="auto">{ story.title.clone() }</h1>
                if let Some(byline) = byline.filter(|b| !b.is_empty()) {
                    <p class="byline">{ byline }</p>
                }
                if !props.loaded.skipped.is_empty() {
                    <p class="notice" role="alert">{ skipped_notice(lang, &props.loaded.skipped) }</p>
                }
            </header>
            <main class="layout">
                <div class="panel">
                    <super::tracker::Tracker state={state.clone()} />
                    <Timeline state={state.clone()} />
                </div>
                <Reader state={state.clone()} />
            </main>
            <PrintTable story={super::state::ByPtr(story.clone())} />
        </div>
    }
}
