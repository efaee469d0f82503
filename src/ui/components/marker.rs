//! One marker: a WAI-ARIA tab whose name is the event's date and title. The
//! list and the track both draw them.

use crate::i18n::Lang;
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
}

pub fn marker(m: MarkerView, lang: Lang, dispatch: &Dispatch) -> Html {
    let e = m.event;
    let onclick = {
        let (dispatch, i) = (dispatch.clone(), m.index);
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(i)))
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
                data-x={m.x.map(px)}
                data-reading={m.reading.then_some("true")}
                title={e.title.clone()}
                aria-selected={if m.selected { "true" } else { "false" }}
                aria-controls="event-card"
                tabindex={if m.focusable { "0" } else { "-1" }}
                {onclick}
            >
                <span class="dot" aria-hidden="true"></span>
                <span class="marker-text">
                    <span class="marker-date">{ e.date_text(lang) }</span>
                    <span class="marker-title" dir="auto">{ e.title.clone() }</span>
                </span>
            </button>
        </li>
    }
}
