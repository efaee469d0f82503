//! The first card of an imported timeline (TimelineJS3's title slide): its
//! text, media and colour, above the timeline.

use super::rich;
use crate::story::TitleSlide as Slide;
use crate::ui::hooks::use_data_color;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TitleSlideProps {
    pub slide: Slide,
}

#[function_component]
pub fn TitleSlide(props: &TitleSlideProps) -> Html {
    let node = use_node_ref();
    let slide = &props.slide;
    use_data_color(node.clone(), slide.color.clone());
    html! {
        <section ref={node} class={classes!("title-slide", slide.color.is_some().then_some("has-color"))}>
            if let Some(m) = &slide.media { { rich::media(m) } }
            if !slide.rich.is_empty() { <div class="card-rich" dir="auto">{ rich::render(&slide.rich) }</div> }
        </section>
    }
}
