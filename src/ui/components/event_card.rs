//! The selected event in full: date (and time of day) as a reader writes it,
//! its colour from the data file, status, kind,
//! actors, the sentence it was read from, and a way to read it in context.
//! Before the first event, an imported timeline's title slide (TimelineJS3's
//! first slide): its headline, text, media and colour.

use super::rich;
use crate::i18n::{kind_name, tr, Text};
use crate::story::{EventKind, Status, Story};
use crate::ui::hooks::{use_data_color, use_lang, ByPtr};
use crate::ui::services::dom::{scroll_to, sentence_of};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub story: ByPtr<Story>,
    pub selected: Option<usize>,
    /// In the compact view (no article): a link to the full page on this
    /// event instead of "read in context".
    #[prop_or_default]
    pub full_page: bool,
    /// The title slide is the card (nothing selected).
    #[prop_or_default]
    pub title: bool,
}

#[function_component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let slide = props.story.title_slide.as_ref().filter(|_| props.title && props.selected.is_none());
    let color = match slide {
        Some(slide) => slide.color.clone(),
        None => props.selected.and_then(|i| props.story.events.get(i)).and_then(|e| e.color.clone()),
    };
    use_data_color(node.clone(), color.clone());
    if let Some(slide) = slide {
        return html! {
            <div id="event-card" ref={node} class={classes!("event-card", "title-slide", color.is_some().then_some("has-color"))} role="tabpanel" aria-labelledby="story-title">
                <h3 class="card-title" dir="auto">{ props.story.title.clone() }</h3>
                if let Some(m) = &slide.media { { rich::media(m) } }
                if !slide.rich.is_empty() { <div class="card-rich" dir="auto">{ rich::render(&slide.rich) }</div> }
            </div>
        };
    }
    let Some((i, e)) = props.selected.and_then(|i| props.story.events.get(i).map(|e| (i, e))) else {
        return html! {
            <div id="event-card" ref={node} class="event-card idle" role="tabpanel" aria-label={tr(lang, Text::EventDetails)}>
                <p>{ tr(lang, Text::ChooseEvent) }</p>
            </div>
        };
    };
    let status = match e.status {
        Status::Expected => Some(("expected", tr(lang, Text::Expected))),
        Status::Happened if e.background => Some(("background", tr(lang, Text::Background))),
        Status::Happened => None,
    };
    let read_in_context = {
        let id = e.id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = sentence_of(&id) {
                scroll_to(&el);
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        })
    };
    html! {
        <div id="event-card" ref={node} class={classes!("event-card", status.map(|s| s.0), color.is_some().then_some("has-color"))} role="tabpanel" aria-labelledby={format!("event-tab-{i}")}>
            <p class="card-date">
                { e.date_text(lang) }
                if let Some((class, label)) = status { <span class={classes!("card-status", class)}>{ label }</span> }
            </p>
            <h3 class="card-title" dir="auto">{ e.title.clone() }</h3>
            if e.kind != EventKind::Other || !e.actors.is_empty() {
                <p class="card-meta">
                    if e.kind != EventKind::Other { <span class="card-kind">{ kind_name(lang, e.kind) }</span> }
                    if !e.actors.is_empty() { <span class="card-actors">{ e.actors.join(", ") }</span> }
                </p>
            }
            if let Some(m) = &e.media { { rich::media(m) } }
            if !e.rich.is_empty() {
                <div class="card-quote card-rich" dir="auto">{ rich::render(&e.rich) }</div>
            } else if !e.text.is_empty() {
                <blockquote class="card-quote" dir="auto">{ e.text.clone() }</blockquote>
            }
            // Every event has its place in the reader: its sentence, or its entry.
            if props.full_page {
                <a class="btn link open-full" href={full_page_href(&e.id)} target="_blank" rel="noopener">{ tr(lang, Text::OpenFullPage) }</a>
            } else {
                <button type="button" class="btn link read-in-context" onclick={read_in_context}>{ tr(lang, Text::ReadInContext) }</button>
            }
        </div>
    }
}

/// This page without the compact view and the frame's options, on `id`.
fn full_page_href(id: &str) -> String {
    let location = gloo::utils::window().location();
    let query = crate::params::full_page_query(&location.search().unwrap_or_default());
    format!("{}{query}{}", location.pathname().unwrap_or_default(), crate::params::event_hash(id))
}
