//! Files as people have them: UTF-8, UTF-8 with a byte-order mark, or a
//! legacy single-byte encoding (Latin-1, which Windows writes as
//! Windows-1252). One decoder for article files and data files alike.

/// Windows-1252's characters for bytes 0x80–0x9F (Latin-1 puts control
/// characters there, which no text contains; curly quotes and dashes are
/// what such files mean by them). 0 marks the five unassigned bytes.
const CP1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Bytes read as Windows-1252 (Latin-1 with its 0x80–0x9F block filled).
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(CP1252[(b - 0x80) as usize] as u32).filter(|&c| c != '\0').unwrap_or(char::from(b)),
            _ => char::from(b),
        })
        .collect()
}

/// A data file's text, without a byte-order mark; `true` when it was not
/// UTF-8 and was read as Latin-1 (Windows-1252).
pub fn decode_data(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), false),
        Err(_) => (windows_1252(bytes), true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_mark_and_latin1() {
        assert_eq!(decode_data("\u{feff}Caf\u{e9}".as_bytes()), ("Caf\u{e9}".into(), false));
        assert_eq!(decode_data(b"Caf\xE9 \x93q\x94 \x81"), ("Caf\u{e9} \u{201c}q\u{201d} \u{81}".into(), true));
    }
}
