//! The article beside the timeline, linked both ways. Sentences that dated an
//! event carry `data-event-ref`; the selected event's sentence is highlighted
//! and scrolled into view. While the reader scrolls, the events whose
//! sentences are on screen are marked on the timeline (`data-reading`) without
//! moving the selection. Sentences matching the search are marked too. A
//! story imported without an article shows its events' texts.

use super::app::use_lang;
use super::dom::{scroll_to, sentence_of};
use super::state::{Action, ByPtr, ViewState};
use crate::corpus::{Article, Paragraph, Span};
use crate::i18n::{format_event, tr, Text};
use crate::story::Story;
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub state: UseReducerHandle<ViewState>,
}

/// The events read from one sentence: their ids and date expressions.
#[derive(Default, PartialEq)]
struct SentenceRefs {
    ids: Vec<String>,
    timexes: Vec<Span>,
}

fn refs_by_sentence(story: &Story) -> HashMap<usize, SentenceRefs> {
    let mut map: HashMap<usize, SentenceRefs> = HashMap::new();
    for e in &story.events {
        for src in &e.sources {
            let refs = map.entry(src.sentence).or_default();
            if !refs.ids.contains(&e.id) {
                refs.ids.push(e.id.clone());
            }
            refs.timexes.push(src.timex_span);
        }
    }
    for refs in map.values_mut() {
        refs.timexes.sort();
        refs.timexes.dedup();
    }
    map
}

/// Whether `text` holds every word of `query` (case-insensitive).
fn matches_query(text: &str, words: &[String]) -> bool {
    !words.is_empty() && {
        let lower = text.to_lowercase();
        words.iter().all(|w| lower.contains(w.as_str()))
    }
}

/// A sentence's text with its date expressions marked.
fn marked(a: &Article, sentence: Span, timexes: &[Span]) -> Html {
    let mut nodes = Vec::new();
    let mut at = sentence.start;
    for t in timexes.iter().filter(|t| sentence.contains(**t)) {
        if t.start < at {
            continue; // overlapping expressions: the first one wins
        }
        nodes.push(html! { { &a.text[at..t.start] } });
        nodes.push(html! { <mark class="timex">{ a.slice(*t) }</mark> });
        at = t.end;
    }
    nodes.push(html! { { &a.text[at..sentence.end] } });
    nodes.into_iter().collect()
}

/// Watches the source sentences and reports which events are being read.
#[hook]
fn use_reading(state: &UseReducerHandle<ViewState>) {
    let state = state.clone();
    // Re-observe when the rendered window of entries moves with the selection.
    let window = if state.story.article.is_none() {
        Some(super::timeline::window_of(state.story.events.len(), state.selected, ENTRY_WINDOW).0)
    } else {
        None
    };
    use_effect_with((ByPtr(state.story.clone()), window), move |(story, _)| {
        let story = &story.0;
        let ids: HashMap<String, usize> = story.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let visible: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Element>>> = Default::default();
        let callback = {
            let visible = visible.clone();
            Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let mut v = visible.borrow_mut();
                for entry in entries.iter() {
                    let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else { continue };
                    let target = entry.target();
                    v.retain(|t| t != &target);
                    if entry.is_intersecting() {
                        v.push(target);
                    }
                }
                let mut reading: Vec<usize> = v
                    .iter()
                    .filter_map(|t| t.get_attribute("data-event-ref"))
                    .flat_map(|r| r.split(' ').filter_map(|id| ids.get(id).copied()).collect::<Vec<_>>())
                    .collect();
                reading.sort_unstable();
                reading.dedup();
                state.dispatch(Action::Reading(reading));
            })
        };
        let options = web_sys::IntersectionObserverInit::new();
        options.set_threshold(&wasm_bindgen::JsValue::from_f64(0.5));
        let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
        if let (Some(o), Ok(list)) = (&observer, gloo::utils::document().query_selector_all("[data-event-ref]")) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    o.observe(&el);
                }
            }
        }
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(callback);
        }
    });
}

/// Entries of an imported story in the DOM at once.
const ENTRY_WINDOW: usize = 60;

#[derive(Properties, PartialEq)]
struct EntryProps {
    story: ByPtr<Story>,
    index: usize,
    lit: bool,
    matched: bool,
}

/// One event of a story imported without an article.
#[function_component]
fn Entry(props: &EntryProps) -> Html {
    let lang = use_lang();
    let e = &props.story.0.events[props.index];
    let body = if !e.rich.is_empty() {
        super::rich::render(&e.rich)
    } else if e.text.is_empty() {
        html! { { e.title.clone() } }
    } else {
        html! { { e.text.clone() } }
    };
    html! {
        <div class="entry">
            <p class="entry-head"><strong class="entry-date">{ format_event(lang, e) }</strong>{ " — " }<span dir="auto">{ e.title.clone() }</span></p>
            <div class="sentence source entry-text" tabindex="-1" dir="auto" data-event-ref={e.id.clone()}
                 data-highlighted={props.lit.then_some("true")} data-match={props.matched.then_some("true")}>{ body }</div>
            if let Some(m) = &e.media { { super::rich::media(m) } }
        </div>
    }
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let story = &state.story;
    let refs = use_memo(ByPtr(story.clone()), |s| refs_by_sentence(&s.0));
    let highlighted: Option<String> = state.selected.and_then(|i| story.events.get(i)).map(|e| e.id.clone());
    use_reading(state);

    // An explicit selection brings its sentence into view (reading does not select).
    use_effect_with(highlighted.clone(), |id| {
        if let Some(el) = id.as_deref().and_then(sentence_of) {
            scroll_to(&el);
        }
    });

    let words: Vec<String> = state.filter.query.split_whitespace().map(str::to_lowercase).collect();
    let is_lit = |ids: &[String]| highlighted.as_ref().is_some_and(|h| ids.contains(h));
    let body = match &story.article {
        Some(article) => render_article(article, &refs, &is_lit, &words, lang),
        None => {
            // Thousands of entries: only a window around the selection is in
            // the DOM, each entry a component that re-renders only when its
            // own highlight or match changes.
            let n = story.events.len();
            let (from, to) = super::timeline::window_of(n, state.selected, ENTRY_WINDOW);
            let story_ref = ByPtr(story.clone());
            let entries = (from..to).map(|i| {
                let e = &story.events[i];
                let lit = highlighted.as_ref() == Some(&e.id);
                let matched = matches_query(&format!("{} {}", e.title, e.text), &words);
                html! { <Entry key={e.id.clone()} story={story_ref.clone()} index={i} {lit} {matched} /> }
            });
            html! {
                <>
                    if from > 0 { <p class="more">{ format!("{from} {}", tr(lang, Text::EarlierEvents)) }</p> }
                    { for entries }
                    if to < n { <p class="more">{ format!("{} {}", n - to, tr(lang, Text::LaterEvents)) }</p> }
                </>
            }
        }
    };
    html! {
        <article class="reader" aria-labelledby="story-title">{ body }</article>
    }
}

fn render_article(
    a: &Article,
    refs: &HashMap<usize, SentenceRefs>,
    is_lit: &dyn Fn(&[String]) -> bool,
    words: &[String],
    lang: crate::i18n::Lang,
) -> Html {
    let paragraph = |p: &Paragraph, class: &'static str| -> Html {
        let mut nodes = Vec::new();
        let mut at = p.span.start;
        for i in p.sentences.clone() {
            let s = a.sentences[i].span;
            if s.start > at {
                nodes.push(html! { { &a.text[at..s.start] } });
            }
            let matched = matches_query(a.slice(s), words).then_some("true");
            nodes.push(match refs.get(&i) {
                Some(r) => html! {
                    <span class="sentence source" tabindex="-1" data-event-ref={r.ids.join(" ")}
                          data-highlighted={is_lit(&r.ids).then_some("true")} data-match={matched}>{ marked(a, s, &r.timexes) }</span>
                },
                None => html! { <span class="sentence" data-match={matched}>{ a.slice(s) }</span> },
            });
            at = s.end;
        }
        html! { <p {class}>{ for nodes }</p> }
    };

    let sections = a.sections.iter().enumerate().map(|(si, section)| {
        let quotes_before = |pi: usize| {
            a.pull_quotes
                .iter()
                .filter(move |q| q.section == si && q.before_paragraph == pi)
                .map(|q| html! {
                    // The quote repeats body text: screen readers read it once, in the body.
                    <figure class="pull-quote" aria-hidden="true"><blockquote>{ a.slice(q.span) }</blockquote></figure>
                })
        };
        let mut items: Vec<Html> = Vec::new();
        for (pi, p) in section.paragraphs.iter().enumerate() {
            items.extend(quotes_before(pi));
            items.push(paragraph(p, "para"));
        }
        items.extend(quotes_before(section.paragraphs.len()));
        html! {
            <section class="article-section">
                if let Some(h) = &section.heading { <h2>{ h.clone() }</h2> }
                { for items }
            </section>
        }
    });

    html! {
        <>
            if let Some(p) = &a.standfirst { { paragraph(p, "standfirst") } }
            { for sections }
            if let Some(note) = &a.author_note { <p class="author-note">{ note.clone() }</p> }
            if !a.related.is_empty() {
                <aside class="related" aria-labelledby="related-heading">
                    <h2 id="related-heading">{ tr(lang, Text::MoreOnTopic) }</h2>
                    <ul>{ for a.related.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                </aside>
            }
        </>
    }
}
