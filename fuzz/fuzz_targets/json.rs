//! Any text through the JSON reader: no panic; what parses writes out, in
//! every style, to text that parses to the same value.
#![no_main]
use datelines::interop::json::{parse, Value};
use libfuzzer_sys::fuzz_target;

/// NaN never equals itself; the reader never makes one, and infinities write as null.
fn finite(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_finite(),
        Value::Array(items) => items.iter().all(finite),
        Value::Object(members) => members.iter().all(|(_, v)| finite(v)),
        _ => true,
    }
}

fuzz_target!(|text: &str| {
    if let Ok(v) = parse(text) {
        for written in [v.to_string(), v.to_string_pretty(), v.to_html_safe_string()] {
            let back = parse(&written).expect("what is written parses");
            if finite(&v) {
                assert_eq!(back, v);
            }
        }
    }
});
