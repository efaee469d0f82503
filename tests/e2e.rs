//! End to end: the release build in `dist/`, served with the production CSP,
//! in headless Chromium. Needs `dist/` (trunk build index.html --release) and
//! chromedriver, so it is ignored by a plain `cargo test`; scripts/test.sh
//! builds both and runs it with `--ignored`. Screenshots go to target/e2e/.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::{StaticServer, NO_SCRIPT_CSP};
use support::{dist, READY};
use support::webdriver::{Browser, ARROW_RIGHT, ENTER};


fn fixtures() -> HashMap<String, String> {
    let ok = json!({
        "title": {"text": {"headline": "Imported timeline"}},
        "events": [
            {"start_date": {"year": 2020, "month": 3, "day": 1}, "text": {"headline": "Second", "text": "<p>The <b>second</b> thing.</p>"}, "unique_id": "second"},
            {"start_date": {"year": "2019"}, "text": {"headline": "First", "text": "The first thing."}, "unique_id": "first"},
            {"start_date": {"year": 2021, "month": 2, "day": 30}, "text": {"headline": "Impossible"}},
            {"start_date": {"year": 2022, "month": 7}, "text": {"headline": "<img src=x onerror=alert(1)>Third"}, "unique_id": "third"}
        ]
    });
    HashMap::from([
        ("/fixtures/ok.json".to_string(), ok.to_string()),
        ("/fixtures/broken.json".to_string(), "{\"events\": [".to_string()),
        ("/fixtures/empty.json".to_string(), "{\"title\": \"Nothing\", \"events\": []}".to_string()),
    ])
}

fn count(b: &Browser, css: &str) -> u64 {
    b.eval("return document.querySelectorAll(arguments[0]).length", vec![json!(css)]).as_u64().unwrap()
}

fn text(b: &Browser, css: &str) -> String {
    b.eval("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", vec![json!(css)])
        .as_str()
        .unwrap_or_else(|| panic!("no element {css}"))
        .to_string()
}

fn selected_id(b: &Browser) -> Value {
    b.eval("const e = document.querySelector('[role=tab][data-event-id][aria-selected=\"true\"]'); return e && e.dataset.eventId", vec![])
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn release_build_has_no_inline_script() {
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    for tag in html.split("<script").skip(1) {
        let open = &tag[..tag.find('>').expect("a closed script tag")];
        // The prerendered story is a data block: never executed, not script.
        let data = open.contains("type=\"application/json\"");
        assert!(open.contains(" src=") || data, "inline script in dist/index.html: <script{open}>");
    }
    assert!(!html.contains(" style="), "inline style attribute in dist/index.html");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn seed_article_under_strict_csp() {
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html", server.base));
    b.wait_for("the timeline", READY, 30);

    assert!(text(&b, "h1").starts_with("On ratification of the Comprehensive Strategic Partnership Treaty"));
    let markers = count(&b, "[role=tab][data-event-id]");
    assert!(markers >= 6, "only {markers} events");
    assert_eq!(count(&b, "[aria-selected=\"true\"]"), 0, "nothing is selected before the reader acts");

    // Pick the signing: its sentence lights up and comes into view.
    b.click("[role=tab][data-event-id^=\"2024-06-19\"]");
    let id = selected_id(&b);
    assert!(id.as_str().unwrap().starts_with("2024-06-19"), "{id}");
    let lit = b.eval(
        "const s = document.querySelectorAll('[data-highlighted=\"true\"]');
         if (s.length !== 1) return {count: s.length};
         const r = s[0].getBoundingClientRect();
         return {count: 1, refs: s[0].dataset.eventRef, text: s[0].textContent,
                 dates: [...s[0].querySelectorAll('mark.timex')].map(m => m.textContent),
                 visible: r.bottom > 0 && r.top < window.innerHeight};",
        vec![],
    );
    assert_eq!(lit["count"], 1, "{lit}");
    assert!(lit["refs"].as_str().unwrap().split(' ').any(|r| Some(r) == id.as_str()), "{lit}");
    assert!(lit["text"].as_str().unwrap().contains("signed in Pyongyang on June 19, 2024"), "{lit}");
    assert_eq!(lit["dates"], json!(["October 14, 2024", "June 19, 2024"]), "the date expressions are marked");
    assert_eq!(lit["visible"], true, "the highlighted sentence was not scrolled into view");

    // ArrowRight on the timeline moves to the next event, in DOM order.
    let ids = b.eval("return [...document.querySelectorAll('[role=tab][data-event-id]')].map(e => e.dataset.eventId)", vec![]);
    let ids: Vec<&str> = ids.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let at = ids.iter().position(|i| Some(*i) == id.as_str()).unwrap();
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(selected_id(&b).as_str(), Some(ids[at + 1]));
    let refs = b.eval("return document.querySelector('[data-highlighted=\"true\"]').dataset.eventRef", vec![]);
    assert!(refs.as_str().unwrap().split(' ').any(|r| r == ids[at + 1]));

    // Enter on a focused marker selects it.
    b.send_keys(&format!("[role=tab][data-event-id=\"{}\"]", ids[0]), ENTER);
    assert_eq!(selected_id(&b).as_str(), Some(ids[0]));

    b.screenshot(&support::artifacts_dir().join("seed-wide.png"));
    let severe = b.severe_logs();
    assert!(severe.is_empty(), "console errors: {severe:#?}");
    assert!(server.csp_reports.lock().unwrap().is_empty(), "CSP violations: {:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn narrow_screens_put_the_timeline_above_the_article() {
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(390, 844);
    b.goto(&format!("{}/index.html", server.base));
    b.wait_for("the timeline", READY, 30);
    let boxes = b.eval(
        "const t = document.querySelector('#timeline-root').getBoundingClientRect();
         const a = document.querySelector('.reader').getBoundingClientRect();
         return {tBottom: t.bottom, aTop: a.top, tWidth: t.width, vw: window.innerWidth,
                 overflow: document.documentElement.scrollWidth > window.innerWidth};",
        vec![],
    );
    assert_eq!(boxes["vw"], 390, "the phone viewport is emulated");
    assert!(boxes["tBottom"].as_f64() <= boxes["aTop"].as_f64(), "{boxes}");
    assert!(boxes["tWidth"].as_f64().unwrap() >= boxes["vw"].as_f64().unwrap() * 0.9, "{boxes}");
    assert_eq!(boxes["overflow"], false, "the page scrolls sideways: {boxes}");
    // The headline wraps beside the masthead's button, never under it: the
    // boxes of its lines of text, not of its block, which spans the width.
    let covered = b.eval(
        "const button = document.querySelector('.embed-open').getBoundingClientRect();
         const range = document.createRange();
         range.selectNodeContents(document.querySelector('#story-title'));
         return [...range.getClientRects()].filter(r => r.width > 0 && r.left < button.right && r.right > button.left
             && r.top < button.bottom && r.bottom > button.top).map(r => [r.left, r.top, r.right, r.bottom]);",
        vec![],
    );
    assert_eq!(covered, json!([]), "the headline runs under the Embed button");
    b.screenshot(&support::artifacts_dir().join("seed-narrow.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_timelinejs_file_loads_with_data_param() {
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html?data=fixtures/ok.json", server.base));
    b.wait_for("the timeline", READY, 30);
    assert_eq!(text(&b, "h1"), "Imported timeline");
    let ids = b.eval("return [...document.querySelectorAll('[role=tab][data-event-id]')].map(e => e.dataset.eventId)", vec![]);
    assert_eq!(ids, json!(["first", "second", "third"]), "sorted by date; the impossible date left out");
    assert!(text(&b, "[role=\"alert\"].notice").contains("events[2].start_date"), "the skipped event is reported with its path");
    assert_eq!(count(&b, "img"), 0, "markup in data is shown as text, never parsed");
    b.click("[role=tab][data-event-id=\"second\"]");
    assert_eq!(text(&b, "[data-highlighted=\"true\"]"), "The second thing.");
    b.screenshot(&support::artifacts_dir().join("data-param.png"));
    assert!(b.severe_logs().is_empty());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn failed_loads_and_empty_timelines_say_so() {
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(1280, 900);
    let alert = "return document.querySelector('[role=\"alert\"]') !== null";

    b.goto(&format!("{}/index.html?data=fixtures/missing.json", server.base));
    b.wait_for("an alert", alert, 30);
    assert!(text(&b, "[role=\"alert\"]").contains("404"));

    b.goto(&format!("{}/index.html?data=fixtures/broken.json", server.base));
    b.wait_for("an alert", alert, 30);
    assert!(text(&b, "[role=\"alert\"]").contains("not valid JSON"));

    b.goto(&format!("{}/index.html?data=http://127.0.0.1:9/unreachable.json", server.base));
    b.wait_for("an alert", alert, 30);
    assert!(text(&b, "[role=\"alert\"]").contains("Could not load"));

    b.goto(&format!("{}/index.html?data=fixtures/empty.json", server.base));
    b.wait_for("an alert", alert, 30);
    assert!(text(&b, "[role=\"alert\"]").contains("empty"), "a file without events is an error, not an empty timeline");

    b.goto(&format!("{}/index.html?article=nope", server.base));
    b.wait_for("an alert", alert, 30);
    assert!(text(&b, "[role=\"alert\"]").contains("russia-dprk-treaty-ratification"), "the alert lists the articles");
    b.screenshot(&support::artifacts_dir().join("failed-load.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn without_javascript_the_page_reads_and_its_event_links_work() {
    let server = StaticServer::start_with_policy(dist(), fixtures(), NO_SCRIPT_CSP);
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html", server.base));
    assert!(text(&b, "h1").starts_with("On ratification of the Comprehensive Strategic Partnership Treaty"));
    assert!(text(&b, ".byline").contains("2024"), "the byline");
    assert!(count(&b, "#ratification-tracker .stage") >= 5, "the tracker");
    let markers = count(&b, "a[role=tab][data-event-id][href^=\"#sentence-\"]");
    assert!(markers >= 7, "{markers} event links");
    assert!(count(&b, ".reader .sentence") > 30, "the whole article");
    assert_eq!(b.eval("return document.querySelector('#timeline-root').dataset.ready || null", vec![]), Value::Null, "the app did not run");

    // Follow the signing's link: the address names its sentence, which is in view.
    let href = b.eval("return document.querySelector('a[role=tab][data-event-id^=\"2024-06-19\"]').getAttribute('href')", vec![]);
    b.click("a[role=tab][data-event-id^=\"2024-06-19\"]");
    let landed = b.eval(
        "const t = document.querySelector(':target'); if (!t) return null;
         const r = t.getBoundingClientRect();
         return {hash: location.hash, refs: t.dataset.eventRef, top: r.top, visible: r.bottom > 0 && r.top < window.innerHeight};",
        vec![],
    );
    b.screenshot(&support::artifacts_dir().join("no-javascript.png"));
    assert_eq!(landed["hash"], href, "{landed}");
    assert!(landed["refs"].as_str().unwrap().split(' ').any(|r| r.starts_with("2024-06-19")), "{landed}");
    assert_eq!(landed["visible"], true, "{landed}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn hydration_keeps_the_prerendered_text_and_says_nothing() {
    let visible = "return document.querySelector('#app').innerText";
    // Narrow, so that the layout the browser takes after hydration is the
    // prerendered one (wider screens swap the list for the time axis).
    let before = {
        let server = StaticServer::start_with_policy(dist(), fixtures(), NO_SCRIPT_CSP);
        let b = Browser::start(700, 900);
        b.goto(&format!("{}/index.html?lang=en", server.base));
        b.eval(visible, vec![])
    };
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(700, 900);
    b.goto(&format!("{}/index.html?lang=en", server.base));
    b.wait_for("the timeline", READY, 30);
    // Controls that only the running app can serve (opening a file) are
    // added after hydration, on purpose; everything else must be as built.
    let added = b.eval("const added = [...document.querySelectorAll('[data-app-only]')]; added.forEach(e => e.style.display = 'none'); return added.map(e => e.textContent)", vec![]);
    let added: Vec<&str> = added.as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(added.len() <= 1 && added.iter().all(|t| *t == "Open a file…"), "only the open-file control may be added after hydration: {added:?}");
    let after = b.eval(visible, vec![]);
    assert!(before.as_str().unwrap().len() > 5000, "{before}");
    assert_eq!(before, after, "hydration changed the visible text");
    let noisy = b.logs_at(&["SEVERE", "WARNING"]);
    assert!(noisy.is_empty(), "console errors or warnings: {noisy:#?}");
    assert!(server.csp_reports.lock().unwrap().is_empty(), "CSP violations: {:?}", server.csp_reports.lock().unwrap());
}


#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_page_whose_app_cannot_start_stays_readable_and_says_why() {
    // The built page's wasm, as boot.js names it, answered with bytes that are not wasm.
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let wasm = html.split("data-wasm=\"./").nth(1).and_then(|s| s.split('"').next()).expect("boot.js's tag names the wasm");
    let mut files = fixtures();
    files.insert(format!("/{wasm}"), "not a module".to_string());
    let server = StaticServer::start(dist(), files);
    let b = Browser::start(1280, 900);
    let visible_title = "const h = document.querySelector('h1'); return !!h && h.getBoundingClientRect().height > 0";
    // A `?data=` page hides the built article until the app replaces it: when
    // the app cannot start, the article shows again beside the reason.
    b.goto(&format!("{}/index.html?data=fixtures/ok.json", server.base));
    b.wait_for("the boot message", "return document.querySelector('.boot-status[role=alert]') !== null", 30);
    assert!(text(&b, ".boot-status").contains("could not start"), "{}", text(&b, ".boot-status"));
    assert_eq!(b.eval(visible_title, vec![]), true, "the built article is shown");
    assert!(count(&b, ".reader .sentence") > 30, "the whole article");
    b.screenshot(&support::artifacts_dir().join("app-cannot-start.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_built_view_named_in_the_address_is_never_hidden() {
    let server = StaticServer::start(dist(), fixtures());
    let b = Browser::start(1280, 900);
    // early.js hides the built page only for an address that replaces it.
    b.goto(&format!("{}/index.html?view=reader", server.base));
    assert_eq!(b.eval("return document.documentElement.classList.contains('replacing')", vec![]), false);
    b.wait_for("the timeline", READY, 30);
    b.goto(&format!("{}/index.html?view=timeline", server.base));
    b.wait_for("the timeline", READY, 30);
    assert_eq!(b.eval("return document.documentElement.classList.contains('replacing')", vec![]), false, "the app shows the page once it mounts");
    assert!(count(&b, "[role=tab][data-event-id]") >= 6);
}
