//! The timeline landmark (`#timeline-root`): controls, the markers, the event
//! card. Markers are WAI-ARIA tabs with automatic activation: arrow keys move
//! focus and selection together, the card is their tab panel. From 900 px the
//! markers sit on a zoomable time axis ([`Track`]); below, they are a vertical
//! list in time order, and a horizontal swipe moves between events.

use super::app::use_lang;
use super::controls::Controls;
use super::dom::use_media;
use super::event_card::EventCard;
use super::state::{Action, ViewState};
use super::track::Track;
use crate::i18n::{count_events, format_event, tr, Text};
use crate::story::{Event, Status};
use crate::timeline::Step;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub state: UseReducerHandle<ViewState>,
}

pub fn key_action(key: &str) -> Option<Action> {
    Some(match key {
        "ArrowRight" | "ArrowDown" => Action::Step(Step::Next),
        "ArrowLeft" | "ArrowUp" => Action::Step(Step::Previous),
        "Home" => Action::Step(Step::First),
        "End" => Action::Step(Step::Last),
        "+" | "=" => Action::Zoom(2.0, None),
        "-" | "_" => Action::Zoom(0.5, None),
        _ => return None,
    })
}

/// One marker: a tab whose name is the date and the title.
pub struct MarkerView<'a> {
    pub index: usize,
    pub event: &'a Event,
    pub selected: bool,
    pub focusable: bool,
    pub reading: bool,
    pub class: Classes,
    /// Pixel position on the track (placed through the CSSOM).
    pub x: Option<f64>,
}

pub fn marker(m: MarkerView, lang: crate::i18n::Lang, state: &UseReducerHandle<ViewState>) -> Html {
    let e = m.event;
    let onclick = {
        let (state, i) = (state.clone(), m.index);
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(i)))
    };
    let class = classes!(
        "marker",
        m.class,
        (e.status == Status::Expected).then_some("expected"),
        e.background.then_some("background"),
    );
    html! {
        <li role="presentation" key={e.id.clone()}>
            <button
                type="button"
                role="tab"
                id={format!("event-tab-{}", m.index)}
                {class}
                data-event-id={e.id.clone()}
                data-x={m.x.map(super::dom::px)}
                data-reading={m.reading.then_some("true")}
                title={e.title.clone()}
                aria-selected={if m.selected { "true" } else { "false" }}
                aria-controls="event-card"
                tabindex={if m.focusable { "0" } else { "-1" }}
                {onclick}
            >
                <span class="dot" aria-hidden="true"></span>
                <span class="marker-text">
                    <span class="marker-date">{ format_event(lang, e) }</span>
                    <span class="marker-title" dir="auto">{ e.title.clone() }</span>
                </span>
            </button>
        </li>
    }
}

/// How many list items are in the DOM at most.
pub const LIST_WINDOW: usize = 200;

pub use crate::timeline::{window, window_of};

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let wide = use_media("(min-width: 900px)");
    let state = &props.state;
    let root = use_node_ref();
    let events = &state.story.events;

    // Keyboard moves carry focus along when it is on a marker (roving tabindex).
    {
        let root = root.clone();
        use_effect_with(state.selected, move |selected| {
            let Some(i) = *selected else { return };
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            let on_marker = gloo::utils::document()
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
        let state = state.clone();
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
            if let Some(a) = key_action(&e.key()) {
                e.prevent_default();
                state.dispatch(a);
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
        let (state, touch_start) = (state.clone(), touch_start.clone());
        Callback::from(move |e: TouchEvent| {
            let Some((x0, y0)) = touch_start.borrow_mut().take() else { return };
            let Some(t) = e.changed_touches().get(0) else { return };
            let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
            if dx.abs() > 60 && dy.abs() < 40 {
                state.dispatch(Action::Step(if dx < 0 { Step::Next } else { Step::Previous }));
            }
        })
    };

    let shown_count = state.shown.iter().filter(|s| **s).count();
    let selected_event = state.selected.and_then(|i| events.get(i));
    let announcement = selected_event.map(|e| format!("{}, {}", e.title, format_event(lang, e))).unwrap_or_default();
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
                },
                lang,
                state,
            )
        });
        html! {
            <>
                if from > 0 { <p class="more">{ format!("{from} {}", tr(lang, Text::EarlierEvents)) }</p> }
                <ol class="markers list" role="tablist" aria-orientation="vertical" aria-label={tr(lang, Text::Events)}>
                    { for markers }
                </ol>
                if to < kept.len() { <p class="more">{ format!("{} {}", kept.len() - to, tr(lang, Text::LaterEvents)) }</p> }
            </>
        }
    };

    html! {
        <section id="timeline-root" ref={root} class={classes!("timeline", wide.then_some("wide"))} tabindex="0" data-ready="true"
                 aria-labelledby="timeline-heading" {onkeydown} {ontouchstart} {ontouchend}>
            <h2 id="timeline-heading" class="timeline-heading">
                { tr(lang, Text::Timeline) }
                <span class="event-count">{ format!(" · {}", count_events(lang, events.len())) }</span>
            </h2>
            <Controls state={state.clone()} zoomable={wide && !events.is_empty()} />
            if events.is_empty() {
                <p class="empty-state" role="status">{ tr(lang, Text::NoEvents) }</p>
            } else if shown_count == 0 {
                <p class="empty-state" role="status">{ tr(lang, Text::NoMatch) }</p>
            } else if wide {
                <Track state={state.clone()} focusable={focusable} />
            } else {
                { list() }
            }
            if !events.is_empty() {
                <EventCard state={state.clone()} />
            }
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}
