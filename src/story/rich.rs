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
    let mut out = String::new();
    walk(nodes, &mut out);
    collapse_space(&out)
}

/// `text` with each run of white space one space, and none at either end.
fn collapse_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
