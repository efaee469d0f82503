//! Character references (`&amp;`, `&#233;`, `&#x2014;`), decoded in one
//! place for the rich-text sanitiser and the TimeML reader.

/// The character a reference names (without `&` and `;`): the XML five, the
/// named ones news HTML uses, and every numeric one but NUL.
pub fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        "mdash" => Some('—'),
        "ndash" => Some('–'),
        "hellip" => Some('…'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "laquo" => Some('«'),
        "raquo" => Some('»'),
        "eacute" => Some('é'),
        "copy" => Some('©'),
        _ => name.strip_prefix('#').and_then(|n| {
            let code = match n.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')
        }),
    }
}

/// Decodes every reference in `s`; one that names nothing stays as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1).unwrap_or(rest.len());
        match decode_entity(&rest[1..end]) {
            Some(c) => {
                out.push(c);
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Plain text written so that the sanitiser reads it back as exactly this
/// text, changing as little as it can: `&` only where it would start a
/// reference (`AT&amp;T` → `AT&amp;amp;T`, but `Tom & Jerry` stays), `<` only
/// where it would start a tag or a comment (`a <b> c` → `a &lt;b> c`).
pub fn encode_plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let rest = &s[i + c.len_utf8()..];
        match c {
            '&' => {
                let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).unwrap_or(rest.len());
                out.push_str(if decode_entity(&rest[..end]).is_some() { "&amp;" } else { "&" });
            }
            '<' if rest.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '!' | '?')) => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_encoded_only_where_it_would_be_misread() {
        assert_eq!(encode_plain("Tom & Jerry < 3"), "Tom & Jerry < 3");
        assert_eq!(encode_plain("AT&amp;T a <b> c </script> <!-- x"), "AT&amp;amp;T a &lt;b> c &lt;/script> &lt;!-- x");
        assert_eq!(encode_plain("?a=1&copy=2&b=3"), "?a=1&amp;copy=2&b=3");
        for s in ["AT&amp;amp;T", "a &lt;b&gt; c", "</script><script>x()</script>", "&#x41; &#0; & &;", "<<a>>"] {
            assert_eq!(decode_entities(&encode_plain(s)), s, "{s}");
        }
    }

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(decode_entity("amp"), Some('&'));
        assert_eq!(decode_entity("#233"), Some('é'));
        assert_eq!(decode_entity("#x2014"), Some('—'));
        assert_eq!(decode_entity("#0"), None, "NUL is never produced");
        assert_eq!(decode_entity("bogus"), None);
        assert_eq!(decode_entities("AT&amp;T &bogus; &lt;b&gt; &#xE9;t&eacute;"), "AT&T &bogus; <b> été");
    }
}
