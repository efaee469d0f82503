//! The events as a table, shown only when printing (the timeline itself is
//! not printed: a table says the same on paper).

use crate::i18n::{kind_name, tr, Text};
use crate::story::Story;
use crate::ui::hooks::{use_lang, ByPtr};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintTableProps {
    pub story: ByPtr<Story>,
}

#[function_component]
pub fn PrintTable(props: &PrintTableProps) -> Html {
    let lang = use_lang();
    // A large table is only built while printing.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let (p1, p2) = (printing.clone(), printing);
            let before = gloo::events::EventListener::new(&window, "beforeprint", move |_| p1.set(true));
            let after = gloo::events::EventListener::new(&window, "afterprint", move |_| p2.set(false));
            move || drop((before, after))
        });
    }
    let story = &props.story;
    if story.events.is_empty() || (story.events.len() > 500 && !*printing) {
        return html! {};
    }
    let rows = story.events.iter().map(|e| {
        html! {
            <tr>
                <td>{ e.date_text(lang) }</td>
                <td>{ e.title.clone() }</td>
                <td>{ kind_name(lang, e.kind) }</td>
                <td>{ e.text.clone() }</td>
            </tr>
        }
    });
    html! {
        <section class="print-only" aria-labelledby="print-events">
            <h2 id="print-events">{ tr(lang, Text::Events) }</h2>
            <table>
                <thead><tr>
                    <th scope="col">{ tr(lang, Text::Date) }</th>
                    <th scope="col">{ tr(lang, Text::Event) }</th>
                    <th scope="col">{ tr(lang, Text::Kind) }</th>
                    <th scope="col">{ tr(lang, Text::Source) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
