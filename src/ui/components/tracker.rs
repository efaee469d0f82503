//! The ratification tracker: a stepper above the timeline, one row per party
//! whose steps the text reports. Done, expected and unreported stages differ
//! by mark and outline, not by colour alone; activating a stage selects the
//! event that backs it.

use crate::i18n::{stage_name, stage_status, tr, Text};
use crate::ratification::{track, StageStatus};
use crate::story::{Granularity, Story};
use crate::timeline::view::Action;
use crate::ui::hooks::{use_dispatch, use_lang, ByPtr};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackerProps {
    pub story: ByPtr<Story>,
    pub selected: Option<usize>,
}

#[function_component]
pub fn Tracker(props: &TrackerProps) -> Html {
    crate::ui::renders::count("Tracker");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let story = &props.story;
    let rows = use_memo(story.clone(), |s| track(s));
    if rows.is_empty() {
        return html! {};
    }
    let label = tr(lang, Text::RatificationProgress);
    let rows_html = rows.iter().map(|row| {
        let stages = row.stages.iter().map(|s| {
            let event = s.event.and_then(|i| story.events.get(i).map(|e| (i, e)));
            let date = event.map(|(_, e)| e.start.text(lang));
            let name = format!("{}: {}{}", stage_name(lang, s.stage), stage_status(lang, s.status), date.as_ref().map(|d| format!(", {d}")).unwrap_or_default());
            let mark = match s.status {
                StageStatus::Done => "✓",
                StageStatus::Expected => "…",
                StageStatus::Unreported => "–",
            };
            // A button's name is its visible text (WCAG 2.5.3, label in name):
            // the stage, then its status (for assistive technology only: the
            // mark and outline show it), then the date.
            let body = html! {
                <>
                    <span class="stage-mark" aria-hidden="true">{ mark }</span>
                    <span class="stage-text">
                        <span class="stage-name">{ stage_name(lang, s.stage) }</span>
                        <span class="visually-hidden">{ format!(": {}{}", stage_status(lang, s.status), if date.is_some() { ", " } else { "" }) }</span>
                        if let Some(d) = &date { <span class="stage-date">{ d.clone() }</span> }
                    </span>
                </>
            };
            let selected = event.is_some_and(|(i, _)| props.selected == Some(i));
            html! {
                <li class={classes!("stage", s.status.name())} data-stage={s.stage.name()} data-status={s.status.name()}
                    data-event-id={event.map(|(_, e)| e.id.clone())} data-date={event.filter(|(_, e)| e.start.granularity == Granularity::Day).map(|(_, e)| e.start.value())}>
                    if let Some((i, _)) = event {
                        <button type="button" class="stage-button" aria-pressed={if selected { "true" } else { "false" }}
                                onclick={ let dispatch = dispatch.clone(); Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(i))) }>
                            { body }
                        </button>
                    } else {
                        <span class="stage-button" role="img" aria-label={name}>{ body }</span>
                    }
                </li>
            }
        });
        html! {
            <div class="tracker-row">
                if let Some(party) = &row.party { <p class="tracker-party">{ party.name().to_string() }</p> }
                <ol class="stages" aria-label={match &row.party { None => label.to_string(), Some(p) => format!("{label}: {}", p.name()) }}>
                    { for stages }
                </ol>
            </div>
        }
    });
    html! {
        <section id="ratification-tracker" class="tracker" aria-label={label}>
            { for rows_html }
        </section>
    }
}
