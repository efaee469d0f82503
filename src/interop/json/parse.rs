//! Reading JSON text (RFC 8259) into a [`Value`], in one pass without
//! recursion: open arrays and objects wait on an explicit stack, so a hostile
//! file costs time linear in its length and memory bounded by [`MAX_DEPTH`].

use super::value::Value;

/// How deeply arrays and objects may nest (as serde_json's default).
pub const MAX_DEPTH: usize = 128;

/// Why a text is not JSON, and where: line and column (in characters) of
/// the first character that does not fit, both from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl std::error::Error for JsonError {}

/// An array or object still open, with what it holds so far.
enum Open {
    Array(Vec<Value>),
    /// The members so far and the key of the one being read.
    Object(Vec<(String, Value)>, String),
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

/// Reads `text` as one JSON value. A UTF-8 byte order mark at the start is
/// skipped; a lone surrogate escape (`"\ud83d"`) becomes U+FFFD, as no Rust
/// string can hold one.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    parse_streaming(text, None, &mut |_, _| Ok::<(), std::convert::Infallible>(())).map_err(|e| match e {
        StreamError::Json(e) => e,
        StreamError::Sink(never) => match never {},
    })
}

/// What stopped [`parse_streaming`]: the text, or the sink.
#[derive(Debug, PartialEq)]
pub enum StreamError<E> {
    Json(JsonError),
    Sink(E),
}

/// Like [`parse`], but each item of the top-level object's array member
/// `key` goes to `sink` as soon as it is read (with the members read before
/// it), instead of into the tree, which keeps that member as an empty array.
/// A reader of a large list then holds one item's tree at a time, not the
/// whole list's beside what it builds from it.
pub fn parse_streaming<E>(
    text: &str,
    key: Option<&str>,
    sink: &mut dyn FnMut(&[(String, Value)], Value) -> Result<(), E>,
) -> Result<Value, StreamError<E>> {
    let mut stream = Stream::new(text, key);
    loop {
        if let Some(doc) = stream.read(usize::MAX, sink)? {
            return Ok(doc);
        }
    }
}

/// [`parse_streaming`] in steps: [`Stream::read`] returns after a given
/// number of the list's items, and the next call goes on from there. A page
/// reading a list of 200,000 items can then give the browser a turn between
/// steps instead of holding it for the whole text.
pub struct Stream<'a> {
    r: Reader<'a>,
    key: Option<String>,
    /// Open arrays and objects, outermost first.
    stack: Vec<Open>,
    /// A step ended right after an item of the list: what follows is its ',' or ']'.
    after_item: bool,
    /// The text was read to its end, or a step failed: nothing more to read.
    over: bool,
}

/// Where the reading is in the grammar.
enum At {
    /// A value starts here.
    Value,
    /// This value is complete; what follows closes arrays and objects or goes on after a ','.
    Complete(Value),
    /// An item of the streamed list went to the sink.
    AfterItem,
}

impl<'a> Stream<'a> {
    pub fn new(text: &'a str, key: Option<&str>) -> Stream<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Stream { r: Reader { text, bytes: text.as_bytes(), at: 0 }, key: key.map(str::to_string), stack: Vec::new(), after_item: false, over: false }
    }

    /// How many bytes of the text are read (after a byte order mark), and of how many.
    pub fn position(&self) -> (usize, usize) {
        (self.r.at, self.r.bytes.len())
    }

    /// Reads on until `sink` has taken `items` more items (`Ok(None)`: call
    /// again to go on) or the text ends (`Ok(Some(tree))`, as
    /// [`parse_streaming`] returns it). After an error or the end, a further
    /// call gives an error, never a second tree.
    pub fn read<E>(&mut self, items: usize, sink: &mut dyn FnMut(&[(String, Value)], Value) -> Result<(), E>) -> Result<Option<Value>, StreamError<E>> {
        if self.over {
            return Err(StreamError::Json(self.r.error("nothing left to read")));
        }
        // Over unless this step pauses.
        self.over = true;
        let (r, stack, key) = (&mut self.r, &mut self.stack, self.key.as_deref());
        let mut taken = 0usize;
        let mut at = if std::mem::take(&mut self.after_item) { At::AfterItem } else { At::Value };
        loop {
            at = match at {
                At::Value => match r.value_or_open(stack).map_err(StreamError::Json)? {
                    Some(value) => At::Complete(value),
                    None => At::Value,
                },
                At::AfterItem => {
                    if r.eat(b',') {
                        At::Value
                    } else if r.eat(b']') {
                        stack.pop();
                        At::Complete(Value::Array(Vec::new()))
                    } else {
                        return Err(StreamError::Json(r.error("expected ',' or ']'")));
                    }
                }
                At::Complete(value) => {
                    r.skip_space();
                    let streamed = key.is_some_and(|k| stack.len() == 2 && matches!(&stack[0], Open::Object(_, at) if at == k) && matches!(stack[1], Open::Array(_)));
                    if streamed {
                        let Some(Open::Object(members, _)) = stack.first() else { unreachable!("checked a moment ago") };
                        sink(members, value).map_err(StreamError::Sink)?;
                        taken += 1;
                        if taken >= items {
                            self.after_item = true;
                            self.over = false;
                            return Ok(None);
                        }
                        At::AfterItem
                    } else {
                        match r.close(stack, value).map_err(StreamError::Json)? {
                            Closed::Done(doc) => return Ok(Some(doc)),
                            Closed::Next => At::Value,
                            Closed::Complete(v) => At::Complete(v),
                        }
                    }
                }
            };
        }
    }
}

/// What follows a complete value.
enum Closed {
    /// It was the whole text.
    Done(Value),
    /// A ',' and the next value of the same array or object.
    Next,
    /// It closed its array or object, which is complete in turn.
    Complete(Value),
}

impl Reader<'_> {
    /// Reads a scalar (`Some`), or opens an array or object and reads its
    /// first key (`None`: its first value starts next); an empty one is a
    /// complete value.
    fn value_or_open(&mut self, stack: &mut Vec<Open>) -> Result<Option<Value>, JsonError> {
        self.skip_space();
        Ok(Some(match self.peek() {
            Some(b'[') | Some(b'{') if stack.len() >= MAX_DEPTH => {
                return Err(self.error(&format!("nested too deeply (more than {MAX_DEPTH} levels)")));
            }
            Some(b'[') => {
                self.at += 1;
                self.skip_space();
                if !self.eat(b']') {
                    stack.push(Open::Array(Vec::new()));
                    return Ok(None);
                }
                Value::Array(Vec::new())
            }
            Some(b'{') => {
                self.at += 1;
                self.skip_space();
                if !self.eat(b'}') {
                    let key = self.key()?;
                    stack.push(Open::Object(Vec::new(), key));
                    return Ok(None);
                }
                Value::Object(Vec::new())
            }
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            _ => return Err(self.error("expected a value")),
        }))
    }

    /// Puts a complete `value` where it belongs (the cursor past the space after it).
    fn close(&mut self, stack: &mut Vec<Open>, value: Value) -> Result<Closed, JsonError> {
        match stack.last_mut() {
            None => {
                return if self.at == self.bytes.len() { Ok(Closed::Done(value)) } else { Err(self.error("expected the end of the text")) };
            }
            Some(Open::Array(items)) => {
                items.push(value);
                if self.eat(b',') {
                    return Ok(Closed::Next);
                }
                if !self.eat(b']') {
                    return Err(self.error("expected ',' or ']'"));
                }
            }
            Some(Open::Object(members, key)) => {
                members.push((std::mem::take(key), value));
                if self.eat(b',') {
                    self.skip_space();
                    *key = self.key()?;
                    return Ok(Closed::Next);
                }
                if !self.eat(b'}') {
                    return Err(self.error("expected ',' or '}'"));
                }
            }
        }
        Ok(Closed::Complete(match stack.pop() {
            Some(Open::Array(items)) => Value::Array(items),
            Some(Open::Object(members, _)) => Value::Object(members),
            None => unreachable!("the stack had a top a moment ago"),
        }))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The error `message` at the current position; at the end of the text,
    /// "unexpected end of the text" says more than what was expected.
    fn error(&self, message: &str) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let message = if self.at >= self.bytes.len() { "unexpected end of the text" } else { message };
        JsonError {
            message: message.to_string(),
            line: before.bytes().filter(|b| *b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// An object member's key and the colon after it.
    fn key(&mut self) -> Result<String, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a string key"));
        }
        let key = self.string()?;
        self.skip_space();
        if !self.eat(b':') {
            return Err(self.error("expected ':'"));
        }
        Ok(key)
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as the nearest `f64`.
    fn number(&mut self) -> Result<f64, JsonError> {
        let start = self.at;
        self.eat(b'-');
        let leading_zero = self.peek() == Some(b'0');
        let whole = self.digits();
        if whole == 0 || (leading_zero && whole > 1) {
            return Err(self.error("invalid number"));
        }
        let mut integer = true;
        if self.eat(b'.') {
            integer = false;
            if self.digits() == 0 {
                return Err(self.error("invalid number: expected a digit after '.'"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number: expected a digit in the exponent"));
            }
        }
        let literal = &self.text[start..self.at];
        // Up to 15 digits an integer is exact in an f64: no need for the full parser.
        if integer && whole <= 15 {
            let magnitude = literal.bytes().filter(u8::is_ascii_digit).fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
            let n = magnitude as f64;
            return Ok(if literal.starts_with('-') { -n } else { n });
        }
        // Rust's parser rounds correctly, and overflows to an infinity instead of failing.
        Ok(literal.parse::<f64>().expect("the grammar was checked"))
    }

    /// A string literal, the cursor on its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            let plain = self.bytes[run..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            self.at = plain.map_or(self.bytes.len(), |n| run + n);
            // Stops only at ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[run..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("control character in a string (write it as an escape)")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    /// The escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let unit = self.hex4()?;
                let c = match unit {
                    0xD800..=0xDBFF => self.low_surrogate().map_or('\u{fffd}', |low| {
                        char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)).unwrap_or('\u{fffd}')
                    }),
                    _ => char::from_u32(unit).unwrap_or('\u{fffd}'),
                };
                out.push(c);
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        out.push(c);
        Ok(())
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at..self.at + 4).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        let Some(digits) = digits else {
            return Err(self.error("invalid \\u escape: expected four hex digits"));
        };
        self.at += 4;
        Ok(digits.iter().fold(0, |n, d| n * 16 + char::from(*d).to_digit(16).unwrap_or(0)))
    }

    /// The `\uDC00`–`\uDFFF` that completes a pair, consumed only if it is there.
    fn low_surrogate(&mut self) -> Option<u32> {
        let next = self.bytes.get(self.at..self.at + 6)?;
        let low = std::str::from_utf8(&next[2..]).ok().and_then(|h| u32::from_str_radix(h, 16).ok())?;
        (next.starts_with(b"\\u") && (0xDC00..=0xDFFF).contains(&low)).then(|| {
            self.at += 6;
            low
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn streaming_hands_over_the_named_list_item_by_item() {
        let text = r#"{"v":1,"e":[{"n":1},[2],3],"k":{"e":[4]},"after":true}"#;
        let mut seen = Vec::new();
        let doc = parse_streaming(text, Some("e"), &mut |top, item| {
            seen.push((top.len(), item));
            Ok::<(), String>(())
        })
        .unwrap();
        // The items, each with the members read before the list (`v`).
        let items: Vec<String> = seen.iter().map(|(n, v)| format!("{n}:{v}")).collect();
        assert_eq!(items, ["1:{\"n\":1}", "1:[2]", "1:3"]);
        // The rest of the tree as `parse` gives it, the list left empty; an
        // "e" deeper down is not streamed.
        let mut whole = parse(text).unwrap();
        whole.take("e");
        let mut left = doc.clone();
        assert_eq!(left.take("e"), Some(Value::Array(vec![])));
        assert_eq!(left, whole);
        assert_eq!(doc.pointer("/k/e/0").and_then(Value::as_u64), Some(4));
        // The sink can stop the reading; the text's own errors still say where.
        let stop = parse_streaming(text, Some("e"), &mut |_, _| Err("enough"));
        assert_eq!(stop, Err(StreamError::Sink("enough")));
        let broken = parse_streaming(r#"{"e":[1,2"#, Some("e"), &mut |_, _| Ok::<(), ()>(()));
        assert!(matches!(broken, Err(StreamError::Json(e)) if e.message == "unexpected end of the text"));
    }

    use super::*;
    use crate::interop::json::value::obj;

    #[test]
    fn a_stream_read_in_steps_gives_what_one_pass_gives() {
        let text = r#"{"v":1,"e":[{"n":1},[2,[3]],"four",{},[],5],"after":{"e":[6]}}"#;
        let mut whole = Vec::new();
        let doc = parse_streaming(text, Some("e"), &mut |_, item| Ok::<(), ()>(whole.push(item))).unwrap();
        for step in 1..=7 {
            let mut stream = Stream::new(text, Some("e"));
            let (mut items, mut steps) = (Vec::new(), 0);
            let tree = loop {
                steps += 1;
                let before = items.len();
                match stream.read(step, &mut |top, item| Ok::<(), ()>(items.push((top.len(), item)))).unwrap() {
                    Some(tree) => break tree,
                    // A paused step took exactly its share, and the position moved on.
                    None => assert_eq!(items.len() - before, step),
                }
            };
            assert_eq!(tree, doc, "step {step}");
            assert_eq!(items.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(), whole, "step {step}");
            assert!(items.iter().all(|(top, _)| *top == 1), "each item sees the members before the list");
            assert_eq!(steps, whole.len() / step + 1, "step {step}");
            assert_eq!(stream.position(), (text.len(), text.len()));
            // Read to its end: a further call is an error, not a second tree.
            assert!(matches!(stream.read(1, &mut |_, _| Ok::<(), ()>(())), Err(StreamError::Json(_))));
        }
    }

    #[test]
    fn a_stream_that_failed_stays_failed() {
        // "1 2" fails at the 2; going on must not read the 2 as a document.
        let mut stream = Stream::new("1 2", None);
        let first = stream.read(1, &mut |_, _| Ok::<(), ()>(()));
        assert!(matches!(first, Err(StreamError::Json(e)) if e.message == "expected the end of the text"));
        assert!(matches!(stream.read(1, &mut |_, _| Ok::<(), ()>(())), Err(StreamError::Json(_))));
        // An error in an item after a pause is reported where it is.
        let mut stream = Stream::new("{\"e\":[1,2,x]}", Some("e"));
        assert_eq!(stream.read(2, &mut |_, _| Ok::<(), ()>(())), Ok(None));
        let e = stream.read(2, &mut |_, _| Ok::<(), ()>(()));
        assert!(matches!(&e, Err(StreamError::Json(j)) if j.column == 11), "{e:?}");
        // And the sink's refusal ends it too.
        let mut stream = Stream::new("{\"e\":[1,2]}", Some("e"));
        assert_eq!(stream.read(5, &mut |_, _| Err("no")), Err(StreamError::Sink("no")));
        assert!(stream.read(5, &mut |_, _| Ok::<(), &str>(())).is_err());
    }


    fn err(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn values_of_every_kind() {
        let v = parse(" {\"a\": [1, -2.5, true, false, null, \"s\", {}, []], \"b\": {\"c\": \"d\"}}\n").unwrap();
        let a = vec![1.into(), (-2.5).into(), true.into(), false.into(), Value::Null, "s".into(), obj([]), Value::Array(vec![])];
        assert_eq!(v, obj([("a", Value::Array(a)), ("b", obj([("c", "d".into())]))]));
        assert_eq!(parse("\"top\"").unwrap(), "top");
        assert_eq!(parse("0").unwrap(), Value::Number(0.0));
    }

    #[test]
    fn escapes_and_unicode() {
        let v = parse(r#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u4e2d é中 \ud83d\ude00 😀""#).unwrap();
        assert_eq!(v.as_str(), Some("q\" b\\ s/ \u{8}\u{c}\n\r\t é中 é中 😀 😀"));
        assert_eq!(parse(r#""\u0000""#).unwrap().as_str(), Some("\0"));
        assert!(err(r#""\x""#).starts_with("invalid escape at line 1 column 3"));
        assert!(err(r#""\u12G4""#).starts_with("invalid \\u escape"));
        assert_eq!(err("\"tab\there\""), "control character in a string (write it as an escape) at line 1 column 5");
        assert_eq!(err("\"open"), "unexpected end of the text at line 1 column 6");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(parse(r#""\ud83d""#).unwrap().as_str(), Some("\u{fffd}"));
        assert_eq!(parse(r#""a\ud83db""#).unwrap().as_str(), Some("a\u{fffd}b"));
        assert_eq!(parse(r#""\ude00\ud83d""#).unwrap().as_str(), Some("\u{fffd}\u{fffd}"));
        // A high surrogate followed by another escape keeps that escape.
        assert_eq!(parse(r#""\ud83d\n""#).unwrap().as_str(), Some("\u{fffd}\n"));
        assert_eq!(parse(r#""\ud83d\ud83d\ude00""#).unwrap().as_str(), Some("\u{fffd}😀"));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(parse("\u{feff}{\"a\":1}").unwrap()["a"], 1);
        assert!(parse("{\"a\":1}\u{feff}").is_err(), "only at the start");
    }

    #[test]
    fn numbers() {
        let n = |t: &str| parse(t).unwrap().as_f64().unwrap();
        assert_eq!(n("2024"), 2024.0);
        assert_eq!(n("-17"), -17.0);
        assert_eq!(n("2024.0"), 2024.0);
        assert_eq!(n("2.024e3"), 2024.0);
        assert_eq!(n("2024E-3"), 2.024);
        assert_eq!(n("1e+2"), 100.0);
        assert_eq!(n("0.1"), 0.1);
        assert_eq!(n("123456789012345678901"), 123456789012345678901.0);
        assert_eq!(n("9007199254740993"), 9007199254740992.0, "rounded to the nearest f64");
        assert_eq!(n("1e400"), f64::INFINITY);
        assert_eq!(n("-1e400"), f64::NEG_INFINITY);
        assert_eq!(n("1e-400"), 0.0);
        assert!(n("-0").is_sign_negative() && n("-0") == 0.0);
        assert!(n("-0.0").is_sign_negative());
        for bad in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "-a"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn repeated_keys_are_kept_and_the_last_wins() {
        let v = parse(r#"{"k": 1, "k": 2}"#).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 2);
        assert_eq!(v["k"], 2);
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(err("{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3\n}"), "expected ',' or '}' at line 3 column 10");
        assert_eq!(err("[1 2]"), "expected ',' or ']' at line 1 column 4");
        assert_eq!(err("{\"a\" 1}"), "expected ':' at line 1 column 6");
        assert_eq!(err("{1: 2}"), "expected a string key at line 1 column 2");
        assert_eq!(err("{\"a\": 1,}"), "expected a string key at line 1 column 9");
        assert_eq!(err("[1,]"), "expected a value at line 1 column 4");
        assert_eq!(err("tru"), "expected a value at line 1 column 1");
        assert_eq!(err("1 2"), "expected the end of the text at line 1 column 3");
        assert_eq!(err(""), "unexpected end of the text at line 1 column 1");
        assert_eq!(err("{\"events\": ["), "unexpected end of the text at line 1 column 13");
        assert_eq!(err("[\"é中\", x]"), "expected a value at line 1 column 8", "columns count characters");
    }

    #[test]
    fn nesting_is_limited_to_128_levels() {
        let nest = |n: usize| "[".repeat(n) + &"]".repeat(n);
        assert!(parse(&nest(MAX_DEPTH)).is_ok());
        assert_eq!(err(&nest(MAX_DEPTH + 1)), "nested too deeply (more than 128 levels) at line 1 column 129");
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
        assert!(err(&objects).starts_with("nested too deeply (more than 128 levels)"));
        // Far deeper input fails as fast, without recursion.
        assert!(err(&"[".repeat(1_000_000)).starts_with("nested too deeply"));
    }
}
