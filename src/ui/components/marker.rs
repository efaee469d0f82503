//! One marker: a WAI-ARIA tab whose name is the event's date and title. The
//! list and the track both draw them. In the list a marker is a link to the
//! sentence that dated its event (`#sentence-N`, or `#event=ID` for an event
//! without one), so that the prerendered page works before, or without, the
//! script; with the script a click selects instead of following the link.

use crate::i18n::Lang;
use crate::params::event_hash;
use crate::story::{Event, Status};
use crate::timeline::view::Action;
use crate::ui::hooks::Dispatch;
use crate::ui::services::dom::px;
use yew::prelude::*;

pub struct MarkerView<'a> {
    pub index: usize,
    pub event: &'a Event,
    pub selected: bool,
    pub focusable: bool,
    pub reading: bool,
    pub class: Classes,
    /// Pixel position on the track (placed through the CSSOM).
    pub x: Option<f64>,
    /// Its lane's top on the track.
    pub y: f64,
    /// The label's width on the track; `None` in the list, or when the
    /// track has no room for it (the title is still in the name and tooltip).
    pub label: Option<f64>,
}

pub fn marker(m: MarkerView, lang: Lang, dispatch: &Dispatch) -> Html {
    let e = m.event;
    let onclick = {
        let (dispatch, i) = (dispatch.clone(), m.index);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.dispatch(Action::Select(i))
        })
    };
    let class = classes!(
        "marker",
        m.class,
        (e.status == Status::Expected).then_some("expected"),
        e.background.then_some("background"),
    );
    let thumbnail = e.media.as_ref().and_then(|m| m.thumbnail.clone());
    let body = html! {
        <>
            <span class={classes!("dot", thumbnail.is_some().then_some("thumb"))} aria-hidden="true">
                // TimelineJS3 shows a media thumbnail in the marker.
                if let Some(t) = thumbnail { <img src={t} alt="" loading="lazy" referrerpolicy="no-referrer" /> }
            </span>
            <span class="marker-text" data-w={m.label.map(px)}>
                <span class="marker-date">{ e.date_text(lang) }</span>
                <span class="marker-title" dir="auto">{ e.title.clone() }</span>
            </span>
        </>
    };
    let id = format!("event-tab-{}", m.index);
    let selected = if m.selected { "true" } else { "false" };
    let tabindex = if m.focusable { "0" } else { "-1" };
    let reading = m.reading.then_some("true");
    let item = match m.x {
        // On the track (script only): a button placed through the CSSOM.
        Some(x) => html! {
            <button type="button" role="tab" {id} {class} data-event-id={e.id.clone()} data-x={px(x)} data-y={px(m.y)} data-reading={reading}
                    title={e.title.clone()} aria-selected={selected} aria-controls="event-card" {tabindex} {onclick}>
                { body }
            </button>
        },
        None => html! {
            <a role="tab" {id} {class} href={anchor_of(e)} data-event-id={e.id.clone()} data-reading={reading}
               title={e.title.clone()} aria-selected={selected} aria-controls="event-card" {tabindex} {onclick}>
                { body }
            </a>
        },
    };
    html! { <li role="presentation" key={e.id.clone()}>{ item }</li> }
}

/// Where the list's link goes: the event's first sentence, else its own address.
pub fn anchor_of(e: &Event) -> String {
    match e.sources.first() {
        Some(s) => format!("#sentence-{}", s.sentence),
        None => event_hash(&e.id),
    }
}
