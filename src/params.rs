//! The page's options, read from its address: `?data=URL`, `?article=NAME`,
//! `?event=ID` or `#event=ID`, `?lang=en|fr|ru`, `?theme=light|dark`,
//! `?view=timeline`. Plain
//! Rust (no web-sys) so that any string, however hostile, is tested natively.

use crate::calendar::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// What the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The timeline beside the article (the default).
    #[default]
    Reader,
    /// `?view=timeline`: the timeline across the page and the selected
    /// event's card, no article text (for a news page that has its own).
    Timeline,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    pub data: Option<String>,
    pub article: Option<String>,
    pub event: Option<String>,
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    /// `?embed=1`: compact page, sized by its host.
    pub embed: bool,
    /// `?bg=transparent`: no page background (embeds on coloured pages).
    pub transparent: bool,
    /// Pym.js's `childId`, and our own `id`, naming this embed to its host.
    pub child_id: Option<String>,
    pub id: Option<String>,
    pub view: View,
}

/// Decodes `%XX` escapes and `+`; invalid escapes and bytes stay as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `key=value` pairs of a query string or hash fragment (leading `?`/`#` allowed).
pub fn pairs(s: &str) -> Vec<(String, String)> {
    s.trim_start_matches(['?', '#'])
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(p), String::new()),
        })
        .collect()
}

impl Params {
    /// From `location.search` and `location.hash`. The hash's `event` wins: it
    /// is what the page itself updates as the reader moves.
    pub fn parse(search: &str, hash: &str) -> Params {
        let mut p = Params::default();
        let nonempty = |v: String| Some(v).filter(|v| !v.trim().is_empty());
        for (k, v) in pairs(search).into_iter().chain(pairs(hash)) {
            match k.as_str() {
                "data" => p.data = nonempty(v),
                "article" => p.article = nonempty(v),
                "event" => p.event = nonempty(v).or(p.event.take()),
                "lang" => p.lang = Lang::from_tag(&v),
                "embed" => p.embed = matches!(v.as_str(), "1" | "true" | ""),
                "bg" => p.transparent = v == "transparent",
                "childId" => p.child_id = nonempty(v),
                "id" => p.id = nonempty(v),
                "view" => p.view = if v == "timeline" { View::Timeline } else { View::Reader },
                "theme" => {
                    p.theme = match v.as_str() {
                        "light" => Some(Theme::Light),
                        "dark" => Some(Theme::Dark),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        p
    }
}

/// The query of the full page a compact view links to: the options that
/// choose the story and how it reads (`data`, `article`, `lang`, `theme`),
/// not those of the frame (`view`, `embed`, `bg`, `id`, and what Pym.js adds).
pub fn full_page_query(search: &str) -> String {
    let kept: Vec<String> = pairs(search)
        .into_iter()
        .filter(|(k, _)| matches!(k.as_str(), "data" | "article" | "lang" | "theme"))
        .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
        .collect();
    if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) }
}

/// Escapes every byte but the unreserved ones (RFC 3986: letters, digits,
/// `-_.~`), so the result is safe in a query value and in a fragment.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.extend(['%', HEX[(b >> 4) as usize] as char, HEX[(b & 15) as usize] as char]);
        }
    }
    out
}

/// The fragment that links to an event: `#event=<id>` with the id escaped.
pub fn event_hash(id: &str) -> String {
    format!("#event={}", percent_encode(id))
}

/// The `data-event-ref` value of a sentence that dates `ids`: each id
/// escaped (an id may hold spaces), then joined with spaces.
pub fn event_refs<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    ids.into_iter().map(percent_encode).collect::<Vec<_>>().join(" ")
}

/// The ids a `data-event-ref` value names (what [`event_refs`] wrote).
pub fn parse_event_refs(refs: &str) -> impl Iterator<Item = String> + '_ {
    refs.split(' ').filter(|r| !r.is_empty()).map(percent_decode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_refs_keep_ids_with_spaces_apart() {
        let ids = ["plain-id", "two words", "a+b%c", "é"];
        let refs = event_refs(ids);
        assert_eq!(refs.split(' ').count(), 4, "{refs}");
        assert!(refs.starts_with("plain-id two%20words "), "{refs}");
        assert_eq!(parse_event_refs(&refs).collect::<Vec<_>>(), ids);
        assert_eq!(event_hash("two words"), "#event=two%20words");
        assert_eq!(Params::parse("", "#event=two%20words").event.as_deref(), Some("two words"));
    }

    #[test]
    fn reads_every_option() {
        let p = Params::parse("?data=https%3A%2F%2Fx.org%2Ft.json&lang=fr-CA&theme=dark&article=seed", "");
        assert_eq!(p.data.as_deref(), Some("https://x.org/t.json"));
        assert_eq!((p.lang, p.theme, p.article.as_deref()), (Some(Lang::Fr), Some(Theme::Dark), Some("seed")));
        assert_eq!(Params::parse("?event=a", "#event=b").event.as_deref(), Some("b"), "the hash wins");
        assert_eq!(Params::parse("?event=a", "#other=1").event.as_deref(), Some("a"));
    }

    #[test]
    fn embed_options() {
        let p = Params::parse("?embed=1&bg=transparent&childId=tl-1&id=a", "");
        assert!(p.embed && p.transparent);
        assert_eq!((p.child_id.as_deref(), p.id.as_deref()), (Some("tl-1"), Some("a")));
        assert!(!Params::parse("?embed=0", "").embed);
    }

    #[test]
    fn the_view_option() {
        assert_eq!(Params::parse("?view=timeline&embed=1", "").view, View::Timeline);
        assert_eq!(Params::parse("?view=reader", "").view, View::Reader);
        assert_eq!(Params::parse("?view=<b>", "").view, View::Reader, "anything else is the default");
        assert_eq!(Params::parse("", "").view, View::Reader);
    }

    #[test]
    fn the_full_page_keeps_the_story_and_drops_the_frame() {
        let q = full_page_query("?view=timeline&embed=1&lang=fr&childId=a&data=https%3A%2F%2Fx.org%2Ft.json&initialWidth=300&theme=dark");
        assert_eq!(q, "?lang=fr&data=https%3A%2F%2Fx.org%2Ft.json&theme=dark");
        assert_eq!(Params::parse(&q, "").data.as_deref(), Some("https://x.org/t.json"));
        assert_eq!(full_page_query("?view=timeline&embed=1"), "");
        assert_eq!(full_page_query(""), "");
    }

    #[test]
    fn hostile_or_broken_input_is_harmless() {
        let p = Params::parse("?lang=xx&theme=<script>&data=&event=%E2%82&&=&%", "#%%%");
        assert_eq!(p, Params { event: Some("\u{FFFD}".into()), ..Params::default() });
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("a+b%20c"), "a b c");
    }

    #[test]
    fn event_links_round_trip() {
        for id in ["2024-06-19-treaty-signed", "a b/c?d#e&f=g", "событие"] {
            let hash = event_hash(id);
            assert!(hash[7..].bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{hash}");
            assert_eq!(Params::parse("", &hash).event.as_deref(), Some(id));
        }
    }

    #[test]
    fn encoding_round_trips_through_decoding() {
        for s in ["a b&c=d", "https://x.org/t.json?a=1&b=2", "Договор 2024", "100%"] {
            let e = percent_encode(s);
            assert!(e.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{e}");
            assert_eq!(percent_decode(&e), s);
        }
        assert_eq!(percent_encode("a b"), "a%20b");
    }
}
