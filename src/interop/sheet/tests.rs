use super::*;
use crate::interop::timelinejs::import;

const HEADER: &str = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

/// A sheet as Knight Lab's template exports it: only the template's columns.
fn template_sheet() -> String {
    [
        HEADER,
        ",,,,,,,,,A desk's <i>year</i>,<p>Opening words</p>,./cover.png,Desk,The cover,,title,,#223344",
        "2010,,,,2012,,,,,First term,,,,,,era,,",
        "2011,3,4,14:30,,,,,,Vote held,<p>The vote &amp; the count</p>,https://www.youtube.com/watch?v=x1,,,thumbs/vote.jpg,,Council,teal",
        "2011,3,4,9:15 AM,,,,,,Morning session,,,,,,,Council,",
        "-44,3,15,,,,,,Ides of March,Old history,,,,,,,,",
        ",,,,,,,,,,,,,,,,,",
        "2011,\"\",,,\"\",\"\",\"\",,,\"Blank end, quoted\",,,,,,,,",
    ]
    .join("\r\n")
        + "\r\n"
}

#[test]
fn the_template_reads_like_timelinejs3_reads_it() {
    let got = import_csv(&template_sheet(), Some("https://desk.example/tl/sheet.csv")).unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let s = got.story;
    assert_eq!(s.title, "A desk's year");
    let slide = s.title_slide.as_ref().unwrap();
    assert_eq!(slide.media.as_ref().unwrap().url, "https://desk.example/tl/cover.png");
    assert_eq!(slide.color.as_deref(), Some("#223344"));
    assert_eq!((s.eras.len(), s.eras[0].label.as_str()), (1, "First term"));
    let values: Vec<_> = s.events.iter().map(|e| e.start.value()).collect();
    assert_eq!(values, ["-044-03-15", "2011", "2011-03-04T09:15", "2011-03-04T14:30"]);
    assert_eq!(s.events[0].display.as_deref(), Some("Ides of March"));
    assert_eq!(s.events[1].end, None, "blank end cells are no end");
    let vote = &s.events[3];
    assert_eq!((vote.text.as_str(), vote.group.as_deref(), vote.color.as_deref()), ("The vote & the count", Some("Council"), Some("teal")));
    assert_eq!(vote.media.as_ref().unwrap().provider.as_deref(), Some("YouTube"));
    assert_eq!(vote.media.as_ref().unwrap().thumbnail.as_deref(), Some("https://desk.example/tl/thumbs/vote.jpg"), "Media Thumbnail, resolved");
}

#[test]
fn csv_story_csv_is_identical() {
    let once = write_csv(&import_csv(&template_sheet(), Some("https://desk.example/tl/sheet.csv")).unwrap().story);
    let twice = write_csv(&import_csv(&once, None).unwrap().story);
    assert_eq!(twice, once);
    assert!(once.starts_with(&format!("{HEADER},Unique ID,")), "{once}");
}

#[test]
fn json_csv_json_is_identical() {
    let json = r##"{"title":{"text":{"headline":"AT&amp;amp;T &lt;b&gt;","text":"<p>Intro</p>"},"background":{"color":"navy"}},
      "eras":[{"start_date":{"year":2000},"end_date":{"year":2003},"text":{"headline":"a &lt;b&gt; c"}}],
      "events":[{"start_date":{"year":2024,"month":10,"day":2,"hour":8,"minute":5},"end_date":{"year":2024,"month":10,"day":3},
          "text":{"headline":"H &amp; co","text":"<p>A <b>b</b></p>"},"unique_id":"=id one","group":"&lt;/script&gt;","display_date":"=early",
          "media":{"url":"https://x.example/p.png?a=1&amp;copy=2","alt":"a &lt;i&gt;","caption":"cap","credit":"cr","link":"https://x.example","thumbnail":"https://x.example/t.png?s=1&amp;copy=2"},
          "background":{"color":"#abc"},"datelines":{"kind":"signing","status":"expected","background":true,"actors":["A &amp; B","C"]}},
        {"start_date":{"year":-500},"text":{"headline":"Deep"}}]}"##;
    let story = import(json).unwrap().story;
    assert_eq!(story.events[1].media.as_ref().unwrap().thumbnail.as_deref(), Some("https://x.example/t.png?s=1&copy=2"));
    let first = crate::interop::export::timelinejs(&story).to_string();
    assert!(first.contains("\"thumbnail\":\"https://x.example/t.png?s=1&amp;copy=2\""), "{first}");
    let via_csv = import_csv(&write_csv(&story), None).unwrap();
    assert!(via_csv.skipped.is_empty(), "{:?}", via_csv.skipped);
    assert_eq!(via_csv.story, story);
    assert_eq!(crate::interop::export::timelinejs(&via_csv.story).to_string(), first);
}

#[test]
fn formulas_are_neutralised_and_negative_years_are_not() {
    let json = r#"{"events":[{"start_date":{"year":-44},"text":{"headline":"＝HYPERLINK(1)"},"group":"+1+1","unique_id":"@x"},
        {"start_date":{"year":2000},"text":{"headline":"'=already"},"group":"-","unique_id":"－y"}]}"#;
    let story = import(json).unwrap().story;
    let csv = write_csv(&story);
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[2].starts_with("-44,,,,"), "{}", rows[2]);
    assert!(rows[2].contains(",'＝HYPERLINK(1),") && rows[2].contains(",'+1+1,") && rows[2].contains(",'@x,"), "{}", rows[2]);
    assert!(rows[3].contains(",''=already,") && rows[3].contains(",'-,") && rows[3].contains(",'－y,"), "{}", rows[3]);
    assert_eq!(import_csv(&csv, None).unwrap().story, story);
}

#[test]
fn bad_rows_are_named_by_row_and_column() {
    let sheet = format!("{HEADER}\r\n2011,13,,,,,,,,Bad month,,,,,,,,\r\n2011,1,1,25:00,,,,,,Bad time,,,,,,,,\r\n2012,,,,2011,,,,,Backwards,,,,,,,,\r\nsoon,,,,,,,,,Bad year,,,,,,,,\r\n2013,,,,,,,,,Bad colour,,,,,,,,red;x\r\n");
    let got = import_csv(&sheet, None).unwrap();
    assert_eq!(got.story.events.len(), 2);
    assert_eq!(got.skipped, [
        "row 3, Time: \"25:00\" is not a time of day (14:30, 2:30 PM); the date is kept without it",
        "row 2, Month: 13 is not between 1 and 12",
        "row 4, End date: before start_date",
        "row 5, Year: \"soon\" is not a number",
        "row 6, Background: \"red;x\" is not a colour (#hex or a colour name); the card keeps its own",
    ]);
}

#[test]
fn files_that_are_not_the_template_say_why() {
    assert!(import_csv("a,b\n1,2\n", None).unwrap_err().to_string().contains("Year and Headline"));
    assert!(import_csv(&format!("{HEADER}\r\n"), None).unwrap_err().to_string().contains("event rows"));
    let bom = format!("\u{feff}{HEADER}\r\n2001,,,,,,,,,One,,,,,,,,\r\n");
    assert_eq!(import_csv(&bom, None).unwrap().story.events.len(), 1);
}
