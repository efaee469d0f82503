//! The line that stands for the events a long list leaves out (only a window
//! around the selection is in the DOM), with a button that goes to the
//! nearest of them: on a phone, with no End key, every event stays in reach.

use crate::i18n::{tr, Lang, Text};
use crate::timeline::view::Action;
use crate::ui::hooks::Dispatch;
use yew::prelude::*;

pub enum Side {
    Earlier,
    Later,
}

/// `count` events left out on `side`; the button selects event `nearest`,
/// and the window moves to have it in its middle.
pub fn more(lang: Lang, side: Side, count: usize, nearest: usize, dispatch: &Dispatch) -> Html {
    let (said, class) = match side {
        Side::Earlier => (Text::EarlierEvents, "more earlier"),
        Side::Later => (Text::LaterEvents, "more later"),
    };
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(nearest)))
    };
    html! {
        <p {class}>
            { format!("{count} {} · ", tr(lang, said)) }
            <button type="button" class="btn link" {onclick}>{ tr(lang, Text::GoToThem) }</button>
        </p>
    }
}
