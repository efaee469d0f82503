//! The articles compiled into the binary by `build.rs` from `corpus/*.txt`.

/// One embedded article: its file stem and its raw text.
#[derive(Clone, Copy, Debug)]
pub struct EmbeddedText {
    pub name: &'static str,
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// All embedded articles, sorted by file name. Never empty: the build fails first.
pub fn embedded() -> &'static [EmbeddedText] {
    EMBEDDED
}
