//! The timeline landmark (`#timeline-root`): controls, the markers, the event
//! card. Markers are WAI-ARIA tabs with automatic activation: arrow keys move
//! focus and selection together, the card is their tab panel. From 900 px the
//! markers sit on a zoomable time axis ([`Track`]); below, they are a vertical
//! list in time order, and a horizontal swipe moves between events.

use super::controls::Controls;
use super::event_card::EventCard;
use super::marker::{marker, MarkerView};
use super::more::{more, Side};
use super::track::Track;
use crate::i18n::{count_events, tr, Text};
use crate::timeline::view::Action;
use crate::timeline::{window, Step};
use crate::params::View;
use crate::ui::hooks::{use_lang, use_media, use_params, use_settled, use_view, ByPtr};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many list items are in the DOM at most.
const LIST_WINDOW: usize = 200;

#[function_component]
pub fn Timeline() -> Html {
    crate::ui::renders::count("Timeline");
    let lang = use_lang();
    let wide = use_media("(min-width: 900px)");
    let state = &use_view();
    let dispatch = state.dispatcher();
    let root = use_node_ref();
    // Ready (the page contract's `data-ready`) once the app runs in the
    // browser and has taken the address's options, not in the prerendered
    // HTML: tests and hosts wait for it before they interact.
    let settled = use_settled();
    let events = &state.story.events;
    let compact = use_params().view == View::Timeline;

    // Keyboard moves carry focus along when it is on a marker (roving tabindex).
    // The key press says so, not the focus at the time of the effect: the
    // marker that had focus may have left the DOM in the meantime (it folded
    // into a cluster, or scrolled out of the window), leaving focus on <body>.
    let key_on_marker = use_mut_ref(|| false);
    {
        let (root, key_on_marker) = (root.clone(), key_on_marker.clone());
        use_effect_with(state.selected, move |selected| {
            let from_key = std::mem::take(&mut *key_on_marker.borrow_mut());
            let Some(i) = *selected else { return };
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            let on_marker = from_key
                || gloo::utils::document()
                    .active_element()
                    .is_some_and(|a| a.get_attribute("role").as_deref() == Some("tab") && root.contains(Some(&a)));
            if on_marker {
                if let Some(tab) = root.query_selector(&format!("#event-tab-{i}")).ok().flatten() {
                    if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                        let _ = tab.focus();
                    }
                }
            }
        });
    }

    let onkeydown = {
        let (dispatch, key_on_marker) = (dispatch.clone(), key_on_marker.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            // Typing in the search box or choosing in a menu is not navigation.
            let in_field = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| {
                matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
            });
            if in_field {
                return;
            }
            if let Some(a) = Action::from_key(&e.key()) {
                e.prevent_default();
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                *key_on_marker.borrow_mut() = target.is_some_and(|t| t.get_attribute("role").as_deref() == Some("tab"));
                dispatch.dispatch(a);
            }
        })
    };

    // A horizontal swipe on the list moves to the next or previous event.
    let touch_start = use_mut_ref(|| None::<(i32, i32)>);
    let ontouchstart = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: TouchEvent| {
            *touch_start.borrow_mut() = e.touches().get(0).map(|t| (t.client_x(), t.client_y()));
        })
    };
    let ontouchend = {
        let (dispatch, touch_start) = (dispatch.clone(), touch_start.clone());
        Callback::from(move |e: TouchEvent| {
            let Some((x0, y0)) = touch_start.borrow_mut().take() else { return };
            let Some(t) = e.changed_touches().get(0) else { return };
            let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
            if dx.abs() > 60 && dy.abs() < 40 {
                dispatch.dispatch(Action::Step(if dx < 0 { Step::Next } else { Step::Previous }));
            }
        })
    };

    use_play(state.playing, &dispatch);

    let shown_count = state.shown_count();
    // A play announces the headline alone; a step by the reader, its date too.
    let announcement = match state.selected_event() {
        Some(e) if state.playing => e.title.clone(),
        Some(e) => format!("{}, {}", e.title, e.date_text(lang)),
        None if state.on_title => state.story.title.clone(),
        None => String::new(),
    };
    let focusable = state.selected.filter(|i| state.shown.get(*i).copied().unwrap_or(false)).or_else(|| state.shown.iter().position(|s| *s));

    let list = || {
        // Thousands of events: only a window around the selection is in the DOM.
        let kept: Vec<usize> = (0..events.len()).filter(|i| state.shown[*i]).collect();
        let (from, to) = window(&kept, state.selected, LIST_WINDOW);
        let markers = kept[from..to].iter().map(|&i| (i, &events[i])).map(|(i, e)| {
            marker(
                MarkerView {
                    index: i,
                    event: e,
                    selected: state.selected == Some(i),
                    focusable: focusable == Some(i),
                    reading: state.reading.contains(&i),
                    class: classes!(),
                    x: None,
                    y: 0.0,
                    label: None,
                },
                lang,
                &dispatch,
            )
        });
        html! {
            <>
                if from > 0 { { more(lang, Side::Earlier, from, kept[from - 1], &dispatch) } }
                <ol class="markers list" role="tablist" aria-orientation="vertical" aria-label={tr(lang, Text::Events)}>
                    { for markers }
                </ol>
                if to < kept.len() { { more(lang, Side::Later, kept.len() - to, kept[to], &dispatch) } }
            </>
        }
    };

    html! {
        <section id="timeline-root" ref={root} class={classes!("timeline", wide.then_some("wide"))} tabindex="0" data-ready={settled.then_some("true")}
                 aria-labelledby="timeline-heading" {onkeydown} {ontouchstart} {ontouchend}>
            <h2 id="timeline-heading" class="timeline-heading">
                { tr(lang, Text::Timeline) }
                <span class="event-count">{ format!(" · {}", count_events(lang, events.len())) }</span>
            </h2>
            <Controls story={ByPtr(state.story.clone())} filter={state.filter.clone()} shown={shown_count} zoomable={wide && !events.is_empty()} playing={state.playing} />
            if events.is_empty() {
                <p class="empty-state" role="status">{ tr(lang, Text::NoEvents) }</p>
            } else if shown_count == 0 {
                <p class="empty-state" role="status">{ tr(lang, Text::NoMatch) }</p>
            } else if wide {
                <Track focusable={focusable} />
            } else {
                { list() }
            }
            if !events.is_empty() {
                <EventCard story={ByPtr(state.story.clone())} selected={state.selected} full_page={compact} title={state.on_title} />
            }
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}

/// How long a play shows each event.
const PLAY_STEP_MS: u32 = 2500;

/// While playing: a step every [`PLAY_STEP_MS`], and a stop on any key,
/// pointer or wheel input anywhere on the page (the play button's own
/// click toggles the play itself).
#[hook]
fn use_play(playing: bool, dispatch: &crate::ui::hooks::Dispatch) {
    let dispatch = dispatch.clone();
    use_effect_with(playing, move |playing| {
        let mut kept: Option<(gloo::timers::callback::Interval, Vec<gloo::events::EventListener>)> = None;
        if *playing {
            let tick = {
                let dispatch = dispatch.clone();
                gloo::timers::callback::Interval::new(PLAY_STEP_MS, move || dispatch.dispatch(Action::Tick))
            };
            let window = gloo::utils::window();
            let listeners = ["keydown", "pointerdown", "wheel"]
                .into_iter()
                .map(|kind| {
                    let dispatch = dispatch.clone();
                    gloo::events::EventListener::new(&window, kind, move |e| {
                        let on_toggle = e
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .and_then(|t| t.closest(".play-toggle").ok().flatten())
                            .is_some();
                        if !on_toggle {
                            dispatch.dispatch(Action::Stop);
                        }
                    })
                })
                .collect();
            kept = Some((tick, listeners));
        }
        move || drop(kept)
    });
}
