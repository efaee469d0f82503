//! Writing a [`Value`] as JSON text: compact (`Display`), pretty in
//! serde_json's layout, or compact and safe inside an HTML `<script>` element.

use super::value::Value;
use std::fmt::Write;

/// Below 2^53 every whole `f64` is exact, and is written as an integer.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

struct Style {
    /// Two spaces per level, one member per line.
    pretty: bool,
    /// `<`, `>` and `&` escaped as `\u003c`, `\u003e`, `\u0026`.
    html: bool,
}

impl Value {
    /// As serde_json's `to_string_pretty` writes it: two spaces per level,
    /// `"key": value`, `[]` and `{}` when empty, no newline at the end.
    pub fn to_string_pretty(&self) -> String {
        let mut out = String::new();
        write_value(self, &Style { pretty: true, html: false }, 0, &mut out);
        out
    }

    /// Compact, with `<`, `>` and `&` escaped, so that the text can stand
    /// inside `<script type="application/json">` as it is: no `</script>`
    /// or `<!--` can appear in it, and it still parses to the same value.
    pub fn to_html_safe_string(&self) -> String {
        let mut out = String::new();
        write_value(self, &Style { pretty: false, html: true }, 0, &mut out);
        out
    }
}

/// Compact: no white space at all, as serde_json's `to_string`.
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        write_value(self, &Style { pretty: false, html: false }, 0, &mut out);
        f.write_str(&out)
    }
}

fn newline(style: &Style, depth: usize, out: &mut String) {
    if style.pretty {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

fn write_value(v: &Value, style: &Style, depth: usize, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(*n, out),
        Value::String(s) => write_string(s, style.html, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(style, depth + 1, out);
                write_value(item, style, depth + 1, out);
            }
            newline(style, depth, out);
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(style, depth + 1, out);
                write_string(key, style.html, out);
                out.push_str(if style.pretty { ": " } else { ":" });
                write_value(value, style, depth + 1, out);
            }
            newline(style, depth, out);
            out.push('}');
        }
    }
}

/// Whole numbers below 2^53 without a fraction (`2024`); others in Rust's
/// shortest round-trip form, with an exponent outside JavaScript's plain
/// range (`1.5e-7`, `1e21`); infinities as `null`, as `JSON.stringify` does.
fn write_number(n: f64, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = if !n.is_finite() {
        out.write_str("null")
    } else if n == 0.0 && n.is_sign_negative() {
        out.write_str("-0")
    } else if n.fract() == 0.0 && n.abs() < EXACT_INTEGERS {
        write!(out, "{}", n as i64)
    } else if (1e-6..1e21).contains(&n.abs()) {
        write!(out, "{n}")
    } else {
        write!(out, "{n:e}")
    };
}

/// Escaped as serde_json does: `"` and `\`, the short forms `\b \f \n \r \t`,
/// other control characters as `\u00XX`; everything else as it is.
fn write_string(s: &str, html: bool, out: &mut String) {
    let special = if html { &SPECIAL_IN_HTML } else { &SPECIAL };
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    // A table lookup per byte, and a copy per run between escapes: stories
    // are mostly plain text, and a `match` per byte was a seventh of an import.
    while let Some(at) = bytes[run..].iter().position(|&b| special[b as usize]) {
        let i = run + at;
        let b = bytes[i];
        // Only ASCII bytes are escaped, so `run..i` lies on character boundaries.
        out.push_str(&s[run..i]);
        run = i + 1;
        let _ = match b {
            b'"' => out.write_str("\\\""),
            b'\\' => out.write_str("\\\\"),
            b'\n' => out.write_str("\\n"),
            b'\r' => out.write_str("\\r"),
            b'\t' => out.write_str("\\t"),
            0x08 => out.write_str("\\b"),
            0x0c => out.write_str("\\f"),
            _ => write!(out, "\\u{b:04x}"),
        };
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// The bytes [`write_string`] escapes: `"`, `\` and the control characters;
/// in HTML also `<`, `>` and `&` (as `\u003c`, `\u003e`, `\u0026`).
const SPECIAL: [bool; 256] = special_bytes(false);
const SPECIAL_IN_HTML: [bool; 256] = special_bytes(true);

const fn special_bytes(html: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    if html {
        table[b'<' as usize] = true;
        table[b'>' as usize] = true;
        table[b'&' as usize] = true;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::json::parse::parse;
    use crate::interop::json::value::obj;

    fn sample() -> Value {
        obj([
            ("title", "A \"quoted\" <b>bold</b> & more\n\tend \u{1} \u{7f} é 😀 /".into()),
            ("year", 2024.into()),
            ("items", vec![Value::Null, true.into(), 1.5.into(), (-2e-7).into(), 1e21.into(), obj([]), Value::Array(vec![])].into()),
            ("nested", obj([("list", vec![obj([("k", "v".into())])].into()), ("empty", obj([]))])),
            ("big", 9_007_199_254_740_993i64.into()),
            ("negative", (-44).into()),
        ])
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn pretty_output_is_serde_jsons() {
        // Keys in byte order and whole numbers: serde_json writes those exactly as it read them.
        let v = obj([
            ("empty", Value::Array(vec![])),
            ("nested", obj([("list", vec![obj([("k", "v".into())]), obj([])].into()), ("n", (-44).into())])),
            ("text", "A \"quoted\" <b>bold</b>\n\tend".into()),
            ("year", 2024.into()),
        ]);
        let theirs: serde_json::Value = serde_json::from_str(&v.to_string()).unwrap();
        assert_eq!(v.to_string_pretty(), serde_json::to_string_pretty(&theirs).unwrap());
        assert_eq!(v.to_string(), serde_json::to_string(&theirs).unwrap());
        let list = Value::from(vec![Value::from(1), Value::Array(vec![]), obj([("a", Value::Array(vec![2.into()]))])]);
        assert_eq!(list.to_string_pretty(), serde_json::to_string_pretty(&serde_json::json!([1, [], {"a": [2]}])).unwrap());
        assert_eq!(list.to_string_pretty(), "[\n  1,\n  [],\n  {\n    \"a\": [\n      2\n    ]\n  }\n]");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in ["plain", "q\" b\\ /", "\u{0}\u{8}\u{c}\n\r\t\u{1f}\u{7f}", "é中😀\u{2028}", "<script>&"] {
            assert_eq!(Value::from(s).to_string(), serde_json::Value::from(s).to_string(), "{s:?}");
        }
    }

    #[test]
    fn numbers_are_short_and_exact() {
        let w = |n: f64| Value::Number(n).to_string();
        assert_eq!((w(2024.0), w(-44.0), w(0.0), w(-0.0)), ("2024".into(), "-44".into(), "0".into(), "-0".into()));
        assert_eq!((w(1.5), w(0.1), w(-2.5e-7), w(1e21), w(1e20)), ("1.5".into(), "0.1".into(), "-2.5e-7".into(), "1e21".into(), "100000000000000000000".into()));
        assert_eq!(w(9_007_199_254_740_992.0), "9007199254740992");
        assert_eq!((w(f64::INFINITY), w(f64::NAN)), ("null".into(), "null".into()));
    }

    #[test]
    fn html_safe_text_has_no_markup_and_reads_back() {
        let v = sample();
        let text = v.to_html_safe_string();
        assert!(!text.contains(['<', '>', '&']), "{text}");
        assert!(text.contains(r"\u003cb\u003ebold\u003c/b\u003e \u0026 more"));
        assert_eq!(parse(&text).unwrap(), v);
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let v = sample();
        assert_eq!(parse(&v.to_string()).unwrap(), v);
        assert_eq!(parse(&v.to_string_pretty()).unwrap(), v);
        let parsed = parse(r#"{"k":1,"k":[0.5,-0,"\ud83d"],"e":{}}"#).unwrap();
        assert_eq!(parse(&parsed.to_string()).unwrap(), parsed);
        assert_eq!(parsed.to_string(), "{\"k\":1,\"k\":[0.5,-0,\"\u{fffd}\"],\"e\":{}}");
    }
}
