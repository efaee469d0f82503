//! TempEval-3 TimeML files: read the document creation time (DCT) and the
//! character content of `<TEXT>`, and write the file back with `<TIMEX3>` tags
//! inserted into TEXT. Everything outside the inserted tags stays byte for byte
//! as it was, so TEXT's character content is unchanged.

use jiff::civil::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeMlError {
    NoText,
    BadEntity(usize),
}

impl std::fmt::Display for TimeMlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TimeMlError::NoText => write!(f, "no <TEXT>…</TEXT> element"),
            TimeMlError::BadEntity(at) => write!(f, "an unknown or unterminated character reference at byte {at}"),
        }
    }
}

impl std::error::Error for TimeMlError {}

/// A TimeML document opened for tagging.
pub struct TimeMl<'a> {
    raw: &'a str,
    /// Byte range of TEXT's content in `raw`.
    body: (usize, usize),
    /// TEXT's character content (entities decoded, markup removed).
    pub text: String,
    /// `offsets[i]` is the byte in `raw` where byte `i` of `text` came from;
    /// one extra entry maps `text.len()`.
    offsets: Vec<usize>,
    pub dct: Option<Date>,
}

/// A tag to insert: a byte range of [`TimeMl::text`] and the tag's attributes.
pub struct Tag {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub value: String,
}

fn dct_of(raw: &str) -> Option<Date> {
    let dct = &raw[raw.find("<DCT>")?..];
    let dct = &dct[..dct.find("</DCT>")?];
    let value = &dct[dct.find("value=\"")? + 7..];
    crate::calendar::parse_iso_date(value.get(..10)?)
}

impl<'a> TimeMl<'a> {
    pub fn parse(raw: &'a str) -> Result<TimeMl<'a>, TimeMlError> {
        let open = raw.find("<TEXT>").ok_or(TimeMlError::NoText)? + "<TEXT>".len();
        let close = open + raw[open..].find("</TEXT>").ok_or(TimeMlError::NoText)?;
        let mut text = String::with_capacity(close - open);
        let mut offsets = Vec::with_capacity(close - open + 1);
        let mut i = open;
        while i < close {
            let rest = &raw[i..close];
            let c = rest.chars().next().expect("not at the end");
            if c == '<' {
                // Markup inside TEXT (e.g. a gold file) is kept but is not text.
                i += rest.find('>').map_or(rest.len(), |e| e + 1);
            } else if c == '&' {
                let semi = rest.find(';').filter(|&s| s <= 12).ok_or(TimeMlError::BadEntity(i))?;
                let ch = super::entities::decode_entity(&rest[1..semi]).ok_or(TimeMlError::BadEntity(i))?;
                offsets.extend(std::iter::repeat_n(i, ch.len_utf8()));
                text.push(ch);
                i += semi + 1;
            } else {
                offsets.extend(i..i + c.len_utf8());
                text.push(c);
                i += c.len_utf8();
            }
        }
        offsets.push(close);
        Ok(TimeMl { raw, body: (open, close), text, offsets, dct: dct_of(raw) })
    }

    /// The file with `tags` (sorted, non-overlapping) inserted into TEXT.
    pub fn write(&self, tags: &[Tag]) -> String {
        let mut out = String::with_capacity(self.raw.len() + tags.len() * 64);
        let mut at = 0;
        for (n, tag) in tags.iter().enumerate() {
            let (s, e) = (self.offsets[tag.start], self.offsets[tag.end]);
            out.push_str(&self.raw[at..s]);
            out.push_str(&format!("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">", n + 1, tag.kind, tag.value));
            out.push_str(&self.raw[s..e]);
            out.push_str("</TIMEX3>");
            at = e;
        }
        debug_assert!(at <= self.body.1);
        out.push_str(&self.raw[at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3></DCT>\n<TEXT>\nAT&amp;T said on Friday &#233;t&#xE9; ends.\n</TEXT>\n</TimeML>\n";

    #[test]
    fn reads_dct_and_decoded_text() {
        let doc = TimeMl::parse(DOC).unwrap();
        assert_eq!(doc.dct, Some(jiff::civil::date(1998, 1, 8)));
        assert_eq!(doc.text, "\nAT&T said on Friday été ends.\n");
    }

    #[test]
    fn inserts_tags_without_touching_the_text() {
        let doc = TimeMl::parse(DOC).unwrap();
        let start = doc.text.find("Friday").unwrap();
        let ete = doc.text.find("été").unwrap();
        let tags = [
            Tag { start, end: start + 6, kind: "DATE", value: "1998-01-09".into() },
            Tag { start: ete, end: ete + "été".len(), kind: "DATE", value: "XXXX-SU".into() },
        ];
        let out = doc.write(&tags);
        assert!(out.contains("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-09\">Friday</TIMEX3> <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"XXXX-SU\">&#233;t&#xE9;</TIMEX3> ends"), "{out}");
        let again = TimeMl::parse(&out).unwrap();
        assert_eq!(again.text, doc.text, "markup added, characters unchanged");
        assert!(out.starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT>"));
    }

    #[test]
    fn refuses_files_without_text_or_with_bad_entities() {
        assert!(matches!(TimeMl::parse("<TimeML></TimeML>"), Err(TimeMlError::NoText)));
        assert!(matches!(TimeMl::parse("<TEXT>a &bogus; b</TEXT>"), Err(TimeMlError::BadEntity(_))));
    }
}
