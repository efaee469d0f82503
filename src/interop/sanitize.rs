//! Rich text from data files, made safe: an allowlist of elements, parsed
//! into a small tree that the UI renders element by element. No string from
//! a data file is ever handed to the browser as HTML.
//!
//! Kept: `p br em strong b i a ul ol li blockquote`, and on `a` only an
//! `href` whose scheme is `http`, `https` or `mailto`. Every other element is
//! dropped and its text kept as text, except elements whose content was
//! never text (`script`, `style`, `iframe`, `object`, `embed`, `template`,
//! `noscript`, `svg`, `math`, `textarea`, `title`), which go with their content.
//! Every other attribute goes, event handlers included.

pub use super::color::safe_color;
pub use super::entities::{decode_entities, encode_plain};
pub use crate::story::{plain, Node, Tag};

const DROPPED_WITH_CONTENT: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "textarea", "title",
];
/// Deeper nesting is flattened into its parent: no data file needs more, and
/// rendering stays shallow.
const MAX_DEPTH: usize = 16;

/// Whether a (decoded) URL is one a link may point to.
pub fn safe_href(url: &str) -> Option<String> {
    // Browsers ignore control characters and white space inside a scheme
    // ("java\tscript:"), so the check does too.
    let compact: String = url.chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect();
    let lower = compact.to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|s| lower.starts_with(s)).then_some(compact)
}

struct Open {
    tag: Tag,
    href: Option<String>,
    children: Vec<Node>,
}

/// A tag as written: lower-case name, whether it closes, attributes, bytes used.
type RawTag = (String, bool, Vec<(String, String)>, usize);

/// Reads `<name attrs…>` at the start of `s`.
fn read_tag(s: &str) -> Option<RawTag> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == start {
        return None;
    }
    let name = s[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return Some((name, closing, attrs, b.len()));
        }
        if b[i] == b'>' {
            return Some((name, closing, attrs, i + 1));
        }
        let key_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let key = s[key_start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = s[i + 1..].find(q as char).map_or(b.len(), |e| i + 1 + e);
                    value = s[i + 1..end.min(s.len())].to_string();
                    i = (end + 1).min(b.len());
                }
                _ => {
                    let vs = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = s[vs..i].to_string();
                }
            }
        }
        if key.is_empty() {
            i += 1;
        } else {
            attrs.push((key, value));
        }
    }
}

fn push_text(target: &mut Vec<Node>, text: &str) {
    if text.is_empty() {
        return;
    }
    let decoded = decode_entities(text);
    match target.last_mut() {
        Some(Node::Text(t)) => t.push_str(&decoded),
        _ => target.push(Node::Text(decoded)),
    }
}

pub fn sanitize(html: &str) -> Vec<Node> {
    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    fn children<'a>(root: &'a mut Vec<Node>, stack: &'a mut [Open]) -> &'a mut Vec<Node> {
        match stack.last_mut() {
            Some(o) => &mut o.children,
            None => root,
        }
    }
    fn close(root: &mut Vec<Node>, stack: &mut Vec<Open>) {
        if let Some(o) = stack.pop() {
            let node = Node::Element { tag: o.tag, href: o.href, children: o.children };
            children(root, stack).push(node);
        }
    }
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(children(&mut root, &mut stack), rest);
            break;
        };
        push_text(children(&mut root, &mut stack), &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        let Some((name, closing, attrs, used)) = read_tag(rest) else {
            push_text(children(&mut root, &mut stack), "<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[used..];
        if !closing && DROPPED_WITH_CONTENT.contains(&name.as_str()) {
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&format!("</{name}")).map_or("", |e| {
                let tail = &rest[e..];
                tail.find('>').map_or("", |g| &tail[g + 1..])
            });
            continue;
        }
        let Some(tag) = Tag::from_name(&name) else { continue };
        if closing {
            if let Some(pos) = stack.iter().rposition(|o| o.tag == tag) {
                while stack.len() > pos {
                    close(&mut root, &mut stack);
                }
            }
            continue;
        }
        if tag == Tag::Br {
            children(&mut root, &mut stack).push(Node::Element { tag, href: None, children: Vec::new() });
            continue;
        }
        if stack.len() >= MAX_DEPTH {
            continue;
        }
        let href = if tag == Tag::A {
            attrs.iter().find(|(k, _)| k == "href").and_then(|(_, v)| safe_href(&decode_entities(v)))
        } else {
            None
        };
        stack.push(Open { tag, href, children: Vec::new() });
    }
    while !stack.is_empty() {
        close(&mut root, &mut stack);
    }
    root
}

/// `html` without any `name` element and its content (case-insensitive;
/// an unclosed one runs to the end).
pub fn without_element(html: &str, name: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let (open, close) = (format!("<{name}"), format!("</{name}"));
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(i) = lower[at..].find(&open) {
        out.push_str(&html[at..at + i]);
        let after = at + i + open.len();
        at = lower[after..].find(&close).and_then(|c| lower[after + c..].find('>').map(|g| after + c + g + 1)).unwrap_or(html.len());
    }
    out.push_str(&html[at..]);
    out
}

/// Writes `s` to `out` safe inside HTML text and double-quoted attributes.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The tree written back as HTML (for export); `sanitize` reads it back unchanged.
pub fn to_html(nodes: &[Node]) -> String {
    fn walk(nodes: &[Node], out: &mut String) {
        for n in nodes {
            match n {
                // As little as reads back the same, so that a hand-written "Tom & Jerry" stays so.
                Node::Text(t) => out.push_str(&encode_plain(t)),
                Node::Element { tag: Tag::Br, .. } => out.push_str("<br>"),
                Node::Element { tag, href, children } => {
                    out.push('<');
                    out.push_str(tag.name());
                    if let Some(h) = href {
                        out.push_str(" href=\"");
                        escape(h, out);
                        out.push('"');
                    }
                    out.push('>');
                    walk(children, out);
                    out.push_str("</");
                    out.push_str(tag.name());
                    out.push('>');
                }
            }
        }
    }
    let mut out = String::new();
    walk(nodes, &mut out);
    out
}


#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: Tag, children: Vec<Node>) -> Node {
        Node::Element { tag, href: None, children }
    }
    fn text(t: &str) -> Node {
        Node::Text(t.into())
    }

    #[test]
    fn allowed_markup_survives() {
        assert_eq!(
            sanitize("<p>One <em>two</em><br>three</p>"),
            [el(Tag::P, vec![text("One "), el(Tag::Em, vec![text("two")]), el(Tag::Br, vec![]), text("three")])]
        );
        assert_eq!(
            sanitize(r#"<a href="https://example.org/x?a=1&amp;b=2" onclick="x()">link</a>"#),
            [Node::Element { tag: Tag::A, href: Some("https://example.org/x?a=1&b=2".into()), children: vec![text("link")] }]
        );
    }

    #[test]
    fn dangerous_markup_goes() {
        assert_eq!(sanitize("<script>alert(1)</script>ok"), [text("ok")]);
        assert_eq!(sanitize("<img src=x onerror=alert(1)>ok"), [text("ok")]);
        assert_eq!(sanitize("<div onmouseover='x'>in <span>side</span></div>"), [text("in side")]);
        let a = sanitize("<a href=' java\tscript:alert(1)'>x</a>");
        assert_eq!(a, [Node::Element { tag: Tag::A, href: None, children: vec![text("x")] }]);
        assert_eq!(sanitize("<a href=\"&#106;avascript:alert(1)\">x</a>")[0], Node::Element { tag: Tag::A, href: None, children: vec![text("x")] });
        assert_eq!(sanitize("<svg><script>alert(1)</script></svg>tail"), [text("tail")]);
        assert_eq!(sanitize("<SCRIPT>x</SCRIPT>y"), [text("y")]);
    }

    #[test]
    fn text_stays_text() {
        assert_eq!(sanitize("a < b &lt;i&gt; & c"), [text("a < b <i> & c")]);
        assert_eq!(plain(&sanitize("<p>x</p><p>y</p>")), "x y");
        assert_eq!(sanitize("<p>unclosed <b>bold"), [el(Tag::P, vec![text("unclosed "), el(Tag::B, vec![text("bold")])])]);
        assert_eq!(sanitize("</p>stray</b>"), [text("stray")]);
    }

    #[test]
    fn written_back_it_reads_the_same() {
        for html in ["<p>a &amp; <b>b</b><br><a href=\"https://x.org/?a=1&amp;b=\\\"2\">l</a></p>", "x < y", "<ul><li>1</li><li>2</li></ul>"] {
            let once = sanitize(html);
            assert_eq!(sanitize(&to_html(&once)), once, "{html}");
        }
    }

    #[test]
    fn an_element_is_cut_out_with_its_content() {
        assert_eq!(without_element("a<SCRIPT src=x>b</script >c<script>d", "script"), "ac");
        assert_eq!(without_element("no such element", "script"), "no such element");
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "<b>".repeat(100) + "x";
        fn depth(nodes: &[Node]) -> usize {
            nodes.iter().map(|n| match n {
                Node::Text(_) => 0,
                Node::Element { children, .. } => 1 + depth(children),
            }).max().unwrap_or(0)
        }
        assert!(depth(&sanitize(&deep)) <= MAX_DEPTH);
        assert_eq!(plain(&sanitize(&deep)), "x");
    }
}
