//! End to end, what a reader does: keyboard, deep links, zoom, find and
//! filter, reading-linked marking, themes, languages, the phone layout, and
//! axe-core in light and dark, wide and narrow. Same setup as tests/e2e.rs
//! (release `dist/`, strict CSP, headless Chromium); screenshots in target/e2e/.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::StaticServer;
use support::READY;
use support::webdriver::{Browser, ARROW_LEFT, ARROW_RIGHT};

const HOME: &str = "\u{E011}";
const END: &str = "\u{E010}";

fn serve() -> StaticServer {
    let dist = support::project_dir().join("dist");
    assert!(dist.join("index.html").exists(), "no dist/index.html: run `trunk build index.html --release` first");
    let lanes = json!({
        "title": "Lanes",
        "eras": [{"start_date": {"year": 2001}, "end_date": {"year": 2003}, "text": {"headline": "First term"}}],
        "events": [
            {"start_date": {"year": 2001, "month": 3}, "group": "Senate", "text": {"headline": "Bill passes the Senate"}, "unique_id": "s1"},
            {"start_date": {"year": 2002, "month": 5}, "group": "House", "text": {"headline": "House votes"}, "unique_id": "h1"},
            {"start_date": {"year": 2003, "month": 1}, "end_date": {"year": 2004, "month": 6}, "group": "Senate", "text": {"headline": "Long inquiry"}, "unique_id": "s2"},
            {"start_date": {"year": 2004, "month": 9}, "group": "House", "unique_id": "rtl",
             "text": {"headline": "הכנסת אישרה את ההסכם", "text": "הכנסת אישרה את ההסכם בקריאה שלישית"}},
            {"start_date": {"year": 2004, "month": 11}, "group": "House", "unique_id": "long",
             "text": {"headline": "Превысокомногорассмотрительствующий", "text": "Превысокомногорассмотрительствующий и человеконенавистничество"}}
        ]
    });
    StaticServer::start(dist, HashMap::from([("/fixtures/lanes.json".to_string(), lanes.to_string())]))
}

fn open(b: &Browser, server: &StaticServer, query: &str) {
    b.goto(&format!("{}/index.html{query}", server.base));
    b.wait_for("the timeline", READY, 30);
}

fn text(b: &Browser, css: &str) -> String {
    b.eval("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", vec![json!(css)]).as_str().unwrap().to_string()
}

fn shot(b: &Browser, name: &str) {
    b.screenshot(&support::artifacts_dir().join(format!("{name}.png")));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn keyboard_moves_focus_and_selection_together() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let all = b.marker_ids();
    b.send_keys("#timeline-root", END);
    assert_eq!(b.selected_event().as_ref(), all.last());
    b.send_keys("#timeline-root", HOME);
    assert_eq!(b.selected_event().as_ref(), all.first());
    // With focus on a marker, the arrows carry focus along (roving tabindex).
    b.send_keys(&format!("[role=tab][data-event-id=\"{}\"]", all[0]), ARROW_RIGHT);
    let focused = b.eval("return document.activeElement.dataset.eventId", vec![]);
    assert_eq!(focused.as_str(), Some(all[1].as_str()));
    assert_eq!(b.selected_event().as_deref(), Some(all[1].as_str()));
    b.send_keys(&format!("[role=tab][data-event-id=\"{}\"]", all[1]), ARROW_LEFT);
    assert_eq!(b.selected_event().as_deref(), Some(all[0].as_str()));
    let tabbable = b.eval("return document.querySelectorAll('[role=tab][tabindex=\"0\"]').length", vec![]);
    assert_eq!(tabbable, 1);
    // The live region says only the title and the date.
    let live = text(&b, "#timeline-root [aria-live=polite].visually-hidden");
    assert!(live.contains("1953") && live.len() < 120, "{live}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn stepping_through_events_jumps_to_each_sentence() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let all = b.marker_ids();
    // A first pick glides to its sentence; a step taken while it glides
    // (first to last event: the longest way) lands at once.
    b.click(&format!("[role=tab][data-event-id=\"{}\"]", all[0]));
    b.send_keys("#timeline-root", END);
    let moves = b.eval_async(
        "const done = arguments[arguments.length - 1], last = arguments[0];
         const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
         (async () => {
           while (!document.querySelector(`[data-highlighted=\"true\"][data-event-ref~=\"${last}\"]`)) await frame();
           await frame(); await frame();
           const at = window.scrollY;
           await new Promise(r => setTimeout(r, 400));
           const s = document.querySelector('[data-highlighted=\"true\"]').getBoundingClientRect();
           done({at, after: window.scrollY, visible: s.top >= 0 && s.bottom <= window.innerHeight});
         })();",
        vec![json!(all.last().unwrap())],
    );
    assert_eq!(moves["visible"], true, "the last event's sentence is in view: {moves}");
    assert_eq!(moves["at"], moves["after"], "the page was still moving after the step's frame: {moves}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn deep_links_select_on_load_and_follow_the_selection() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let all = b.marker_ids();
    let target = all.iter().find(|i| i.starts_with("2024-10-24")).unwrap().clone();
    open(&b, &server, &format!("#event={target}"));
    assert_eq!(b.selected_event().as_deref(), Some(target.as_str()));
    b.wait_for(
        "the linked sentence in view",
        "const s = document.querySelector('[data-highlighted=\"true\"]'); if (!s) return false;
         const r = s.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
        10,
    );
    let history = b.eval("return history.length", vec![]);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    // The address is written once the selection rests, a moment later.
    let selected = b.selected_event().expect("an event selected");
    b.wait_for("the address names the selection", &format!("return decodeURIComponent(location.hash) === '#event={selected}'"), 5);
    assert_eq!(b.eval("return history.length", vec![]), history, "replaceState, no history entries");
    // ?event= works too; an unknown id is ignored without an error.
    open(&b, &server, &format!("?event={}", all[0]));
    assert_eq!(b.selected_event().as_deref(), Some(all[0].as_str()));
    open(&b, &server, "#event=no-such-event");
    assert_eq!(b.selected_event(), None);
    assert!(b.severe_logs().is_empty());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn zoom_changes_the_axis_and_fit_restores_it() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let span = "const xs = [...document.querySelectorAll('.on-track [role=tab][data-event-id]')].map(e => parseFloat(e.dataset.x));
                return {n: xs.length, first: Math.min(...xs), last: Math.max(...xs),
                        ticks: [...document.querySelectorAll('.tick text')].map(t => t.textContent)};";
    let fit = b.eval(span, vec![]);
    assert_eq!(fit["n"], 7, "every seed event has its own marker at fit: {fit}");
    assert!(b.eval("return document.querySelectorAll('.axis-break').length", vec![]).as_u64() >= Some(1), "the decades between 1953 and 2016 are a break");
    b.click(".zoom-buttons .btn:nth-child(2)");
    b.click(".zoom-buttons .btn:nth-child(2)");
    let zoomed = b.eval(span, vec![]);
    assert_ne!(zoomed["ticks"], fit["ticks"], "ticks follow the zoom");
    assert!(zoomed["n"].as_u64() < fit["n"].as_u64() || zoomed["last"].as_f64().unwrap() - zoomed["first"].as_f64().unwrap() > fit["last"].as_f64().unwrap() - fit["first"].as_f64().unwrap());
    b.send_keys("#timeline-root", "-");
    b.click(".zoom-buttons .btn:nth-child(3)");
    assert_eq!(b.eval(span, vec![]), fit, "fit all restores the first view");
    // A drag pans (the pointer events the track listens to).
    b.eval(
        "const t = document.querySelector('.track'); const r = t.getBoundingClientRect();
         const ev = (type, x) => t.dispatchEvent(new PointerEvent(type, {pointerId: 7, clientX: x, clientY: r.top + 100, bubbles: true}));
         document.querySelector('.zoom-buttons .btn:nth-child(2)').click();
         ev('pointerdown', r.left + 300); ev('pointermove', r.left + 200); ev('pointerup', r.left + 200); return true;",
        vec![],
    );
    let panned = b.eval(span, vec![]);
    assert_ne!(panned, fit);
    shot(&b, "zoomed");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn filters_and_search_narrow_the_events_and_mark_the_article() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let before = b.marker_ids().len();
    b.eval(
        "const s = document.querySelector('.controls select'); s.value = 'ratification';
         s.dispatchEvent(new Event('change', {bubbles: true})); return true;",
        vec![],
    );
    let kept = b.marker_ids();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].starts_with("2024-10-24"));
    b.click(".controls .btn.link");
    assert_eq!(b.marker_ids().len(), before, "clear filters shows everything again");
    b.send_keys(".controls input[type=search]", "Pyongyang");
    let found = b.marker_ids();
    assert_eq!(found.len(), 2, "{found:?}");
    let marked = b.eval("return [...document.querySelectorAll('[data-match=\"true\"]')].map(s => s.textContent)", vec![]);
    let marked = marked.as_array().unwrap();
    assert!(!marked.is_empty() && marked.iter().all(|s| s.as_str().unwrap().contains("Pyongyang")), "{marked:?}");
    // Arrow keys step over the filtered-out events.
    b.send_keys("#timeline-root", HOME);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.selected_event().as_deref(), Some(found[1].as_str()));
    shot(&b, "search");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn search_finds_dates_as_the_readers_language_writes_them() {
    let server = serve();
    // Narrow: the list shows every event (no clusters), so marker_ids() is the whole story.
    let b = Browser::start(600, 900);
    open(&b, &server, "");
    let october: Vec<String> = b.marker_ids().into_iter().filter(|i| i.starts_with("2024-10")).collect();
    assert!(october.len() >= 2, "{october:?}");
    for (lang, word) in [("fr", "octobre"), ("ru", "октября")] {
        open(&b, &server, &format!("?lang={lang}"));
        // The page hydrates in its built language, then takes the address's.
        b.wait_for("the address's language", &format!("return document.documentElement.lang === '{lang}'"), 10);
        b.send_keys(".controls input[type=search]", word);
        b.wait_for(
            "the search to narrow the list",
            &format!("return document.querySelectorAll('[role=tab][data-event-id]').length === {}", october.len()),
            10,
        );
        let kept = b.marker_ids();
        assert_eq!(kept, october, "{lang}: {word}");
        let marked = b.eval("return document.querySelectorAll('.reader [data-match=\"true\"]').length", vec![]);
        assert!(marked.as_u64().unwrap() >= 1, "{lang}: the sentences that date them are marked");
        shot(&b, &format!("search-{lang}"));
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn reading_marks_events_without_selecting() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let target = b.marker_ids().into_iter().find(|i| i.starts_with("2016")).unwrap();
    b.eval(
        "const s = [...document.querySelectorAll('[data-event-ref]')].find(s => s.dataset.eventRef.split(' ').includes(arguments[0]));
         s.scrollIntoView({block: 'center'}); return true;",
        vec![json!(target)],
    );
    b.wait_for(
        "the marker of the sentence in view",
        &format!("const m = document.querySelector('[role=tab][data-event-id=\"{target}\"]'); return !!m && m.dataset.reading === 'true';"),
        10,
    );
    assert_eq!(b.selected_event(), None, "reading does not select");
    let top = b.eval("return window.scrollY", vec![]);
    assert!(top.as_f64().unwrap() > 100.0, "the page stayed where the reader scrolled: {top}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn languages_translate_the_interface_and_dates() {
    let server = serve();
    let b = Browser::start(1280, 900);
    let english = ["Timeline", "Previous", "Next", "Fit all", "All kinds", "All actors", "Choose an event", "events"];
    for (lang, heading, date) in [("fr", "Chronologie", "19 juin 2024"), ("ru", "Хронология", "19 июня 2024 г.")] {
        open(&b, &server, &format!("?lang={lang}"));
        assert_eq!(b.eval("return document.documentElement.lang", vec![]), lang);
        let panel = text(&b, "#timeline-root");
        assert!(panel.starts_with(heading), "{panel}");
        assert!(panel.contains(date), "{lang}: no {date} in {panel}");
        for word in english {
            assert!(!panel.contains(word), "{lang}: untranslated {word:?} in {panel}");
        }
        let labels = b.eval("return [...document.querySelectorAll('#timeline-root [aria-label]')].map(e => e.getAttribute('aria-label'))", vec![]);
        for label in labels.as_array().unwrap() {
            let label = label.as_str().unwrap();
            assert!(!["Zoom in", "Zoom out", "Events", "Timeline controls", "Event details"].contains(&label), "{lang}: untranslated label {label}");
        }
        shot(&b, &format!("lang-{lang}"));
    }
    // The browser's language is the default.
    open(&b, &server, "");
    assert_eq!(b.eval("return document.documentElement.lang", vec![]), "en");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn themes_follow_the_parameter() {
    let server = serve();
    let b = Browser::start(1280, 900);
    let bg = "return getComputedStyle(document.body).backgroundColor";
    open(&b, &server, "?theme=dark");
    assert_eq!(b.eval("return document.documentElement.dataset.theme", vec![]), "dark");
    assert_eq!(b.eval(bg, vec![]), "rgb(18, 20, 23)");
    open(&b, &server, "?theme=light");
    assert_eq!(b.eval(bg, vec![]), "rgb(255, 255, 255)");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn phones_get_a_vertical_list_and_swipes() {
    let server = serve();
    let b = Browser::start(390, 844);
    open(&b, &server, "");
    assert_eq!(b.eval("return document.querySelectorAll('.markers.list [role=tab]').length", vec![]), 7);
    assert_eq!(b.eval("return document.querySelectorAll('.track').length", vec![]), 0);
    b.send_keys("#timeline-root", HOME);
    let first = b.selected_event().unwrap();
    b.eval(
        "const root = document.querySelector('#timeline-root');
         const touch = x => new Touch({identifier: 1, target: root, clientX: x, clientY: 300});
         root.dispatchEvent(new TouchEvent('touchstart', {touches: [touch(300)], changedTouches: [touch(300)], bubbles: true}));
         root.dispatchEvent(new TouchEvent('touchend', {touches: [], changedTouches: [touch(150)], bubbles: true}));
         return true;",
        vec![],
    );
    let after = b.selected_event().unwrap();
    assert_ne!(after, first, "a swipe left moves to the next event");
    assert_eq!(b.marker_ids().iter().position(|i| *i == after), Some(1));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn lanes_eras_and_ranges_from_a_timelinejs_file() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "?data=fixtures/lanes.json");
    let rows = b.eval("return [...document.querySelectorAll('.on-track [role=tab][data-event-id]')].map(e => e.dataset.eventId + ':' + [...e.classList].find(c => c.startsWith('row-')))", vec![]);
    let rows: Vec<&str> = rows.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(rows.contains(&"s1:row-0") && rows.contains(&"h1:row-1") && rows.contains(&"s2:row-0"), "{rows:?}");
    assert_eq!(b.eval("return [...document.querySelectorAll('.row-label')].map(t => t.textContent)", vec![]), json!(["Senate", "House"]));
    assert_eq!(b.eval("return document.querySelectorAll('.era rect').length", vec![]), 1);
    assert_eq!(b.eval("return document.querySelectorAll('rect.range').length", vec![]), 1, "the inquiry's span");
    // Right-to-left text reads right to left; a long Russian word wraps instead of overflowing.
    b.click("[role=tab][data-event-id=\"rtl\"]");
    assert_eq!(b.eval("return getComputedStyle(document.querySelector('.card-title')).direction", vec![]), "rtl");
    assert_eq!(b.eval("return getComputedStyle(document.querySelector('[data-event-ref=\"rtl\"]')).direction", vec![]), "rtl");
    b.click("[role=tab][data-event-id=\"long\"]");
    let fits = b.eval("const c = document.querySelector('.event-card'); return c.scrollWidth <= c.clientWidth", vec![]);
    assert_eq!(fits, true, "the card does not overflow sideways");
    // "Read in context" brings the sentence into view and gives it focus.
    b.eval("window.scrollTo(0, 0); return true", vec![]);
    b.click(".read-in-context");
    b.wait_for("the sentence focused", "return document.activeElement.dataset.eventRef === 'long'", 5);
    shot(&b, "lanes");
}

fn assert_no_violations(b: &Browser, view: &str) {
    let violations = b.axe();
    assert!(violations.is_empty(), "{view}: axe found {} violation(s): {:#?}", violations.len(), violations);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn axe_finds_nothing_in_light_and_dark_wide_and_narrow() {
    let server = serve();
    for (w, h, size) in [(1280, 900, "wide"), (390, 844, "narrow")] {
        let b = Browser::start(w, h);
        for theme in ["light", "dark"] {
            open(&b, &server, &format!("?theme={theme}"));
            // Select an event so that the card, the highlight and the marks are checked too.
            b.send_keys("#timeline-root", ARROW_RIGHT);
            b.send_keys("#timeline-root", ARROW_RIGHT);
            shot(&b, &format!("axe-{theme}-{size}"));
            assert_no_violations(&b, &format!("{theme} {size}"));
        }
        let _: Value = b.eval("return true", vec![]);
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_ratification_tracker_shows_each_stage_and_selects_its_event() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    let stages = b.eval(
        "return [...document.querySelectorAll('#ratification-tracker [data-stage]')].map(s =>
           [s.dataset.stage, s.dataset.status, s.dataset.date || '', s.dataset.eventId || '']);",
        vec![],
    );
    let got: Vec<(String, String, String)> = stages
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_str().unwrap().into(), s[1].as_str().unwrap().into(), s[2].as_str().unwrap().into()))
        .collect();
    let want = [
        ("signed", "done", "2024-06-19"),
        ("submitted", "done", "2024-10-14"),
        ("lower-house", "done", "2024-10-24"),
        ("upper-house", "expected", "2024-11-06"),
        ("enacted", "unreported", ""),
        ("instruments-exchanged", "unreported", ""),
        ("in-force", "expected", "2024-11-06"),
    ];
    let want: Vec<(String, String, String)> = want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(got, want);
    // A stage button's name is its text: the visible stage and date, the status between them for screen readers.
    let names = b.eval("return [...document.querySelectorAll('#ratification-tracker button.stage-button')].map(e => e.hasAttribute('aria-label') ? 'aria-label!' : e.querySelector('.stage-text').textContent)", vec![]);
    assert!(names.as_array().unwrap().iter().any(|n| n == "Lower house: done, October 24, 2024"), "{names}");
    // Activating a stage selects its event: timeline, card and sentence follow.
    b.click("[data-stage=\"lower-house\"] button");
    let event = b.eval("return document.querySelector('[data-stage=\"lower-house\"]').dataset.eventId", vec![]);
    assert_eq!(b.selected_event().map(Value::from), Some(event.clone()));
    assert!(text(&b, "[data-highlighted=\"true\"]").contains("the Duma ratified the Treaty"));
    assert!(text(&b, ".event-card").contains("October 24, 2024"));
    shot(&b, "tracker");
    // A timeline without ratification events has no tracker; French labels are French.
    open(&b, &server, "?data=fixtures/lanes.json");
    assert_eq!(b.eval("return document.querySelectorAll('#ratification-tracker').length", vec![]), 0);
    open(&b, &server, "?lang=fr");
    assert!(b.eval("return document.querySelector('#ratification-tracker').getAttribute('aria-label')", vec![]) == "Avancement de la ratification");
    assert!(text(&b, "#ratification-tracker").contains("Chambre basse"));
}
