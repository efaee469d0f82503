//! The selected event in full: date, status, title, and where it was read.

use crate::story::{Event, EventKind, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub event: Option<Event>,
    pub index: Option<usize>,
}

#[function_component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let labelled_by = props.index.map(|i| format!("event-tab-{i}"));
    let Some(e) = &props.event else {
        return html! {
            <div id="event-card" class="event-card idle" role="tabpanel" aria-label="Event details">
                <p>{ "Choose an event to see it in the article." }</p>
            </div>
        };
    };
    let status = match e.status {
        Status::Expected => Some("expected"),
        Status::Happened if e.background => Some("background"),
        Status::Happened => None,
    };
    html! {
        <div id="event-card" class="event-card" role="tabpanel" aria-labelledby={labelled_by}>
            <p class="card-date">
                { e.display_date() }
                if let Some(s) = status { <span class={classes!("card-status", s)}>{ s }</span> }
            </p>
            <h3 class="card-title">{ e.title.clone() }</h3>
            if e.kind != EventKind::Other || !e.actors.is_empty() {
                <p class="card-meta">
                    if e.kind != EventKind::Other { <span class="card-kind">{ e.kind.name() }</span> }
                    if !e.actors.is_empty() { <span class="card-actors">{ e.actors.join(", ") }</span> }
                </p>
            }
            if !e.text.is_empty() {
                <blockquote class="card-quote">{ e.text.clone() }</blockquote>
            }
        </div>
    }
}
