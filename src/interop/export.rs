//! Writing the story out: TimelineJS3 JSON (which `timelinejs::import` reads
//! back to the same events) and CSV (Knight Lab's sheet template, which
//! `sheet::import_csv` reads back). Events read from an article keep their
//! provenance in JSON.

use super::json::{obj, Value};
use super::sanitize::{encode_plain, to_html, Node};
use crate::story::{EventDate, Granularity, Media, Story};

fn date_json(d: &EventDate) -> Value {
    let mut fields = vec![("year", d.year_number().into())];
    if d.granularity >= Granularity::Month {
        fields.push(("month", i64::from(d.date.month()).into()));
    }
    if d.granularity == Granularity::Day {
        fields.push(("day", i64::from(d.date.day()).into()));
    }
    if let Some(t) = d.time {
        fields.push(("hour", u32::from(t.hour()).into()));
        fields.push(("minute", u32::from(t.minute()).into()));
        if t.second() != 0 {
            fields.push(("second", u32::from(t.second()).into()));
        }
    }
    obj(fields)
}

/// Plain text as the importer reads it back to the same string (see `encode_plain`).
fn plain_json(s: &str) -> Value {
    encode_plain(s).into()
}

fn media_json(m: &Media) -> Value {
    let mut media = vec![("url", plain_json(&m.url)), ("alt", plain_json(&m.alt)), ("caption", plain_json(&m.caption)), ("credit", plain_json(&m.credit))];
    if let Some(l) = &m.link {
        media.push(("link", plain_json(l)));
    }
    if let Some(t) = &m.thumbnail {
        media.push(("thumbnail", plain_json(t)));
    }
    obj(media)
}

fn background(color: &Option<String>) -> Option<Value> {
    color.as_ref().map(|c| obj([("color", c.into())]))
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
                ("actors", e.actors.iter().map(|a| plain_json(a)).collect()),
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
                ev.push(("group", plain_json(g)));
            }
            if let Some(d) = &e.display {
                ev.push(("display_date", plain_json(d)));
            }
            if let Some(m) = &e.media {
                ev.push(("media", media_json(m)));
            }
            if let Some(b) = background(&e.color) {
                ev.push(("background", b));
            }
            obj(ev)
        })
        .collect();
    let eras: Vec<Value> = story
        .eras
        .iter()
        .map(|e| obj([("start_date", date_json(&e.start)), ("end_date", date_json(&e.end)), ("text", obj([("headline", plain_json(&e.label))]))]))
        .collect();
    let mut title_text = vec![("headline", plain_json(&story.title))];
    let mut title = Vec::new();
    if let Some(slide) = &story.title_slide {
        if !slide.rich.is_empty() {
            title_text.push(("text", to_html(&slide.rich).into()));
        }
        if let Some(m) = &slide.media {
            title.push(("media", media_json(m)));
        }
        if let Some(b) = background(&slide.color) {
            title.push(("background", b));
        }
    }
    title.push(("text", obj(title_text)));
    let mut doc = vec![("title", obj(title)), ("events", events)];
    if !eras.is_empty() {
        doc.push(("eras", eras.into()));
    }
    if story.cosmological {
        doc.push(("scale", "cosmological".into()));
    }
    let mut doc = obj(doc);
    sort_keys(&mut doc);
    doc
}

/// The story as Knight Lab's Google Sheets template in CSV (see `interop::sheet`).
pub fn csv(story: &Story) -> String {
    super::sheet::write_csv(story)
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
    fn deep_time_round_trips_through_json_csv_and_page_data() {
        let json = r#"{"scale":"cosmological","title":"Cosmos","eras":[{"start_date":{"year":-13800000000},"end_date":{"year":-9000000000},"text":{"headline":"Early"}}],
          "events":[{"start_date":{"year":"-13800000000"},"text":{"headline":"Big Bang"}},
            {"start_date":{"year":-4540000000},"end_date":{"year":-4000000000},"text":{"headline":"Earth"}},
            {"start_date":{"year":1969,"month":7,"day":20},"text":{"headline":"Moon"}},{"start_date":{"year":20000},"text":{"headline":"Far"}}]}"#;
        let once = import(json).unwrap();
        assert!(once.skipped.is_empty(), "{:?}", once.skipped);
        let story = once.story;
        assert!(story.cosmological);
        let years: Vec<i64> = story.events.iter().map(|e| e.start.year_number()).collect();
        assert_eq!(years, [-13_800_000_000, -4_540_000_000, 1969, 20_000]);
        let doc = timelinejs(&story);
        assert_eq!(doc["scale"], "cosmological");
        assert_eq!(doc["events"][0]["start_date"]["year"].as_f64(), Some(-13.8e9));
        assert_eq!(import(&doc.to_string()).unwrap().story, story);
        let data = crate::interop::story_data::decode(&crate::interop::story_data::encode(&story)).unwrap();
        assert_eq!(data, story);
        // The sheet has no scale column: the deep years alone keep the year axis.
        let sheet = crate::interop::sheet::import_csv(&csv(&story), None).unwrap().story;
        assert_eq!(sheet.events, story.events);
        assert!(sheet.deep_time());
        assert_eq!(csv(&sheet), csv(&story));
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
        let row = csv.split("\r\n").nth(2).unwrap();
        assert!(row.starts_with("2000,,,,,,,,,\"A, \"\"quoted\"\" title\",\"line one\nline two\","), "{row}");
        assert!(row.contains(",'=cmd,"), "{row}");
        assert_eq!(csv.split("\r\n").count(), 4, "the header, the title row, the event, and the last line's end");
    }
}
