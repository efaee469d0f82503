//! A small tokenizer for the tagger: words, numbers and single punctuation
//! marks, each with its byte span. Hand-written rather than regex-based to keep
//! the wasm small.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits only; `grouped` when written with thousands separators ("4,000").
    Number { grouped: bool },
    Punct(char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> Token<'a> {
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    tokenize_with(text, true)
}

/// Like [`tokenize`], but hyphens and apostrophes always separate:
/// "third-quarter" is "third", "-", "quarter" and "Friday's" is "Friday",
/// "'", "s", as the time grammar reads them.
pub fn tokenize_parts(text: &str) -> Vec<Token<'_>> {
    tokenize_with(text, false)
}

fn tokenize_with(text: &str, join_words: bool) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            let mut grouped = false;
            loop {
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
                // "4,000" is one number; "2024, 5" is two.
                let group = end + 4 <= bytes.len()
                    && bytes[end] == b','
                    && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
                    && bytes.get(end + 4).is_none_or(|b| !b.is_ascii_digit());
                if !group {
                    break;
                }
                grouped = true;
                end += 4;
            }
            Kind::Number { grouped }
        } else if c.is_alphabetic() {
            // Apostrophes and hyphens inside a word keep it whole: "People’s", "ROK-US".
            while let Some(&(i, n)) = chars.peek() {
                let joiner = join_words && matches!(n, '\'' | '’' | '-');
                let inner = joiner && text[i + n.len_utf8()..].starts_with(char::is_alphabetic);
                if n.is_alphanumeric() || inner {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            Kind::Punct(c)
        };
        while let Some(&(i, _)) = chars.peek() {
            if i < end { chars.next(); } else { break; }
        }
        out.push(Token { kind, text: &text[start..end], start, end });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks_with_spans() {
        let t = tokenize("On June 19, 2024, 4,000 ROK-US troops’ 2016–2017.");
        let texts: Vec<_> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["On", "June", "19", ",", "2024", ",", "4,000", "ROK-US", "troops", "’", "2016", "–", "2017", "."]);
        assert_eq!(t[6].kind, Kind::Number { grouped: true });
        assert_eq!(&"On June 19, 2024"[t[2].start..t[2].end], "19");
    }

    #[test]
    fn parts_split_at_hyphens() {
        let texts: Vec<_> = tokenize_parts("third-quarter Friday's").iter().map(|t| t.text).collect();
        assert_eq!(texts, ["third", "-", "quarter", "Friday", "'", "s"]);
    }
}
