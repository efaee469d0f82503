//! The article beside the timeline, linked both ways. Sentences that dated an
//! event carry `data-event-ref`; the selected event's sentence is highlighted
//! and scrolled into view. While the reader scrolls, the events whose
//! sentences are on screen are marked on the timeline (`data-reading`) without
//! moving the selection. Sentences matching the search are marked too. A
//! story imported without an article shows its events' texts.

use super::entry::Entry;
use crate::i18n::{tr, Lang, Text};
use crate::story::{Article, Paragraph, SentenceRefs, Span, Story};
use crate::timeline::query::Query;
use crate::timeline::view::Action;
use crate::timeline::window_of;
use crate::ui::hooks::{use_dispatch, use_lang, ByPtr, Dispatch};
use crate::ui::services::dom::{scroll_to, sentence_of};
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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
fn use_reading(story: &ByPtr<Story>, selected: Option<usize>, dispatch: &Dispatch) {
    let dispatch = dispatch.clone();
    // Re-observe when the rendered window of entries moves with the selection.
    let window = story.article.is_none().then(|| window_of(story.events.len(), selected, ENTRY_WINDOW).0);
    use_effect_with((story.clone(), window), move |(story, _)| {
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
                    .flat_map(|r| crate::params::parse_event_refs(&r).filter_map(|id| ids.get(id.as_str()).copied()).collect::<Vec<_>>())
                    .collect();
                reading.sort_unstable();
                reading.dedup();
                dispatch.dispatch(Action::Reading(reading));
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

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    crate::ui::renders::count("Reader");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let story = &props.story;
    let refs = use_memo(story.clone(), |s| s.sentence_refs());
    let highlighted: Option<String> = props.selected.and_then(|i| story.events.get(i)).map(|e| e.id.clone());
    use_reading(story, props.selected, &dispatch);

    // An explicit selection brings its sentence into view (reading does not select).
    use_effect_with(highlighted.clone(), |id| {
        if let Some(el) = id.as_deref().and_then(sentence_of) {
            scroll_to(&el);
        }
    });

    let query = Query::parse(&props.query);
    // A sentence's dates count as the reader's language writes them, so that
    // "octobre" marks the sentence that said "October".
    let dates: HashMap<&str, String> = if query.is_empty() {
        HashMap::new()
    } else {
        story.events.iter().map(|e| (e.id.as_str(), e.date_text(lang))).collect()
    };
    let marks = Marks { highlighted: highlighted.as_deref(), query: &query, dates: &dates };
    let body = match &story.article {
        Some(article) => render_article(article, &refs, &marks, lang),
        None => {
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

/// What marks a sentence: the selected event's highlight, the search.
struct Marks<'a> {
    highlighted: Option<&'a str>,
    query: &'a Query,
    /// Each event's date in the reader's language (only while searching).
    dates: &'a HashMap<&'a str, String>,
}

impl Marks<'_> {
    fn lit(&self, ids: &[String]) -> bool {
        self.highlighted.is_some_and(|h| ids.iter().any(|i| i == h))
    }
    fn matched(&self, text: &str, ids: &[String]) -> bool {
        if self.query.is_empty() {
            return false;
        }
        let dates = ids.iter().filter_map(|i| self.dates.get(i.as_str()).map(String::as_str));
        let hay = std::iter::once(text).chain(dates).collect::<Vec<_>>().join(" ");
        self.query.matches(&hay)
    }
}

fn render_article(a: &Article, refs: &HashMap<usize, SentenceRefs>, marks: &Marks, lang: Lang) -> Html {
    let paragraph = |p: &Paragraph, class: &'static str| -> Html {
        let mut nodes = Vec::new();
        let mut at = p.span.start;
        for i in p.sentences.clone() {
            let s = a.sentences[i].span;
            if s.start > at {
                nodes.push(html! { { &a.text[at..s.start] } });
            }
            let ids = refs.get(&i).map_or(&[][..], |r| &r.ids[..]);
            let matched = marks.matched(a.slice(s), ids).then_some("true");
            nodes.push(match refs.get(&i) {
                Some(r) => html! {
                    <span class="sentence source" id={format!("sentence-{i}")} tabindex="-1" data-event-ref={crate::params::event_refs(r.ids.iter().map(String::as_str))}
                          data-highlighted={marks.lit(&r.ids).then_some("true")} data-match={matched}>{ marked(a, s, &r.timexes) }</span>
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
