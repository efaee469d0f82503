//! Reading TimelineJS3 JSON: `title` (a slide or a string), `events`, `eras`;
//! per event `start_date`/`end_date` (`year` — negative for BCE — `month`,
//! `day`, `hour`, `minute`, `second`, `millisecond`, `display_date`),
//! `text.headline`/`text.text`, `media`, `group`, `unique_id`, and the
//! `datelines` object our own export adds. `scale`, `background`, `autolink`
//! and unknown fields are ignored.
//!
//! Lenient where TimelineJS is (numbers may be strings, month and day may be
//! missing); strict where data would be wrong: an event or era that cannot be
//! read is left out and reported with its JSON path, never dropped silently.
//! Headlines become plain text; `text.text` goes through the allowlist
//! sanitiser: nothing from a data file is ever parsed as HTML by the page.

use super::json::{parse, Value};
use super::sanitize::{decode_entities, plain, safe_href, sanitize};
use crate::story::{dedupe_ids, slug, Era, Event, EventDate, EventKind, Media, Status, Story};

/// A file that could not be read as a timeline at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Json(String),
    Shape(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Json(e) => write!(f, "the file is not valid JSON ({e})"),
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

pub fn import(json: &str) -> Result<Imported, ImportError> {
    let doc = parse(json).map_err(|e| ImportError::Json(e.to_string()))?;
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
    let title = match doc.get("title") {
        Some(Value::String(s)) => plain_text(s),
        Some(slide) => slide.pointer("/text/headline").and_then(Value::as_str).map(plain_text).unwrap_or_default(),
        None => String::new(),
    };

    let mut events = Vec::new();
    let mut skipped = Vec::new();
    for (i, item) in list.iter().enumerate() {
        match read_event(item, &format!("events[{i}]")) {
            Ok(e) => events.push(e),
            Err(why) => skipped.push(why),
        }
    }
    if events.is_empty() {
        return Err(ImportError::Shape(format!("none of its events could be read: {}", skipped.join("; "))));
    }
    events.sort_by_key(|e| (e.start.date, e.start.granularity));
    dedupe_ids(&mut events);
    let mut eras = Vec::new();
    for (i, era) in doc.get("eras").and_then(Value::as_array).into_iter().flatten().enumerate() {
        match read_era(era, &format!("eras[{i}]")) {
            Ok(e) => eras.push(e),
            Err(why) => skipped.push(why),
        }
    }
    let title = if title.is_empty() { "Timeline".to_string() } else { title };
    Ok(Imported { story: Story { title, article: None, events, eras }, skipped })
}

/// A number that may be written as a string; `Ok(None)` when absent or empty.
fn number(v: Option<&Value>, path: &str) -> Result<Option<i64>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        // What no f64 holds (1e400) was read as an infinity, which prints as null.
        Some(Value::Number(n)) if !n.is_finite() => Err(format!("{path}: the number is out of range")),
        Some(n @ Value::Number(_)) => n.as_i64().map(Some).ok_or_else(|| format!("{path}: {n} is not a whole number")),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| format!("{path}: {s:?} is not a number")),
        Some(other) => Err(format!("{path}: {other} is not a number")),
    }
}

fn in_range(v: Option<i64>, lo: i64, hi: i64, path: &str) -> Result<Option<i64>, String> {
    match v {
        Some(n) if !(lo..=hi).contains(&n) => Err(format!("{path}: {n} is not between {lo} and {hi}")),
        other => Ok(other),
    }
}

fn read_date(v: &Value, path: &str) -> Result<EventDate, String> {
    if !v.is_object() {
        return Err(format!("{path}: not an object with a year"));
    }
    let field = |k: &str| format!("{path}.{k}");
    let year = number(v.get("year"), &field("year"))?.ok_or_else(|| format!("{}: missing", field("year")))?;
    let year = in_range(Some(year), -9999, 9999, &field("year"))?.unwrap_or(0) as i16;
    let month = in_range(number(v.get("month"), &field("month"))?, 1, 12, &field("month"))?;
    let day = in_range(number(v.get("day"), &field("day"))?, 1, 31, &field("day"))?;
    // Times of day are checked, not kept: the timeline's finest unit is the day.
    in_range(number(v.get("hour"), &field("hour"))?, 0, 23, &field("hour"))?;
    in_range(number(v.get("minute"), &field("minute"))?, 0, 59, &field("minute"))?;
    in_range(number(v.get("second"), &field("second"))?, 0, 59, &field("second"))?;
    in_range(number(v.get("millisecond"), &field("millisecond"))?, 0, 999, &field("millisecond"))?;
    let bad = || format!("{path}: {year}-{}-{} is not a calendar date", month.unwrap_or(1), day.unwrap_or(1));
    match (month, day) {
        (None, _) => EventDate::year(year).ok_or_else(bad),
        (Some(m), None) => EventDate::month(year, m as i8).ok_or_else(bad),
        (Some(m), Some(d)) => jiff::civil::Date::new(year, m as i8, d as i8).map(EventDate::day).map_err(|_| bad()),
    }
}

fn text_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

fn read_era(v: &Value, path: &str) -> Result<Era, String> {
    let start = read_date(v.get("start_date").ok_or_else(|| format!("{path}.start_date: missing"))?, &format!("{path}.start_date"))?;
    let end = read_date(v.get("end_date").ok_or_else(|| format!("{path}.end_date: missing"))?, &format!("{path}.end_date"))?;
    let label = text_at(v, "/text/headline").map(plain_text).unwrap_or_default();
    Ok(Era { start, end, label })
}

fn read_media(v: &Value) -> Option<Media> {
    let url = safe_href(&decode_entities(text_at(v, "/media/url")?))?;
    let lower = url.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let image = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"].iter().any(|x| path.ends_with(x));
    let field = |k: &str| text_at(v, &format!("/media/{k}")).map(plain_text).unwrap_or_default();
    Some(Media {
        image: image && !lower.starts_with("mailto:"),
        alt: field("alt"),
        caption: field("caption"),
        credit: field("credit"),
        link: text_at(v, "/media/link").and_then(|l| safe_href(&decode_entities(l))),
        url,
    })
}

fn read_event(v: &Value, path: &str) -> Result<Event, String> {
    if !v.is_object() {
        return Err(format!("{path}: not an object"));
    }
    let start = read_date(v.get("start_date").ok_or_else(|| format!("{path}.start_date: missing"))?, &format!("{path}.start_date"))?;
    let end = match v.get("end_date") {
        None | Some(Value::Null) => None,
        Some(d) => Some(read_date(d, &format!("{path}.end_date"))?),
    };
    if end.is_some_and(|e| e.date < start.date) {
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
        media: read_media(v),
        ..Event::new(id, start, title)
    })
}

/// Markup removed, entities decoded, white space collapsed.
pub fn plain_text(html: &str) -> String {
    plain(&sanitize(html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_strings_and_partial_dates() {
        let json = r#"{"title":"T","events":[
            {"start_date":{"year":"2024","month":"6","day":"19"},"text":{"headline":"Signed"},"unique_id":"s"},
            {"start_date":{"year":1953},"text":{"text":"<p>Old <b>treaty</b> &amp; more</p>"}},
            {"start_date":{"year":2016},"end_date":{"year":2017},"text":{"headline":"Sanctions"}},
            {"start_date":{"year":-44,"month":3,"day":15,"hour":11},"display_date":"Ides of March","text":{"headline":"Caesar"},"unique_id":"c"}]}"#;
        let got = import(json).unwrap();
        assert!(got.skipped.is_empty(), "{:?}", got.skipped);
        let s = got.story;
        assert_eq!(s.title, "T");
        let ids: Vec<_> = s.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["c", "1953-old-treaty-more", "2016-sanctions", "s"]);
        assert_eq!(s.events[1].text, "Old treaty & more");
        assert_eq!(s.events[0].start.date.year(), -44);
        assert_eq!(s.events[0].display.as_deref(), Some("Ides of March"));
        assert_eq!(s.events[2].date_text(crate::calendar::Lang::En), "2016–2017");
    }

    #[test]
    fn bad_items_are_reported_with_their_path() {
        let json = r#"{"events":[{"start_date":{"year":2024,"month":2,"day":30}},{"text":{}},
            {"start_date":{"year":"soon"}},{"start_date":{"year":2020,"month":13}},{"start_date":{"year":2020}},
            {"start_date":{"year":2020,"hour":25}},7,{"start_date":{"year":2021},"end_date":{"year":2020}}]}"#;
        let got = import(json).unwrap();
        assert_eq!(got.story.events.len(), 1);
        assert_eq!(got.skipped, [
            "events[0].start_date: 2024-2-30 is not a calendar date",
            "events[1].start_date: missing",
            "events[2].start_date.year: \"soon\" is not a number",
            "events[3].start_date.month: 13 is not between 1 and 12",
            "events[5].start_date.hour: 25 is not between 0 and 23",
            "events[6]: not an object",
            "events[7].end_date: before start_date",
        ]);
    }

    #[test]
    fn unreadable_files_say_why() {
        let e = import("{\"events\": [").unwrap_err().to_string();
        assert!(e.contains("not valid JSON") && e.contains("line 1 column"), "{e}");
        assert_eq!(import("[1,2]"), Err(ImportError::Shape("the top level is not an object".into())));
        assert!(import("{}").unwrap_err().to_string().contains("no \"events\" list"));
        assert!(import("{\"events\": []}").unwrap_err().to_string().contains("empty"));
        assert!(import("{\"events\": {}}").unwrap_err().to_string().contains("not a list"));
        let none = import(r#"{"events": [{"start_date": {}}]}"#).unwrap_err().to_string();
        assert!(none.contains("none of its events") && none.contains("events[0].start_date.year: missing"), "{none}");
    }

    #[test]
    fn numbers_are_numbers_however_written_and_a_huge_one_costs_one_event() {
        let json = r#"{"events":[{"start_date":{"year":2024.0,"month":6e0,"day":1.9e1},"unique_id":"a"},
            {"start_date":{"year":2.024e3},"unique_id":"b"},{"start_date":{"year":1e400},"unique_id":"c"},
            {"start_date":{"year":-1e400}},{"start_date":{"year":2024.5}},{"start_date":{"year":[2024]}}]}"#;
        let got = import(json).unwrap();
        let values: Vec<_> = got.story.events.iter().map(|e| e.start.value()).collect();
        assert_eq!(values, ["2024", "2024-06-19"]);
        assert_eq!(got.skipped, [
            "events[2].start_date.year: the number is out of range",
            "events[3].start_date.year: the number is out of range",
            "events[4].start_date.year: 2024.5 is not a whole number",
            "events[5].start_date.year: [2024] is not a number",
        ]);
    }

    #[test]
    fn rich_text_is_sanitised_and_media_checked() {
        let json = r#"{"events":[{"start_date":{"year":2000},"text":{"headline":"<b>H</b>","text":"<p onclick=x>Hi <script>bad()</script><a href='javascript:x'>a</a></p>"},
            "media":{"url":"https://example.org/p.JPG?x=1","alt":"A <i>photo</i>","caption":"Cap","credit":"Me"}},
            {"start_date":{"year":2001},"media":{"url":"javascript:alert(1)"}},
            {"start_date":{"year":2002},"media":{"url":"https://example.org/story","link":"data:text/html,x"}}]}"#;
        let s = import(json).unwrap().story;
        assert_eq!(s.events[0].title, "H");
        assert_eq!(s.events[0].text, "Hi a");
        let m = s.events[0].media.clone().unwrap();
        assert!(m.image && m.alt == "A photo" && m.caption == "Cap");
        assert_eq!(s.events[1].media, None, "a javascript: URL is no media");
        let m2 = s.events[2].media.clone().unwrap();
        assert!(!m2.image && m2.link.is_none());
    }

    #[test]
    fn groups_and_eras_are_read() {
        let json = r#"{"events":[{"start_date":{"year":2001},"group":"Senate","text":{"headline":"A"}},
            {"start_date":{"year":2002},"group":"<b>House</b>","text":{"headline":"B"}}],
            "eras":[{"start_date":{"year":2000},"end_date":{"year":2003},"text":{"headline":"Term"}},{"start_date":{"year":2000}}]}"#;
        let got = import(json).unwrap();
        assert_eq!(got.story.groups(), ["Senate", "House"]);
        assert_eq!(got.story.eras.len(), 1);
        assert_eq!(got.story.eras[0].label, "Term");
        assert_eq!(got.skipped, ["eras[1].end_date: missing"]);
    }
}
