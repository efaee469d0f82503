//! A loaded story: masthead, the timeline panel beside the reader, and the
//! print-only table. Owns the shared view state, publishes it (see
//! `hooks::view`), hands each child only what it shows, and keeps the
//! address's `#event=` in step with the selection (without history entries).
//! The panels hydrate one task each (`Deferred`), the masthead's text first.
//! An imported title slide is the timeline's first card (`EventCard`), not
//! part of the masthead, which keeps the headline: one place for the slide,
//! in the compact view and the full reader alike.

use super::deferred::Deferred;
use super::embed_dialog::EmbedDialog;
use super::print_table::PrintTable;
use super::reader::Reader;
use super::timeline::Timeline;
use super::tracker::Tracker;
use crate::i18n::skipped_notice;
use crate::load::Loaded;
use crate::params::event_hash;
use crate::story::EventDate;
use crate::timeline::layout::Axis;
use crate::timeline::view::{Action, ViewState};
use crate::ui::hooks::{announce_event, use_lang, use_params, ByPtr, Dispatch, View, ViewHandle};
use crate::ui::services::dom::replace_hash;
use std::rc::Rc;
use yew::prelude::*;

/// How long a selection rests before the address names it.
const HASH_REST_MS: u32 = 250;
/// From how many events a story's tracker renders in a task of its own.
const LARGE: usize = 10_000;

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub loaded: Rc<Loaded>,
    /// The story's axis when it was built beforehand (a file's, in slices
    /// between which the page answers); else the view builds it.
    #[prop_or_default]
    pub axis: Option<ByPtr<Axis>>,
    /// The event a deep link asks for; an unknown id is ignored.
    #[prop_or_default]
    pub event: Option<String>,
}

#[function_component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let lang = use_lang();
    let params = use_params();
    let story = props.loaded.story.clone();
    let state = {
        let (story, event, axis) = (story.clone(), props.event.clone(), props.axis.clone());
        use_reducer(move || {
            let initial = event.as_deref().and_then(|id| story.position_of(id));
            View(match axis {
                Some(axis) => ViewState::with_axis(story, axis.0, initial, lang),
                None => ViewState::new(story, initial, lang),
            })
        })
    };
    // The address's options arrive after the first render (which matches
    // the prerendered page): the language, and the event a deep link names.
    {
        let dispatch = state.dispatcher();
        use_effect_with(lang, move |lang| dispatch.dispatch(Action::Language(*lang)));
    }
    {
        let (story, dispatch) = (story.clone(), state.dispatcher());
        use_effect_with(props.event.clone(), move |event| {
            if let Some(i) = event.as_deref().and_then(|id| story.position_of(id)) {
                dispatch.dispatch(Action::Select(i));
            }
        });
    }
    // A changed hash (an edited address, a link within the page) selects its event.
    {
        let (story, dispatch) = (story.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let wanted = crate::params::Params::parse("", &hash).event;
                if let Some(i) = wanted.and_then(|id| story.position_of(&id)) {
                    dispatch.dispatch(Action::Select(i));
                }
            });
            move || drop(listener)
        });
    }
    // The address follows the selection, and so does an embedding page.
    // The address is written once the selection rests (`HASH_REST_MS`): a
    // history write costs milliseconds a key press should spend on its
    // answer, and a held arrow key would write dozens a second, past what
    // browsers allow (they throttle the page's history calls).
    {
        let (story, params) = (story.clone(), params.clone());
        let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with((state.selected, state.on_title), move |(selected, on_title)| {
            let hash = if let Some(e) = selected.and_then(|i| story.events.get(i)) {
                announce_event(&params, &e.id);
                Some(event_hash(&e.id))
            } else {
                // The title card is the page itself: an address without an event.
                on_title.then(String::new)
            };
            // A newer selection drops the older one's pending write.
            if let Some(h) = hash {
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(HASH_REST_MS, move || replace_hash(&h)));
            }
        });
    }

    let byline = story.article.as_ref().map(|a| {
        let date = a.published.map(|d| EventDate::day(d).text(lang));
        [a.author.clone(), date].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    });
    let shared = ByPtr(story.clone());
    let compact = params.view == crate::params::View::Timeline;
    // The tracker reads every event to find a ratification's steps: on a
    // large story, in a task after the timeline's.
    let large = story.events.len() >= LARGE;
    let selected_id = state.selected_event().map(|e| e.id.clone());
    html! {
        <ContextProvider<ViewHandle> context={state.clone()}>
        <ContextProvider<Dispatch> context={state.dispatcher()}>
        <div class="page">
            <header class="masthead">
                if !params.embed {
                    <div class="masthead-tools"><Deferred><EmbedDialog title={story.title.clone()} event={selected_id} /></Deferred></div>
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
            // `?view=timeline`: the timeline and its card alone, for a page that
            // has the article (rendered from scratch: nothing to hydrate).
            if compact {
                <main class="layout compact"><div class="panel"><Timeline /></div></main>
            } else {
                <main class="layout">
                    <div class="panel">
                        <Deferred always={large}><Tracker story={shared.clone()} selected={state.selected} /></Deferred>
                        <Deferred><Timeline /></Deferred>
                    </div>
                    // Its shell hydrates in a task of its own too; its parts each after it.
                    <Deferred><Reader story={shared.clone()} selected={state.selected} query={state.filter.query.clone()} /></Deferred>
                </main>
            }
            <Deferred><PrintTable story={shared} /></Deferred>
        </div>
        </ContextProvider<Dispatch>>
        </ContextProvider<ViewHandle>>
    }
}
