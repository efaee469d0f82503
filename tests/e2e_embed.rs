//! End to end, Datelines inside a news page: `dist/demo/news.html` embeds the
//! app through NPR's pym.js and through `embed.js`. Heights follow the
//! content, the newsroom protocols are spoken, foreign messages are ignored,
//! the selected event can live in the host page's address.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::collections::HashMap;
use support::server::StaticServer;
use support::webdriver::Browser;

/// `dist/` alone, as a newsroom would serve it: the build put pym.js in `demo/`.
fn serve() -> StaticServer {
    let dist = support::project_dir().join("dist");
    assert!(dist.join("demo/news.html").exists(), "no dist/demo/news.html: run `trunk build index.html --release` first");
    assert!(dist.join("demo/pym.v1.min.js").exists(), "the build did not copy pym.js into dist/demo/ (scripts/web-deps.sh)");
    StaticServer::start(dist, HashMap::new())
}

/// Both frames: (frame height, content height) once their apps are ready.
const SIZES: &str = "return [...document.querySelectorAll('iframe')].map(f => {
    const d = f.contentDocument; const ready = d && d.querySelector('#timeline-root[data-ready=\"true\"]');
    return ready ? [f.getBoundingClientRect().height, d.documentElement.getBoundingClientRect().height] : null; });";

fn wait_fitted(b: &Browser, when: &str) -> Vec<(f64, f64)> {
    b.wait_for(
        &format!("both frames sized to their content {when}"),
        &format!("const s = (() => {{ {SIZES} }})(); return s.length === 2 && s.every(x => x && Math.abs(x[0] - x[1]) <= 2);"),
        20,
    );
    let sizes = b.eval(SIZES, vec![]);
    sizes.as_array().unwrap().iter().map(|s| (s[0].as_f64().unwrap(), s[1].as_f64().unwrap())).collect()
}

/// Brings the lazy frames into view until their apps have started.
fn load_frames(b: &Browser) {
    b.wait_for("two frames", "return document.querySelectorAll('iframe').length === 2", 20);
    b.wait_for(
        "both apps started",
        "const frames = [...document.querySelectorAll('iframe')];
         const waiting = frames.find(f => !(f.contentDocument && f.contentDocument.querySelector('#timeline-root[data-ready=\"true\"]')));
         if (!waiting) return true;
         window.__waiting = waiting.src + ' :: ' + (waiting.contentDocument ? waiting.contentDocument.readyState + ' ' + (waiting.contentDocument.body ? waiting.contentDocument.body.innerText.slice(0, 120) : 'no body') : 'no doc');
         waiting.scrollIntoView(); return false;",
        30,
    );
    b.eval("window.scrollTo(0, 0); return true", vec![]);
}

fn open_demo(b: &Browser, server: &StaticServer, hash: &str) {
    b.goto(&format!("{}/demo/news.html{hash}", server.base));
    load_frames(b);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn frames_take_their_content_height_through_changes() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open_demo(&b, &server, "");
    let first = wait_fitted(&b, "after load");
    assert!(first.iter().all(|(h, _)| *h > 300.0), "{first:?}");
    // Another event in each frame: the card changes, the frames follow.
    b.eval(
        "for (const f of document.querySelectorAll('iframe')) {
           const tabs = f.contentDocument.querySelectorAll('[role=tab][data-event-id]'); tabs[tabs.length - 1].click(); }
         return true;",
        vec![],
    );
    wait_fitted(&b, "after selecting another event");
    // From 1280 to 390 px wide: one column inside, taller frames.
    b.cdp("Emulation.setDeviceMetricsOverride", json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}));
    let narrow = wait_fitted(&b, "at 390 px");
    assert!(narrow[0].0 > first[0].0, "a narrow frame is taller: {first:?} -> {narrow:?}");
    b.screenshot(&support::artifacts_dir().join("embed-narrow.png"));
    let severe: Vec<String> = b.severe_logs().into_iter().filter(|l| !l.contains("favicon")).collect();
    assert!(severe.is_empty(), "{severe:#?}");
    assert!(server.csp_reports.lock().unwrap().is_empty());
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_protocols_are_spoken_and_strangers_ignored() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open_demo(&b, &server, "");
    wait_fitted(&b, "after load");
    // Record what the frames say from now on, then make them speak: select an
    // event, and send the width message a Pym.js parent sends, which the child
    // answers with its height.
    b.eval(
        "window.__said = []; window.addEventListener('message', e => window.__said.push(e.data));
         const f = document.querySelector('#timeline-pym iframe');
         f.contentDocument.querySelectorAll('[role=tab][data-event-id]')[2].click();
         f.contentWindow.postMessage('pymxPYMxtimeline-pymxPYMxwidthxPYMx800', '*'); return true;",
        vec![],
    );
    b.wait_for("messages", "return window.__said.some(m => typeof m === 'string') && window.__said.some(m => m && m['datelines-event'])", 10);
    let said = b.eval("return window.__said", vec![]);
    let said = said.as_array().unwrap();
    let pym: Vec<&str> = said.iter().filter_map(Value::as_str).collect();
    assert!(!pym.is_empty() && pym.iter().all(|m| {
        let parts: Vec<&str> = m.split("xPYMx").collect();
        parts.len() == 4 && parts[0] == "pym" && parts[1] == "timeline-pym" && parts[2] == "height" && parts[3].parse::<u32>().is_ok()
    }), "{pym:?}");
    assert!(said.iter().any(|m| m["sentinel"] == "amp" && m["type"] == "embed-size" && m["height"].is_u64()), "{said:?}");
    assert!(said.iter().any(|m| m["datelines-height"].is_u64() && m["id"] == "timeline-pym"), "{said:?}");
    assert!(said.iter().any(|m| m["datelines-event"].is_string()), "{said:?}");

    // embed.js trusts only its own frame's window and origin.
    let frame = "document.querySelector('.datelines-embed iframe')";
    let height = |b: &Browser| b.eval(&format!("return {frame}.style.height"), vec![]);
    let before = height(&b);
    b.eval("window.dispatchEvent(new MessageEvent('message', {data: {'datelines-height': 77}, origin: location.origin, source: window})); return true", vec![]);
    b.eval(&format!("window.dispatchEvent(new MessageEvent('message', {{data: {{'datelines-height': 77}}, origin: 'http://elsewhere.example', source: {frame}.contentWindow}})); return true"), vec![]);
    assert_eq!(height(&b), before, "a message from another window or origin moved the frame");
    b.eval(&format!("window.dispatchEvent(new MessageEvent('message', {{data: {{'datelines-height': 77}}, origin: location.origin, source: {frame}.contentWindow}})); return true"), vec![]);
    assert_eq!(height(&b), json!("77px"), "the frame's own message is applied");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_host_address_follows_and_opens_the_selected_event() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open_demo(&b, &server, "");
    wait_fitted(&b, "after load");
    let id = b.eval(
        "const tabs = document.querySelector('.datelines-embed iframe').contentDocument.querySelectorAll('[role=tab][data-event-id]');
         tabs[3].click(); return tabs[3].dataset.eventId;",
        vec![],
    );
    let id = id.as_str().unwrap().to_string();
    b.wait_for("the host hash", &format!("return decodeURIComponent(location.hash) === '#event={id}'"), 10);
    let link = b.eval("return location.href", vec![]).as_str().unwrap().to_string();
    // A reader opening that address lands on that event.
    b.goto("about:blank");
    b.goto(&link);
    load_frames(&b);
    b.wait_for(
        "the embed on the linked event",
        &format!("const f = document.querySelector('.datelines-embed iframe'); const d = f && f.contentDocument;
                  const s = d && d.querySelector('[aria-selected=\"true\"]'); return !!s && s.dataset.eventId === '{id}';"),
        20,
    );
    // The pym.js embed does not take part: its frame has no hash.
    assert_eq!(b.eval("return new URL(document.querySelector('#timeline-pym iframe').src).hash", vec![]), "");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_demo_page_has_no_accessibility_violations() {
    let server = serve();
    let b = Browser::start(1280, 900);
    open_demo(&b, &server, "");
    wait_fitted(&b, "after load");
    let violations = b.axe();
    assert!(violations.is_empty(), "{violations:#?}");
    b.screenshot(&support::artifacts_dir().join("embed-demo.png"));
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn the_embed_dialog_offers_snippets_for_the_current_view() {
    let server = serve();
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/index.html?lang=fr&theme=dark", server.base));
    b.wait_for("the timeline", "return document.querySelector('#timeline-root[data-ready=\"true\"]') !== null", 30);
    let id = b.eval("const t = document.querySelectorAll('[role=tab][data-event-id]')[2]; t.click(); return t.dataset.eventId", vec![]);
    let id = id.as_str().unwrap().to_string();
    b.click(".embed-open");
    assert_eq!(b.eval("return document.querySelector('.embed-dialog').open", vec![]), true);
    let script = b.eval("return document.querySelector('.snippet-1').value", vec![]).as_str().unwrap().to_string();
    let iframe = b.eval("return document.querySelector('.snippet-0').value", vec![]).as_str().unwrap().to_string();
    for snippet in [&script, &iframe] {
        assert!(snippet.contains("index.html?embed=1&amp;lang=fr&amp;theme=dark&amp;view=timeline"), "the compact view by default: {snippet}");
        assert!(snippet.contains(&format!("#event={id}")), "{snippet}");
    }
    // The full reader is the alternative.
    b.click(".embed-choice input[value=\"reader\"]");
    b.wait_for("the reader's snippet", "return !document.querySelector('.snippet-1').value.includes('view=')", 5);
    b.click(".embed-choice input[value=\"timeline\"]");
    b.wait_for("the compact snippet again", "return document.querySelector('.snippet-1').value.includes('view=timeline')", 5);
    assert!(script.contains("class=\"datelines-embed\"") && script.contains("/embed.js\" async></script>"), "{script}");
    assert!(iframe.starts_with("<iframe ") && iframe.contains("title=\"Chronologie: "), "{iframe}");
    // Copy: to the clipboard, or (without clipboard access) the text is selected for Ctrl+C.
    b.click(".snippet .copy");
    b.wait_for(
        "the copy to take effect",
        "const t = document.querySelector('.snippet-1'); return document.querySelector('.snippet .copy').textContent === 'Copié'
           || (t.selectionStart === 0 && t.selectionEnd === t.value.length);",
        5,
    );
    let violations = b.axe();
    assert!(violations.is_empty(), "with the dialog open: {violations:#?}");
    b.screenshot(&support::artifacts_dir().join("embed-dialog.png"));
    b.click(".embed-dialog .close");
    assert_eq!(b.eval("return document.querySelector('.embed-dialog').open", vec![]), false);
}


/// A host page as a CMS might let an author write it, with no policy of its
/// own: only http(s) and relative addresses may become frames.
const HOSTILE_HOST: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<div id="js" class="datelines-embed" data-src="javascript:window.parent.__ran = 'javascript'"></div>
<div id="js-upper" class="datelines-embed" data-src=" JaVaScRiPt:window.parent.__ran = 'mixed case'"></div>
<div id="data" class="datelines-embed" data-src="data:text/html,<script>window.parent.__ran = 'data'</script>"></div>
<div id="good" class="datelines-embed" data-src="../index.html?embed=1"></div>
<script src="../embed.js"></script>
</body></html>"#;

/// Lets the page's inline handlers run, as host pages without a policy do.
const OPEN_POLICY: &str = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:";

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn only_http_addresses_become_frames() {
    let dist = support::project_dir().join("dist");
    let server = StaticServer::start_with_policy(dist, HashMap::from([("/demo/hostile.html".to_string(), HOSTILE_HOST.to_string())]), OPEN_POLICY);
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/demo/hostile.html", server.base));
    b.wait_for("the good frame", "return document.querySelector('#good iframe') !== null", 10);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let state = b.eval(
        "return {ran: window.__ran || null,
                 frames: ['js', 'js-upper', 'data'].map(id => document.querySelectorAll('#' + id + ' iframe').length),
                 said: ['js', 'js-upper', 'data'].map(id => document.getElementById(id).getAttribute('data-datelines-error'))};",
        vec![],
    );
    assert_eq!(state["ran"], Value::Null, "a hostile address ran: {state}");
    assert_eq!(state["frames"], json!([0, 0, 0]), "{state}");
    assert!(state["said"].as_array().unwrap().iter().all(|s| s.as_str().is_some_and(|s| s.contains("http"))), "{state}");
    assert!(b.severe_logs().iter().any(|l| l.contains("Datelines embed")), "the host page's console says why");
}

/// A third frame on the host page that forges the Pym.js parent's width
/// message to the child frame as soon as it loads.
const THIRD_FRAME: &str = "<!doctype html><html lang=\"en\"><head><title>third</title><script src=\"third.js\"></script></head><body></body></html>";
const THIRD_SCRIPT: &str = "const child = window.parent.document.querySelector('#timeline-pym iframe').contentWindow;
child.postMessage('pymxPYMxtimeline-pymxPYMxwidthxPYMx800', '*');
window.parent.__forged = true;";

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn pym_width_messages_are_answered_only_to_the_parent_and_once_a_burst() {
    let dist = support::project_dir().join("dist");
    let server = StaticServer::start(
        dist,
        HashMap::from([
            ("/demo/third.html".to_string(), THIRD_FRAME.to_string()),
            ("/demo/third.js".to_string(), THIRD_SCRIPT.to_string()),
        ]),
    );
    let b = Browser::start(1280, 900);
    open_demo(&b, &server, "");
    wait_fitted(&b, "after load");
    b.eval(
        "window.__said = []; window.addEventListener('message', e => { if (typeof e.data === 'string') window.__said.push(e.data); });
         const third = document.createElement('iframe'); third.src = 'third.html'; document.body.appendChild(third); return true;",
        vec![],
    );
    b.wait_for("the forged message", "return window.__forged === true", 10);
    std::thread::sleep(std::time::Duration::from_millis(800));
    assert_eq!(b.eval("return window.__said", vec![]), json!([]), "a forged width message was answered");
    // The parent's own burst of five gets one answer.
    b.eval(
        "const child = document.querySelector('#timeline-pym iframe').contentWindow;
         for (let i = 0; i < 5; i++) child.postMessage('pymxPYMxtimeline-pymxPYMxwidthxPYMx800', '*'); return true;",
        vec![],
    );
    b.wait_for("the answer", "return window.__said.length > 0", 10);
    std::thread::sleep(std::time::Duration::from_millis(500));
    let said = b.eval("return window.__said", vec![]);
    assert_eq!(said.as_array().unwrap().len(), 1, "{said}");
    assert!(said[0].as_str().unwrap().starts_with("pymxPYMxtimeline-pymxPYMxheightxPYMx"), "{said}");
}

/// A host whose CSS makes the frame's width follow its height: each height
/// the app asks for changes its width, and so the height it asks for next.
const ASPECT_HOST: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>iframe { width: auto !important; aspect-ratio: .3; }</style></head><body>
<script>
window.__heights = []; window.__changes = 0;
addEventListener('message', e => { if (e.data && typeof e.data['datelines-height'] === 'number') window.__heights.push(e.data['datelines-height']); });
new MutationObserver(list => { for (const m of list) if (m.target.tagName === 'IFRAME') window.__changes++; })
  .observe(document.body, {attributes: true, attributeFilter: ['style'], subtree: true});
</script>
<div class="datelines-embed" data-src="../index.html?embed=1"></div>
<script src="../embed.js"></script>
</body></html>"#;

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn a_host_that_ties_width_to_height_settles_within_three_messages() {
    let dist = support::project_dir().join("dist");
    let server = StaticServer::start_with_policy(dist, HashMap::from([("/demo/aspect.html".to_string(), ASPECT_HOST.to_string())]), OPEN_POLICY);
    let b = Browser::start(1280, 900);
    b.goto(&format!("{}/demo/aspect.html", server.base));
    b.wait_for("the first height", "return window.__heights.length > 0", 40);
    // Long enough for a loop at ~15 messages a second to show.
    std::thread::sleep(std::time::Duration::from_secs(6));
    let first = b.eval("return [window.__heights.slice(), window.__changes]", vec![]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let later = b.eval("return [window.__heights.slice(), window.__changes]", vec![]);
    assert_eq!(first, later, "still moving: {first} then {later}");
    let heights = later[0].as_array().unwrap();
    eprintln!("height messages: {heights:?}; frame height changes: {}", later[1]);
    assert!(later[1].as_u64().unwrap() <= 3, "the frame took {} heights before settling: {heights:?}", later[1]);
    // Settled on the larger of the last pair: the content is not cut.
    let fits = b.eval("const f = document.querySelector('iframe'); return f.getBoundingClientRect().height >= f.contentDocument.documentElement.scrollHeight - 2", vec![]);
    assert_eq!(fits, true, "the settled frame cuts its content");
}
