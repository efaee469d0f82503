//! JSON (RFC 8259) without dependencies: [`parse`] a text into a [`Value`],
//! and write one back compact (`to_string`), pretty in serde_json's layout
//! ([`Value::to_string_pretty`]) or safe inside an HTML `<script>` element
//! ([`Value::to_html_safe_string`]). The web app links this instead of
//! serde_json: it needs neither serde's derive machinery nor its code size.

mod parse;
mod value;
mod write;

pub use parse::{parse, parse_streaming, JsonError, Stream, StreamError, MAX_DEPTH};
pub use value::{obj, Value};
