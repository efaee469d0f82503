//! End to end, data in and out: hostile strings in every field, large and
//! oversized files, export, and the strict CSP during use. Same setup as
//! tests/e2e.rs (release `dist/`, headless Chromium).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::StaticServer;
use support::READY;
use support::webdriver::{Browser, ARROW_RIGHT};


/// `n` events spread over 1995–2024, like the benchmark's synthetic sets.
fn many(n: usize) -> Value {
    let events: Vec<Value> = (0..n)
        .map(|i| {
            let day = (i * 7919) % (30 * 365);
            json!({
                "start_date": {"year": 1995 + day / 365, "month": 1 + (day % 365) / 31 % 12, "day": 1 + day % 28},
                "text": {"headline": format!("Event number {i}"), "text": format!("<p>Body of event {i}, with a few more words to read.</p>")},
                "unique_id": format!("e{i}"),
            })
        })
        .collect();
    json!({"title": "Many", "events": events})
}

fn serve() -> StaticServer {
    let dist = support::project_dir().join("dist");
    assert!(dist.join("index.html").exists(), "no dist/index.html: run `trunk build index.html --release` first");
    let huge = format!("{{\"events\": [{{\"start_date\": {{\"year\": 2000}}, \"text\": {{\"headline\": \"{}\"}}}}]}}", "x".repeat(11 * 1024 * 1024));
    StaticServer::start(dist, HashMap::from([
        ("/fixtures/xss.json".to_string(), support::xss::timeline().to_string()),
        ("/fixtures/many.json".to_string(), many(10_000).to_string()),
        ("/fixtures/huge.json".to_string(), huge),
        ("/fixtures/empty.json".to_string(), String::new()),
        ("/fixtures/long-word.json".to_string(), json!({"title": "w".repeat(300), "events": [
            {"start_date": {"year": 2001}, "text": {"headline": "h".repeat(400), "text": format!("<p>A {} word.</p>", "x".repeat(5000))}},
            {"start_date": {"year": 2002}, "text": {"headline": "Second", "text": "y".repeat(5000)}},
        ]}).to_string()),
    ]))
}

/// The text of the alert the page at `query` shows.
fn alert_at(b: &Browser, server: &StaticServer, query: &str) -> String {
    b.goto(&format!("{}/index.html{query}", server.base));
    b.wait_for("an alert", "return document.querySelector('[role=\"alert\"]') !== null", 30);
    b.eval("return document.querySelector('[role=\"alert\"]').textContent", vec![]).as_str().unwrap_or_default().to_string()
}

fn open(b: &Browser, server: &StaticServer, query: &str) {
    b.goto(&format!("{}/index.html{query}", server.base));
    b.wait_for("the timeline", READY, 60);
    // Count CSP violations from here on (the server's report-uri counts the rest).
    b.eval("window.__csp = 0; document.addEventListener('securitypolicyviolation', () => window.__csp++); return true", vec![]);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn hostile_strings_never_run_or_reach_the_dom() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "?data=fixtures/xss.json");
    let n = support::xss::PAYLOADS.len();
    // Visit every event, so that every card and every reader entry is rendered.
    for _ in 0..n {
        b.send_keys("#timeline-root", ARROW_RIGHT);
    }
    let report = b.eval(
        "const app = document.querySelector('#app');
         // The embed dialog is the page's own form (textareas and a dialog), not data.
         const all = [...app.querySelectorAll('*')].filter(e => !e.closest('.embed-dialog'));
         const allowed = new Set(['DIV','SECTION','HEADER','MAIN','ARTICLE','ASIDE','H1','H2','H3','P','SPAN','STRONG','EM','B','I','A','UL','OL','LI',
           'BLOCKQUOTE','BR','BUTTON','INPUT','SELECT','OPTION','LABEL','FIGURE','FIGCAPTION','IMG','MARK','TABLE','THEAD','TBODY','TR','TH','TD',
           'svg','g','line','rect','text']);
         return {
           xss: window.__xss === undefined ? null : window.__xss,
           strange: [...new Set(all.map(e => e.tagName).filter(t => !allowed.has(t)))],
           svgOutsideAxis: all.filter(e => e.tagName === 'svg' && !e.classList.contains('axis')).length,
           handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
           hrefs: all.filter(e => e.hasAttribute('href')).map(e => e.getAttribute('href')).filter(h => !/^(https?:|mailto:)/i.test(h)),
           srcs: all.filter(e => e.hasAttribute('src')).map(e => e.getAttribute('src')).filter(s => !/^https:/i.test(s)),
           styles: all.filter(e => e.hasAttribute('style') && !e.dataset.x && !e.dataset.w).length,
           csp: window.__csp,
         };",
        vec![],
    );
    assert_eq!(report["xss"], Value::Null, "a payload ran: {report}");
    assert_eq!(report["strange"], json!([]), "{report}");
    assert_eq!(report["svgOutsideAxis"], 0, "{report}");
    assert_eq!(report["handlers"], json!([]), "{report}");
    assert_eq!(report["hrefs"], json!([]), "{report}");
    assert_eq!(report["srcs"], json!([]), "{report}");
    assert_eq!(report["styles"], 0, "{report}");
    assert_eq!(report["csp"], 0, "{report}");
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
    b.screenshot(&support::artifacts_dir().join("xss.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn ten_thousand_events_keep_the_dom_small_and_the_keys_quick() {
    let server = serve();
    for (w, h) in [(1280, 900), (390, 844)] {
        let b = Browser::start(w, h);
        open(&b, &server, "?data=fixtures/many.json");
        let nodes = b.eval("return document.querySelectorAll('*').length", vec![]).as_u64().unwrap();
        assert!(nodes < 3000, "{w}px: {nodes} DOM nodes for 10,000 events");
        b.send_keys("#timeline-root", ARROW_RIGHT);
        b.send_keys("#timeline-root", ARROW_RIGHT);
        let second = b.eval("const e = document.querySelector('[aria-selected=\"true\"]'); return e && e.dataset.eventId", vec![]);
        assert!(second.is_string(), "{w}px: nothing selected");
        assert_eq!(
            b.eval("return document.querySelectorAll('[data-highlighted=\"true\"]').length", vec![]),
            1,
            "{w}px: the selected entry is in the reader"
        );
        b.send_keys("#timeline-root", "\u{E010}"); // End
        let last = b.eval("const e = document.querySelector('[aria-selected=\"true\"]'); return e && e.textContent", vec![]);
        assert!(last.as_str().is_some_and(|t| t.contains("2024")), "{w}px: End reaches the last event: {last}");
        // The track's markers are new ones there, each placed where its attributes say.
        let misplaced = b.eval(
            "const off = (v, at) => v !== undefined && Math.abs(parseFloat(at) - parseFloat(v)) > 0.05 || v !== undefined && at === '';
             return [...document.querySelectorAll('.track [data-x]')].filter(e => off(e.dataset.x, e.style.left) || off(e.dataset.y, e.style.top)).length",
            vec![],
        );
        assert_eq!(misplaced, 0, "{w}px: every marker placed");
        if w > 600 {
            // (A phone gets the vertical list instead of the track.)
            assert!(b.eval("return document.querySelectorAll('.track [data-x]').length", vec![]).as_u64().unwrap() > 0, "{w}px: markers on the track");
        }
        assert!(b.eval("return document.querySelectorAll('*').length", vec![]).as_u64().unwrap() < 3000);
        assert_eq!(b.eval("return window.__csp", vec![]), 0);
        b.screenshot(&support::artifacts_dir().join(format!("many-{w}.png")));
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn oversized_files_are_refused_with_a_message() {
    let server = serve();
    let b = Browser::start(1280, 900);
    let text = alert_at(&b, &server, "?data=fixtures/huge.json");
    assert!(text.contains("too large"), "{text}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn arrow_keys_keep_the_focus_on_the_markers_of_a_crowded_track() {
    // Keys go to whatever has focus (as a reader's would), not to an element
    // WebDriver focuses first: a marker that leaves the DOM must not take the focus with it.
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "?data=fixtures/many.json");
    b.click("#timeline-root [role=\"tab\"][data-event-id]");
    let focus_on_selection = "const a = document.activeElement; return !!a && a.getAttribute('role') === 'tab' && a.getAttribute('aria-selected') === 'true'";
    b.wait_for("focus on the selected marker", focus_on_selection, 10);
    for step in 1..=6 {
        for kind in ["keyDown", "keyUp"] {
            b.cdp("Input.dispatchKeyEvent", json!({"type": kind, "key": "ArrowRight", "code": "ArrowRight", "windowsVirtualKeyCode": 39}));
        }
        b.wait_for(&format!("focus after ArrowRight {step}"), focus_on_selection, 10);
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_word_longer_than_the_page_wraps_instead_of_widening_it() {
    let server = serve();
    for w in [1280, 390] {
        let b = Browser::start(w, 900);
        open(&b, &server, "?data=fixtures/long-word.json");
        let (page, view) = (b.eval("return document.documentElement.scrollWidth", vec![]), b.eval("return window.innerWidth", vec![]));
        assert!(page.as_u64().unwrap() <= view.as_u64().unwrap() + 1, "{w}px: the page is {page} px wide in a {view} px window");
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_body_without_a_length_is_read_only_up_to_the_limit() {
    // Read whole, an endless body would only end at the 20 s timeout (and
    // a compressed one that inflates to gigabytes would fill the memory).
    let server = serve();
    let b = Browser::start(1280, 900);
    let text = alert_at(&b, &server, "?data=endless.json");
    assert!(text.contains("too large"), "{text}");
    // An empty answer is said to be empty, not "not valid JSON".
    let text = alert_at(&b, &server, "?data=fixtures/empty.json");
    assert!(text.contains("is empty"), "{text}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn export_downloads_json_that_reads_back_and_csv() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "");
    // Keep the blobs the page offers for download instead of saving files.
    b.eval(
        "window.__blobs = []; const make = URL.createObjectURL;
         URL.createObjectURL = blob => { window.__blobs.push(blob); return make(blob); }; return true;",
        vec![],
    );
    b.click(".download-json");
    b.click(".download-csv");
    // Both are written in the importer's worker, and either may come first.
    b.wait_for("both downloads", "return window.__blobs.length === 2", 30);
    let files = b.eval_async(
        "const done = arguments[arguments.length - 1];
         const json = window.__blobs.find(b => b.type === 'application/json'), csv = window.__blobs.find(b => b.type === 'text/csv');
         Promise.all([json, csv].filter(Boolean).map(b => b.text().then(t => ({type: b.type, text: t})))).then(done);",
        vec![],
    );
    let files = files.as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["type"], "application/json");
    let doc: Value = serde_json::from_str(files[0]["text"].as_str().unwrap()).unwrap();
    let back = datelines::interop::timelinejs::import(&doc.to_string()).expect("the export reads back");
    let story = datelines::pipeline::read_story(datelines::corpus::embedded()[0].text, None).unwrap();
    assert_eq!(back.story.events.len(), story.events.len());
    assert!(doc["events"][0]["datelines"]["sources"][0]["timex_text"].is_string(), "provenance is kept");
    let csv = files[1]["text"].as_str().unwrap();
    assert_eq!(files[1]["type"], "text/csv");
    // The sheet template: a title row, then one row per event.
    let rows = datelines::interop::sheet::import_csv(csv, None).expect("the CSV reads back");
    assert_eq!(rows.story.events.len(), story.events.len());
    assert_eq!(rows.story.title, story.title);
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
}
