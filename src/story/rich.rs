//! Rich text from data files, as a tree of allowed elements. Only the
//! sanitiser (`interop::sanitize`) builds it, so every tree here is already
//! safe; the UI renders it element by element, never as an HTML string.

/// Elements that survive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    P,
    Br,
    Em,
    Strong,
    B,
    I,
    A,
    Ul,
    Ol,
    Li,
    Blockquote,
}

impl Tag {
    pub fn from_name(name: &str) -> Option<Tag> {
        Some(match name {
            "p" => Tag::P,
            "br" => Tag::Br,
            "em" => Tag::Em,
            "strong" => Tag::Strong,
            "b" => Tag::B,
            "i" => Tag::I,
            "a" => Tag::A,
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "blockquote" => Tag::Blockquote,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Tag::P => "p",
            Tag::Br => "br",
            Tag::Em => "em",
            Tag::Strong => "strong",
            Tag::B => "b",
            Tag::I => "i",
            Tag::A => "a",
            Tag::Ul => "ul",
            Tag::Ol => "ol",
            Tag::Li => "li",
            Tag::Blockquote => "blockquote",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Element { tag: Tag, href: Option<String>, children: Vec<Node> },
}

/// The text of a tree, white space collapsed: for titles, search and export.
pub fn plain(nodes: &[Node]) -> String {
    fn walk(nodes: &[Node], out: &mut String) {
        for n in nodes {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Element { tag, children, .. } => {
                    if matches!(tag, Tag::Br | Tag::P | Tag::Li | Tag::Blockquote) {
                        out.push(' ');
                    }
                    walk(children, out);
                    if matches!(tag, Tag::P | Tag::Li | Tag::Blockquote) {
                        out.push(' ');
                    }
                }
            }
        }
    }
    // Most texts are one run of words already (an imported card's plain
    // text, most of all): those are taken as they are, with no second copy.
    if let [Node::Text(t)] = nodes {
        return if is_collapsed(t) { t.clone() } else { collapse_space(t) };
    }
    let mut out = String::new();
    walk(nodes, &mut out);
    if is_collapsed(&out) { out } else { collapse_space(&out) }
}

/// The ASCII bytes `char::is_whitespace` takes for white space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether `b` may begin a white-space character beyond ASCII: every one
/// (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) is encoded from one of these.
fn may_begin_unicode_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Whether `text` is already as [`collapse_space`] makes it: single ASCII
/// spaces between words, none at either end, and no other white space (a
/// byte that may begin white space beyond ASCII counts as some).
fn is_collapsed(text: &str) -> bool {
    let mut after_space = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            _ if is_ascii_space(b) || may_begin_unicode_space(b) => return false,
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

/// `text` with each run of white space one space, and none at either end.
fn collapse_space(text: &str) -> String {
    // A text with no white space beyond ASCII is collapsed byte by byte:
    // `char::is_whitespace` on each character made `plain` 27% of an import
    // of 1,000 events (perf).
    if !text.bytes().any(may_begin_unicode_space) {
        return collapse_ascii_space(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`collapse_space`] for a text whose only white space is ASCII.
fn collapse_ascii_space(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut start = None;
    for (i, b) in bytes.iter().enumerate() {
        match (is_ascii_space(*b), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                push_word(&mut out, &text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(&mut out, &text[s..]);
    }
    out
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `collapse_space` must give: one space between words as Unicode
    /// defines white space, none at either end.
    fn by_words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn white_space_collapses_alike_with_and_without_unicode_spaces() {
        let texts = [
            "",
            "   ",
            "one",
            "  two  words ",
            "tab\tline\nfeed\r\nand\x0bvertical\x0cform",
            "caf\u{e9} na\u{ef}ve r\u{e9}sum\u{e9}   accents",
            "no\u{a0}break and\u{2009}thin and\u{3000}ideographic",
            "\u{2028}line separator first",
            "a \u{200b}zero-width space is not white space",
            "\u{1680}ogham\u{205f}medium\u{85}next line",
        ];
        for t in texts {
            assert_eq!(collapse_space(t), by_words(t), "{t:?}");
            assert_eq!(plain(&[Node::Text(t.into())]), by_words(t), "{t:?}");
            // It may send a text the long way round, never a wrong one the short way.
            assert!(!is_collapsed(t) || by_words(t) == t, "{t:?}");
        }
        for t in ["already plain words", "x", "trailing ", " leading", "two  spaces"] {
            assert_eq!(is_collapsed(t), by_words(t) == t, "{t:?}");
        }
        assert_eq!(collapse_space(" A\t\tb \n"), "A b");
    }
}
