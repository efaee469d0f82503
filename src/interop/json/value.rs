//! A JSON value in memory, how to read it and how to build it.

use std::ops::Index;

/// A JSON value. Objects keep their members in file order, duplicates
/// included; lookups take the last of equal keys, as `JSON.parse` does.
/// Numbers are `f64`, as in JavaScript; a literal too large for one (`1e400`)
/// is read as an infinity of its sign rather than failing the whole text, so
/// that a reader can reject that one field ([`Value::as_i64`] and
/// [`Value::as_u64`] never return one; writing one gives `null`).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// What indexing returns for a missing key or item.
static NULL: Value = Value::Null;

/// 2^63: the first `f64` above every `i64`.
const I64_END: f64 = 9_223_372_036_854_775_808.0;

impl Value {
    /// The member `key` of an object (the last one, if it repeats).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Takes the member `key` out of an object (the last one, as [`Value::get`]
    /// reads), leaving `null` in its place: a reader can then consume a large
    /// list item by item, each freed once read, instead of holding the whole
    /// tree and what it built from it at once.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        match self {
            Value::Object(members) => members.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| std::mem::replace(v, Value::Null)),
            _ => None,
        }
    }

    /// A JSON Pointer (RFC 6901) lookup: `"/text/headline"`, `"/events/0"`;
    /// `""` is the value itself.
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |v, token| {
            // Unescaped only when it has to be: pointers are read per field of every event.
            let token: std::borrow::Cow<str> = if token.contains('~') { token.replace("~1", "/").replace("~0", "~").into() } else { token.into() };
            match v {
                Value::Object(_) => v.get(&token),
                Value::Array(items) => {
                    // RFC 6901 indices are written without a sign or leading zeros.
                    let canonical = token == "0" || (!token.starts_with(['0', '+']) && !token.is_empty());
                    items.get(token.parse::<usize>().ok().filter(|_| canonical)?)
                }
                _ => None,
            }
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole, finite number within `i64`: `2024`, `2024.0` and `2.024e3` alike.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && (-I64_END..I64_END).contains(n) => Some(*n as i64),
            _ => None,
        }
    }

    /// A whole, finite, non-negative number within `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && (0.0..2.0 * I64_END).contains(n) => Some(*n as u64),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
}

/// `value["key"]`: the member, or `Null` when absent or not an object.
impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value[3]`: the item, or `Null` when absent or not an array.
impl Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|items| items.get(i)).unwrap_or(&NULL)
    }
}

/// An object of `fields` in the order given: `obj([("year", 2024.into())])`.
pub fn obj<'a>(fields: impl IntoIterator<Item = (&'a str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Number(n)
    }
}

/// Whole numbers beyond 2^53 lose precision, as they do in JavaScript.
impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n as f64)
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Value {
        Value::Number(n.into())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Number(n.into())
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(n as f64)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl FromIterator<Value> for Value {
    fn from_iter<I: IntoIterator<Item = Value>>(items: I) -> Value {
        Value::Array(items.into_iter().collect())
    }
}

/// `value == "text"`, `value == 2024`, `value == true`, as with serde_json.
impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<f64> for Value {
    fn eq(&self, other: &f64) -> bool {
        self.as_f64() == Some(*other)
    }
}

impl PartialEq<i32> for Value {
    fn eq(&self, other: &i32) -> bool {
        self.as_f64() == Some(f64::from(*other))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn take_removes_the_member_get_would_read() {
        let mut v = crate::interop::json::parse(r#"{"e":[1],"k":2,"e":[3,4]}"#).unwrap();
        assert_eq!(v.take("e"), Some(Value::Array(vec![Value::Number(3.0), Value::Number(4.0)])));
        assert_eq!(v.get("e"), Some(&Value::Null));
        assert_eq!(v.get("k").and_then(Value::as_u64), Some(2));
        assert_eq!(v.take("none"), None);
        assert_eq!(Value::Number(1.0).take("e"), None);
    }

    use super::*;

    fn sample() -> Value {
        obj([
            ("title", "Treaty".into()),
            ("events", vec![obj([("year", 1961.into()), ("a/b", true.into()), ("t~", Value::Null)])].into()),
            ("title", "Treaty, again".into()),
        ])
    }

    #[test]
    fn lookups_take_the_last_of_repeated_keys() {
        let v = sample();
        assert_eq!(v.get("title").and_then(Value::as_str), Some("Treaty, again"));
        assert_eq!(v["title"], "Treaty, again");
        assert!(v["missing"].is_null() && v["events"][7].is_null() && v["title"][0].is_null());
    }

    #[test]
    fn pointers_follow_rfc_6901() {
        let v = sample();
        assert_eq!(v.pointer("/events/0/year").and_then(Value::as_i64), Some(1961));
        assert_eq!(v.pointer("/events/0/a~1b"), Some(&Value::Bool(true)));
        assert_eq!(v.pointer("/events/0/t~0"), Some(&Value::Null));
        assert_eq!(v.pointer(""), Some(&v));
        for absent in ["/events/00", "/events/+0", "/events/1", "/events/", "events", "/title/x"] {
            assert_eq!(v.pointer(absent), None, "{absent}");
        }
    }

    #[test]
    fn whole_numbers_whatever_their_spelling() {
        assert_eq!(Value::Number(2024.0).as_i64(), Some(2024));
        assert_eq!(Value::Number(-0.0).as_i64(), Some(0));
        assert_eq!(Value::Number(-0.0).as_u64(), Some(0));
        assert_eq!(Value::Number(-3.0).as_u64(), None);
        assert_eq!(Value::Number(2.5).as_i64(), None);
        assert_eq!(Value::Number(f64::INFINITY).as_i64(), None);
        assert_eq!(Value::Number(f64::NEG_INFINITY).as_u64(), None);
        assert_eq!(Value::Number(I64_END).as_i64(), None);
        assert_eq!(Value::Number(-I64_END).as_i64(), Some(i64::MIN));
        assert_eq!(Value::from("7").as_i64(), None);
    }

    #[test]
    fn builders() {
        assert_eq!(Value::from(None::<&str>), Value::Null);
        assert_eq!(Value::from(Some(3u32)), Value::Number(3.0));
        assert_eq!(Value::from(vec!["a", "b"]), Value::Array(vec!["a".into(), "b".into()]));
        assert_eq!((1..3usize).map(Value::from).collect::<Value>(), Value::Array(vec![1.into(), 2.into()]));
        assert_eq!(obj([("k", false.into())]).as_object().unwrap()[0].0, "k");
        let (text, seven, half, yes) = (Value::from("x"), Value::from(7u32), Value::from(0.5), Value::from(true));
        assert!(text == "x" && seven == 7 && half == 0.5 && yes == true && Value::Null != 0);
    }
}
