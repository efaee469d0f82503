//! Cutting a line of text to a number of words, for headlines and titles:
//! one rule, so that a headline the parser makes and a title the event
//! builder makes end the same way.

/// `text` with at most `max` words: whole when it fits, otherwise its first
/// `max` words without the punctuation they end on, then "…".
pub fn cut_to_words(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(max + 1).collect();
    if words.len() <= max {
        return words.join(" ");
    }
    let mut out = words[..max].join(" ");
    out.truncate(out.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_kept_and_a_long_one_cut_at_a_word() {
        assert_eq!(cut_to_words("The chamber  voted", 3), "The chamber voted");
        assert_eq!(cut_to_words("The chamber voted, then adjourned", 3), "The chamber voted…");
        assert_eq!(cut_to_words("Ministers signed — and left", 2), "Ministers signed…");
        assert_eq!(cut_to_words("", 3), "");
    }
}
