//! Reading back what `encode` wrote, trusting nothing: every span must lie in
//! the article text on character boundaries, every index must point at
//! something, every link must be one the sanitiser lets through. Whatever
//! the input, the answer is a story or an error naming the place.

use super::encode::VERSION;
use crate::interop::json::{JsonError, Stream, StreamError, Value};
use crate::interop::sanitize::{safe_color, safe_href};
use crate::story::{
    plain, Article, Era, Event, EventDate, EventKind, Media, Node, Paragraph, PullQuote, Section, Sentence, Source, Span, Status, Story, Tag,
    TitleSlide,
};
use std::collections::HashSet;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryDataError {
    Json(JsonError),
    /// What `"v"` held (`none` when absent).
    Version(String),
    /// Where, as a path of the data's own keys (`e[3].src[0][2]`), and what is wrong there.
    Invalid { path: String, why: String },
}

impl std::fmt::Display for StoryDataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoryDataError::Json(e) => write!(f, "the story data is not valid JSON ({e})"),
            StoryDataError::Version(v) => write!(f, "the story data has version {v}; this app reads version {VERSION}"),
            StoryDataError::Invalid { path, why } => write!(f, "the story data is wrong at {path}: {why}"),
        }
    }
}

impl std::error::Error for StoryDataError {}

type Result<T> = std::result::Result<T, StoryDataError>;

fn invalid(path: &str, why: impl Into<String>) -> StoryDataError {
    StoryDataError::Invalid { path: if path.is_empty() { "the top level".into() } else { path.to_string() }, why: why.into() }
}

fn at(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// Events are read as the parser reaches them (`json::Stream`), each
/// event's tree freed at once: at 200,000 events the whole tree beside the
/// story it becomes was twice the story's memory. So the members an event
/// needs come before the events, as `encode` writes them: the version and
/// the article; an article after the events is no article for them.
pub fn decode(text: &str) -> Result<Story> {
    let mut decoder = Decoder::new(text);
    loop {
        if let Some(story) = decoder.step(usize::MAX)? {
            return Ok(story);
        }
    }
}

/// [`decode`] in steps of a given number of events, so that a page can let
/// the browser answer between them: the same story, or the same error, at
/// any step size.
pub struct Decoder<'a> {
    stream: Stream<'a>,
    events: Events,
}

/// How far a [`Decoder`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Events read so far.
    pub events: usize,
    /// How many the data announces (`"n"`), once the first event is read.
    pub announced: Option<usize>,
    /// Bytes of the text read, and of how many.
    pub bytes: (usize, usize),
}

/// The events read so far and what reading the next one needs.
#[derive(Default)]
struct Events {
    list: Vec<Event>,
    ids: HashSet<String>,
    /// The article as the members before the first event give it, once one is read.
    article: Option<Option<Article>>,
    announced: Option<usize>,
}

impl Events {
    fn take(&mut self, top: &[(String, Value)], e: Value, room: usize) -> Result<()> {
        if self.article.is_none() {
            let member = |key: &str| top.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v);
            check_version(member("v"))?;
            self.article = Some(member("a").map(|a| read_article(a, "a")).transpose()?);
            // Room for the count the data announces, but never more than its
            // text could hold (an event takes at least 16 bytes of it).
            let announced = member("n").and_then(Value::as_u64).map_or(0, |n| n.min(room as u64) as usize);
            self.list.reserve(announced);
            self.announced = Some(announced);
        }
        let path = format!("e[{}]", self.list.len());
        let event = read_event(&e, &path, self.article.as_ref().and_then(Option::as_ref))?;
        if !self.ids.insert(event.id.clone()) {
            return Err(invalid(&at(&path, "id"), format!("{:?} is used twice", event.id)));
        }
        if self.list.last().is_some_and(|p| p.start.order() > event.start.order()) {
            return Err(invalid(&at(&path, "s"), "the events are not in time order"));
        }
        self.list.push(event);
        Ok(())
    }
}

impl<'a> Decoder<'a> {
    pub fn new(text: &'a str) -> Decoder<'a> {
        Decoder { stream: Stream::new(text, Some("e")), events: Events::default() }
    }

    pub fn progress(&self) -> Progress {
        Progress { events: self.events.list.len(), announced: self.events.announced, bytes: self.stream.position() }
    }

    /// Reads up to `events` more events: `Ok(None)` while there are more,
    /// then the story. After the story or an error, a further step is an error.
    pub fn step(&mut self, events: usize) -> Result<Option<Story>> {
        let (stream, state) = (&mut self.stream, &mut self.events);
        let room = stream.position().1 / 16;
        let doc = stream.read(events, &mut |top, e| state.take(top, e, room)).map_err(|e| match e {
            StreamError::Json(e) => StoryDataError::Json(e),
            StreamError::Sink(e) => e,
        })?;
        match doc {
            None => Ok(None),
            Some(doc) => finish(doc, std::mem::take(state)).map(Some),
        }
    }
}

/// The members after the events, once the whole text is read.
fn finish(doc: Value, events: Events) -> Result<Story> {
    if !doc.is_object() {
        return Err(invalid("", "not an object"));
    }
    check_version(doc.get("v"))?;
    if !matches!(doc.get("e"), None | Some(Value::Array(_))) {
        return Err(invalid("e", format!("{} is not a list", doc["e"])));
    }
    let article = match events.article {
        Some(a) => a,
        None => doc.get("a").map(|a| read_article(a, "a")).transpose()?,
    };
    let eras = list(&doc, "", "r")?.iter().enumerate().map(|(i, e)| read_era(e, &format!("r[{i}]"))).collect::<Result<_>>()?;
    let title_slide = doc.get("ts").map(|ts| read_title_slide(ts, "ts")).transpose()?;
    Ok(Story { title: string(&doc, "", "t")?, article, events: events.list, eras, title_slide, cosmological: flag(&doc, "", "cs")? })
}

fn check_version(v: Option<&Value>) -> Result<()> {
    match v {
        Some(v) if v.as_u64() == Some(VERSION.into()) => Ok(()),
        Some(v) => Err(StoryDataError::Version(v.to_string())),
        None => Err(StoryDataError::Version("none".into())),
    }
}

fn read_title_slide(v: &Value, path: &str) -> Result<TitleSlide> {
    if !v.is_object() {
        return Err(invalid(path, "not an object"));
    }
    Ok(TitleSlide {
        rich: list(v, path, "r")?.iter().enumerate().map(|(i, n)| read_node(n, &format!("{path}.r[{i}]"))).collect::<Result<_>>()?,
        media: v.get("m").map(|m| read_media(m, &at(path, "m"))).transpose()?,
        color: optional_string(v, path, "c")?.map(|c| color(c, &at(path, "c"))).transpose()?,
    })
}

/// A colour exactly as the importer would have let it through.
fn color(c: String, path: &str) -> Result<String> {
    if safe_color(&c).as_deref() == Some(c.as_str()) { Ok(c) } else { Err(invalid(path, format!("{c:?} is not a colour"))) }
}

/// A `true` member; absent is `false`.
fn flag(v: &Value, path: &str, key: &str) -> Result<bool> {
    match v.get(key) {
        None => Ok(false),
        Some(b) => b.as_bool().ok_or_else(|| invalid(&at(path, key), format!("{b} is not true or false"))),
    }
}

fn string(v: &Value, path: &str, key: &str) -> Result<String> {
    optional_string(v, path, key)?.ok_or_else(|| invalid(&at(path, key), "missing"))
}

fn optional_string(v: &Value, path: &str, key: &str) -> Result<Option<String>> {
    match v.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(invalid(&at(path, key), format!("{other} is not a string"))),
    }
}

/// A list member; absent is empty.
fn list<'a>(v: &'a Value, path: &str, key: &str) -> Result<&'a [Value]> {
    match v.get(key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(invalid(&at(path, key), format!("{other} is not a list"))),
    }
}

fn strings(v: &Value, path: &str, key: &str) -> Result<Vec<String>> {
    let items = list(v, path, key)?;
    let read = |(i, s): (usize, &Value)| s.as_str().map(str::to_string).ok_or_else(|| invalid(&format!("{}[{i}]", at(path, key)), "not a string"));
    items.iter().enumerate().map(read).collect()
}

fn index(v: &Value, path: &str) -> Result<usize> {
    v.as_u64().and_then(|n| usize::try_from(n).ok()).ok_or_else(|| invalid(path, format!("{v} is not an index")))
}

/// `[start, end]` with `start <= end <= len`.
fn range(v: &Value, path: &str, len: usize) -> Result<Range<usize>> {
    let Some([a, b]) = v.as_array().map(Vec::as_slice) else {
        return Err(invalid(path, format!("{v} is not a [start, end] pair")));
    };
    let (start, end) = (index(a, &format!("{path}[0]"))?, index(b, &format!("{path}[1]"))?);
    if start > end || end > len {
        return Err(invalid(path, format!("{start}..{end} is not within 0..{len}")));
    }
    Ok(start..end)
}

/// A byte span of `text`, both ends on character boundaries.
fn span(v: &Value, path: &str, text: &str) -> Result<Span> {
    let r = range(v, path, text.len())?;
    if !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return Err(invalid(path, format!("{}..{} cuts a character in two", r.start, r.end)));
    }
    Ok(Span { start: r.start, end: r.end })
}

fn date(v: &Value, path: &str, key: &str) -> Result<Option<EventDate>> {
    optional_string(v, path, key)?
        .map(|s| EventDate::from_value(&s).ok_or_else(|| invalid(&at(path, key), format!("{s:?} is not a TIMEX3 date"))))
        .transpose()
}

fn read_article(v: &Value, path: &str) -> Result<Article> {
    let text = string(v, path, "x")?;
    let spans = list(v, path, "ss")?.iter().enumerate();
    let sentences = spans.map(|(i, s)| Ok(Sentence { span: span(s, &format!("{path}.ss[{i}]"), &text)? })).collect::<Result<Vec<_>>>()?;
    let paragraph = |p: &Value, path: &str| -> Result<Paragraph> {
        let Some([s, r]) = p.as_array().map(Vec::as_slice) else {
            return Err(invalid(path, "not a [span, sentences] pair"));
        };
        Ok(Paragraph { span: span(s, &format!("{path}[0]"), &text)?, sentences: range(r, &format!("{path}[1]"), sentences.len())? })
    };
    let standfirst = v.get("sf").map(|p| paragraph(p, &at(path, "sf"))).transpose()?;
    let mut sections = Vec::new();
    for (i, s) in list(v, path, "s")?.iter().enumerate() {
        let path = format!("{path}.s[{i}]");
        let paragraphs = list(s, &path, "p")?.iter().enumerate().map(|(j, p)| paragraph(p, &format!("{path}.p[{j}]")));
        sections.push(Section { heading: optional_string(s, &path, "h")?, paragraphs: paragraphs.collect::<Result<_>>()? });
    }
    let mut pull_quotes = Vec::new();
    for (i, q) in list(v, path, "q")?.iter().enumerate() {
        let path = format!("{path}.q[{i}]");
        let Some([s, section, before]) = q.as_array().map(Vec::as_slice) else {
            return Err(invalid(&path, "not a [span, section, paragraph] triple"));
        };
        let section = index(section, &format!("{path}[1]"))?;
        let paragraphs = sections.get(section).map(|s| s.paragraphs.len()).ok_or_else(|| invalid(&path, format!("there is no section {section}")))?;
        let before_paragraph = index(before, &format!("{path}[2]"))?;
        if before_paragraph > paragraphs {
            return Err(invalid(&path, format!("section {section} has no paragraph {before_paragraph}")));
        }
        pull_quotes.push(PullQuote { span: span(s, &format!("{path}[0]"), &text)?, section, before_paragraph });
    }
    let published = match date(v, path, "p")? {
        Some(d) if d.granularity == crate::story::Granularity::Day => Some(d.date),
        Some(_) => return Err(invalid(&at(path, "p"), "not a day")),
        None => None,
    };
    Ok(Article {
        title: string(v, path, "t")?,
        author: optional_string(v, path, "by")?,
        published,
        standfirst,
        sections,
        sentences,
        pull_quotes,
        author_note: optional_string(v, path, "n")?,
        related: strings(v, path, "rl")?,
        text,
    })
}

fn read_event(v: &Value, path: &str, article: Option<&Article>) -> Result<Event> {
    if !v.is_object() {
        return Err(invalid(path, "not an object"));
    }
    let start = date(v, path, "s")?.ok_or_else(|| invalid(&at(path, "s"), "missing"))?;
    let end = date(v, path, "e")?;
    if end.is_some_and(|e| e.order() < start.order()) {
        return Err(invalid(&at(path, "e"), "before the start"));
    }
    let name = |key: &str| optional_string(v, path, key);
    let status = match name("st")? {
        None => Status::Happened,
        Some(s) => Status::from_name(&s).ok_or_else(|| invalid(&at(path, "st"), format!("{s:?} is no status")))?,
    };
    let kind = match name("k")? {
        None => EventKind::Other,
        Some(k) => EventKind::from_name(&k).ok_or_else(|| invalid(&at(path, "k"), format!("{k:?} is no kind")))?,
    };
    let background = flag(v, path, "bg")?;
    let mut sources = Vec::new();
    for (i, s) in list(v, path, "src")?.iter().enumerate() {
        let path = format!("{path}.src[{i}]");
        let article = article.ok_or_else(|| invalid(&path, "a source, but no article to point into"))?;
        let Some([sentence, sentence_span, timex_span, Value::String(value)]) = s.as_array().map(Vec::as_slice) else {
            return Err(invalid(&path, "not a [sentence, span, span, value] list"));
        };
        let sentence = index(sentence, &format!("{path}[0]"))?;
        if sentence >= article.sentences.len() {
            return Err(invalid(&format!("{path}[0]"), format!("there is no sentence {sentence}")));
        }
        let sentence_span = span(sentence_span, &format!("{path}[1]"), &article.text)?;
        let timex_span = span(timex_span, &format!("{path}[2]"), &article.text)?;
        sources.push(Source { sentence, sentence_span, timex_span, value: value.clone() });
    }
    let rich: Vec<Node> = list(v, path, "r")?.iter().enumerate().map(|(i, n)| read_node(n, &format!("{path}.r[{i}]"))).collect::<Result<_>>()?;
    let text = match (name("x")?, sources.first(), article) {
        (Some(text), _, _) => text,
        (None, Some(first), Some(a)) => a.slice(first.sentence_span).to_string(),
        (None, _, _) => plain(&rich),
    };
    Ok(Event {
        end,
        text,
        status,
        background,
        kind,
        actors: strings(v, path, "ac")?,
        sources,
        group: name("g")?,
        display: name("d")?,
        rich,
        media: v.get("m").map(|m| read_media(m, &at(path, "m"))).transpose()?.map(Box::new),
        color: name("c")?.map(|c| color(c, &at(path, "c"))).transpose()?,
        ..Event::new(string(v, path, "id")?, start, string(v, path, "t")?)
    })
}

/// A link exactly as the sanitiser would have let it through.
fn link(href: String, path: &str) -> Result<String> {
    if safe_href(&href).as_deref() == Some(href.as_str()) { Ok(href) } else { Err(invalid(path, format!("{href:?} is not a safe link"))) }
}

/// Nesting is bounded by the JSON reader's depth limit, so this recursion is too.
fn read_node(v: &Value, path: &str) -> Result<Node> {
    let items = match v {
        Value::String(t) => return Ok(Node::Text(t.clone())),
        Value::Array(items) => items.as_slice(),
        _ => return Err(invalid(path, "neither text nor an element")),
    };
    let tag = items.first().and_then(Value::as_str).and_then(Tag::from_name).ok_or_else(|| invalid(path, "not an allowed element"))?;
    let (href, children) = match items.get(1) {
        Some(attrs @ Value::Object(_)) => (Some(link(string(attrs, &format!("{path}[1]"), "h")?, &format!("{path}[1].h"))?), &items[2..]),
        _ => (None, &items[1..]),
    };
    let offset = items.len() - children.len();
    let children = children.iter().enumerate().map(|(i, c)| read_node(c, &format!("{path}[{}]", i + offset))).collect::<Result<_>>()?;
    Ok(Node::Element { tag, href, children })
}

fn read_media(v: &Value, path: &str) -> Result<Media> {
    if !v.is_object() {
        return Err(invalid(path, "not an object"));
    }
    let image = flag(v, path, "i")?;
    Ok(Media {
        url: link(string(v, path, "u")?, &at(path, "u"))?,
        image,
        alt: optional_string(v, path, "al")?.unwrap_or_default(),
        caption: optional_string(v, path, "c")?.unwrap_or_default(),
        credit: optional_string(v, path, "cr")?.unwrap_or_default(),
        link: optional_string(v, path, "l")?.map(|l| link(l, &at(path, "l"))).transpose()?,
        provider: optional_string(v, path, "p")?,
        thumbnail: optional_string(v, path, "th")?.map(|t| thumbnail(t, &at(path, "th"))).transpose()?,
    })
}

/// A thumbnail as the importer lets it through: https only.
fn thumbnail(t: String, path: &str) -> Result<String> {
    if t.to_ascii_lowercase().starts_with("https://") { link(t, path) } else { Err(invalid(path, format!("{t:?} is not an https address"))) }
}

fn read_era(v: &Value, path: &str) -> Result<Era> {
    let Some([Value::String(start), Value::String(end), Value::String(label)]) = v.as_array().map(Vec::as_slice) else {
        return Err(invalid(path, "not a [start, end, label] triple of strings"));
    };
    let date = |s: &str, i: usize| EventDate::from_value(s).ok_or_else(|| invalid(&format!("{path}[{i}]"), format!("{s:?} is not a TIMEX3 date")));
    Ok(Era { start: date(start, 0)?, end: date(end, 1)?, label: label.clone() })
}
