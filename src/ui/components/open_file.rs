//! "Open a file": a TimelineJS3 JSON file or a sheet CSV from the reader's
//! disk, previewed without uploading it anywhere. Shown once the app runs
//! (without it the control could do nothing) and not in an embed, where the
//! reader is a newsroom's visitor, not its author. `data-app-only` marks it
//! as not part of the prerendered page (the hydration test leaves it out).

use crate::i18n::{tr, Text};
use crate::ui::hooks::{use_file_opener, use_lang, use_params, use_settled};
use yew::prelude::*;

#[function_component]
pub fn OpenFile() -> Html {
    let lang = use_lang();
    let params = use_params();
    let settled = use_settled();
    let opener = use_file_opener();
    let Some(open) = opener.filter(|_| settled && !params.embed) else { return html! {} };
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open.emit(file);
        }
        // The same file chosen again is a change too.
        input.set_value("");
    });
    html! {
        <label class="btn link open-file" data-app-only="">
            <input type="file" class="visually-hidden" accept=".json,.csv,application/json,text/csv" {onchange} />
            { tr(lang, Text::OpenFile) }
        </label>
    }
}
