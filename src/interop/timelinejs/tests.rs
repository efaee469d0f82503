//! The importer as a whole; `dates` and `media` test their own parts.

use super::*;
use crate::story::plain;

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

#[test]
fn a_blank_end_date_is_no_end() {
    let json = r#"{"events":[{"start_date":{"year":"1990","month":"","day":""},"end_date":{"year":"","month":"","day":""},"unique_id":"a"},
        {"start_date":{"year":1991},"end_date":{},"unique_id":"b"},{"start_date":{"year":1992},"end_date":"","unique_id":"c"},
        {"start_date":{"year":1993},"end_date":{"year":"","month":"4"},"unique_id":"d"}]}"#;
    let got = import(json).unwrap();
    let ends: Vec<_> = got.story.events.iter().map(|e| (e.id.as_str(), e.end)).collect();
    assert_eq!(ends, [("a", None), ("b", None), ("c", None)]);
    assert_eq!(got.skipped, ["events[3].end_date.year: missing"]);
}

#[test]
fn times_of_day_order_events_and_ties_keep_the_file_order() {
    let json = r#"{"events":[
        {"start_date":{"year":2014,"month":6,"day":18,"hour":15},"unique_id":"afternoon"},
        {"start_date":{"year":1974,"month":1,"day":1},"unique_id":"day-first-in-file"},
        {"start_date":{"year":2014,"month":6,"day":18,"hour":"9","minute":"30"},"unique_id":"morning"},
        {"start_date":{"year":1974},"unique_id":"year-second-in-file"},
        {"start_date":{"year":2014,"month":6,"day":18,"hour":15},"unique_id":"afternoon-again"}]}"#;
    let s = import(json).unwrap().story;
    let ids: Vec<_> = s.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["day-first-in-file", "year-second-in-file", "morning", "afternoon", "afternoon-again"]);
    assert_eq!(s.events[2].date_text(crate::calendar::Lang::En), "June 18, 2014, 9:30 AM");
    assert_eq!(s.events[3].date_text(crate::calendar::Lang::Fr), "18 juin 2014, 15 h 00");
}

#[test]
fn a_huge_number_in_an_ignored_field_costs_nothing() {
    let json = r#"{"scale":1e400,"events":[{"start_date":{"year":2001},"unique_id":"a","extra":{"n":-1e400,"s":"\ud83d"}}]}"#;
    let got = import(json).unwrap();
    assert_eq!((got.story.events.len(), got.skipped.len()), (1, 0));
}

#[test]
fn colours_display_dates_and_the_title_slide_are_kept() {
    let json = r##"{"title":{"text":{"headline":"The <b>year</b>","text":"<p>Intro <i>text</i></p>"},
        "media":{"url":"https://x.example/cover.png","alt":"Cover"},"background":{"color":"#1A2b3c"}},
      "events":[{"start_date":{"year":2001,"display_date":"early 2001"},"background":{"color":"Teal"},"unique_id":"a"},
        {"start_date":{"year":2002},"display_date":"sometime","background":{"color":"red;position:fixed","url":"https://x.example/bg.jpg"},"unique_id":"b"}]}"##;
    let got = import(json).unwrap();
    let s = &got.story;
    assert_eq!(s.title, "The year");
    let slide = s.title_slide.as_ref().unwrap();
    assert_eq!(plain(&slide.rich), "Intro text");
    assert_eq!((slide.media.as_ref().unwrap().alt.as_str(), slide.color.as_deref()), ("Cover", Some("#1a2b3c")));
    assert_eq!((s.events[0].display.as_deref(), s.events[0].color.as_deref()), (Some("early 2001"), Some("teal")));
    assert_eq!((s.events[1].display.as_deref(), s.events[1].color.as_deref()), (Some("sometime"), None));
    assert_eq!(got.skipped, [
        "events[1].background.color: \"red;position:fixed\" is not a colour (#hex or a colour name); the card keeps its own",
        "events[1].background.url: background images are not shown",
    ]);
    let headline_only = import(r#"{"title":{"text":{"headline":"Only"}},"events":[{"start_date":{"year":1}}]}"#).unwrap().story;
    assert_eq!((headline_only.title.as_str(), headline_only.title_slide), ("Only", None));
}

#[test]
fn a_reversed_era_is_swapped_and_said() {
    let json = r#"{"events":[{"start_date":{"year":2001}}],
        "eras":[{"start_date":{"year":2010},"end_date":{"year":2004},"text":{"headline":"Backwards"}}]}"#;
    let got = import(json).unwrap();
    assert_eq!((got.story.eras[0].start.value(), got.story.eras[0].end.value()), ("2004".into(), "2010".into()));
    assert_eq!(got.skipped, ["eras[0]: its end_date is before its start_date; the two are swapped"]);
}

#[test]
fn media_is_resolved_against_the_file_address() {
    let json = r#"{"events":[{"start_date":{"year":2001},"media":{"url":"./media/x.jpg"}},
        {"start_date":{"year":2002},"media":{"url":"//cdn.example/y.png"}}]}"#;
    let got = import_from(json, Some("https://desk.example/a/tl.json")).unwrap();
    let urls: Vec<_> = got.story.events.iter().map(|e| e.media.as_ref().unwrap().url.as_str()).collect();
    assert_eq!(urls, ["https://desk.example/a/media/x.jpg", "https://cdn.example/y.png"]);
    let without = import(json).unwrap();
    assert_eq!(without.skipped.len(), 1, "{:?}", without.skipped);
    assert!(without.skipped[0].starts_with("events[0].media.url: \"./media/x.jpg\" is relative"));
}

#[test]
fn events_sharing_a_unique_id_are_all_kept_apart_and_said_once_per_id() {
    // One id on 20,000 events, another on two events (one of them unreadable,
    // so not counted), and ids generated for events without one, which share
    // nothing the file wrote.
    let mut events: Vec<String> = (0..20_000).map(|i| format!(r#"{{"start_date":{{"year":{}}},"unique_id":" same "}}"#, 1 + i % 7)).collect();
    events.insert(3, r#"{"start_date":{"year":1990},"unique_id":"pair"}"#.into());
    events.insert(5, r#"{"start_date":{"year":1991},"unique_id":"pair"}"#.into());
    events.insert(6, r#"{"start_date":{"month":2},"unique_id":"pair"}"#.into());
    events.extend([r#"{"start_date":{"year":2000},"text":{"headline":"Same"}}"#.to_string(), r#"{"start_date":{"year":2000},"text":{"headline":"Same"}}"#.into()]);
    let got = import(&format!(r#"{{"events":[{}]}}"#, events.join(","))).unwrap();
    let ids: std::collections::HashSet<&str> = got.story.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!((got.story.events.len(), ids.len()), (20_004, 20_004), "every event kept, each with its own id");
    assert!(ids.contains("same") && ids.contains("same-20000") && ids.contains("pair-2"));
    // Unreadable events are named as they are met; the shared ids after the reading, in file order.
    assert_eq!(got.skipped, [
        "events[6].start_date.year: missing",
        "events[0].unique_id: \"same\" is the id of 20000 events; all are shown, the repeats with a suffix (-2, -3, …) to keep them apart",
        "events[3].unique_id: \"pair\" is the id of 2 events; all are shown, the repeats with a suffix (-2, -3, …) to keep them apart",
    ]);
}
