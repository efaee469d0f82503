//! End to end, the TimelineJS3 corpus (tests/data/tljs/) as `?data=` shows
//! it under the strict CSP: title slide, colours, times of day, media as
//! images or link cards (never an http: image), ids with spaces, and the
//! sheet template as CSV. Same setup as tests/e2e_data.rs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::server::StaticServer;
use support::READY;
use support::webdriver::{Browser, ARROW_RIGHT};


fn serve() -> StaticServer {
    StaticServer::start(support::dist(), support::tljs_fixtures())
}

fn open(b: &Browser, server: &StaticServer, file: &str) {
    b.goto(&format!("{}/index.html?data=fixtures/tljs/{file}", server.base));
    b.wait_for(file, READY, 60);
    b.eval("window.__csp = 0; document.addEventListener('securitypolicyviolation', () => window.__csp++); return true", vec![]);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_title_slide_colours_and_times_of_day_are_shown() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "title-slide.json");
    assert!(b.text_content(".title-slide").contains("Forty years of floods and bridges."));
    assert_eq!(b.eval("return document.querySelector('.title-slide img').alt", vec![]), "The old bridge at dusk");
    let color = b.eval("return getComputedStyle(document.querySelector('.title-slide')).getPropertyValue('--dl-data-color').trim()", vec![]);
    assert_eq!(color, "#20304a");
    assert!(b.text_content("[role=\"alert\"]").contains("events[1].background.color"));
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert!(b.eval("return document.querySelector('#event-card').classList.contains('has-color')", vec![]) == true);
    b.screenshot(&support::artifacts_dir().join("import-title-slide.png"));
    assert_eq!(b.eval("return window.__csp", vec![]), 0);

    open(&b, &server, "times-of-day.json");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert!(b.text_content(".card-date").contains("8:05 AM"), "{}", b.text_content(".card-date"));
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn media_is_an_https_image_or_a_link_card_and_never_breaks_the_csp() {
    let server = serve();
    let b = Browser::start(1280, 900);
    for file in ["relative-media.json", "embed-codes.json"] {
        open(&b, &server, file);
        for _ in 0..5 {
            b.send_keys("#timeline-root", ARROW_RIGHT);
            let srcs = b.eval("return [...document.querySelectorAll('img')].map(i => i.getAttribute('src')).filter(s => !/^https:/i.test(s))", vec![]);
            assert_eq!(srcs, serde_json::json!([]), "{file}");
        }
        assert!(!b.eval("return document.querySelectorAll('iframe').length", vec![]).as_u64().is_some_and(|n| n > 0), "{file}: no frames");
        assert_eq!(b.eval("return window.__csp", vec![]), 0, "{file}");
    }
    let providers = b.eval("return [...document.querySelectorAll('.provider-name')].map(e => e.textContent)", vec![]);
    assert!(providers.as_array().is_some_and(|p| !p.is_empty()), "{providers}");
    b.screenshot(&support::artifacts_dir().join("import-embeds.png"));
    assert!(server.csp_reports.lock().unwrap().is_empty(), "{:?}", server.csp_reports.lock().unwrap());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn an_id_with_spaces_still_reads_in_context() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "hostile.json");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert_eq!(b.text_content(".card-title"), "a <b> c");
    b.click(".read-in-context");
    b.wait_for("the entry focused", "return document.activeElement.dataset.eventRef === 'two%20words%20here'", 5);
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_sheet_template_loads_as_csv() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "sheet.csv");
    assert_eq!(b.text_content("#story-title"), "A market square");
    assert!(b.text_content(".title-slide").contains("Stalls and seasons."));
    // Served over http here, the title row's relative image resolves to an http: address: a link, said so.
    let notice = b.text_content("[role=\"alert\"]");
    assert!(notice.starts_with("1 item(s)") && notice.contains("row 2, Media: an http: image is shown as a link"), "{notice}");
    b.send_keys("#timeline-root", ARROW_RIGHT);
    b.send_keys("#timeline-root", ARROW_RIGHT);
    assert!(b.text_content(".card-date").contains("6:30 AM"), "{}", b.text_content(".card-date"));
    b.screenshot(&support::artifacts_dir().join("import-sheet.png"));
    assert_eq!(b.eval("return window.__csp", vec![]), 0);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_data_file_is_fetched_once_in_the_worker_the_page_starts_with() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open(&b, &server, "title-slide.json");
    // boot.js's worker downloads the file as the page begins; the app's own
    // request for it, once its wasm runs, is answered from that download.
    assert_eq!(server.hits_of("/fixtures/tljs/title-slide.json"), 1, "one download");
    // The page's thread never fetched it (a worker's requests are not in the page's timeline).
    let on_page = b.eval("return performance.getEntriesByType('resource').filter(e => e.name.includes('title-slide.json')).length", vec![]);
    assert_eq!(on_page, 0);
    assert!(b.text_content(".title-slide").contains("Forty years of floods and bridges."));
}
