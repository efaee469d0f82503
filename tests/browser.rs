//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use datelines::ui::{App, AppProps, Loaded, StoryView};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// The app as a page built with the first embedded article starts it (the
/// page's data block decoded; here the story is read directly).
fn seed() -> AppProps {
    let story = datelines::pipeline::read_story(datelines::corpus::embedded()[0].text, None).unwrap();
    AppProps { loaded: Some(Rc::new(Loaded { story: Rc::new(story), skipped: Vec::new() })), ..AppProps::default() }
}

/// Lets Yew's scheduler render and run effects.
async fn settle() {
    gloo::timers::future::TimeoutFuture::new(20).await;
}

/// Waits until the app has started and its layout has settled: the first
/// render is the prerendered one (a list), the wide track follows once the
/// media query and the track's width are known.
async fn started(root: &Element) {
    for _ in 0..50 {
        if root.query_selector("#timeline-root[data-ready=\"true\"]").unwrap().is_some() {
            break;
        }
        settle().await;
    }
    for _ in 0..3 {
        settle().await;
    }
    // The reader's parts render a task each after the rest (`Deferred`): on
    // a busy machine they may come after the settles above. Wait until the
    // count of sentences holds still for three settles.
    let sentences = || root.query_selector_all(".sentence").map_or(0, |l| l.length());
    let (mut last, mut still) = (sentences(), 0);
    for _ in 0..50 {
        settle().await;
        let now = sentences();
        still = if now == last && now > 0 { still + 1 } else { 0 };
        if still == 3 {
            break;
        }
        last = now;
    }
}

fn all(root: &Element, css: &str) -> Vec<Element> {
    let list = root.query_selector_all(css).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn selected(root: &Element) -> Option<String> {
    root.query_selector("[aria-selected=\"true\"]").unwrap().and_then(|e| e.get_attribute("data-event-id"))
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_app_renders_the_embedded_article_and_its_events() {
    let root = mount();
    yew::Renderer::<App>::with_root_and_props(root.clone(), seed()).render();
    started(&root).await;

    let timeline = root.query_selector("#timeline-root").unwrap().expect("a timeline");
    assert_eq!(timeline.get_attribute("data-ready").as_deref(), Some("true"));
    let markers = all(&root, "[role=tab][data-event-id]");
    assert!(markers.len() >= 6, "{} markers", markers.len());
    // Every marker's sentence is in the article.
    let refs: Vec<String> = all(&root, "[data-event-ref]").iter().filter_map(|e| e.get_attribute("data-event-ref")).collect();
    for m in &markers {
        let id = m.get_attribute("data-event-id").unwrap();
        assert!(refs.iter().any(|r| r.split(' ').any(|x| x == id)), "no sentence for {id}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_and_arrow_keys_move_the_selection_and_the_highlight() {
    let root = mount();
    yew::Renderer::<App>::with_root_and_props(root.clone(), seed()).render();
    started(&root).await;
    let markers = all(&root, "[role=tab][data-event-id]");
    let ids: Vec<String> = markers.iter().map(|m| m.get_attribute("data-event-id").unwrap()).collect();

    markers[2].clone().dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(selected(&root), Some(ids[2].clone()));
    let lit = all(&root, "[data-highlighted=\"true\"]");
    assert_eq!(lit.len(), 1);
    assert!(lit[0].get_attribute("data-event-ref").unwrap().split(' ').any(|r| r == ids[2]));

    let timeline = root.query_selector("#timeline-root").unwrap().unwrap();
    press(&timeline, "ArrowRight");
    settle().await;
    assert_eq!(selected(&root), Some(ids[3].clone()));
    press(&timeline, "ArrowLeft");
    press(&timeline, "ArrowLeft");
    settle().await;
    assert_eq!(selected(&root), Some(ids[1].clone()));
    press(&timeline, "End");
    settle().await;
    assert_eq!(selected(&root), ids.last().cloned());
    let tabs_focusable = all(&root, "[role=tab][data-event-id][tabindex=\"0\"]");
    assert_eq!(tabs_focusable.len(), 1, "one marker in the tab order (roving tabindex)");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_article_without_dates_shows_the_text_and_an_empty_state() {
    let story = datelines::pipeline::read_story("A quiet day\n\nNothing of note happened in the village.\n", None).unwrap();
    assert!(story.events.is_empty());
    let loaded = Rc::new(Loaded { story: Rc::new(story), skipped: Vec::new() });
    let root = mount();
    yew::Renderer::<StoryView>::with_root_and_props(root.clone(), datelines::ui::StoryViewProps { loaded, axis: None, event: None }).render();
    settle().await;
    let empty = root.query_selector(".empty-state").unwrap().expect("an empty state");
    assert!(empty.text_content().unwrap().contains("No dated events"));
    assert!(root.query_selector(".reader").unwrap().unwrap().text_content().unwrap().contains("Nothing of note happened"));
    assert_eq!(all(&root, "[role=tab][data-event-id]").len(), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_failure_shows_a_panel_with_a_reload_button() {
    datelines::ui::report_failure("something broke", datelines::i18n::Lang::Fr);
    let panel = gloo::utils::document().get_element_by_id("failure-panel").expect("a panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    assert!(text.contains("something broke") && text.contains("Datelines s’est arrêté"), "{text}");
    assert_eq!(panel.query_selector("button").unwrap().unwrap().text_content().as_deref(), Some("Recharger"));
    // A second failure does not stack a second panel.
    datelines::ui::report_failure("again", datelines::i18n::Lang::Fr);
    assert_eq!(gloo::utils::document().query_selector_all("#failure-panel").unwrap().length(), 1);
    panel.remove();
}

#[wasm_bindgen_test]
async fn zoom_and_pan_leave_the_reader_and_the_tracker_alone() {
    use datelines::ui::renders::renders;
    let root = mount();
    yew::Renderer::<App>::with_root_and_props(root.clone(), seed()).render();
    started(&root).await;
    let timeline = root.query_selector("#timeline-root").unwrap().expect("a timeline");
    let before = |name| renders(name);
    let (reader, tracker, view) = (before("Reader"), before("Tracker"), before("Timeline"));
    assert!(reader > 0 && view > 0, "the counters count: {reader} {view}");

    press(&timeline, "+");
    settle().await;
    press(&timeline, "+");
    settle().await;
    press(&timeline, "-");
    settle().await;
    // A pan: a horizontal wheel on the track (the test browser's window is wide).
    let wide = gloo::utils::window().inner_width().unwrap().as_f64().unwrap() >= 900.0;
    let track = root.query_selector(".track").unwrap();
    assert_eq!(track.is_some(), wide, "the track is drawn exactly when the window is wide");
    if let Some(track) = track {
        let init = web_sys::WheelEventInit::new();
        init.set_delta_x(300.0);
        init.set_bubbles(true);
        init.set_cancelable(true);
        track.dispatch_event(&web_sys::WheelEvent::new_with_event_init_dict("wheel", &init).unwrap()).unwrap();
        settle().await;
    }
    assert!(renders("Timeline") >= view + 3, "each zoom re-rendered the timeline");
    assert_eq!(renders("Reader"), reader, "zoom and pan re-rendered the article");
    assert_eq!(renders("Tracker"), tracker, "zoom and pan re-rendered the tracker");

    // A selection is theirs to show, and reaches them.
    press(&timeline, "ArrowRight");
    settle().await;
    assert!(renders("Reader") > reader, "a selection re-renders the reader");
    assert!(renders("Tracker") > tracker, "a selection re-renders the tracker");
    root.remove();
}

