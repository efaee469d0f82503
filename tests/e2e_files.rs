//! End to end, the importer's worker and files from the reader's disk: the
//! "Open a file" control and a file dropped on the page read the same way as
//! `?data=`; the reader's wasm carries no importer; a worker that cannot run
//! is said on the page. Same setup as tests/e2e_data.rs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::Value;
use std::collections::HashMap;
use support::server::StaticServer;
use support::{dist, READY};
use support::webdriver::Browser;


fn headline(b: &Browser) -> String {
    b.eval("const h = document.querySelector('h1'); return h ? h.textContent : ''", vec![]).as_str().unwrap_or_default().to_string()
}

/// The reader's own wasm, as boot.js names it.
fn reader_wasm(dist: &std::path::Path) -> Vec<u8> {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let name = html.split("data-wasm=\"").nth(1).and_then(|s| s.split('"').next()).expect("boot.js names the wasm");
    std::fs::read(dist.join(name.trim_start_matches("./"))).unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_reader_wasm_carries_no_importer_and_the_worker_does() {
    let dist = dist();
    let reader = reader_wasm(&dist);
    let importer = std::fs::read(dist.join("importer_bg.wasm")).expect("the build writes the importer's wasm");
    // Words only the TimelineJS3 reader, the sheet reader and the byte decoder use.
    for only_importer in ["unique_id", "Media Credit", "the file is not UTF-8"] {
        assert!(contains(&importer, only_importer), "the importer should say {only_importer:?}");
        assert!(!contains(&reader, only_importer), "the reader's wasm links the importer ({only_importer:?})");
    }
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_file_from_disk_opens_with_the_control_or_by_dropping_it() {
    let server = StaticServer::start(dist(), HashMap::new());
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html?lang=en", server.base));
    b.wait_for("the timeline", READY, 30);
    b.wait_for("the open-file control", "return document.querySelector('.open-file input[type=file]') !== null", 30);
    let seed = headline(&b);

    let sheet = support::project_dir().join("tests/data/tljs/sheet.csv");
    b.send_keys(".open-file input[type=file]", sheet.to_str().unwrap());
    let changed = format!("return document.querySelector('h1') !== null && document.querySelector('h1').textContent !== {seed:?} && document.querySelector('#timeline-root[data-ready=\"true\"]') !== null");
    b.wait_for("the sheet's story", &changed, 30);
    let titles = b.eval("return [...document.querySelectorAll('[data-event-id]')].map(m => m.textContent).join(' | ')", vec![]);
    assert!(titles.as_str().unwrap().contains("Lamps lit"), "{titles}");
    b.screenshot(&support::artifacts_dir().join("open-file.png"));

    // A JSON file dropped anywhere on the page replaces it again.
    let json = std::fs::read_to_string(support::project_dir().join("tests/data/tljs/ties.json")).unwrap();
    b.eval(
        "const dt = new DataTransfer();
         dt.items.add(new File([arguments[0]], 'ties.json', { type: 'application/json' }));
         const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
         document.body.dispatchEvent(over);
         window.__overTaken = over.defaultPrevented;
         document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
         return true",
        vec![Value::from(json)],
    );
    assert_eq!(b.eval("return window.__overTaken", vec![]), true, "a dragged file must not make the browser leave the page");
    b.wait_for("the dropped file", "return [...document.querySelectorAll('[data-event-id]')].some(m => m.textContent.includes('Listed second'))", 30);
    // A file that is not a timeline says why, and offers the control again.
    b.eval(
        "const dt = new DataTransfer();
         dt.items.add(new File(['{\"events\": [1, 2'], 'broken.json', { type: 'application/json' }));
         document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
         return true",
        vec![],
    );
    b.wait_for("the error", "return document.querySelector('[role=alert]') !== null && document.querySelector('[role=alert]').textContent.includes('broken.json')", 30);
    assert!(b.eval("return document.querySelector('.status-page .open-file input') !== null", vec![]) == true);
    // ...under the message, in its column, not at the window's edge.
    let offset = b.eval(
        "const m = document.querySelector('.status-page [role=alert]').getBoundingClientRect();
         const c = document.querySelector('.status-page .open-file').getBoundingClientRect();
         return [c.left - m.left, c.top - m.bottom];",
        vec![],
    );
    let (left, below) = (offset[0].as_f64().unwrap(), offset[1].as_f64().unwrap());
    assert!(left.abs() < 1.0 && (0.0..40.0).contains(&below), "the control is at {offset} from the message");
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
    let noisy = b.severe_logs();
    assert!(noisy.is_empty(), "{noisy:#?}");

    // An embedded page is a newsroom's visitor's: no control.
    b.goto(&format!("{}/index.html?embed=1", server.base));
    b.wait_for("the timeline", READY, 30);
    b.wait_for("the settled page", "return document.querySelector('.download-csv') !== null", 30);
    assert_eq!(b.eval("return document.querySelectorAll('.open-file').length", vec![]), 0);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_worker_that_cannot_run_is_said_on_the_page() {
    let mut fixtures = HashMap::new();
    fixtures.insert("/fixtures/ok.json".to_string(), r#"{"events":[{"start_date":{"year":2001},"text":{"headline":"One"}}]}"#.to_string());
    // The worker script stands for a build whose importer files are missing.
    fixtures.insert("/importer-worker.js".to_string(), "importScripts('./no-such-file.js');".to_string());
    let server = StaticServer::start(dist(), fixtures);
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html?lang=en&data=fixtures/ok.json", server.base));
    b.wait_for("the error", "return document.querySelector('[role=alert]') !== null", 70);
    let said = b.eval("return document.querySelector('[role=alert]').textContent", vec![]);
    assert!(said.as_str().unwrap().contains("the importer failed"), "{said}");
    assert!(said.as_str().unwrap().contains("fixtures/ok.json"), "{said}");
}
