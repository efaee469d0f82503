//! One part of the article in the reader: the standfirst, a section (its
//! heading, paragraphs and pull quotes), or the closing matter (the
//! author's note, the related headlines). A part is its own component so
//! that it hydrates in a task of its own (`Deferred`) and re-renders only
//! when its own marks change: selecting an event re-renders the parts that
//! held or now hold the highlight, not the whole article.

use crate::i18n::{tr, Lang, Text};
use crate::story::{Article, Paragraph, SentenceRefs, Span, Story};
use crate::timeline::query::Query;
use crate::ui::hooks::{use_lang, ByPtr, ReadingWatch};
use std::collections::HashMap;
use yew::prelude::*;

/// Which part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Standfirst,
    Section(usize),
    Closing,
}

impl Part {
    /// The parts `a` has, in reading order.
    pub fn all(a: &Article) -> Vec<Part> {
        let standfirst = a.standfirst.is_some().then_some(Part::Standfirst);
        let closing = (a.author_note.is_some() || !a.related.is_empty()).then_some(Part::Closing);
        standfirst.into_iter().chain((0..a.sections.len()).map(Part::Section)).chain(closing).collect()
    }

    /// The sentences (indices into `Article::sentences`) the part shows.
    pub fn sentences(self, a: &Article) -> std::ops::Range<usize> {
        let span = |ps: &[Paragraph]| match (ps.first(), ps.last()) {
            (Some(f), Some(l)) => f.sentences.start..l.sentences.end,
            _ => 0..0,
        };
        match self {
            Part::Standfirst => a.standfirst.as_ref().map_or(0..0, |p| p.sentences.clone()),
            Part::Section(i) => a.sections.get(i).map_or(0..0, |s| span(&s.paragraphs)),
            Part::Closing => 0..0,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticlePartProps {
    pub story: ByPtr<Story>,
    pub refs: ByPtr<HashMap<usize, SentenceRefs>>,
    pub part: Part,
    /// The selected event, when one of its sentences is in this part.
    pub highlighted: Option<String>,
    /// The search as typed.
    pub query: String,
    pub watch: ReadingWatch,
}

#[function_component]
pub fn ArticlePart(props: &ArticlePartProps) -> Html {
    crate::ui::renders::count("ArticlePart");
    let lang = use_lang();
    let root = use_node_ref();
    {
        let (root, watch) = (root.clone(), props.watch.clone());
        use_effect_with(props.part, move |_| {
            let watched = root.cast::<web_sys::Element>().map(|r| watch.watch_within(&r)).unwrap_or_default();
            move || watch.forget(&watched)
        });
    }
    let Some(a) = props.story.article.as_ref() else { return html! {} };
    let query = Query::parse(&props.query);
    // A sentence's dates count as the reader's language writes them, so that
    // "octobre" marks the sentence that said "October".
    let dates: HashMap<&str, String> = if query.is_empty() {
        HashMap::new()
    } else {
        props.story.events.iter().map(|e| (e.id.as_str(), e.date_text(lang))).collect()
    };
    let marks = Marks { highlighted: props.highlighted.as_deref(), query: &query, dates: &dates };
    let paragraph = |p: &Paragraph, class: &'static str, node: Option<NodeRef>| paragraph(a, p, class, &props.refs, &marks, node);
    match props.part {
        Part::Standfirst => a.standfirst.as_ref().map(|p| paragraph(p, "standfirst", Some(root.clone()))).unwrap_or_default(),
        Part::Section(si) => {
            let Some(section) = a.sections.get(si) else { return html! {} };
            let quotes_before = |pi: usize| {
                a.pull_quotes.iter().filter(move |q| q.section == si && q.before_paragraph == pi).map(|q| {
                    html! {
                        // The quote repeats body text: screen readers read it once, in the body.
                        <figure class="pull-quote" aria-hidden="true"><blockquote>{ a.slice(q.span) }</blockquote></figure>
                    }
                })
            };
            let mut items: Vec<Html> = Vec::new();
            for (pi, p) in section.paragraphs.iter().enumerate() {
                items.extend(quotes_before(pi));
                items.push(paragraph(p, "para", None));
            }
            items.extend(quotes_before(section.paragraphs.len()));
            html! {
                <section class="article-section" ref={root}>
                    if let Some(h) = &section.heading { <h2>{ h.clone() }</h2> }
                    { for items }
                </section>
            }
        }
        Part::Closing => closing(a, lang),
    }
}

fn closing(a: &Article, lang: Lang) -> Html {
    html! {
        <>
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

fn paragraph(a: &Article, p: &Paragraph, class: &'static str, refs: &HashMap<usize, SentenceRefs>, marks: &Marks, node: Option<NodeRef>) -> Html {
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
    html! { <p {class} ref={node.unwrap_or_default()}>{ for nodes }</p> }
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
