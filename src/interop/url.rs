//! Reference resolution (RFC 3986, section 5): a media path written
//! relative to the data file (`./media/x.jpg`, `//host/x.png`, `../a.png`)
//! made absolute against the address the file was read from.

/// The five parts of a URI reference; `None` where the part is absent
/// (which is not the same as empty: `x?` has an empty query).
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn split(s: &str) -> Parts<'_> {
    let (s, fragment) = match s.find('#') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (s, query) = match s.find('?') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    // A scheme is a letter then letters, digits, "+", "-" or ".", before the first ":".
    let scheme_end = s.find(':').filter(|&i| {
        let name = &s[..i];
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    });
    let (scheme, s) = match scheme_end {
        Some(i) => (Some(&s[..i]), &s[i + 1..]),
        None => (None, s),
    };
    let (authority, path) = match s.strip_prefix("//") {
        Some(rest) => {
            let end = rest.find('/').unwrap_or(rest.len());
            (Some(&rest[..end]), &rest[end..])
        }
        None => (None, s),
    };
    Parts { scheme, authority, path, query, fragment }
}

/// Removes `.` and `..` segments (section 5.2.4).
fn remove_dots(path: &str) -> String {
    let mut input = path;
    let mut out: Vec<&str> = Vec::new();
    // Each pushed piece is "/segment" (or, first, a segment without its slash).
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../").or_else(|| input.strip_prefix("./")) {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") || input == "/.." {
            input = if input == "/.." { "/" } else { &input[3..] };
            out.pop();
        } else if input == "." || input == ".." {
            input = "";
        } else {
            let from = usize::from(input.starts_with('/'));
            let end = input[from..].find('/').map_or(input.len(), |i| i + from);
            out.push(&input[..end]);
            input = &input[end..];
        }
    }
    out.concat()
}

fn merge(base: &Parts, reference: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        format!("/{reference}")
    } else {
        let dir = base.path.rfind('/').map_or("", |i| &base.path[..=i]);
        format!("{dir}{reference}")
    }
}

/// `reference` resolved against `base`; `None` when `base` is not absolute
/// (has no scheme), unless `reference` already is.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    let r = split(reference);
    let b = split(base);
    let (scheme, authority, path, query) = if r.scheme.is_some() {
        (r.scheme, r.authority, remove_dots(r.path), r.query)
    } else {
        b.scheme?;
        if r.authority.is_some() {
            (b.scheme, r.authority, remove_dots(r.path), r.query)
        } else if r.path.is_empty() {
            (b.scheme, b.authority, b.path.to_string(), r.query.or(b.query))
        } else if r.path.starts_with('/') {
            (b.scheme, b.authority, remove_dots(r.path), r.query)
        } else {
            (b.scheme, b.authority, remove_dots(&merge(&b, r.path)), r.query)
        }
    };
    let mut out = String::new();
    if let Some(s) = scheme {
        out.push_str(s);
        out.push(':');
    }
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(a);
    }
    out.push_str(&path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = r.fragment {
        out.push('#');
        out.push_str(f);
    }
    Some(out)
}

/// Whether `s` names its scheme (`https:`, `spotify:`), i.e. needs no base.
pub fn is_absolute(s: &str) -> bool {
    split(s).scheme.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://news.example/graphics/2024/timeline.json?v=3";

    #[test]
    fn relative_paths_against_the_data_file() {
        let cases = [
            ("./media/x.jpg", "https://news.example/graphics/2024/media/x.jpg"),
            ("media/x.jpg", "https://news.example/graphics/2024/media/x.jpg"),
            ("../shared/y.png", "https://news.example/graphics/shared/y.png"),
            ("../../../../z.png", "https://news.example/z.png"),
            ("/root.png", "https://news.example/root.png"),
            ("//cdn.example/a/./b/../c.png", "https://cdn.example/a/c.png"),
            ("?v=4", "https://news.example/graphics/2024/timeline.json?v=4"),
            ("#frag", "https://news.example/graphics/2024/timeline.json?v=3#frag"),
            ("", "https://news.example/graphics/2024/timeline.json?v=3"),
            (".", "https://news.example/graphics/2024/"),
            ("..", "https://news.example/graphics/"),
            ("a/b/../../c?q#f", "https://news.example/graphics/2024/c?q#f"),
            ("http://other.example/./p/../q", "http://other.example/q"),
            ("mailto:desk@news.example", "mailto:desk@news.example"),
        ];
        for (reference, want) in cases {
            assert_eq!(resolve(BASE, reference).as_deref(), Some(want), "{reference}");
        }
    }

    #[test]
    fn a_base_without_path_or_scheme() {
        assert_eq!(resolve("https://news.example", "x.png").as_deref(), Some("https://news.example/x.png"));
        assert_eq!(resolve("data/t.json", "x.png"), None);
        assert_eq!(resolve("data/t.json", "https://a.example/x.png").as_deref(), Some("https://a.example/x.png"));
        assert!(is_absolute("spotify:track:1") && is_absolute("HTTPS://x") && !is_absolute("./a:b") && !is_absolute("//h/x"));
    }
}
