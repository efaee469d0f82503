//! Writing the story out: TimelineJS3 JSON (which `timelinejs::import` reads
//! back to the same events) and CSV (RFC 4180, one row per event). Events read
//! from an article keep their provenance in both.

use super::json::{obj, Value};
use super::sanitize::{to_html, Node};
use crate::story::{EventDate, Granularity, Story};

fn date_json(d: &EventDate) -> Value {
    let mut fields = vec![("year", i64::from(d.date.year()).into())];
    if d.granularity >= Granularity::Month {
        fields.push(("month", i64::from(d.date.month()).into()));
    }
    if d.granularity == Granularity::Day {
        fields.push(("day", i64::from(d.date.day()).into()));
    }
    obj(fields)
}

/// Members in byte order of their keys, at every level: the order exports
/// have always had (serde_json's sorted maps wrote them), so that files stay
/// comparable line by line from one version to the next.
fn sort_keys(v: &mut Value) {
    match v {
        Value::Object(members) => {
            members.sort_by(|a, b| a.0.cmp(&b.0));
            members.iter_mut().for_each(|(_, v)| sort_keys(v));
        }
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// The story as TimelineJS3 JSON. Each event carries a `datelines` object with
/// what TimelineJS has no field for: kind, actors, status, background flag and
/// provenance (sentence and expression byte spans into the article text).
pub fn timelinejs(story: &Story) -> Value {
    let events: Value = story
        .events
        .iter()
        .map(|e| {
            let text = if e.rich.is_empty() { to_html(&[Node::Text(e.text.clone())]) } else { to_html(&e.rich) };
            let mut ext = vec![
                ("status", e.status.name().into()),
                ("background", e.background.into()),
                ("kind", e.kind.name().into()),
                ("actors", e.actors.clone().into()),
                ("value", e.start.value().into()),
            ];
            if let Some(article) = &story.article {
                let sources = e.sources.iter().map(|src| {
                    obj([
                        ("sentence", vec![src.sentence_span.start, src.sentence_span.end].into()),
                        ("timex", vec![src.timex_span.start, src.timex_span.end].into()),
                        ("timex_text", article.slice(src.timex_span).into()),
                        ("timex_value", src.value.as_str().into()),
                    ])
                });
                ext.push(("sources", sources.collect()));
            }
            let mut ev = vec![
                ("unique_id", e.id.as_str().into()),
                ("start_date", date_json(&e.start)),
                ("text", obj([("headline", to_html(&[Node::Text(e.title.clone())]).into()), ("text", text.into())])),
                ("datelines", obj(ext)),
            ];
            if let Some(end) = &e.end {
                ev.push(("end_date", date_json(end)));
            }
            if let Some(g) = &e.group {
                ev.push(("group", g.into()));
            }
            if let Some(d) = &e.display {
                ev.push(("display_date", d.into()));
            }
            if let Some(m) = &e.media {
                let mut media = vec![("url", (&m.url).into()), ("alt", (&m.alt).into()), ("caption", (&m.caption).into()), ("credit", (&m.credit).into())];
                if let Some(l) = &m.link {
                    media.push(("link", l.into()));
                }
                ev.push(("media", obj(media)));
            }
            obj(ev)
        })
        .collect();
    let eras: Vec<Value> = story
        .eras
        .iter()
        .map(|e| obj([("start_date", date_json(&e.start)), ("end_date", date_json(&e.end)), ("text", obj([("headline", (&e.label).into())]))]))
        .collect();
    let mut doc = vec![("title", obj([("text", obj([("headline", (&story.title).into())]))])), ("events", events)];
    if !eras.is_empty() {
        doc.push(("eras", eras.into()));
    }
    let mut doc = obj(doc);
    sort_keys(&mut doc);
    doc
}

fn csv_field(s: &str, out: &mut String) {
    // Spreadsheets run cells that start with these as formulas.
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&s);
    }
}

/// One row per event: id, start, end, display date, headline, text, kind,
/// status, background, actors, group, and the first source's byte spans.
pub fn csv(story: &Story) -> String {
    let mut out = String::from("id,start,end,display_date,headline,text,kind,status,background,actors,group,sentence_start,sentence_end,timex_start,timex_end\r\n");
    for e in &story.events {
        let src = e.sources.first();
        let num = |v: Option<usize>| v.map(|n| n.to_string()).unwrap_or_default();
        let row = [
            e.id.clone(),
            e.start.value(),
            e.end.map(|d| d.value()).unwrap_or_default(),
            e.display.clone().unwrap_or_default(),
            e.title.clone(),
            e.text.clone(),
            e.kind.name().to_string(),
            e.status.name().to_string(),
            e.background.to_string(),
            e.actors.join("; "),
            e.group.clone().unwrap_or_default(),
            num(src.map(|s| s.sentence_span.start)),
            num(src.map(|s| s.sentence_span.end)),
            num(src.map(|s| s.timex_span.start)),
            num(src.map(|s| s.timex_span.end)),
        ];
        for (i, f) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(f, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::timelinejs::import;

    #[test]
    fn import_export_import_is_identical() {
        let json = r#"{"title":"T","eras":[{"start_date":{"year":2000},"end_date":{"year":2003},"text":{"headline":"Term"}}],
          "events":[{"start_date":{"year":2024,"month":10},"text":{"headline":"Month &amp; more","text":"<p>A <b>b</b> <a href='https://x.org'>l</a></p>"},"unique_id":"m","group":"G"},
            {"start_date":{"year":2016},"end_date":{"year":2017},"display_date":"2016-17","text":{"headline":"Range"},"unique_id":"r",
             "media":{"url":"https://x.org/a.png","alt":"alt","caption":"cap","credit":"cr","link":"https://x.org"}}]}"#;
        let once = import(json).unwrap().story;
        let twice = import(&timelinejs(&once).to_string()).unwrap().story;
        assert_eq!(twice, once);
    }

    #[test]
    fn corpus_events_keep_kind_actors_and_provenance() {
        let story = crate::pipeline::read_story(crate::corpus::embedded()[0].text, None).unwrap();
        let doc = timelinejs(&story);
        let e = &doc["events"][2];
        assert_eq!(e["datelines"]["kind"], "signing");
        assert!(e["datelines"]["sources"][0]["timex_text"].as_str().unwrap().contains("June 19, 2024"));
        let back = import(&doc.to_string()).unwrap().story;
        let kinds: Vec<_> = back.events.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, story.events.iter().map(|e| e.kind).collect::<Vec<_>>());
    }

    /// serde_json wrote the exports before: its pretty layout of the same
    /// document must be ours, byte for byte.
    #[cfg(not(target_arch = "wasm32"))]
    fn as_serde_json_writes_it(doc: &Value) {
        let theirs: serde_json::Value = serde_json::from_str(&doc.to_string()).unwrap();
        assert_eq!(doc.to_string_pretty(), serde_json::to_string_pretty(&theirs).unwrap());
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn exports_are_written_as_before() {
        let story = crate::pipeline::read_story(crate::corpus::embedded()[0].text, None).unwrap();
        as_serde_json_writes_it(&timelinejs(&story));
        let json = r#"{"title":"<i>T</i> & co","eras":[{"start_date":{"year":-44},"end_date":{"year":2003,"month":2},"text":{"headline":"Term"}}],
          "events":[{"start_date":{"year":2024,"month":10,"day":3},"end_date":{"year":2025},"text":{"headline":"A \"b\"","text":"<p>x<br>y</p>"},"group":"G",
             "display_date":"autumn","media":{"url":"https://x.org/a.png","alt":"alt","caption":"cap","credit":"cr","link":"https://x.org"}}]}"#;
        as_serde_json_writes_it(&timelinejs(&import(json).unwrap().story));
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let story = import(r#"{"events":[{"start_date":{"year":2000},"text":{"headline":"A, \"quoted\" title","text":"line one\nline two"},"unique_id":"=cmd"}]}"#)
            .unwrap()
            .story;
        let csv = csv(&story);
        let row = csv.lines().nth(1).unwrap();
        assert!(row.starts_with("'=cmd,2000,,,\"A, \"\"quoted\"\" title\",line one line two,other,happened,false"), "{row}");
        assert_eq!(csv.lines().count(), 2);
    }
}
