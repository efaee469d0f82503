//! Reading TimelineJS3 JSON as TimelineJS3 reads it: `title` (a slide or a
//! string), `events`, `eras`; per event `start_date`/`end_date` (`year` —
//! negative for BCE — `month`, `day`, `hour`, `minute`, `second`,
//! `millisecond`, `display_date`; see [`dates`]), `text.headline`/`text.text`,
//! `media` (see [`media`]), `group`, `display_date`, `background.color`,
//! `unique_id`, `scale` (`"cosmological"`: a year-only axis, which years
//! beyond ±9999 get anyway), and the `datelines` object our own export adds.
//! `autolink` and unknown fields are ignored.
//!
//! Lenient where TimelineJS is (numbers may be strings, blank parts are
//! absent); strict where data would be wrong: an event, era or media item
//! that cannot be shown is left out and reported with its JSON path, never
//! dropped silently. Events keep the file's order among equal dates.
//! Headlines become plain text; `text.text` goes through the allowlist
//! sanitiser: nothing from a data file is ever parsed as HTML by the page.

pub mod dates;
pub mod media;
#[cfg(test)]
mod tests;

use super::json::{parse, Value};
use super::sanitize::{plain, safe_color, sanitize};
use crate::story::{dedupe_ids, slug, Era, Event, EventKind, Status, Story, TitleSlide};
use dates::{is_blank, read_date, unshown_parts};
use media::read_media;

/// A file that could not be read as a timeline at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Json(String),
    Csv(String),
    Shape(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Json(e) => write!(f, "the file is not valid JSON ({e})"),
            ImportError::Csv(e) => write!(f, "the file is not valid CSV ({e})"),
            ImportError::Shape(e) => write!(f, "the file is not a TimelineJS timeline: {e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// A timeline read from a file, and what in it could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub story: Story,
    /// One line per item left out: its JSON path and why.
    pub skipped: Vec<String>,
}

/// Reads a TimelineJS3 file whose own address is unknown: relative media
/// paths are named in the notice instead of resolved.
pub fn import(json: &str) -> Result<Imported, ImportError> {
    import_from(json, None)
}

/// Reads a TimelineJS3 file fetched from `base`, against which relative
/// media paths are resolved.
pub fn import_from(json: &str, base: Option<&str>) -> Result<Imported, ImportError> {
    let doc = parse(json).map_err(|e| ImportError::Json(e.to_string()))?;
    read_document(&doc, base)
}

/// The TimelineJS3 document `doc`, already parsed (the CSV reader builds one too).
pub fn read_document(doc: &Value, base: Option<&str>) -> Result<Imported, ImportError> {
    if !doc.is_object() {
        return Err(ImportError::Shape("the top level is not an object".into()));
    }
    let list = match doc.get("events") {
        Some(Value::Array(list)) => list,
        Some(_) => return Err(ImportError::Shape("\"events\" is not a list".into())),
        None => return Err(ImportError::Shape("it has no \"events\" list".into())),
    };
    if list.is_empty() {
        return Err(ImportError::Shape("its \"events\" list is empty".into()));
    }
    let mut skipped = Vec::new();
    let (title, title_slide) = match doc.get("title") {
        Some(Value::String(s)) => (plain_text(s), None),
        Some(slide @ Value::Object(_)) => {
            let title = text_at(slide, "/text/headline").map(plain_text).unwrap_or_default();
            (title, read_title_slide(slide, base, &mut skipped))
        }
        _ => (String::new(), None),
    };

    let mut events = Vec::new();
    let mut shared = SharedIds::default();
    for (i, item) in list.iter().enumerate() {
        match read_event(item, &format!("events[{i}]"), base, &mut skipped) {
            Ok(e) => {
                shared.count(item, i);
                events.push(e);
            }
            Err(why) => skipped.push(why),
        }
    }
    if events.is_empty() {
        return Err(ImportError::Shape(format!("none of its events could be read: {}", skipped.join("; "))));
    }
    // Stable: events of equal date and time keep the file's order, as in TimelineJS3.
    events.sort_by_key(|e| e.start.order());
    dedupe_ids(&mut events);
    skipped.extend(shared.notices());
    let mut eras = Vec::new();
    for (i, era) in doc.get("eras").and_then(Value::as_array).into_iter().flatten().enumerate() {
        match read_era(era, &format!("eras[{i}]"), &mut skipped) {
            Ok(e) => eras.push(e),
            Err(why) => skipped.push(why),
        }
    }
    let title = if title.is_empty() { "Timeline".to_string() } else { title };
    let cosmological = doc.get("scale").and_then(Value::as_str).is_some_and(|s| s.trim().eq_ignore_ascii_case("cosmological"));
    Ok(Imported { story: Story { title, article: None, events, eras, title_slide, cosmological }, skipped })
}

/// The file's own `unique_id`s that more than one event gives: each gets a
/// line in the notice (the events are kept, and kept apart, by
/// `dedupe_ids`), one per id however many events share it.
#[derive(Default)]
struct SharedIds<'a> {
    /// Per id, the first event that gives it and how many do.
    seen: std::collections::HashMap<&'a str, (usize, usize)>,
}

impl<'a> SharedIds<'a> {
    fn count(&mut self, item: &'a Value, index: usize) {
        if let Some(id) = item.get("unique_id").and_then(Value::as_str).map(str::trim).filter(|id| !id.is_empty()) {
            self.seen.entry(id).or_insert((index, 0)).1 += 1;
        }
    }

    /// In file order.
    fn notices(self) -> Vec<String> {
        let mut repeated: Vec<_> = self.seen.into_iter().filter(|(_, (_, n))| *n > 1).collect();
        repeated.sort_by_key(|(_, (first, _))| *first);
        repeated
            .into_iter()
            .map(|(id, (first, n))| format!("events[{first}].unique_id: {id:?} is the id of {n} events; all are shown, the repeats with a suffix (-2, -3, …) to keep them apart"))
            .collect()
    }
}

fn text_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

/// `background.color` at `path`, checked; a colour that is not one is named.
fn read_color(v: &Value, path: &str, skipped: &mut Vec<String>) -> Option<String> {
    let raw = text_at(v, "/background/color").map(str::trim).filter(|c| !c.is_empty())?;
    let color = safe_color(raw);
    if color.is_none() {
        skipped.push(format!("{path}.background.color: {raw:?} is not a colour (#hex or a colour name); the card keeps its own"));
    }
    color
}

/// A background image is TimelineJS3's and not ours: named, not shown.
fn note_background_image(v: &Value, path: &str, skipped: &mut Vec<String>) {
    if text_at(v, "/background/url").is_some_and(|u| !u.trim().is_empty()) {
        skipped.push(format!("{path}.background.url: background images are not shown"));
    }
}

fn read_title_slide(v: &Value, base: Option<&str>, skipped: &mut Vec<String>) -> Option<TitleSlide> {
    let slide = TitleSlide {
        rich: text_at(v, "/text/text").map(sanitize).unwrap_or_default(),
        media: v.get("media").and_then(|m| read_media(m, "title.media", base, skipped)),
        color: read_color(v, "title", skipped),
    };
    note_background_image(v, "title", skipped);
    (slide != TitleSlide::default()).then_some(slide)
}

/// The date object `v` at `path`; what of it is not shown goes to `skipped`.
fn date_at(v: &Value, path: &str, skipped: &mut Vec<String>) -> Result<crate::story::EventDate, String> {
    let d = read_date(v, path)?;
    skipped.extend(unshown_parts(v, &d, path));
    Ok(d)
}

fn read_era(v: &Value, path: &str, skipped: &mut Vec<String>) -> Result<Era, String> {
    let mut date = |key: &str| {
        let at = format!("{path}.{key}");
        date_at(v.get(key).ok_or_else(|| format!("{at}: missing"))?, &at, skipped)
    };
    let (mut start, mut end) = (date("start_date")?, date("end_date")?);
    let label = text_at(v, "/text/headline").map(plain_text).unwrap_or_default();
    if end.order() < start.order() {
        skipped.push(format!("{path}: its end_date is before its start_date; the two are swapped"));
        std::mem::swap(&mut start, &mut end);
    }
    Ok(Era { start, end, label })
}

fn read_event(v: &Value, path: &str, base: Option<&str>, skipped: &mut Vec<String>) -> Result<Event, String> {
    if !v.is_object() {
        return Err(format!("{path}: not an object"));
    }
    let start = date_at(v.get("start_date").ok_or_else(|| format!("{path}.start_date: missing"))?, &format!("{path}.start_date"), skipped)?;
    // An end_date with every part blank is how spreadsheets write "no end".
    let end = match v.get("end_date") {
        d if is_blank(d) => None,
        Some(d) => Some(date_at(d, &format!("{path}.end_date"), skipped)?),
        None => None,
    };
    if end.is_some_and(|e| e.order() < start.order()) {
        return Err(format!("{path}.end_date: before start_date"));
    }
    let headline = text_at(v, "/text/headline").map(plain_text).unwrap_or_default();
    let rich = text_at(v, "/text/text").map(sanitize).unwrap_or_default();
    let text = plain(&rich);
    let title = if headline.is_empty() { text.split_whitespace().take(12).collect::<Vec<_>>().join(" ") } else { headline };
    let id = match v.get("unique_id").and_then(Value::as_str).map(str::trim) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("{}-{}", start.value(), slug(&title, 5)),
    };
    let display = text_at(v, "/display_date")
        .or_else(|| text_at(v, "/start_date/display_date"))
        .map(plain_text)
        .filter(|d| !d.is_empty());
    // Our own export's extension: what the text said of the event.
    let ext = v.get("datelines");
    let kind = ext.and_then(|x| x.get("kind")).and_then(Value::as_str).and_then(EventKind::from_name).unwrap_or(EventKind::Other);
    let status = ext.and_then(|x| x.get("status")).and_then(Value::as_str).and_then(Status::from_name).unwrap_or(Status::Happened);
    let actors = ext
        .and_then(|x| x.get("actors"))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(plain_text).collect())
        .unwrap_or_default();
    let media = v.get("media").and_then(|m| read_media(m, &format!("{path}.media"), base, skipped)).map(Box::new);
    let color = read_color(v, path, skipped);
    note_background_image(v, path, skipped);
    Ok(Event {
        end,
        text,
        status,
        background: ext.and_then(|x| x.get("background")).and_then(Value::as_bool).unwrap_or(false),
        kind,
        actors,
        group: v.get("group").and_then(Value::as_str).map(plain_text).filter(|g| !g.is_empty()),
        display,
        rich,
        media,
        color,
        ..Event::new(id, start, title)
    })
}

/// Markup removed, entities decoded, white space collapsed.
pub fn plain_text(html: &str) -> String {
    plain(&sanitize(html))
}
