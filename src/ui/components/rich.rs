//! Renders sanitised rich text and media element by element: the page never
//! parses a string from a data file as HTML.

use crate::story::{Media, Node, Tag};
use yew::prelude::*;

pub fn render(nodes: &[Node]) -> Html {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text(t) => html! { { t.clone() } },
            Node::Element { tag: Tag::A, href: Some(href), children } => html! {
                <a href={href.clone()} rel="noopener noreferrer nofollow" target="_blank">{ render(children) }</a>
            },
            Node::Element { tag: Tag::Br, .. } => html! { <br /> },
            Node::Element { tag, children, .. } => {
                let inner = render(children);
                match tag {
                    Tag::P => html! { <p>{ inner }</p> },
                    Tag::Em => html! { <em>{ inner }</em> },
                    Tag::Strong => html! { <strong>{ inner }</strong> },
                    Tag::B => html! { <b>{ inner }</b> },
                    Tag::I => html! { <i>{ inner }</i> },
                    Tag::Ul => html! { <ul>{ inner }</ul> },
                    Tag::Ol => html! { <ol>{ inner }</ol> },
                    Tag::Li => html! { <li>{ inner }</li> },
                    Tag::Blockquote => html! { <blockquote>{ inner }</blockquote> },
                    // A link whose address was not safe keeps its text only.
                    Tag::A | Tag::Br => inner,
                }
            }
        })
        .collect()
}

pub fn media(m: &Media) -> Html {
    let credit = [m.caption.as_str(), m.credit.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    if m.image {
        let img = html! { <img src={m.url.clone()} alt={m.alt.clone()} loading="lazy" referrerpolicy="no-referrer" /> };
        html! {
            <figure class="media">
                if let Some(link) = &m.link {
                    <a href={link.clone()} rel="noopener noreferrer nofollow" target="_blank">{ img }</a>
                } else {
                    { img }
                }
                if !credit.is_empty() { <figcaption dir="auto">{ credit }</figcaption> }
            </figure>
        }
    } else {
        let label = if m.caption.is_empty() { m.url.clone() } else { m.caption.clone() };
        // A player or a post opens at its source: no third-party frame in the page.
        html! {
            <p class={classes!("media", "link", m.provider.is_some().then_some("provider"), m.thumbnail.is_some().then_some("has-thumbnail"))}>
                // The file's thumbnail stands for the player or page (the link says what it is).
                if let Some(t) = &m.thumbnail { <img class="thumbnail" src={t.clone()} alt="" loading="lazy" referrerpolicy="no-referrer" /> }
                if let Some(p) = &m.provider { <span class="provider-name">{ p.clone() }</span>{ " " } }
                <a href={m.url.clone()} rel="noopener noreferrer nofollow" target="_blank" dir="auto">{ label }</a>
                if !m.credit.is_empty() { <span class="credit">{ format!(" · {}", m.credit) }</span> }
            </p>
        }
    }
}
