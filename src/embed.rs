//! The messages an embedded Datelines sends its host page, in the three
//! conventions newsrooms use: NPR's Pym.js child protocol, AMP's
//! `embed-size`, and Datelines' own. Pure formatting and parsing; the UI
//! decides when to send (`ui/embed.rs`).

use crate::interop::json::{obj, Value};

/// Pym.js separates message parts with this token.
const PYM: &str = "xPYMx";

/// `pymxPYMx<id>xPYMxheightxPYMx<px>`: the height message of the Pym.js child protocol.
pub fn pym_height(child_id: &str, px: u32) -> String {
    format!("pym{PYM}{child_id}{PYM}height{PYM}{px}")
}

/// The width a Pym.js parent announces: `pymxPYMx<id>xPYMxwidthxPYMx<px>`, for our child id.
pub fn pym_width(message: &str, child_id: &str) -> Option<u32> {
    let mut parts = message.split(PYM);
    match (parts.next(), parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("pym"), Some(id), Some("width"), Some(px), None) if id == child_id => px.parse::<f64>().ok().map(|w| w as u32),
        _ => None,
    }
}

/// AMP's `amp-iframe` resize request.
pub fn amp_size(px: u32) -> Value {
    obj([("height", px.into()), ("sentinel", "amp".into()), ("type", "embed-size".into())])
}

/// Datelines' own height message; `id` tells several embeds on one page apart.
pub fn datelines_height(px: u32, id: Option<&str>) -> Value {
    obj([("datelines-height", px.into()), ("id", id.into())])
}

/// The selected event, for a host page that mirrors it into its own address.
pub fn datelines_event(event: &str, id: Option<&str>) -> Value {
    obj([("datelines-event", event.into()), ("id", id.into())])
}

/// The two snippets a newsroom pastes: an iframe, and the self-sizing script
/// embed. `page` is the app's address with its options (`?embed=1…#event=…`),
/// `script` the address of `embed.js`. Text is escaped for an HTML attribute.
pub fn snippets(page: &str, script: &str, title: &str) -> (String, String) {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"720\" loading=\"lazy\" frameborder=\"0\"></iframe>",
        attr(page),
        attr(title)
    );
    let embed = format!(
        "<div class=\"datelines-embed\" data-src=\"{}\" data-title=\"{}\" data-sync-hash></div>\n<script src=\"{}\" async></script>",
        attr(page),
        attr(title),
        attr(script)
    );
    (iframe, embed)
}

/// The embed address for the current options.
pub fn embed_url(base: &str, params: &crate::params::Params, event: Option<&str>) -> String {
    let mut url = format!("{base}?embed=1");
    let mut add = |k: &str, v: &str| {
        url.push('&');
        url.push_str(k);
        url.push('=');
        url.push_str(&crate::params::percent_encode(v));
    };
    if let Some(l) = params.lang {
        add("lang", l.code());
    }
    match params.theme {
        Some(crate::params::Theme::Dark) => add("theme", "dark"),
        Some(crate::params::Theme::Light) => add("theme", "light"),
        None => {}
    }
    if let Some(d) = &params.data {
        add("data", d);
    }
    if let Some(a) = &params.article {
        add("article", a);
    }
    if params.view == crate::params::View::Timeline {
        add("view", "timeline");
    }
    if let Some(e) = event {
        url.push_str(&crate::params::event_hash(e));
    }
    url
}

/// Heights worth announcing: a change of at least one pixel, so that a host
/// that resizes the frame does not start a loop of equal messages.
pub fn worth_sending(last: Option<u32>, now: u32) -> bool {
    now > 0 && last != Some(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages_round_trip() {
        assert_eq!(pym_height("tl", 812), "pymxPYMxtlxPYMxheightxPYMx812");
        assert_eq!(pym_width("pymxPYMxtlxPYMxwidthxPYMx640", "tl"), Some(640));
        assert_eq!(pym_width("pymxPYMxotherxPYMxwidthxPYMx640", "tl"), None, "another child's message");
        assert_eq!(pym_width("pymxPYMxtlxPYMxheightxPYMx640", "tl"), None);
        assert_eq!(pym_width("garbage", "tl"), None);
    }

    #[test]
    fn amp_and_own_messages() {
        assert_eq!(amp_size(300).to_string(), r#"{"height":300,"sentinel":"amp","type":"embed-size"}"#);
        assert_eq!(datelines_height(300, Some("a")).to_string(), r#"{"datelines-height":300,"id":"a"}"#);
        assert_eq!(datelines_event("2024-06-19-x", None).to_string(), r#"{"datelines-event":"2024-06-19-x","id":null}"#);
        assert_eq!(datelines_event("2024-06-19-x", None)["datelines-event"], "2024-06-19-x");
    }

    #[test]
    fn snippets_carry_the_options_and_are_escaped() {
        let p = crate::params::Params::parse("?lang=fr&theme=dark&data=https://x.org/t.json?a=1%26b=2", "");
        let url = embed_url("https://dl.example/index.html", &p, Some("2024-06-19-x"));
        assert_eq!(url, "https://dl.example/index.html?embed=1&lang=fr&theme=dark&data=https%3A%2F%2Fx.org%2Ft.json%3Fa%3D1%26b%3D2#event=2024-06-19-x");
        assert_eq!(crate::params::Params::parse(&url[url.find('?').unwrap()..url.find('#').unwrap()], "").data.as_deref(), Some("https://x.org/t.json?a=1&b=2"));
        let (iframe, script) = snippets(&url, "https://dl.example/embed.js", "A \"quoted\" <title>");
        assert!(iframe.starts_with("<iframe src=\"https://dl.example/index.html?embed=1&amp;lang=fr"));
        assert!(iframe.contains("title=\"A &quot;quoted&quot; &lt;title>\""));
        assert!(script.contains("class=\"datelines-embed\"") && script.contains("<script src=\"https://dl.example/embed.js\" async></script>"));
    }

    #[test]
    fn the_compact_view_is_in_the_snippet_address() {
        let p = crate::params::Params { view: crate::params::View::Timeline, ..Default::default() };
        assert_eq!(embed_url("https://dl.example/index.html", &p, None), "https://dl.example/index.html?embed=1&view=timeline");
        assert_eq!(embed_url("https://dl.example/index.html", &Default::default(), None), "https://dl.example/index.html?embed=1");
    }

    #[test]
    fn equal_heights_are_not_sent_twice() {
        assert!(worth_sending(None, 500));
        assert!(!worth_sending(Some(500), 500));
        assert!(worth_sending(Some(500), 501));
        assert!(!worth_sending(None, 0));
    }
}
