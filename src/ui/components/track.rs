//! The horizontal time axis: ticks, breaks, eras and ranges drawn in SVG
//! (decoration, hidden from assistive technology), markers and clusters as
//! buttons placed through the CSSOM. Only what the layout puts in view is in
//! the DOM. Wheel zooms around the pointer (horizontal wheel pans), a drag
//! pans, a two-finger pinch zooms.

use super::marker::{marker, MarkerView};
use crate::calendar::format_year_short;
use crate::i18n::{tr, Text};
use crate::timeline::layout::Track as TrackParams;
use crate::timeline::view::Action;
use crate::timeline::viewport::Viewport;
use crate::ui::hooks::{use_lang, use_view, use_width, ByPtr, Dispatch};
use crate::ui::services::dom::{px, Placer};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackProps {
    /// The marker in the tab order (the selection, or the first shown event).
    pub focusable: Option<usize>,
}

/// Lanes per row for a story of up to [`STACKED`] events: enough for each
/// to be its own marker at "fit all"; larger stories keep [`DENSE_LANES`]
/// and fold the rest into clusters.
const MAX_LANES: usize = 10;
const STACKED: usize = 50;
const DENSE_LANES: usize = 3;
const AXIS_Y: f64 = 22.0;
/// One lane: a dot beside its date and up to two lines of title.
const LANE_STEP: f64 = 50.0;
/// The strip above the lanes where cluster counts sit, when there are any.
const CLUSTER_STRIP: f64 = 26.0;

/// What the pointer listeners need from the latest render.
struct Live {
    view: Viewport,
    width: f64,
}

#[function_component]
pub fn Track(props: &TrackProps) -> Html {
    crate::ui::renders::count("Track");
    let lang = use_lang();
    let state = &use_view();
    let dispatch = state.dispatcher();
    let node = use_node_ref();
    let width = use_width(&node);
    let live = use_mut_ref(|| Live { view: state.view, width });
    {
        let mut l = live.borrow_mut();
        l.view = state.view;
        l.width = width;
    }

    // What has data-x is placed as Yew writes it (`Placer`), on the track's
    // element of this render (the one before it may have been replaced).
    {
        let (node, placer) = (node.clone(), use_mut_ref(|| None::<Placer>));
        use_effect(move || {
            let el = node.cast::<web_sys::Element>();
            let current = placer.borrow().as_ref().zip(el.as_ref()).is_some_and(|(p, el)| p.watches(el));
            if !current {
                *placer.borrow_mut() = el.as_ref().and_then(Placer::watch);
            }
        });
    }
    use_pointer_gestures(&node, &dispatch, &live);

    let groups = use_memo(ByPtr(state.story.clone()), |s| s.groups());
    let rows = groups.len().max(1);
    // Sparse data keeps events apart down to a dot's width; dense data bins
    // them wide enough for a dot and its count side by side.
    let n = state.story.events.len();
    let min_gap = if n > 200 { 56.0 } else { 22.0 };
    let (lanes, strip) = *use_memo((ByPtr(state.axis.clone()), width.round() as i64), move |(axis, w)| {
        if n > STACKED {
            (DENSE_LANES, CLUSTER_STRIP)
        } else {
            let (lanes, clustered) = axis.0.lanes_at_fit(*w as f64, min_gap, MAX_LANES);
            (lanes, if clustered { CLUSTER_STRIP } else { 0.0 })
        }
    });
    let row_height = strip + LANE_STEP * lanes as f64 + 10.0;
    let height = row_height * rows as f64 + AXIS_Y + 8.0;
    if width <= 0.0 {
        return html! { <div class="track" ref={node}></div> };
    }
    let params = TrackParams { width, min_gap, lanes, tick_spacing: 90.0 };
    let layout = state.axis.layout(state.view, &params, Some(&state.shown), state.selected);
    let events = &state.story.events;

    let row_top = |row: usize| AXIS_Y + 8.0 + row_height * row as f64;
    let lane_top = |row: usize, lane: usize| row_top(row) + strip + LANE_STEP * lane as f64;
    let eras = state.story.eras.iter().filter_map(|era| {
        let unit = state.axis.scale.unit;
        let a = state.view.px(state.axis.scale.x(unit.start(&era.start)), width);
        let b = state.view.px(state.axis.scale.x(unit.end(&era.end)), width);
        let (a, b) = (a.max(0.0), b.min(width));
        (b > a).then(|| html! {
            <g class="era">
                <rect x={px(a)} y={px(AXIS_Y)} width={px(b - a)} height={px(height - AXIS_Y)} />
                <text x={px(b - 4.0)} y={px(height - 6.0)} text-anchor="end">{ era.label.clone() }</text>
            </g>
        })
    });
    // Each segment is labelled with its first visible year, so that a reader
    // always knows which side of a break is which.
    let seg_labels = state.axis.segment_labels(state.view, width);
    let near_label = |px: f64| seg_labels.iter().any(|(x, _)| (px - x).abs() < 48.0);
    let seg_label_nodes = seg_labels.iter().map(|(x, year)| html! {
        <text class="segment-label" x={px(x + 4.0)} y="14">{ format_year_short(lang, *year) }</text>
    });
    let ticks = layout.ticks.iter().filter(|t| !near_label(t.px)).map(|t| html! {
        <g class="tick">
            <line x1={px(t.px)} x2={px(t.px)} y1={px(AXIS_Y)} y2={px(height)} />
            <text x={px(t.px + 3.0)} y="14">{ t.label(lang) }</text>
        </g>
    });
    let breaks = layout.breaks.iter().map(|b| html! {
        <g class="axis-break">
            <rect x={px(b - 5.0)} y="0" width="10" height={px(height)} />
            <text x={px(b - 5.0)} y="14">{ "≈" }</text>
        </g>
    });
    let ranges = layout.markers.iter().filter_map(|m| {
        let end = m.end_px?;
        let (a, b) = (m.px.max(0.0), end.min(width));
        let y = lane_top(m.row, m.lane) + 4.0;
        (b > a).then(|| html! {
            <rect class="range" x={px(a)} y={px(y)} width={px(b - a)} height="6" rx="3" />
        })
    });
    let row_labels = groups.iter().cloned().enumerate().map(|(r, g)| html! {
        <g class="row">
            if r > 0 {
                <line x1="0" x2={px(width.round())} y1={px(row_top(r) - 8.0)} y2={px(row_top(r) - 8.0)} />
            }
            <text class="row-label" x="4" y={px(row_top(r) + row_height - 14.0)}>{ g }</text>
        </g>
    });
    let markers = layout.markers.iter().map(|m| {
        let lane = format!("lane-{}", m.lane);
        marker(
            MarkerView {
                index: m.index,
                event: &events[m.index],
                selected: state.selected == Some(m.index),
                focusable: props.focusable == Some(m.index),
                reading: state.reading.contains(&m.index),
                class: classes!(lane, format!("row-{}", m.row.min(5)), m.flip.then_some("flip"), m.label.is_none().then_some("no-label")),
                x: Some(m.px - 7.0),
                y: lane_top(m.row, m.lane),
                label: m.label,
            },
            lang,
            &dispatch,
        )
    });
    let clusters = layout.clusters.iter().map(|c| {
        let (from, to, first) = (c.from, c.to, c.members[0]);
        let onclick = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.dispatch(Action::Frame(from, to));
                // Events of one day share a position that no zoom separates:
                // the first is selected, and Next steps through the others.
                if to - from < 1e-9 {
                    dispatch.dispatch(Action::Select(first));
                }
            })
        };
        let label = format!("{} {}", c.members.len(), tr(lang, Text::ZoomIntoCluster));
        html! {
            <button type="button" class={classes!("cluster", format!("row-{}", c.row.min(5)))} data-x={px(c.px - 5.0)} data-y={px(row_top(c.row))}
                    aria-label={label.clone()} title={label} {onclick}>
                { c.count_label() }
            </button>
        }
    });

    html! {
        <div class={classes!("track", format!("rows-{}", rows.min(6)), format!("lanes-{lanes}"))} ref={node}>
            <svg class="axis" aria-hidden="true" focusable="false" width={px(width.round())} height={px(height.round())}>
                { for eras }
                { for ticks }
                { for breaks }
                { for seg_label_nodes }
                { for ranges }
                { for row_labels }
            </svg>
            <ol class="markers on-track" role="tablist" aria-orientation="horizontal" aria-label={tr(lang, Text::Events)}>
                { for markers }
            </ol>
            <div class="clusters">{ for clusters }</div>
        </div>
    }
}

/// Wheel, drag and pinch on the track. The listeners are not passive, so the
/// page does not scroll or zoom while the reader works the axis.
#[hook]
fn use_pointer_gestures(node: &NodeRef, dispatch: &Dispatch, live: &Rc<RefCell<Live>>) {
    let (node, state, live) = (node.clone(), dispatch.clone(), live.clone());
    use_effect_with((), move |_| {
        let mut listeners = Vec::new();
        if let Some(el) = node.cast::<web_sys::HtmlElement>() {
            let options = EventListenerOptions::enable_prevent_default();
            let target: web_sys::EventTarget = el.clone().into();
            let anchor_of = {
                let (live, el) = (live.clone(), el.clone());
                move |client_x: f64| {
                    let l = live.borrow();
                    let left = el.get_bounding_client_rect().left();
                    l.view.axis(client_x - left, l.width.max(1.0))
                }
            };
            {
                let (state, live, anchor_of) = (state.clone(), live.clone(), anchor_of.clone());
                listeners.push(EventListener::new_with_options(&target, "wheel", options, move |e| {
                    let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                    e.prevent_default();
                    if w.delta_x().abs() > w.delta_y().abs() {
                        state.dispatch(Action::Pan(w.delta_x() / live.borrow().width.max(1.0)));
                    } else {
                        state.dispatch(Action::Zoom((-w.delta_y() * 0.002).exp(), Some(anchor_of(w.client_x() as f64))));
                    }
                }));
            }
            let pointers: Rc<RefCell<HashMap<i32, f64>>> = Rc::default();
            {
                let pointers = pointers.clone();
                listeners.push(EventListener::new(&target, "pointerdown", move |e| {
                    if let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() {
                        pointers.borrow_mut().insert(p.pointer_id(), p.client_x() as f64);
                    }
                }));
            }
            {
                let (pointers, state, live) = (pointers.clone(), state.clone(), live.clone());
                listeners.push(EventListener::new(&target, "pointermove", move |e| {
                    let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() else { return };
                    let mut map = pointers.borrow_mut();
                    let Some(&last) = map.get(&p.pointer_id()) else { return };
                    let x = p.client_x() as f64;
                    let width = live.borrow().width.max(1.0);
                    if map.len() == 1 {
                        if (x - last).abs() >= 3.0 {
                            state.dispatch(Action::Pan(-(x - last) / width));
                            map.insert(p.pointer_id(), x);
                        }
                    } else if map.len() == 2 {
                        let other = map.iter().find(|(id, _)| **id != p.pointer_id()).map(|(_, x)| *x).unwrap_or(x);
                        let (before, after) = ((last - other).abs(), (x - other).abs());
                        if before > 10.0 && after > 10.0 {
                            state.dispatch(Action::Zoom(after / before, Some(anchor_of((x + other) / 2.0))));
                        }
                        map.insert(p.pointer_id(), x);
                    }
                }));
            }
            for kind in ["pointerup", "pointercancel", "pointerleave"] {
                let pointers = pointers.clone();
                listeners.push(EventListener::new(&target, kind, move |e| {
                    if let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() {
                        pointers.borrow_mut().remove(&p.pointer_id());
                    }
                }));
            }
        }
        move || drop(listeners)
    });
}
