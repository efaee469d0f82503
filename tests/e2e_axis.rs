//! End to end, what issue 13 left on the axis and the card, as `?data=`
//! shows it under the strict CSP: deep time on a year-only axis (in each
//! language), times of day at day zoom, the title slide as the first card
//! (keys, play, the compact view), and media thumbnails. Same setup as
//! tests/e2e_import.rs; screenshots in target/e2e/.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::server::StaticServer;
use support::READY;
use support::webdriver::{Browser, ARROW_LEFT, ARROW_RIGHT};

/// WebDriver's End key.
const END: &str = "\u{E010}";

fn serve() -> StaticServer {
    StaticServer::start(support::dist(), support::tljs_fixtures())
}

fn open(b: &Browser, server: &StaticServer, query: &str) {
    b.goto(&format!("{}/index.html?{query}", server.base));
    b.wait_for(query, READY, 60);
    b.eval("window.__csp = 0; document.addEventListener('securitypolicyviolation', () => window.__csp++); return true", vec![]);
}

fn strings(b: &Browser, script: &str) -> Vec<String> {
    let v = b.eval(script, vec![]);
    v.as_array().unwrap_or_else(|| panic!("{v}")).iter().map(|x| x.as_str().unwrap_or_default().to_string()).collect()
}

/// The markers on the track, left to right on screen: (event id, left edge).
fn markers_on_screen(b: &Browser) -> Vec<(String, f64)> {
    let v = b.eval(
        "return [...document.querySelectorAll('.on-track [role=tab][data-event-id]')].map(m => [m.dataset.eventId, m.getBoundingClientRect().left])",
        vec![],
    );
    v.as_array().unwrap().iter().map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_f64().unwrap())).collect()
}

fn tick_labels(b: &Browser) -> Vec<String> {
    strings(b, "return [...document.querySelectorAll('.tick text')].map(t => t.textContent)")
}

fn assert_no_violations(b: &Browser, view: &str) {
    let violations = b.axe_tags(&["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
    assert!(violations.is_empty(), "{view}: axe found {} violation(s): {:#?}", violations.len(), violations);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn deep_time_is_drawn_on_a_year_axis_in_each_language() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "data=fixtures/tljs/deep-time.json&lang=en");
    // Every readable event is on the track, in the order of its years.
    let on_screen = markers_on_screen(&b);
    assert_eq!(on_screen.len(), 4, "{on_screen:?}");
    assert!(on_screen.windows(2).all(|w| w[0].1 < w[1].1), "left to right in time order: {on_screen:?}");
    let ticks = tick_labels(&b);
    assert!(ticks.iter().any(|t| t.ends_with("B years ago")), "{ticks:?}");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.text_content(".card-date"), "13.8 billion years ago");
    assert!(b.text_content("[role=\"alert\"]").contains("events[0].start_date.year: -200000000000 is beyond"));
    b.screenshot(&support::artifacts_dir().join("axis-deep-time.png"));
    // Zoomed far in, the axis still steps in years and the page answers.
    for _ in 0..12 {
        b.send_keys("#timeline-root", "+");
    }
    let deep = tick_labels(&b);
    assert!(!deep.is_empty() && deep.iter().all(|t| !t.is_empty() && !t.contains(':')), "years, never a clock: {deep:?}");
    assert_no_violations(&b, "deep time");

    open(&b, &server, "data=fixtures/tljs/deep-time.json&lang=fr");
    assert!(tick_labels(&b).iter().any(|t| t.starts_with("il y a")), "{:?}", tick_labels(&b));
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.text_content(".card-date"), "il y a 13,8 milliards d’années");
    open(&b, &server, "data=fixtures/tljs/deep-time.json&lang=ru");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.text_content(".card-date"), "4,5 млрд лет назад");
    b.screenshot(&support::artifacts_dir().join("axis-deep-time-ru.png"));
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn times_of_one_day_sit_at_their_hours() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "data=fixtures/tljs/times-of-day.json&lang=en");
    // The file's events of one day: the one without a time at the day's
    // start, the others at their times, and hour ticks between them.
    let ids: Vec<String> = markers_on_screen(&b).into_iter().map(|m| m.0).collect();
    assert_eq!(ids, b.marker_ids(), "on screen in time order");
    let ticks = tick_labels(&b);
    assert!(ticks.iter().filter(|t| t.ends_with(" AM") || t.ends_with(" PM")).count() >= 3, "{ticks:?}");
    assert!(ticks.iter().any(|t| t == "12:00 PM"), "{ticks:?}");
    b.screenshot(&support::artifacts_dir().join("axis-times-of-day.png"));
    // Zoomed in, the ticks come closer than an hour and say so.
    for _ in 0..4 {
        b.send_keys("#timeline-root", "+");
    }
    let fine = tick_labels(&b);
    assert!(fine.iter().any(|t| t.contains(":15") || t.contains(":30") || t.contains(":45")), "{fine:?}");
    open(&b, &server, "data=fixtures/tljs/times-of-day.json&lang=fr");
    assert!(tick_labels(&b).iter().any(|t| t == "12 h 00"), "{:?}", tick_labels(&b));
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_title_slide_is_the_first_card_by_keys_and_by_play() {
    let server = serve();
    let views = [
        ("reader", 1280, "data=fixtures/tljs/title-slide.json"),
        ("compact", 1280, "data=fixtures/tljs/title-slide.json&view=timeline"),
        ("narrow", 390, "data=fixtures/tljs/title-slide.json"),
    ];
    for (view, width, query) in views {
        let b = Browser::start(width, 900);
        open(&b, &server, query);
        let card = "#event-card.title-slide";
        assert!(b.text_content(&format!("{card} .card-title")).contains("A river town"), "{view}");
        assert!(b.text_content(card).contains("Forty years of floods and bridges."), "{view}");
        assert_eq!(b.eval(&format!("return document.querySelector('{card} img').alt"), vec![]), "The old bridge at dusk");
        let color = b.eval(&format!("return getComputedStyle(document.querySelector('{card}')).getPropertyValue('--dl-data-color').trim()"), vec![]);
        assert_eq!(color, "#20304a", "{view}");
        assert_eq!(b.eval("return document.querySelectorAll('.masthead .title-slide').length", vec![]), 0, "{view}: one place for the slide");
        assert_eq!(b.selected_event(), None);
        b.screenshot(&support::artifacts_dir().join(format!("axis-title-card-{view}.png")));
        assert_no_violations(&b, view);
        // After it the first event; before the first event, it again.
        b.send_keys("#timeline-root", ARROW_RIGHT);
        let first = b.marker_ids()[0].clone();
        assert_eq!(b.selected_event().as_deref(), Some(first.as_str()), "{view}");
        b.wait_for(&format!("{view}: the address names the first event"), "return location.hash.startsWith('#event=')", 5);
        assert_eq!(b.eval(&format!("return document.querySelector('{card}') === null"), vec![]), true);
        b.send_keys("[role=tab][aria-selected=\"true\"]", ARROW_LEFT);
        b.wait_for("the title card again", &format!("return document.querySelector('{card}') !== null"), 5);
        assert_eq!(b.selected_event(), None);
        b.wait_for(&format!("{view}: the address names no event on the title"), "return location.hash === ''", 5);
        // A play from the last event starts over on it, then the first event.
        b.send_keys("#timeline-root", END);
        assert_ne!(b.selected_event(), None);
        b.click(".play-toggle");
        b.wait_for("the play on the title", &format!("return document.querySelector('{card}') !== null"), 5);
        b.wait_for("the play on the first event", &format!("return document.querySelector('[role=tab][data-event-id=\"{first}\"][aria-selected=\"true\"]') !== null"), 8);
        assert_eq!(b.eval("return window.__csp", vec![]), 0, "{view}");
    }
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn thumbnails_fill_markers_and_head_link_cards() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "data=fixtures/tljs/thumbnails.json");
    let dots = strings(&b, "return [...document.querySelectorAll('.marker .dot.thumb img')].map(i => i.getAttribute('src'))");
    assert_eq!(dots, ["https://pictures.example/thumbs/horn.jpg"], "an https thumbnail fills its marker's dot");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.text_content("#event-card .provider-name"), "SoundCloud");
    let card = b.eval("const i = document.querySelector('#event-card .media.has-thumbnail img.thumbnail'); return i && i.getAttribute('src')", vec![]);
    assert_eq!(card, "https://pictures.example/thumbs/horn.jpg");
    // Served over http here, a relative thumbnail resolves to http: named, not shown.
    let notice = b.text_content("[role=\"alert\"]");
    assert!(notice.contains("events[1].media.thumbnail: an http: thumbnail is not shown"), "{notice}");
    assert!(notice.contains("events[2].media.thumbnail: an http: thumbnail is not shown"), "{notice}");
    let not_https = b.eval("return [...document.querySelectorAll('img')].map(i => i.getAttribute('src')).filter(s => !/^https:/i.test(s))", vec![]);
    assert_eq!(not_https, serde_json::json!([]));
    b.screenshot(&support::artifacts_dir().join("axis-thumbnails.png"));
    assert_no_violations(&b, "thumbnails");
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}
