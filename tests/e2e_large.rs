//! End to end, the largest files the page takes: 200,000 tiny events (10 MB,
//! the size limit) and 20,000 events that all give one `unique_id`. The page
//! must stay responsive while it reads them (no task over 200 ms after its
//! first paint), say how far it is, and lose nothing. Same setup as
//! tests/e2e.rs (release `dist/` under the strict CSP, headless Chromium).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::StaticServer;
use support::webdriver::Browser;
use support::READY;

/// `n` events as small as an event gets, all alike but the year (1 to 9),
/// each with `id` when given.
fn tiny(n: usize, id: Option<&str>) -> String {
    let events: Vec<Value> = (0..n)
        .map(|i| match id {
            Some(id) => json!({"start_date": {"year": 1 + i % 9}, "text": {"headline": "E"}, "unique_id": id}),
            None => json!({"start_date": {"year": 1 + i % 9}, "text": {"headline": "E"}}),
        })
        .collect();
    json!({ "events": events }).to_string()
}

fn serve() -> StaticServer {
    let files = HashMap::from([
        ("/fixtures/tiny.json".to_string(), tiny(200_000, None)),
        ("/fixtures/shared-id.json".to_string(), tiny(20_000, Some("same"))),
    ]);
    assert!(files["/fixtures/tiny.json"].len() <= 10 * 1024 * 1024, "the file is within the page's limit");
    StaticServer::start(support::dist(), files)
}

/// Before the page's own scripts: the long tasks, and every text the
/// loading status shows.
const WATCH: &str = "
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration])))
        .observe({ type: 'longtask', buffered: true });
    window.__statuses = [];
    new MutationObserver(() => {
        const s = document.querySelector('.loading[role=status]');
        const last = window.__statuses[window.__statuses.length - 1];
        if (s && s.textContent !== last) window.__statuses.push(s.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });";

/// A task longer than this after the first paint fails the test.
const LONG_MS: f64 = 200.0;

/// Opens `file` and waits for the timeline; returns the loading status's
/// texts and the longest task after the first paint (in ms). A machine busy
/// with other work stretches a task now and then: a load with a longer task
/// is tried again, up to three loads in all, and the test fails only when
/// every one had one (on `main`, every load had a task of 600 ms and more).
fn open(b: &Browser, server: &StaticServer, file: &str) -> (Vec<String>, f64) {
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": WATCH }));
    let mut tries = Vec::new();
    for _ in 0..3 {
        let (statuses, tasks) = load(b, server, file);
        let longest = tasks.iter().map(|t| t[1]).fold(0.0, f64::max);
        if longest < LONG_MS {
            return (statuses, longest);
        }
        tries.push(tasks);
    }
    panic!("every load of {file} had a task of {LONG_MS} ms or more after the first paint ([start, ms] after the paint): {tries:?}");
}

/// One load of `file`: the status's texts, and the long tasks after the first paint.
fn load(b: &Browser, server: &StaticServer, file: &str) -> (Vec<String>, Vec<[f64; 2]>) {
    b.goto(&format!("{}/index.html?data=fixtures/{file}", server.base));
    b.wait_for("the timeline", READY, 180);
    // A task right after the timeline appears counts too.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let r = b.eval(
        "const fcp = performance.getEntriesByName('first-contentful-paint')[0];
         return { statuses: window.__statuses, fcp: fcp ? fcp.startTime : null,
                  long: window.__long.filter(([start]) => fcp && start >= fcp.startTime).map(([s, d]) => [Math.round(s - fcp.startTime), Math.round(d)]) };",
        vec![],
    );
    assert!(r["fcp"].is_number(), "the page painted: {r}");
    let statuses = r["statuses"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    let tasks = r["long"].as_array().unwrap().iter().map(|t| [t[0].as_f64().unwrap(), t[1].as_f64().unwrap()]).collect();
    (statuses, tasks)
}

/// The events read so far, of how many, from a status text that says so.
fn reading(status: &str) -> Option<(usize, usize)> {
    let (read, of) = status.split_once("Reading the events: ")?.1.split_once(" of ")?;
    Some((read.trim().parse().ok()?, of.trim().parse().ok()?))
}

/// End selects the last event: its id, from the address.
fn last_event(b: &Browser) -> String {
    b.send_keys("#timeline-root", "\u{E010}");
    // The address names the selection once it rests.
    b.wait_for("the address names an event", "return location.hash.startsWith('#event=')", 5);
    b.eval("return decodeURIComponent(location.hash)", vec![]).as_str().unwrap_or_default().to_string()
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn two_hundred_thousand_events_load_in_short_tasks_and_all_arrive() {
    let server = serve();
    let b = Browser::start(1280, 900);
    let (statuses, longest) = open(&b, &server, "tiny.json");
    // The status said how far the reading was, on the way.
    let counts: Vec<(usize, usize)> = statuses.iter().filter_map(|s| reading(s)).collect();
    assert!(counts.iter().any(|&(read, of)| of == 200_000 && read > 0 && read < of), "{statuses:?}");
    assert!(counts.windows(2).all(|w| w[0].0 < w[1].0), "it only goes forward: {statuses:?}");
    assert!(longest < LONG_MS);
    assert!(b.text_content(".event-count").contains("200000 events"));
    // The last of the 22,222 events of year 9: every one of them was read.
    assert_eq!(last_event(&b), "#event=0009-e-22222");
    assert!(b.eval("return document.querySelectorAll('*').length", vec![]).as_u64().unwrap() < 3000);
    assert!(b.severe_logs().is_empty(), "{:?}", b.severe_logs());
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn twenty_thousand_events_sharing_an_id_are_all_shown_and_said() {
    let server = serve();
    let b = Browser::start(1280, 900);
    let (_, longest) = open(&b, &server, "shared-id.json");
    assert!(longest < LONG_MS);
    let alert = b.text_content("[role=alert]");
    assert!(alert.contains("events[0].unique_id: \"same\" is the id of 20000 events"), "{alert}");
    assert!(b.text_content(".event-count").contains("20000 events"));
    assert_eq!(last_event(&b), "#event=same-20000");
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}
