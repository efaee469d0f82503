//! "Embed": a dialog with the iframe and the script snippets for the current
//! options (language, theme, data, selected event), each with a copy button.
//! The frame shows the compact view (`?view=timeline`: the timeline and the
//! selected event's card) unless the full reader is chosen: a news page
//! already carries the article.

use crate::embed::{embed_url, snippets};
use crate::i18n::{tr, Text};
use crate::params::{Params, View};
use crate::ui::hooks::{use_lang, use_params};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The story's title, for the frame's accessible name.
    pub title: String,
    /// The selected event, which the snippets open on.
    pub event: Option<String>,
}

fn copy(text: String, field: NodeRef, done: UseStateHandle<Option<usize>>, which: usize) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done.set(Some(which)),
            // No clipboard (an insecure origin): select the text for Ctrl+C.
            Err(_) => {
                if let Some(t) = field.cast::<web_sys::HtmlTextAreaElement>() {
                    t.select();
                }
            }
        }
    });
}

#[function_component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = use_lang();
    let params = use_params();
    let dialog = use_node_ref();
    let copied = use_state(|| None::<usize>);
    let fields = [use_node_ref(), use_node_ref()];
    let compact = use_state(|| true);

    // The page's own address, read when the dialog opens: a prerendered page
    // has none at build time, and its first render in the browser must match.
    let address = use_state(|| None::<(String, String)>);
    let (iframe, script) = match &*address {
        Some((origin, path)) => {
            let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
            let page = format!("{origin}{}", if path.ends_with('/') { format!("{path}index.html") } else { path.clone() });
            let view = if *compact { View::Timeline } else { View::Reader };
            let url = embed_url(&page, &Params { view, ..(*params).clone() }, props.event.as_deref());
            snippets(&url, &format!("{origin}{dir}embed.js"), &format!("{}: {}", tr(lang, Text::Timeline), props.title))
        }
        None => (String::new(), String::new()),
    };

    let open = {
        let (dialog, copied, address) = (dialog.clone(), copied.clone(), address.clone());
        Callback::from(move |_: MouseEvent| {
            let location = gloo::utils::window().location();
            address.set(Some((location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())));
            copied.set(None);
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let choice = |value: bool, label: Text| {
        let onchange = {
            let (compact, copied) = (compact.clone(), copied.clone());
            Callback::from(move |_: Event| {
                compact.set(value);
                copied.set(None);
            })
        };
        html! {
            <label class="embed-choice">
                <input type="radio" name="embed-view" value={if value { "timeline" } else { "reader" }} checked={*compact == value} {onchange} />
                { " " }{ tr(lang, label) }
            </label>
        }
    };
    let snippet = |which: usize, label: Text, text: String| {
        let field = fields[which].clone();
        let onclick = {
            let (text, field, copied) = (text.clone(), field.clone(), copied.clone());
            Callback::from(move |_: MouseEvent| copy(text.clone(), field.clone(), copied.clone(), which))
        };
        let id = format!("embed-snippet-{which}");
        html! {
            <div class="snippet">
                <label for={id.clone()}>{ tr(lang, label) }</label>
                <textarea id={id} ref={field} readonly=true rows="4" class={format!("snippet-{which}")} value={text} />
                <button type="button" class="btn copy" {onclick}>
                    { if *copied == Some(which) { tr(lang, Text::Copied) } else { tr(lang, Text::Copy) } }
                </button>
            </div>
        }
    };
    html! {
        <>
            <button type="button" class="btn embed-open" onclick={open}>{ tr(lang, Text::Embed) }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ tr(lang, Text::EmbedTitle) }</h2>
                <p>{ tr(lang, Text::EmbedHelp) }</p>
                <fieldset class="embed-view">
                    <legend>{ tr(lang, Text::EmbedView) }</legend>
                    { choice(true, Text::EmbedViewTimeline) }
                    { choice(false, Text::EmbedViewReader) }
                </fieldset>
                { snippet(1, Text::ScriptSnippet, script) }
                { snippet(0, Text::IframeSnippet, iframe) }
                <button type="button" class="btn close" onclick={close}>{ tr(lang, Text::Close) }</button>
            </dialog>
        </>
    }
}
