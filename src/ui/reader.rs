//! The article beside the timeline. Sentences that dated an event carry
//! `data-event-ref`; the selected event's sentence is highlighted and scrolled
//! into view. A story imported without an article shows its events' texts.

use super::load::Loaded;
use crate::corpus::{Article, Paragraph, Span};
use crate::story::Story;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub loaded: Rc<Loaded>,
    pub selected: Option<usize>,
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
            refs.ids.push(e.id.clone());
            refs.timexes.push(src.timex_span);
        }
    }
    for refs in map.values_mut() {
        refs.timexes.sort();
        refs.timexes.dedup();
    }
    map
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

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let story = &props.loaded.story;
    let refs = use_memo(props.loaded.clone(), |l| refs_by_sentence(&l.story));
    let highlighted: Option<String> = props.selected.and_then(|i| story.events.get(i)).map(|e| e.id.clone());

    use_effect_with(highlighted.clone(), |id| {
        if id.is_some() {
            let target = gloo::utils::document().query_selector("[data-highlighted=\"true\"]").ok().flatten();
            if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });

    let is_lit = |ids: &[String]| highlighted.as_ref().is_some_and(|h| ids.contains(h));
    let body = match &story.article {
        Some(article) => render_article(article, &refs, &is_lit),
        None => story
            .events
            .iter()
            .map(|e| {
                let ids = [e.id.clone()];
                html! {
                    <p class="entry">
                        <strong class="entry-date">{ e.display_date() }{ " — " }</strong>
                        <span class="sentence source" data-event-ref={e.id.clone()}
                              data-highlighted={is_lit(&ids).then_some("true")}>
                            { if e.text.is_empty() { e.title.clone() } else { e.text.clone() } }
                        </span>
                    </p>
                }
            })
            .collect::<Html>(),
    };
    html! {
        <article class="reader" aria-labelledby="story-title">{ body }</article>
    }
}

fn render_article(a: &Article, refs: &HashMap<usize, SentenceRefs>, is_lit: &dyn Fn(&[String]) -> bool) -> Html {
    let paragraph = |p: &Paragraph, class: &'static str| -> Html {
        let mut nodes = Vec::new();
        let mut at = p.span.start;
        for i in p.sentences.clone() {
            let s = a.sentences[i].span;
            if s.start > at {
                nodes.push(html! { { &a.text[at..s.start] } });
            }
            nodes.push(match refs.get(&i) {
                Some(r) => html! {
                    <span class="sentence source" data-event-ref={r.ids.join(" ")}
                          data-highlighted={is_lit(&r.ids).then_some("true")}>{ marked(a, s, &r.timexes) }</span>
                },
                None => html! { <span class="sentence">{ a.slice(s) }</span> },
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
                    <h2 id="related-heading">{ "More on this topic" }</h2>
                    <ul>{ for a.related.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                </aside>
            }
        </>
    }
}
