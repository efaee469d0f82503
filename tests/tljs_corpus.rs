//! The TimelineJS3 corpus in tests/data/tljs/ (files written for this
//! project): each file read as `?data=` reads it, from its bytes, with the
//! address it was fetched from, and checked for the events and notices it
//! should give.

use datelines::calendar::Lang;
use datelines::interop::{export, sheet, timelinejs};
use datelines::load::{load_bytes, Loaded};

const BASE: &str = "https://desk.example/graphics/tl/";

fn load(name: &str) -> Loaded {
    let bytes = std::fs::read(format!("tests/data/tljs/{name}")).expect("the corpus file is in the repository");
    load_bytes(name, Some(&format!("{BASE}{name}")), None, &bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn values(l: &Loaded) -> Vec<String> {
    l.story.events.iter().map(|e| e.start.value()).collect()
}

fn starts(skipped: &[String], prefixes: &[&str]) {
    assert_eq!(skipped.len(), prefixes.len(), "{skipped:?}");
    for (s, p) in skipped.iter().zip(prefixes) {
        assert!(s.starts_with(p), "{s:?} should start with {p:?}");
    }
}

#[test]
fn blank_end_dates_are_no_end() {
    let l = load("blank-end-dates.json");
    assert_eq!(values(&l), ["1998-04", "1999", "2001-09"]);
    assert_eq!(l.story.events.iter().map(|e| e.end.is_some()).collect::<Vec<_>>(), [false, false, true]);
    assert_eq!(l.skipped, ["events[3].end_date.year: missing"]);
}

#[test]
fn numeric_strings_are_numbers() {
    let l = load("numeric-strings.json");
    assert_eq!(values(&l), ["1987-11", "2024", "2024-06", "2024-06-19"]);
    starts(&l.skipped, &["events[4].start_date.year: \"1987.5\" is not a whole number", "events[5].start_date.year: \"twenty\" is not a number"]);
}

#[test]
fn deep_time_is_read_to_the_year_and_drawn_on_a_year_axis() {
    let l = load("deep-time.json");
    assert_eq!(values(&l), ["-13800000000", "-4500000000", "-9999", "2020"]);
    assert!(l.story.cosmological && l.story.deep_time());
    let texts: Vec<_> = l.story.events.iter().map(|e| e.date_text(Lang::En)).collect();
    assert_eq!(texts, ["13.8 billion years ago", "4.5 billion years ago", "10000 BCE", "2020"]);
    assert_eq!(l.story.events[0].date_text(Lang::Fr), "il y a 13,8 milliards d’années");
    // Only a year beyond what the axis's arithmetic holds is left out, and named.
    starts(&l.skipped, &["events[0].start_date.year: -200000000000 is beyond the 100000000000 years"]);
    // JSON out and back, and the sheet out and back, keep every year.
    let json = export::timelinejs(&l.story).to_string();
    assert_eq!(timelinejs::import(&json).unwrap().story, *l.story);
    let csv = export::csv(&l.story);
    assert_eq!(values(&load_bytes("x.csv", None, None, csv.as_bytes()).unwrap()), values(&l));
}

#[test]
fn times_of_day_are_kept_shown_and_ordered() {
    let l = load("times-of-day.json");
    assert_eq!(values(&l), ["2014-06-18", "2014-06-18T08:05", "2014-06-18T12:00:30", "2014-06-18T17:45"]);
    let texts: Vec<_> = l.story.events.iter().map(|e| e.date_text(Lang::En)).collect();
    assert_eq!(texts[1], "June 18, 2014, 8:05 AM");
    assert_eq!(l.story.events[3].date_text(Lang::Ru), "18 июня 2014 г., 17:45");
    assert_eq!(l.skipped, ["events[4].start_date.hour: 24 is not between 0 and 23"]);
}

#[test]
fn ties_keep_the_file_order() {
    let l = load("ties.json");
    let ids: Vec<_> = l.story.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["earlier", "first", "second", "third"]);
}

#[test]
fn the_title_slide_is_kept() {
    let l = load("title-slide.json");
    assert_eq!(l.story.title, "A river town");
    let slide = l.story.title_slide.as_ref().expect("a title slide");
    assert_eq!(datelines::story::plain(&slide.rich), "Forty years of floods and bridges.");
    let m = slide.media.as_ref().unwrap();
    assert_eq!((m.alt.as_str(), m.caption.as_str(), m.credit.as_str(), m.image), ("The old bridge at dusk", "The bridge", "Town archive", true));
    assert_eq!(slide.color.as_deref(), Some("#20304a"));
    assert_eq!(l.story.events[0].color.as_deref(), Some("goldenrod"));
    starts(&l.skipped, &["events[1].background.color: \"url(x)\" is not a colour"]);
}

#[test]
fn relative_and_protocol_relative_media_are_resolved() {
    let l = load("relative-media.json");
    let media: Vec<_> = l.story.events.iter().map(|e| e.media.clone().unwrap()).collect();
    let urls: Vec<_> = media.iter().map(|m| m.url.as_str()).collect();
    assert_eq!(urls, [
        "https://desk.example/graphics/tl/media/quay.jpg",
        "https://desk.example/graphics/shared/map.png",
        "https://images.example/tower.webp",
        "http://legacy.example/hall.gif",
        "https://open.spotify.com/episode/7abcXYZ",
    ]);
    assert_eq!(media.iter().map(|m| m.image).collect::<Vec<_>>(), [true, true, true, false, false]);
    assert_eq!((media[0].alt.as_str(), media[0].credit.as_str(), media[1].caption.as_str()), ("The quay", "Staff", "A map"));
    assert_eq!(media[4].provider.as_deref(), Some("Spotify"));
    starts(&l.skipped, &["events[3].media.url: an http: image is shown as a link"]);
}

#[test]
fn embed_codes_become_links_to_their_source() {
    let l = load("embed-codes.json");
    let media: Vec<_> = l.story.events.iter().map(|e| e.media.as_ref().map(|m| (m.url.as_str(), m.provider.as_deref()))).collect();
    assert_eq!(media, [
        Some(("https://www.youtube-nocookie.com/embed/abc123", Some("YouTube"))),
        Some(("https://social.example/u/1/status/9", None)),
        Some(("https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1", Some("SoundCloud"))),
        None,
    ]);
    assert_eq!(l.skipped, ["events[3].media.url: an embed code with no source address to link to"]);
}

#[test]
fn a_byte_order_mark_is_no_obstacle() {
    let l = load("bom.json");
    assert_eq!((values(&l), l.skipped.len()), (vec!["2015".to_string()], 0));
    let text = std::fs::read_to_string("tests/data/tljs/bom.json").unwrap();
    assert!(text.starts_with('\u{feff}'), "the file keeps its mark");
    assert!(timelinejs::import(&text).is_ok(), "the library reads it too");
}

#[test]
fn latin1_is_decoded_with_a_notice() {
    let l = load("latin1.json");
    assert_eq!(l.story.title, "Caf\u{e9} culture");
    assert_eq!(l.story.events[0].text, "Cr\u{e8}me, caf\u{e9} and \u{e9}clairs.");
    assert_eq!(l.skipped, ["the file is not UTF-8: it was read as Latin-1 (Windows-1252)"]);
}

#[test]
fn the_sheet_template_reads_and_round_trips() {
    let l = load("sheet.csv");
    assert!(l.skipped.is_empty(), "{:?}", l.skipped);
    assert_eq!(values(&l), ["-300", "1991-05-02T06:30", "1991-05-02T18:00", "1993"]);
    assert_eq!(l.story.title, "A market square");
    let slide = l.story.title_slide.as_ref().unwrap();
    assert_eq!(slide.media.as_ref().unwrap().url, "https://desk.example/graphics/tl/media/square.jpg");
    assert_eq!((l.story.eras.len(), l.story.events[3].display.as_deref()), (1, Some("Spring 1993")));
    let csv = sheet::write_csv(&l.story);
    assert_eq!(sheet::write_csv(&sheet::import_csv(&csv, None).unwrap().story), csv, "CSV -> story -> CSV");
    let json = export::timelinejs(&l.story).to_string();
    let via_csv = sheet::import_csv(&export::csv(&timelinejs::import(&json).unwrap().story), None).unwrap().story;
    assert_eq!(export::timelinejs(&via_csv).to_string(), json, "JSON -> CSV -> JSON");
}

#[test]
fn hostile_text_round_trips_exactly() {
    let l = load("hostile.json");
    assert!(l.skipped.is_empty(), "{:?}", l.skipped);
    let s = &*l.story;
    assert_eq!(s.title, "AT&amp;T <script> and a <b> c");
    assert_eq!(s.eras[0].label, "</script><b>era</b>");
    let e = &s.events[0];
    assert_eq!((e.id.as_str(), e.title.as_str(), e.group.as_deref()), ("two words here", "a <b> c", Some("</script>")));
    assert_eq!(e.display.as_deref(), Some("<img src=x onerror=alert(1)>"));
    assert_eq!(e.actors, ["<svg onload=x>", "A &amp; B"]);
    assert_eq!(e.text, "Keep this &amp; that");
    let m = e.media.as_ref().unwrap();
    assert_eq!((m.alt.as_str(), m.caption.as_str(), m.credit.as_str()), ("<i>alt</i>", "Tom & Jerry", "AT&amp;T"));
    assert_eq!((m.url.as_str(), m.link.as_deref()), ("https://pictures.example/a.png?x=1&copy=2", Some("https://pictures.example/?a=1&lt=2")));
    let again = timelinejs::import(&export::timelinejs(s).to_string()).unwrap();
    assert!(again.skipped.is_empty(), "{:?}", again.skipped);
    assert_eq!(&again.story, s, "import -> export JSON -> import");
    let via_csv = sheet::import_csv(&export::csv(s), None).unwrap();
    assert_eq!(&via_csv.story, s, "import -> export CSV -> import");
}

#[test]
fn thumbnails_are_resolved_kept_over_https_and_written_back() {
    let l = load("thumbnails.json");
    let thumbs: Vec<Option<&str>> = l.story.events.iter().map(|e| e.media.as_ref().and_then(|m| m.thumbnail.as_deref())).collect();
    assert_eq!(thumbs, [Some("https://pictures.example/thumbs/horn.jpg"), None, Some("https://desk.example/graphics/tl/thumbs/crane.jpg")]);
    assert_eq!(l.skipped, ["events[1].media.thumbnail: an http: thumbnail is not shown (the page loads images over https only)"]);
    let json = export::timelinejs(&l.story).to_string();
    assert_eq!(timelinejs::import(&json).unwrap().story, *l.story);
    let csv = export::csv(&l.story);
    assert!(csv.contains(",https://desk.example/graphics/tl/thumbs/crane.jpg,"), "{csv}");
    assert_eq!(sheet::import_csv(&csv, None).unwrap().story, *l.story);
}
