//! Writing the story out: TimelineJS3 JSON (which `timelinejs::import` reads
//! back to the same events) and CSV (RFC 4180, one row per event). Events read
//! from an article keep their provenance in both.

use super::sanitize::{to_html, Node};
use crate::story::{EventDate, Granularity, Story};
use serde_json::{json, Map, Value};

fn date_json(d: &EventDate) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.date.year()));
    if d.granularity >= Granularity::Month {
        m.insert("month".into(), json!(d.date.month()));
    }
    if d.granularity == Granularity::Day {
        m.insert("day".into(), json!(d.date.day()));
    }
    Value::Object(m)
}

/// The story as TimelineJS3 JSON. Each event carries a `datelines` object with
/// what TimelineJS has no field for: kind, actors, status, background flag and
/// provenance (sentence and expression byte spans into the article text).
pub fn timelinejs(story: &Story) -> Value {
    let events: Vec<Value> = story
        .events
        .iter()
        .map(|e| {
            let text = if e.rich.is_empty() { to_html(&[Node::Text(e.text.clone())]) } else { to_html(&e.rich) };
            let mut ev = json!({
                "unique_id": e.id,
                "start_date": date_json(&e.start),
                "text": { "headline": to_html(&[Node::Text(e.title.clone())]), "text": text },
                "datelines": {
                    "status": e.status.name(),
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
            if let Some(d) = &e.display {
                ev["display_date"] = json!(d);
            }
            if let Some(m) = &e.media {
                ev["media"] = json!({ "url": m.url, "alt": m.alt, "caption": m.caption, "credit": m.credit });
                if let Some(l) = &m.link {
                    ev["media"]["link"] = json!(l);
                }
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
