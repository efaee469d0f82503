//! End to end, the timeline a visitor reads: every event of a short story is
//! its own marker at "fit all", titles show whole, `?view=timeline` is a
//! compact page, play steps through the events, and axe-core finds nothing.
//! Same setup as tests/e2e.rs (release `dist/`, strict CSP, headless
//! Chromium). The benchmark's seed file is read in place from
//! `../shared/bench/data/seed.json`; the test that needs it skips without it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::StaticServer;
use support::READY;
use support::webdriver::{Browser, ARROW_RIGHT};


fn seed_file() -> Option<String> {
    let path = support::project_dir().join("../shared/bench/data/seed.json");
    std::fs::read_to_string(&path).ok()
}

/// Fifty-four events a month apart, and six on one day: more than three lanes
/// can hold at one position.
fn crowd() -> Value {
    let mut events: Vec<Value> = (0..54)
        .map(|i| json!({"start_date": {"year": 2015 + i / 12, "month": 1 + i % 12, "day": 10},
                        "text": {"headline": format!("Monthly report {i}")}, "unique_id": format!("m{i}")}))
        .collect();
    for i in 0..6 {
        events.push(json!({"start_date": {"year": 2017, "month": 3, "day": 20},
                           "text": {"headline": format!("Same-day statement {i}")}, "unique_id": format!("same{i}")}));
    }
    json!({"title": "Crowded", "events": events})
}

/// 450 events a week apart: more than the list and the reader render at once.
fn long() -> Value {
    let events: Vec<Value> = (0..450)
        .map(|i| json!({"start_date": {"year": 2001 + i / 52, "month": 1 + (i % 52) / 5, "day": 1 + (i % 52 % 5) * 6},
                        "text": {"headline": format!("Weekly note {i}"), "text": format!("What week {i} brought.")}, "unique_id": format!("w{i}")}))
        .collect();
    json!({"title": "Long", "events": events})
}

fn serve() -> StaticServer {
    let dist = support::project_dir().join("dist");
    assert!(dist.join("index.html").exists(), "no dist/index.html: run `trunk build index.html --release` first");
    let mut fixtures = HashMap::new();
    if let Some(seed) = seed_file() {
        fixtures.insert("/fixtures/seed.json".to_string(), seed);
    }
    fixtures.insert("/fixtures/crowd.json".to_string(), crowd().to_string());
    fixtures.insert("/fixtures/long.json".to_string(), long().to_string());
    StaticServer::start(dist, fixtures)
}

fn open(b: &Browser, server: &StaticServer, page: &str) {
    b.goto(&format!("{}/{page}", server.base));
    b.wait_for("the timeline", READY, 60);
    // The wide track appears once the page knows its width.
    std::thread::sleep(std::time::Duration::from_millis(300));
}

/// What the track shows: distinct marker ids, clusters, and per marker whether
/// its title is whole (not clamped), its lines, and its label's box.
const TRACK: &str = "const track = document.querySelector('.track');
    const box = track ? track.getBoundingClientRect() : null;
    const markers = [...document.querySelectorAll('.on-track [role=tab][data-event-id]')];
    return {
      track: !!track,
      ids: [...new Set(markers.map(m => m.dataset.eventId))],
      clusters: document.querySelectorAll('.cluster').length,
      markers: markers.map(m => {
        const t = m.querySelector('.marker-title'), r = m.getBoundingClientRect(), l = m.querySelector('.marker-text').getBoundingClientRect();
        const line = parseFloat(getComputedStyle(t).lineHeight);
        return {id: m.dataset.eventId, title: t.textContent, hidden: m.classList.contains('no-label'),
                whole: t.scrollHeight <= t.clientHeight + 1, lines: Math.round(t.clientHeight / line),
                inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top && r.bottom <= box.bottom,
                label: [l.left, l.top, l.right, l.bottom], title_attr: m.getAttribute('title')};
      }),
    };";

fn overlapping(markers: &[Value]) -> Vec<(String, String)> {
    let boxes: Vec<(String, [f64; 4])> = markers
        .iter()
        .filter(|m| m["hidden"] == false)
        .map(|m| {
            let l = m["label"].as_array().unwrap();
            (m["id"].as_str().unwrap().to_string(), [0, 1, 2, 3].map(|i| l[i].as_f64().unwrap()))
        })
        .collect();
    let mut out = Vec::new();
    for (i, (a, x)) in boxes.iter().enumerate() {
        for (b, y) in &boxes[i + 1..] {
            if x[0] < y[2] - 1.0 && y[0] < x[2] - 1.0 && x[1] < y[3] - 1.0 && y[1] < x[3] - 1.0 {
                out.push((a.clone(), b.clone()));
            }
        }
    }
    out
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_seed_file_shows_every_event_as_its_own_marker() {
    let Some(seed) = seed_file() else {
        eprintln!("skipped: ../shared/bench/data/seed.json is absent");
        return;
    };
    let events = serde_json::from_str::<Value>(&seed).unwrap()["events"].as_array().unwrap().len();
    let server = serve();
    let b = Browser::start(1280, 800);
    open(&b, &server, "index.html?data=fixtures/seed.json");
    let t = b.eval(TRACK, vec![]);
    assert_eq!(t["track"], true, "{t}");
    assert_eq!(t["ids"].as_array().unwrap().len(), events, "{t}");
    assert_eq!(t["clusters"], 0, "{t}");
    let markers = t["markers"].as_array().unwrap();
    assert!(markers.iter().all(|m| m["inside"] == true), "every marker on the track: {t}");
    assert!(markers.iter().all(|m| m["hidden"] == false && m["whole"] == true), "every title whole: {t:#}");
    assert_eq!(overlapping(markers), vec![], "labels overlap");
    b.screenshot(&support::artifacts_dir().join("timeline-seed-1280.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn titles_show_whole_on_wide_screens_and_keep_their_text_when_cut() {
    let server = serve();
    for (w, h) in [(1024, 768), (1280, 800)] {
        let b = Browser::start(w, h);
        open(&b, &server, "index.html");
        let t = b.eval(TRACK, vec![]);
        let markers = t["markers"].as_array().unwrap();
        assert!(markers.len() >= 6 && t["ids"].as_array().unwrap().len() == markers.len(), "{w}px: {t}");
        assert_eq!(t["clusters"], 0, "{w}px: {t}");
        for m in markers {
            assert!(m["hidden"] == false && m["whole"] == true, "{w}px: a title is cut: {m}");
            assert!(m["lines"].as_u64().unwrap() <= 2, "{w}px: more than two lines: {m}");
            assert_eq!(m["title_attr"], m["title"], "{w}px: the tooltip is the title");
        }
        assert_eq!(overlapping(markers), vec![], "{w}px: labels overlap");
        b.screenshot(&support::artifacts_dir().join(format!("timeline-titles-{w}.png")));
    }
    // Zoomed out of room (a narrow window that still draws the track): a cut
    // title keeps its whole text in the marker's name and tooltip.
    let b = Browser::start(920, 800);
    open(&b, &server, "index.html");
    let names = b.eval(
        "return [...document.querySelectorAll('.on-track [role=tab][data-event-id]')].map(m =>
           [m.getAttribute('title'), m.querySelector('.marker-title').textContent, m.getAttribute('aria-label')]);",
        vec![],
    );
    for n in names.as_array().unwrap() {
        assert_eq!(n[0], n[1], "the tooltip is the whole title: {n}");
        assert_eq!(n[2], Value::Null, "the name comes from the whole text, not a label: {n}");
    }
}

fn assert_no_violations(b: &Browser, view: &str) {
    let violations = b.axe_tags(&["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
    assert!(violations.is_empty(), "{view}: axe found {} violation(s): {:#?}", violations.len(), violations);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn axe_finds_nothing_in_five_views() {
    let server = serve();
    let views: [(&str, u32, u32, &str, bool); 5] = [
        ("default", 1280, 900, "index.html", false),
        ("dark", 1280, 900, "index.html?theme=dark", false),
        ("390 px", 390, 844, "index.html", false),
        ("timeline view", 1280, 900, "index.html?view=timeline", false),
        ("embed dialog", 1280, 900, "index.html", true),
    ];
    for (name, w, h, page, dialog) in views {
        let b = Browser::start(w, h);
        open(&b, &server, page);
        b.send_keys("#timeline-root", ARROW_RIGHT);
        b.send_keys("#timeline-root", ARROW_RIGHT);
        if dialog {
            b.click(".embed-open");
            assert_eq!(b.eval("return document.querySelector('.embed-dialog').open", vec![]), true);
        }
        b.screenshot(&support::artifacts_dir().join(format!("axe-view-{}.png", name.replace(' ', "-"))));
        assert_no_violations(&b, name);
    }
}

fn page_height(b: &Browser) -> f64 {
    b.eval("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)", vec![]).as_f64().unwrap()
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_timeline_view_is_short_and_quotes_the_selected_sentence() {
    let server = serve();
    // The sentence of each event, as the full page highlights it.
    let b = Browser::start(1280, 800);
    open(&b, &server, "index.html");
    let all = b.marker_ids();
    assert!(all.len() >= 6, "{all:?}");
    let pick = all[3].clone();
    open(&b, &server, &format!("index.html#event={pick}"));
    let sentence = b.eval("const s = document.querySelector('[data-highlighted=\"true\"]'); return s && s.textContent.trim()", vec![]);
    let sentence = sentence.as_str().expect("a highlighted sentence").to_string();
    for (w, h, most) in [(1280, 800, 720.0), (390, 844, 1100.0)] {
        let b = Browser::start(w, h);
        open(&b, &server, "index.html?view=timeline");
        assert_eq!(b.eval("return document.querySelectorAll('article.reader, [data-event-ref], #ratification-tracker').length", vec![]), 0, "{w}px: no article text");
        // Every event in turn (arrow keys): the page stays short with each card.
        let mut tallest: f64 = page_height(&b);
        for i in 0..all.len() {
            b.send_keys("#timeline-root", ARROW_RIGHT);
            assert_eq!(b.selected_event().as_deref(), Some(all[i].as_str()), "{w}px: the arrow key moves to the next event");
            let now = page_height(&b);
            if now > tallest {
                b.screenshot(&support::artifacts_dir().join(format!("timeline-view-{w}-tallest.png")));
            }
            tallest = tallest.max(now);
        }
        eprintln!("{w}px: the tallest page, over every event, is {tallest} px");
        assert!(tallest <= most, "{w}px: the page is {tallest} px tall (at most {most})");
        // A deep link opens its event, and the card quotes its sentence.
        open(&b, &server, &format!("index.html?view=timeline&lang=en#event={pick}"));
        assert_eq!(b.selected_event().as_deref(), Some(pick.as_str()), "{w}px: the deep link");
        let quote = b.eval("const q = document.querySelector('.event-card .card-quote'); return q && q.textContent.trim()", vec![]);
        let quote = quote.as_str().unwrap_or_else(|| panic!("{w}px: no quote in the card")).to_string();
        assert!(sentence.contains(&quote) || quote.contains(&sentence), "{w}px: the card quotes {quote:?}, the sentence is {sentence:?}");
        // The link opens the full page on that event, with the story's options but not the view's.
        let href = b.eval("return document.querySelector('.event-card a.open-full').href", vec![]);
        let href = href.as_str().unwrap();
        assert!(href.contains("/index.html?lang=en#event=") && !href.contains("view="), "{href}");
        b.screenshot(&support::artifacts_dir().join(format!("timeline-view-{w}.png")));
    }
}

/// A news page that embeds the compact view through embed.js.
const COMPACT_HOST: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A news page</h1>
<div class="datelines-embed" data-src="../index.html?embed=1&amp;view=timeline" data-title="Timeline"></div>
<script src="../embed.js"></script>
</body></html>"#;

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_embedded_timeline_view_takes_its_content_height() {
    let dist = support::project_dir().join("dist");
    let server = StaticServer::start(dist, HashMap::from([("/demo/compact.html".to_string(), COMPACT_HOST.to_string())]));
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/demo/compact.html", server.base));
    let fitted = "const f = document.querySelector('iframe'); const d = f && f.contentDocument;
        if (!d || !d.querySelector('#timeline-root[data-ready=\"true\"]')) return false;
        return Math.abs(f.getBoundingClientRect().height - d.documentElement.getBoundingClientRect().height) <= 2;";
    b.wait_for("the frame sized to its content", fitted, 40);
    let first = b.eval("return document.querySelector('iframe').getBoundingClientRect().height", vec![]).as_f64().unwrap();
    assert!(first < 800.0, "the compact frame is {first} px tall");
    b.eval("const d = document.querySelector('iframe').contentDocument; const t = d.querySelectorAll('[role=tab][data-event-id]'); t[t.length - 1].click(); return true", vec![]);
    b.wait_for("the frame sized after a selection", fitted, 10);
    b.cdp("Emulation.setDeviceMetricsOverride", json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}));
    b.wait_for("the frame sized at 390 px", fitted, 20);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn play_steps_through_every_event_and_stops_on_a_key() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "index.html");
    let all = b.marker_ids();
    assert_eq!(b.eval("return document.querySelector('.play-toggle.playing')", vec![]), Value::Null, "a play never starts by itself");
    // Record each selection and what the live region says while the play runs.
    b.eval(
        "window.__seen = []; window.__said = [];
         const live = document.querySelector('#timeline-root [aria-live]');
         new MutationObserver(() => window.__said.push(live.textContent)).observe(live, {childList: true, subtree: true, characterData: true});
         const note = () => { const s = document.querySelector('[role=tab][aria-selected=\"true\"]');
           if (s && window.__seen[window.__seen.length - 1] !== s.dataset.eventId) window.__seen.push(s.dataset.eventId); };
         window.__noteNow = note; window.__note = setInterval(note, 100); return true;",
        vec![],
    );
    b.click(".play-toggle");
    b.wait_for("the play to end", "return document.querySelector('.play-toggle.playing') === null && window.__seen.length > 1", 3 * all.len() as u64 + 10);
    // One more look: the last step and the end of the play come together,
    // possibly between two of the samples.
    let seen: Vec<String> = serde_json::from_value(b.eval("clearInterval(window.__note); window.__noteNow(); return window.__seen", vec![])).unwrap();
    assert_eq!(seen, all, "the play visits every event in order");
    let said: Vec<String> = serde_json::from_value(b.eval("return window.__said", vec![])).unwrap();
    let titles: Vec<String> = serde_json::from_value(b.eval("return [...document.querySelectorAll('[role=tab] .marker-title')].map(t => t.textContent)", vec![])).unwrap();
    assert!(said.iter().filter(|s| !s.is_empty()).all(|s| titles.contains(s)), "only headlines are announced: {said:?}");
    // Again (from the first), and a key press stops it where it is.
    b.click(".play-toggle");
    b.wait_for("the second event", &format!("const s = document.querySelector('[role=tab][aria-selected=\"true\"]'); return !!s && s.dataset.eventId === '{}'", all[1]), 10);
    b.send_keys("#timeline-root", "x");
    assert_eq!(b.eval("return document.querySelector('.play-toggle.playing')", vec![]), Value::Null, "a key stops the play");
    let at = b.selected_event();
    std::thread::sleep(std::time::Duration::from_millis(3500));
    assert_eq!(b.selected_event(), at, "stopped: no more steps");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_cluster_zooms_to_its_events_or_selects_one_of_a_single_day() {
    let server = serve();
    let b = Browser::start(1280, 800);
    open(&b, &server, "index.html?data=fixtures/crowd.json");
    let clusters = b.eval("return [...document.querySelectorAll('.cluster')].map(c => c.textContent)", vec![]);
    assert!(!clusters.as_array().unwrap().is_empty(), "six events of one day fold beyond three lanes: {clusters}");
    let ticks = || b.eval("return [...document.querySelectorAll('.tick text')].map(t => t.textContent).join(' ')", vec![]);
    let before = ticks();
    b.click(".cluster");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_ne!(ticks(), before, "the cluster zoomed in");
    let picked = b.selected_event();
    let shown = b.marker_ids();
    assert!(picked.as_deref().is_some_and(|p| p.starts_with("same")) || shown.iter().filter(|i| i.starts_with("same")).count() == 6,
            "its events are in view, or one of a single day's is selected: {picked:?} {shown:?}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_long_list_goes_to_the_events_it_leaves_out() {
    let server = serve();
    let b = Browser::start(390, 844);
    open(&b, &server, "index.html?data=fixtures/long.json");
    let listed = "return [...document.querySelectorAll('.markers.list [role=tab]')].map(m => m.dataset.eventId)";
    let first = b.eval(listed, vec![]);
    let first: Vec<&str> = first.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!((first.len(), first[0], *first.last().unwrap()), (200, "w0", "w199"), "a window of the list");
    assert!(b.text_content(".timeline .more.later").starts_with("250 "), "{}", b.text_content(".timeline .more.later"));
    assert_eq!(b.eval("return document.querySelectorAll('.timeline .more.earlier').length", vec![]), 0);
    assert_no_violations(&b, "a long list at phone width");
    b.click(".timeline .more.later button");
    b.wait_for("the event after the window", "return document.querySelector('[role=tab][aria-selected=true]')?.dataset.eventId === 'w200'", 10);
    let moved = b.eval(listed, vec![]);
    let moved: Vec<&str> = moved.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(moved.contains(&"w200") && moved.contains(&"w260") && !moved.contains(&"w0"), "{moved:?}");
    assert!(b.text_content(".timeline .more.earlier").contains("earlier"), "the line above the window");
    // The reader's own window follows, and goes back the same way.
    let reader = b.text_content(".reader");
    assert!(reader.contains("What week 200 brought.") && !reader.contains("What week 0 brought."), "the reader's window moved too");
    b.click(".timeline .more.earlier button");
    b.wait_for("the event before the window", "const s = document.querySelector('[role=tab][aria-selected=true]'); return s && s.dataset.eventId !== 'w200'", 10);
    let back = b.eval("return document.querySelector('[role=tab][aria-selected=true]').dataset.eventId", vec![]);
    let before: usize = back.as_str().unwrap()[1..].parse().unwrap();
    assert!(before < 200, "went to {back}");
    assert!(b.severe_logs().is_empty());
    b.screenshot(&support::artifacts_dir().join("long-list-narrow.png"));
}
