//! One event of a story imported without an article: its date, title, body
//! and media, in the reader's column. A memoised component: an entry
//! re-renders only when its own highlight or search mark changes.

use super::rich;
use crate::story::Story;
use crate::ui::hooks::{use_lang, ByPtr};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryProps {
    pub story: ByPtr<Story>,
    pub index: usize,
    pub lit: bool,
    pub matched: bool,
}

/// One event of a story imported without an article.
#[function_component]
pub fn Entry(props: &EntryProps) -> Html {
    let lang = use_lang();
    let e = &props.story.events[props.index];
    let body = if !e.rich.is_empty() {
        rich::render(&e.rich)
    } else if e.text.is_empty() {
        html! { { e.title.clone() } }
    } else {
        html! { { e.text.clone() } }
    };
    html! {
        <div class="entry">
            <p class="entry-head"><strong class="entry-date">{ e.date_text(lang) }</strong>{ " — " }<span dir="auto">{ e.title.clone() }</span></p>
            <div class="sentence source entry-text" tabindex="-1" dir="auto" data-event-ref={crate::params::event_refs([e.id.as_str()])}
                 data-highlighted={props.lit.then_some("true")} data-match={props.matched.then_some("true")}>{ body }</div>
            if let Some(m) = &e.media { { rich::media(m) } }
        </div>
    }
}
