//! The article beside the timeline, linked both ways. Sentences that dated an
//! event carry `data-event-ref`; the selected event's sentence is highlighted
//! and scrolled into view. While the reader scrolls, the events whose
//! sentences are on screen are marked on the timeline (`data-reading`) without
//! moving the selection. Sentences matching the search are marked too. A
//! story imported without an article shows its events' texts.

use super::article_part::{ArticlePart, Part};
use super::deferred::Deferred;
use super::entry::Entry;
use super::more::{more, Side};
use crate::story::Story;
use crate::timeline::query::Query;
use crate::timeline::window_of;
use crate::ui::hooks::{use_dispatch, use_lang, use_reading_watch, ByPtr};
use crate::ui::services::dom::{after_paint, scroll_to, sentence_of};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub story: ByPtr<Story>,
    pub selected: Option<usize>,
    /// The search as typed: matching sentences are marked.
    pub query: String,
}

/// Entries of an imported story in the DOM at once.
const ENTRY_WINDOW: usize = 60;

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    crate::ui::renders::count("Reader");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let story = &props.story;
    let refs = ByPtr(use_memo(story.clone(), |s| s.sentence_refs()));
    let highlighted: Option<String> = props.selected.and_then(|i| story.events.get(i)).map(|e| e.id.clone());
    let watch = use_reading_watch(story, &dispatch);
    let root = use_node_ref();

    // An explicit selection brings its sentence into view (reading does not
    // select), once the highlight is on screen (`after_paint`).
    use_effect_with(highlighted.clone(), |id| {
        let id = id.clone();
        after_paint(move || {
            if let Some(el) = id.as_deref().and_then(sentence_of) {
                scroll_to(&el);
            }
        });
    });
    // An imported story's entries: watched as the window of them moves.
    {
        let (root, watch) = (root.clone(), watch.clone());
        let window = story.article.is_none().then(|| window_of(story.events.len(), props.selected, ENTRY_WINDOW).0);
        use_effect_with(window, move |window| {
            let watched = match (window, root.cast::<web_sys::Element>()) {
                (Some(_), Some(r)) => watch.watch_within(&r),
                _ => Vec::new(),
            };
            move || watch.forget(&watched)
        });
    }

    let body = match &story.article {
        Some(article) => {
            let lit_in = |part: Part| {
                let h = highlighted.as_ref()?;
                part.sentences(article).any(|i| refs.get(&i).is_some_and(|r| r.ids.contains(h))).then(|| h.clone())
            };
            Part::all(article)
                .into_iter()
                .map(|part| {
                    html! {
                        <Deferred>
                            <ArticlePart story={story.clone()} refs={refs.clone()} {part} highlighted={lit_in(part)}
                                         query={props.query.clone()} watch={watch.clone()} />
                        </Deferred>
                    }
                })
                .collect::<Html>()
        }
        None => {
            let query = Query::parse(&props.query);
            // Thousands of entries: only a window around the selection is in the DOM.
            let n = story.events.len();
            let (from, to) = window_of(n, props.selected, ENTRY_WINDOW);
            let entries = (from..to).map(|i| {
                let e = &story.events[i];
                let lit = highlighted.as_ref() == Some(&e.id);
                let matched = query.matches_event(e, lang);
                html! { <Entry key={e.id.clone()} story={story.clone()} index={i} {lit} {matched} /> }
            });
            html! {
                <>
                    if from > 0 { { more(lang, Side::Earlier, from, from - 1, &dispatch) } }
                    { for entries }
                    if to < n { { more(lang, Side::Later, n - to, to, &dispatch) } }
                </>
            }
        }
    };
    html! {
        <article class="reader" aria-labelledby="story-title" ref={root}>{ body }</article>
    }
}
