//! TimelineJS3 `media` objects made into something the page can show
//! without loading a third party: an image (https only, the page's CSP
//! allows no other), or a link card naming the provider. Relative URLs are
//! resolved against the data file's address; embed codes become a link to
//! the source they embed. A `thumbnail` (the marker's and the link card's
//! image) is resolved the same way and kept when it is https. Whatever cannot
//! be shown is named in the notice.

use crate::interop::json::Value;
use crate::interop::sanitize::{decode_entities, plain, safe_href, sanitize};
use crate::interop::url::{is_absolute, resolve};
use crate::story::Media;

/// Hosts whose pages TimelineJS3 embeds as players or posts; here they
/// become a link card with the provider's name. A host matches itself and
/// its subdomains.
const PROVIDERS: &[(&str, &str)] = &[
    ("youtube.com", "YouTube"), ("youtu.be", "YouTube"), ("youtube-nocookie.com", "YouTube"),
    ("vimeo.com", "Vimeo"), ("soundcloud.com", "SoundCloud"), ("spotify.com", "Spotify"),
    ("dailymotion.com", "Dailymotion"), ("twitch.tv", "Twitch"), ("twitter.com", "X (Twitter)"), ("x.com", "X (Twitter)"),
    ("instagram.com", "Instagram"), ("flickr.com", "Flickr"), ("flic.kr", "Flickr"), ("wikipedia.org", "Wikipedia"),
    ("google.com/maps", "Google Maps"), ("maps.google.com", "Google Maps"), ("docs.google.com", "Google Docs"),
    ("imgur.com", "Imgur"), ("tiktok.com", "TikTok"), ("facebook.com", "Facebook"), ("vine.co", "Vine"),
    ("storify.com", "Storify"), ("documentcloud.org", "DocumentCloud"), ("wistia.com", "Wistia"),
    ("giphy.com", "Giphy"), ("mixcloud.com", "Mixcloud"), ("ted.com", "TED"), ("archive.org", "Internet Archive"),
];

const IMAGE_TYPES: [&str; 8] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp"];

/// The provider of an http(s) URL, by its host (and path, for Google Maps).
pub fn provider(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..end].rsplit('@').next()?.split(':').next()?.to_ascii_lowercase();
    let path = rest[end..].to_ascii_lowercase();
    let on = |h: &str| host == h || host.ends_with(&format!(".{h}"));
    PROVIDERS.iter().find_map(|(key, name)| {
        let hit = match key.split_once('/') {
            Some((h, p)) => on(h) && path.starts_with(&format!("/{p}")),
            None => on(key),
        };
        hit.then_some(*name)
    })
}

/// `spotify:track:ID` (the desktop app's URIs) as the web address it names.
fn spotify_uri(url: &str) -> Option<String> {
    let rest = url.strip_prefix("spotify:")?;
    let parts: Vec<&str> = rest.split(':').collect();
    let ok = parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    ok.then(|| format!("https://open.spotify.com/{}", parts.join("/")))
}

/// The address an embed code (`<iframe src>`, `<blockquote cite>`, a link
/// inside it) shows, when it holds one a link may point to.
fn embed_source(code: &str) -> Option<String> {
    // A script's address loads the provider's widget; it is not what the post shows.
    let code = &crate::interop::sanitize::without_element(code, "script");
    let lower = code.to_ascii_lowercase();
    // A frame shows its src; a quoted post names its source in cite or a link.
    let order = if lower.trim_start().starts_with("<blockquote") { ["cite=", "href=", "src=", "data-src="] } else { ["src=", "data-src=", "cite=", "href="] };
    for attr in order {
        let mut from = 0;
        while let Some(i) = lower[from..].find(attr) {
            let at = from + i + attr.len();
            from = at;
            let rest = &code[at..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
            };
            let value = decode_entities(value);
            let value = if value.starts_with("//") { format!("https:{value}") } else { value };
            if let Some(url) = safe_href(&value).filter(|u| !u.to_ascii_lowercase().starts_with("mailto:")) {
                return Some(url);
            }
        }
    }
    None
}

/// A value quoted in a notice, cut to a readable length.
fn short(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn text_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// `decoded` (written `raw` in the file) as an absolute address: resolved
/// against the file's address `base` when relative; `None`, named, when
/// there is no base to resolve it against.
fn absolute(raw: &str, decoded: &str, at: &str, base: Option<&str>, skipped: &mut Vec<String>) -> Option<String> {
    if is_absolute(decoded) {
        return Some(decoded.to_string());
    }
    if decoded.starts_with("//") && base.is_none() {
        // The page itself is served over https, and so is every image it may load.
        return Some(format!("https:{decoded}"));
    }
    let url = base.and_then(|b| resolve(b, decoded));
    if url.is_none() {
        skipped.push(format!("{at}: {raw:?} is relative, and the file's own address is not known to resolve it"));
    }
    url
}

/// `media.thumbnail`: an image address resolved like the media's own, kept
/// when it is https (the page's CSP loads no other image).
fn read_thumbnail(v: &Value, path: &str, base: Option<&str>, skipped: &mut Vec<String>) -> Option<String> {
    let at = format!("{path}.thumbnail");
    let raw = match v.get("thumbnail") {
        None | Some(Value::Null) => return None,
        Some(Value::String(s)) => s.trim(),
        Some(other) => {
            skipped.push(format!("{at}: {} is not an address", short(&other.to_string())));
            return None;
        }
    };
    if raw.is_empty() {
        return None;
    }
    let decoded = decode_entities(raw);
    let url = absolute(raw, &decoded, &at, base, skipped)?;
    match safe_href(&url) {
        Some(url) if url.to_ascii_lowercase().starts_with("https://") => Some(url),
        Some(url) if url.to_ascii_lowercase().starts_with("http://") => {
            skipped.push(format!("{at}: an http: thumbnail is not shown (the page loads images over https only)"));
            None
        }
        _ => {
            let scheme = url.split(':').next().unwrap_or("");
            skipped.push(format!("{at}: {scheme}: addresses are not shown as images (only https)"));
            None
        }
    }
}

/// The media object `v` at `path`, read against the file's address `base`;
/// what cannot be shown goes to `skipped`.
pub fn read_media(v: &Value, path: &str, base: Option<&str>, skipped: &mut Vec<String>) -> Option<Media> {
    let at = format!("{path}.url");
    match v.get("url") {
        None | Some(Value::Null | Value::String(_)) => {}
        Some(other) => {
            skipped.push(format!("{at}: {} is not an address", short(&other.to_string())));
            return None;
        }
    }
    let raw = text_at(v, "url").map(str::trim).filter(|u| !u.is_empty())?;
    let decoded = decode_entities(raw);
    let url = if decoded.trim_start().starts_with('<') {
        match embed_source(&decoded) {
            Some(url) => url,
            None => {
                skipped.push(format!("{at}: an embed code with no source address to link to"));
                return None;
            }
        }
    } else if let Some(url) = spotify_uri(&decoded) {
        url
    } else if is_absolute(&decoded) {
        decoded
    } else {
        absolute(raw, &decoded, &at, base, skipped)?
    };
    let Some(url) = safe_href(&url) else {
        let scheme = url.split(':').next().unwrap_or("");
        skipped.push(format!("{at}: {scheme}: addresses are not shown (only http, https and mailto)"));
        return None;
    };
    let lower = url.to_ascii_lowercase();
    let file = lower.split(['?', '#']).next().unwrap_or("");
    let provider = provider(&url);
    let looks_like_image = provider.is_none() && IMAGE_TYPES.iter().any(|x| file.ends_with(x));
    let image = looks_like_image && lower.starts_with("https://");
    if looks_like_image && !image && lower.starts_with("http://") {
        skipped.push(format!("{at}: an http: image is shown as a link (the page loads images over https only)"));
    }
    let field = |k: &str| text_at(v, k).map(|t| plain(&sanitize(t))).unwrap_or_default();
    let thumbnail = read_thumbnail(v, path, base, skipped);
    Some(Media {
        thumbnail,
        image,
        alt: field("alt"),
        caption: field("caption"),
        credit: field("credit"),
        link: text_at(v, "link").and_then(|l| safe_href(&decode_entities(l))),
        provider: provider.map(str::to_string),
        url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::json::parse;

    const BASE: &str = "https://desk.example/tl/data.json";

    fn media(json: &str) -> (Option<Media>, Vec<String>) {
        let mut skipped = Vec::new();
        let m = read_media(&parse(json).unwrap(), "m", Some(BASE), &mut skipped);
        (m, skipped)
    }

    #[test]
    fn relative_and_protocol_relative_urls_are_resolved() {
        let (m, s) = media(r#"{"url":"./media/x.jpg","alt":"A","caption":"C","credit":"Cr"}"#);
        let m = m.unwrap();
        assert_eq!((m.url.as_str(), m.image, m.alt.as_str(), m.caption.as_str(), m.credit.as_str()), ("https://desk.example/tl/media/x.jpg", true, "A", "C", "Cr"));
        assert!(s.is_empty());
        assert_eq!(media(r#"{"url":"//img.example/p.png"}"#).0.unwrap().url, "https://img.example/p.png");
        let mut skipped = Vec::new();
        assert_eq!(read_media(&parse(r#"{"url":"x.jpg"}"#).unwrap(), "m", None, &mut skipped), None);
        assert_eq!(skipped, ["m.url: \"x.jpg\" is relative, and the file's own address is not known to resolve it"]);
    }

    #[test]
    fn providers_become_link_cards() {
        for (url, name) in [
            ("https://www.youtube.com/watch?v=abc", "YouTube"), ("https://youtu.be/abc", "YouTube"),
            ("https://vimeo.com/123", "Vimeo"), ("https://soundcloud.com/a/b", "SoundCloud"),
            ("https://www.google.com/maps/place/x", "Google Maps"),
        ] {
            let m = media(&format!("{{\"url\":\"{url}\"}}")).0.unwrap();
            assert_eq!((m.provider.as_deref(), m.image), (Some(name), false), "{url}");
        }
        let m = media(r#"{"url":"spotify:track:4uLU6hMC"}"#).0.unwrap();
        assert_eq!((m.url.as_str(), m.provider.as_deref()), ("https://open.spotify.com/track/4uLU6hMC", Some("Spotify")));
        assert_eq!(provider("https://notyoutube.com/x"), None);
        assert_eq!(provider("https://www.google.com/search"), None);
    }

    #[test]
    fn embed_codes_link_to_their_source_or_are_named() {
        let (m, _) = media(r#"{"url":"<iframe width=\"5\" src=\"https://player.vimeo.com/video/9?a=1&amp;b=2\"></iframe>"}"#);
        let m = m.unwrap();
        assert_eq!((m.url.as_str(), m.provider.as_deref()), ("https://player.vimeo.com/video/9?a=1&b=2", Some("Vimeo")));
        let (m, _) = media(r#"{"url":"<blockquote class='post'><p>words</p><a href='//social.example/p/1'>link</a></blockquote><script src='https://social.example/w.js'></script>"}"#);
        assert_eq!(m.unwrap().url, "https://social.example/p/1");
        let (m, s) = media(r#"{"url":"<blockquote><script src=\"javascript:x\"></script>no source</blockquote>"}"#);
        assert_eq!(m, None);
        assert_eq!(s, ["m.url: an embed code with no source address to link to"]);
    }

    #[test]
    fn thumbnails_are_resolved_and_kept_over_https_only() {
        let (m, s) = media(r#"{"url":"https://vimeo.com/9","thumbnail":"./thumbs/9.jpg"}"#);
        assert_eq!(m.unwrap().thumbnail.as_deref(), Some("https://desk.example/tl/thumbs/9.jpg"));
        assert!(s.is_empty());
        assert_eq!(media(r#"{"url":"https://x.example/a.png","thumbnail":"//cdn.example/t.png"}"#).0.unwrap().thumbnail.as_deref(), Some("https://cdn.example/t.png"));
        let (m, s) = media(r#"{"url":"https://x.example/a","thumbnail":"http://old.example/t.jpg"}"#);
        assert_eq!(m.unwrap().thumbnail, None, "the media stays, without its thumbnail");
        assert_eq!(s, ["m.thumbnail: an http: thumbnail is not shown (the page loads images over https only)"]);
        let (_, s) = media(r#"{"url":"https://x.example/a","thumbnail":"javascript:alert(1)"}"#);
        assert_eq!(s, ["m.thumbnail: javascript: addresses are not shown as images (only https)"]);
        let (m, s) = media(r#"{"url":"https://x.example/a","thumbnail":7}"#);
        assert_eq!((m.unwrap().thumbnail, s), (None, vec!["m.thumbnail: 7 is not an address".to_string()]));
        assert_eq!(media(r#"{"url":"https://x.example/a","thumbnail":" "}"#), (media(r#"{"url":"https://x.example/a"}"#).0, vec![]));
    }

    #[test]
    fn http_images_are_links_and_bad_schemes_named() {
        let (m, s) = media(r#"{"url":"http://old.example/a.jpg"}"#);
        assert!(!m.unwrap().image);
        assert_eq!(s, ["m.url: an http: image is shown as a link (the page loads images over https only)"]);
        let (m, s) = media(r#"{"url":"javascript:alert(1)"}"#);
        assert_eq!(m, None);
        assert_eq!(s, ["m.url: javascript: addresses are not shown (only http, https and mailto)"]);
        assert_eq!(media(r#"{"url":"  "}"#), (None, vec![]), "a blank url is no media");
        assert_eq!(media(r#"{"url":[1,2]}"#), (None, vec!["m.url: [1,2] is not an address".to_string()]));
        assert!(!media(r#"{"url":"mailto:a@b.example"}"#).0.unwrap().image);
    }
}
