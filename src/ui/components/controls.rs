//! Previous / Next, play / pause, zoom, and find-and-filter: kind, actor,
//! free text.

use crate::i18n::{count_events, kind_name, tr, Text};
use crate::story::{EventKind, Story};
use crate::timeline::filter::{facets, Filter};
use crate::timeline::view::Action;
use crate::timeline::Step;
use crate::ui::hooks::{use_dispatch, use_lang, ByPtr};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub story: ByPtr<Story>,
    pub filter: Filter,
    /// How many events the filter keeps.
    pub shown: usize,
    /// Zoom buttons only make sense on the horizontal track.
    pub zoomable: bool,
    /// A play is stepping through the events.
    pub playing: bool,
}


#[function_component]
pub fn Controls(props: &ControlsProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let (kinds, actors) = use_memo(props.story.clone(), |s| facets(&s.events)).as_ref().clone();
    let act = |a: fn() -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(a()))
    };
    let set_filter = |f: Box<dyn Fn(Filter, String) -> Filter>| {
        let (dispatch, filter) = (dispatch.clone(), props.filter.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok().map(|s| s.value()))
                .or_else(|| e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok().map(|i| i.value())))
                .unwrap_or_default();
            dispatch.dispatch(Action::Filter(f(filter.clone(), value)));
        })
    };
    let on_kind = set_filter(Box::new(|f, v| Filter { kind: EventKind::from_name(&v), ..f }));
    let on_actor = set_filter(Box::new(|f, v| Filter { actor: (!v.is_empty()).then_some(v), ..f }));
    let on_search = {
        let (dispatch, filter) = (dispatch.clone(), props.filter.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                dispatch.dispatch(Action::Filter(Filter { query: input.value(), ..filter.clone() }));
            }
        })
    };
    let clear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Filter(Filter::default())))
    };
    // Export runs in the importer's worker; a failure is said where the buttons are.
    let export_failed = use_state(|| None::<String>);
    let export = |json: bool| {
        let (story, failed) = (props.story.clone(), export_failed.clone());
        Callback::from(move |_: MouseEvent| {
            let (story, failed) = (story.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let base = crate::story::slug(&story.title, 6);
                let (format, mime) = if json { ("json", "application/json") } else { ("csv", "text/csv") };
                match crate::ui::services::importer::Importer::start().export(format, &story).await {
                    Ok(text) => {
                        failed.set(None);
                        crate::ui::services::dom::download(&format!("{base}.{format}"), mime, &text);
                    }
                    Err(why) => failed.set(Some(why)),
                }
            });
        })
    };
    let total = props.story.events.len();
    let shown = props.shown;
    let current_kind = props.filter.kind.map(EventKind::name).unwrap_or("");
    let current_actor = props.filter.actor.clone().unwrap_or_default();

    html! {
        <div class="controls" role="group" aria-label={tr(lang, Text::TimelineControls)}>
            <div class="control-row">
                <button type="button" class="btn" onclick={act(|| Action::Step(Step::Previous))}>{ "‹ " }{ tr(lang, Text::Previous) }</button>
                <button type="button" class="btn" onclick={act(|| Action::Step(Step::Next))}>{ tr(lang, Text::Next) }{ " ›" }</button>
                if total > 0 {
                    // The page stops a play on any input but this button's own.
                    if props.playing {
                        <button type="button" class="btn play-toggle playing" onclick={act(|| Action::Stop)}>
                            <span aria-hidden="true">{ "❚❚ " }</span>{ tr(lang, Text::Pause) }
                        </button>
                    } else {
                        <button type="button" class="btn play-toggle" onclick={act(|| Action::Play)}>
                            <span aria-hidden="true">{ "▶ " }</span>{ tr(lang, Text::Play) }
                        </button>
                    }
                }
                if props.zoomable {
                    <span class="zoom-buttons">
                        <button type="button" class="btn icon" aria-label={tr(lang, Text::ZoomOut)} title={tr(lang, Text::ZoomOut)}
                                onclick={act(|| Action::Zoom(0.5, None))}>{ "−" }</button>
                        <button type="button" class="btn icon" aria-label={tr(lang, Text::ZoomIn)} title={tr(lang, Text::ZoomIn)}
                                onclick={act(|| Action::Zoom(2.0, None))}>{ "+" }</button>
                        <button type="button" class="btn" onclick={act(|| Action::Fit)}>{ tr(lang, Text::FitAll) }</button>
                    </span>
                }
            </div>
            if total > 0 {
                <div class="control-row filters">
                    <label class="field search">
                        <span class="visually-hidden">{ tr(lang, Text::Search) }</span>
                        <input type="search" placeholder={tr(lang, Text::SearchPlaceholder)} value={props.filter.query.clone()} oninput={on_search} />
                    </label>
                    <label class="field">
                        <span class="visually-hidden">{ tr(lang, Text::Kind) }</span>
                        <select onchange={on_kind}>
                            <option value="" selected={current_kind.is_empty()}>{ tr(lang, Text::AllKinds) }</option>
                            { for kinds.iter().map(|k| html! {
                                <option value={k.name()} selected={current_kind == k.name()}>{ kind_name(lang, *k) }</option>
                            }) }
                        </select>
                    </label>
                    if !actors.is_empty() {
                        <label class="field">
                            <span class="visually-hidden">{ tr(lang, Text::Actor) }</span>
                            <select onchange={on_actor}>
                                <option value="" selected={current_actor.is_empty()}>{ tr(lang, Text::AllActors) }</option>
                                { for actors.iter().map(|a| html! {
                                    <option value={a.clone()} selected={current_actor == *a}>{ a.clone() }</option>
                                }) }
                            </select>
                        </label>
                    }
                    if !props.filter.is_empty() {
                        <button type="button" class="btn link" onclick={clear}>{ tr(lang, Text::ClearFilters) }</button>
                    }
                </div>
                <div class="control-row count-row">
                    <p class="count" aria-live="polite">
                        { if shown == total { count_events(lang, total) } else { format!("{shown} / {}", count_events(lang, total)) } }
                    </p>
                    <span class="downloads">
                        <button type="button" class="btn link download-json" onclick={export(true)}>{ tr(lang, Text::DownloadJson) }</button>
                        <button type="button" class="btn link download-csv" onclick={export(false)}>{ tr(lang, Text::DownloadCsv) }</button>
                        <super::open_file::OpenFile />
                    </span>
                    if let Some(why) = &*export_failed {
                        <p class="error" role="alert">{ format!("{} {why}", tr(lang, Text::ExportFailed)) }</p>
                    }
                </div>
            }
        </div>
    }
}
