//! The event list as a vertical timeline: markers are tabs (WAI-ARIA tabs with
//! automatic activation), the event card is their tab panel.

use super::load::Loaded;
use crate::story::Status;
use crate::timeline::Step;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub story: Rc<Loaded>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    pub on_step: Callback<Step>,
    /// The event card, shown under the markers.
    pub children: Children,
}

fn key_step(key: &str) -> Option<Step> {
    Some(match key {
        "ArrowRight" | "ArrowDown" => Step::Next,
        "ArrowLeft" | "ArrowUp" => Step::Previous,
        "Home" => Step::First,
        "End" => Step::Last,
        _ => return None,
    })
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let list = use_node_ref();
    let events = &props.story.story.events;

    // Keyboard moves carry focus along when it is on a marker (roving tabindex).
    {
        let list = list.clone();
        use_effect_with(props.selected, move |selected| {
            let Some(i) = *selected else { return };
            let Some(list) = list.cast::<web_sys::Element>() else { return };
            let focus_in_list = gloo::utils::document()
                .active_element()
                .is_some_and(|a| list.contains(Some(&a)));
            if focus_in_list {
                if let Some(tab) = list.query_selector(&format!("#event-tab-{i}")).ok().flatten() {
                    if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                        let _ = tab.focus();
                    }
                }
            }
        });
    }

    let onkeydown = {
        let on_step = props.on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(s) = key_step(&e.key()) {
                e.prevent_default();
                on_step.emit(s);
            }
        })
    };

    let focusable = props.selected.unwrap_or(0);
    let markers = events.iter().enumerate().map(|(i, e)| {
        let selected = props.selected == Some(i);
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_| on_select.emit(i))
        };
        let class = classes!(
            "marker",
            (e.status == Status::Expected).then_some("expected"),
            e.background.then_some("background"),
        );
        html! {
            <li role="presentation" key={e.id.clone()}>
                <button
                    type="button"
                    role="tab"
                    id={format!("event-tab-{i}")}
                    {class}
                    data-event-id={e.id.clone()}
                    aria-selected={if selected { "true" } else { "false" }}
                    aria-controls="event-card"
                    tabindex={if i == focusable { "0" } else { "-1" }}
                    {onclick}
                >
                    <span class="marker-date">{ e.display_date() }</span>
                    <span class="marker-title">{ e.title.clone() }</span>
                </button>
            </li>
        }
    });

    // Screen readers hear only what changed: the title and the date.
    let announcement = props
        .selected
        .and_then(|i| events.get(i))
        .map(|e| format!("{}, {}", e.title, e.display_date()))
        .unwrap_or_default();

    html! {
        <section id="timeline-root" class="timeline" tabindex="0" data-ready="true"
                 aria-labelledby="timeline-heading" {onkeydown}>
            <h2 id="timeline-heading" class="timeline-heading">
                { "Timeline" }
                <span class="event-count">{ format!(" · {} events", events.len()) }</span>
            </h2>
            if events.is_empty() {
                <p class="empty-state" role="status">{ "No dated events were found in this text." }</p>
            } else {
                <ol ref={list} class="markers" role="tablist" aria-orientation="vertical" aria-label="Events">
                    { for markers }
                </ol>
                { props.children.clone() }
            }
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}
