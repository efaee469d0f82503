//! A story as compact JSON (the layout is described in `story_data/mod.rs`).

use crate::interop::json::{obj, Value};
use crate::story::{plain, Article, Era, Event, EventKind, Media, Node, Paragraph, Span, Status, Story};

/// The layout `encode` writes and `decode` reads; any change to it that an
/// older reader would misread takes the next number.
pub const VERSION: u32 = 4;

/// The whole story as compact JSON, safe to place inside
/// `<script type="application/json">` as it is.
pub fn encode(story: &Story) -> String {
    let mut fields = vec![("v", VERSION.into()), ("t", (&story.title).into())];
    if let Some(a) = &story.article {
        fields.push(("a", article(a)));
    }
    // The count first, so that a reader can make room for the events at once
    // (growing a list of 200,000 events by doubling held two copies of it).
    fields.push(("n", story.events.len().into()));
    fields.push(("e", story.events.iter().map(|e| event(e, story.article.as_ref())).collect()));
    if !story.eras.is_empty() {
        fields.push(("r", story.eras.iter().map(era).collect()));
    }
    if let Some(slide) = &story.title_slide {
        let mut f = Vec::new();
        push_if(&mut f, "r", !slide.rich.is_empty(), || slide.rich.iter().map(node).collect());
        push_if(&mut f, "m", slide.media.is_some(), || slide.media.as_ref().map_or(Value::Null, media));
        push_if(&mut f, "c", slide.color.is_some(), || slide.color.as_ref().into());
        fields.push(("ts", obj(f)));
    }
    push_if(&mut fields, "cs", story.cosmological, || true.into());
    obj(fields).to_html_safe_string()
}

fn span(s: Span) -> Value {
    vec![s.start, s.end].into()
}

/// Pushes `key` only when the value is not its default.
fn push_if(fields: &mut Vec<(&'static str, Value)>, key: &'static str, keep: bool, value: impl FnOnce() -> Value) {
    if keep {
        fields.push((key, value()));
    }
}

fn strings(list: &[String]) -> Value {
    list.iter().map(Value::from).collect()
}

fn paragraph(p: &Paragraph) -> Value {
    vec![span(p.span), vec![p.sentences.start, p.sentences.end].into()].into()
}

fn article(a: &Article) -> Value {
    let mut f = vec![("x", (&a.text).into()), ("t", (&a.title).into())];
    push_if(&mut f, "by", a.author.is_some(), || a.author.as_ref().into());
    push_if(&mut f, "p", a.published.is_some(), || a.published.map(crate::calendar::day_value).into());
    push_if(&mut f, "sf", a.standfirst.is_some(), || a.standfirst.as_ref().map_or(Value::Null, paragraph));
    let sections = a.sections.iter().map(|s| {
        let mut sf = Vec::new();
        push_if(&mut sf, "h", s.heading.is_some(), || s.heading.as_ref().into());
        sf.push(("p", s.paragraphs.iter().map(paragraph).collect()));
        obj(sf)
    });
    push_if(&mut f, "s", !a.sections.is_empty(), || sections.collect());
    push_if(&mut f, "ss", !a.sentences.is_empty(), || a.sentences.iter().map(|s| span(s.span)).collect());
    let quotes = a.pull_quotes.iter().map(|q| vec![span(q.span), q.section.into(), q.before_paragraph.into()].into());
    push_if(&mut f, "q", !a.pull_quotes.is_empty(), || quotes.collect());
    push_if(&mut f, "n", a.author_note.is_some(), || a.author_note.as_ref().into());
    push_if(&mut f, "rl", !a.related.is_empty(), || strings(&a.related));
    obj(f)
}

fn event(e: &Event, article: Option<&Article>) -> Value {
    let mut f = vec![("id", (&e.id).into()), ("s", e.start.value().into())];
    push_if(&mut f, "e", e.end.is_some(), || e.end.map(|d| d.value()).into());
    f.push(("t", (&e.title).into()));
    // An event read from an article is its first source's sentence: that text is not written twice.
    let first_sentence = article.zip(e.sources.first()).and_then(|(a, s)| a.text.get(s.sentence_span.start..s.sentence_span.end));
    // Nor is an imported event's text, which is its rich text made plain:
    // half the bytes of a file of long texts, which the page would otherwise
    // read twice.
    let written = match first_sentence {
        Some(sentence) => sentence != e.text,
        None => plain(&e.rich) != e.text,
    };
    push_if(&mut f, "x", written, || (&e.text).into());
    push_if(&mut f, "st", e.status != Status::Happened, || e.status.name().into());
    push_if(&mut f, "bg", e.background, || true.into());
    push_if(&mut f, "k", e.kind != EventKind::Other, || e.kind.name().into());
    push_if(&mut f, "ac", !e.actors.is_empty(), || strings(&e.actors));
    let sources = e.sources.iter().map(|s| vec![s.sentence.into(), span(s.sentence_span), span(s.timex_span), (&s.value).into()].into());
    push_if(&mut f, "src", !e.sources.is_empty(), || sources.collect());
    push_if(&mut f, "g", e.group.is_some(), || e.group.as_ref().into());
    push_if(&mut f, "d", e.display.is_some(), || e.display.as_ref().into());
    push_if(&mut f, "r", !e.rich.is_empty(), || e.rich.iter().map(node).collect());
    push_if(&mut f, "m", e.media.is_some(), || e.media.as_deref().map_or(Value::Null, media));
    push_if(&mut f, "c", e.color.is_some(), || e.color.as_ref().into());
    obj(f)
}

/// Text as a string; an element as `[tag, {"h": href}?, children…]`.
fn node(n: &Node) -> Value {
    match n {
        Node::Text(t) => t.into(),
        Node::Element { tag, href, children } => {
            let mut items = vec![tag.name().into()];
            if let Some(h) = href {
                items.push(obj([("h", h.into())]));
            }
            items.extend(children.iter().map(node));
            Value::Array(items)
        }
    }
}

fn media(m: &Media) -> Value {
    let mut f = vec![("u", (&m.url).into())];
    push_if(&mut f, "i", m.image, || true.into());
    push_if(&mut f, "al", !m.alt.is_empty(), || (&m.alt).into());
    push_if(&mut f, "c", !m.caption.is_empty(), || (&m.caption).into());
    push_if(&mut f, "cr", !m.credit.is_empty(), || (&m.credit).into());
    push_if(&mut f, "l", m.link.is_some(), || m.link.as_ref().into());
    push_if(&mut f, "p", m.provider.is_some(), || m.provider.as_ref().into());
    push_if(&mut f, "th", m.thumbnail.is_some(), || m.thumbnail.as_ref().into());
    obj(f)
}

fn era(e: &Era) -> Value {
    vec![e.start.value().into(), e.end.value().into(), Value::from(&e.label)].into()
}
