//! TimelineJS3 JSON: `{"title": …, "events": [{"start_date": {"year", "month",
//! "day"}, "end_date", "text": {"headline", "text"}, "unique_id"}]}`.
//!
//! Reading is lenient where TimelineJS is (numbers may be strings, month and
//! day may be missing, the title may be a slide or a string) and strict where
//! data would be wrong: an event whose date cannot be read is left out and
//! reported by number, never silently dropped. Text is kept as plain text:
//! markup is removed, so nothing from a data file is ever parsed as HTML.

use crate::story::{dedupe_ids, slug, Era, Event, EventDate, EventKind, Granularity, Status, Story};
use serde_json::{json, Map, Value};

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
    pub skipped: Vec<String>,
}

pub fn import(json: &str) -> Result<Imported, ImportError> {
    let doc: Value = serde_json::from_str(json).map_err(|e| ImportError::Json(e.to_string()))?;
    let obj = doc.as_object().ok_or_else(|| ImportError::Shape("the top level is not an object".into()))?;
    let list = obj
        .get("events")
        .and_then(Value::as_array)
        .ok_or_else(|| ImportError::Shape("it has no \"events\" list".into()))?;
    let title = match obj.get("title") {
        Some(Value::String(s)) => plain_text(s),
        Some(slide) => slide.pointer("/text/headline").and_then(Value::as_str).map(plain_text).unwrap_or_default(),
        None => String::new(),
    };

    let mut events = Vec::new();
    let mut skipped = Vec::new();
    for (i, item) in list.iter().enumerate() {
        match read_event(item) {
            Ok(e) => events.push(e),
            Err(why) => skipped.push(format!("event {}: {why}", i + 1)),
        }
    }
    events.sort_by_key(|e| (e.start.date, e.start.granularity));
    dedupe_ids(&mut events);
    let mut eras = Vec::new();
    for (i, era) in obj.get("eras").and_then(Value::as_array).into_iter().flatten().enumerate() {
        match read_era(era) {
            Ok(e) => eras.push(e),
            Err(why) => skipped.push(format!("era {}: {why}", i + 1)),
        }
    }
    let title = if title.is_empty() { "Timeline".to_string() } else { title };
    Ok(Imported { story: Story { title, article: None, events, eras }, skipped })
}

fn number(v: Option<&Value>) -> Result<Option<i64>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n.as_i64().map(Some).ok_or_else(|| format!("{n} is not a whole number")),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| format!("{s:?} is not a number")),
        Some(other) => Err(format!("{other} is not a number")),
    }
}

fn read_date(v: &Value, field: &str) -> Result<EventDate, String> {
    let year = number(v.get("year")).map_err(|e| format!("{field}.year: {e}"))?.ok_or(format!("{field}.year is missing"))?;
    let month = number(v.get("month")).map_err(|e| format!("{field}.month: {e}"))?;
    let day = number(v.get("day")).map_err(|e| format!("{field}.day: {e}"))?;
    let year = i16::try_from(year).ok().filter(|y| (-9999..=9999).contains(y)).ok_or(format!("{field}.year {year} is out of range"))?;
    let bad = || format!("{field} {year}-{}-{} is not a calendar date", month.unwrap_or(1), day.unwrap_or(1));
    let small = |n: i64| i8::try_from(n).map_err(|_| bad());
    match (month, day) {
        (None, _) => EventDate::year(year).ok_or_else(bad),
        (Some(m), None) => EventDate::month(year, small(m)?).ok_or_else(bad),
        (Some(m), Some(d)) => jiff::civil::Date::new(year, small(m)?, small(d)?).map(EventDate::day).map_err(|_| bad()),
    }
}

fn read_era(v: &Value) -> Result<Era, String> {
    let start = read_date(v.get("start_date").ok_or("start_date is missing")?, "start_date")?;
    let end = read_date(v.get("end_date").ok_or("end_date is missing")?, "end_date")?;
    let label = v.pointer("/text/headline").and_then(Value::as_str).map(plain_text).unwrap_or_default();
    Ok(Era { start, end, label })
}

fn read_event(v: &Value) -> Result<Event, String> {
    let start = read_date(v.get("start_date").ok_or("start_date is missing")?, "start_date")?;
    let end = match v.get("end_date") {
        None | Some(Value::Null) => None,
        Some(d) => Some(read_date(d, "end_date")?),
    };
    let headline = v.pointer("/text/headline").and_then(Value::as_str).map(plain_text).unwrap_or_default();
    let text = v.pointer("/text/text").and_then(Value::as_str).map(plain_text).unwrap_or_default();
    let title = if headline.is_empty() { text.split_whitespace().take(12).collect::<Vec<_>>().join(" ") } else { headline };
    let id = match v.get("unique_id").and_then(Value::as_str).map(str::trim) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("{}-{}", start.value(), slug(&title, 5)),
    };
    Ok(Event {
        id,
        start,
        end,
        title,
        text,
        status: Status::Happened,
        background: false,
        kind: EventKind::Other,
        actors: Vec::new(),
        sources: Vec::new(),
        group: v.get("group").and_then(Value::as_str).map(plain_text).filter(|g| !g.is_empty()),
    })
}

/// Markup removed, the common entities decoded, white space collapsed.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn date_json(d: &EventDate) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.date.year()));
    if d.granularity >= Granularity::Month {
        m.insert("month".into(), json!(d.date.month()));
    }
    if d.granularity == Granularity::Day {
        m.insert("day".into(), json!(d.date.day()));
    }
    m.insert("display_date".into(), json!(d.display()));
    Value::Object(m)
}

/// The story as TimelineJS3 JSON. Each event carries a `datelines` object with
/// what TimelineJS has no field for: status, background flag and provenance
/// (sentence and expression byte spans into the article text).
pub fn export(story: &Story) -> Value {
    let events: Vec<Value> = story
        .events
        .iter()
        .map(|e| {
            let mut ev = json!({
                "unique_id": e.id,
                "start_date": date_json(&e.start),
                "text": { "headline": e.title, "text": e.text },
                "datelines": {
                    "status": match e.status { Status::Happened => "happened", Status::Expected => "expected" },
                    "background": e.background,
                    "kind": e.kind.name(),
                    "actors": e.actors,
                    "value": e.start.value(),
                },
            });
            if let Some(end) = &e.end {
                ev["end_date"] = date_json(end);
            }
            if let Some(g) = &e.group {
                ev["group"] = json!(g);
            }
            if let Some(article) = &story.article {
                let sources: Vec<Value> = e
                    .sources
                    .iter()
                    .map(|src| {
                        json!({
                            "sentence": [src.sentence_span.start, src.sentence_span.end],
                            "timex": [src.timex_span.start, src.timex_span.end],
                            "timex_text": article.slice(src.timex_span),
                            "timex_value": src.value,
                        })
                    })
                    .collect();
                ev["datelines"]["sources"] = json!(sources);
            }
            ev
        })
        .collect();
    let eras: Vec<Value> = story
        .eras
        .iter()
        .map(|e| json!({ "start_date": date_json(&e.start), "end_date": date_json(&e.end), "text": { "headline": e.label } }))
        .collect();
    let mut doc = json!({ "title": { "text": { "headline": story.title } }, "events": events });
    if !eras.is_empty() {
        doc["eras"] = json!(eras);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_strings_and_partial_dates() {
        let json = r#"{"title":"T","events":[
            {"start_date":{"year":"2024","month":"6","day":"19"},"text":{"headline":"Signed"},"unique_id":"s"},
            {"start_date":{"year":1953},"text":{"text":"<p>Old <b>treaty</b> &amp; more</p>"}},
            {"start_date":{"year":2016},"end_date":{"year":2017},"text":{"headline":"Sanctions"}}]}"#;
        let got = import(json).unwrap();
        assert!(got.skipped.is_empty());
        let s = got.story;
        assert_eq!(s.title, "T");
        let ids: Vec<_> = s.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["1953-old-treaty-more", "2016-sanctions", "s"]);
        assert_eq!(s.events[0].text, "Old treaty & more");
        assert_eq!(s.events[1].display_date(), "2016–2017");
        assert_eq!(s.events[2].start.value(), "2024-06-19");
    }

    #[test]
    fn bad_events_are_reported_not_dropped_silently() {
        let json = r#"{"events":[{"start_date":{"year":2024,"month":2,"day":30}},{"text":{}},
            {"start_date":{"year":"soon"}},{"start_date":{"year":2020}}]}"#;
        let got = import(json).unwrap();
        assert_eq!(got.story.events.len(), 1);
        assert_eq!(got.skipped.len(), 3);
        assert!(got.skipped[0].starts_with("event 1: start_date 2024-2-30"), "{:?}", got.skipped);
        assert_eq!(got.skipped[1], "event 2: start_date is missing");
        assert!(got.skipped[2].contains("\"soon\" is not a number"));
    }

    #[test]
    fn unreadable_files_say_why() {
        assert!(matches!(import("{\"events\": ["), Err(ImportError::Json(_))));
        assert_eq!(import("[1,2]"), Err(ImportError::Shape("the top level is not an object".into())));
        assert!(import("{}").unwrap_err().to_string().contains("no \"events\" list"));
    }

    #[test]
    fn markup_never_survives() {
        assert_eq!(plain_text("<script>alert(1)</script>Hi &lt;b&gt;"), "alert(1) Hi <b>");
        assert_eq!(plain_text("<img src=x onerror=alert(1)>ok"), "ok");
    }

    #[test]
    fn export_then_import_keeps_dates_titles_and_ids() {
        let story = import(r#"{"title":"T","events":[{"start_date":{"year":2024,"month":10},"text":{"headline":"Month"},"unique_id":"m"},
            {"start_date":{"year":2016},"end_date":{"year":2017},"text":{"headline":"Range"},"unique_id":"r"}]}"#)
            .unwrap()
            .story;
        let again = import(&export(&story).to_string()).unwrap().story;
        assert_eq!(again.events, story.events);
        assert_eq!(again.title, "T");
    }

    #[test]
    fn groups_and_eras_are_read_and_written() {
        let json = r#"{"events":[{"start_date":{"year":2001},"group":"Senate","text":{"headline":"A"}},
            {"start_date":{"year":2002},"group":"<b>House</b>","text":{"headline":"B"}}],
            "eras":[{"start_date":{"year":2000},"end_date":{"year":2003},"text":{"headline":"Term"}},{"start_date":{"year":2000}}]}"#;
        let got = import(json).unwrap();
        assert_eq!(got.story.groups(), ["Senate", "House"]);
        assert_eq!(got.story.eras.len(), 1);
        assert_eq!(got.story.eras[0].label, "Term");
        assert_eq!(got.skipped, ["era 2: end_date is missing"]);
        let again = import(&export(&got.story).to_string()).unwrap().story;
        assert_eq!(again.eras, got.story.eras);
        assert_eq!(again.groups(), got.story.groups());
    }
}
