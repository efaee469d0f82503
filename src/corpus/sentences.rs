//! Sentence boundaries in English news prose.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets
//! after it) when white space and a sentence opener follow: a capital, a digit,
//! an opening quote or bracket. Abbreviations and initials ("Mr.", "K.",
//! "U.S.") do not end a sentence; "!!!)" inside a sentence followed by a
//! lower-case word does not either.

use crate::story::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sen", "rep", "gov", "jr", "sr",
    "vs", "no", "art", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "vol", "e.g",
    "i.e", "etc", "cf", "u.s", "u.k", "u.n", "a.m", "p.m",
];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—')
}

/// Whether the word ending just before the `.` at `dot` is an abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"'))
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let word = &text[start..dot];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "K. Asmolov"
    }
    let lower = word.to_lowercase();
    if lower == "no" {
        // "No. 5" is a label; "No. The treaty…" is an answer.
        return text[dot + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// "the Treaty.On March 23": a full stop with no space after it still ends
/// a sentence when a word of at least three letters ending in lower case
/// stands before it and a capitalised word (capital, then lower case) after
/// it. Initials, "U.S.", decimals and "example.com" do not qualify.
fn is_glued_sentence(body: &str, chars: &[(usize, char)], dot: usize, next: usize) -> bool {
    let before: Vec<char> = chars[..dot].iter().rev().take_while(|(_, c)| c.is_alphabetic()).map(|&(_, c)| c).collect();
    let word_before = before.len() >= 3 && before[0].is_lowercase();
    let after = &chars[next..];
    let word_after = after.first().is_some_and(|(_, c)| c.is_uppercase()) && after.get(1).is_some_and(|(_, c)| c.is_lowercase());
    word_before && word_after && !is_abbreviation(body, chars[dot].0)
}

/// Splits `text[span]` into sentence spans, trimmed of surrounding white space.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let body = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_terminal(c) || (c == '.' && is_abbreviation(body, pos)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (is_terminal(chars[j].1) || is_closer(chars[j].1)) {
            j += 1;
        }
        let end = chars.get(j).map_or(body.len(), |&(p, _)| p);
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let at_end = k == chars.len();
        if at_end || (k > j && is_opener(chars[k].1)) || (k == j && c == '.' && is_glued_sentence(body, &chars, i, j)) {
            push_trimmed(&mut out, body, span.start, start, end);
            start = chars.get(k).map_or(body.len(), |&(p, _)| p);
            i = k;
        } else {
            i = j;
        }
    }
    push_trimmed(&mut out, body, span.start, start, body.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, base: usize, start: usize, end: usize) {
    if start >= end {
        return;
    }
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + start + lead, base + end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len())).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_before_a_capital() {
        assert_eq!(split("It rained. Then it stopped! Did it? Yes."), ["It rained.", "Then it stopped!", "Did it?", "Yes."]);
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        assert_eq!(
            split("He said “it is over.” In a separate briefing, she agreed."),
            ["He said “it is over.”", "In a separate briefing, she agreed."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(split("Mr. Putin met K. Asmolov in the U.S. capital. Nothing followed."), [
            "Mr. Putin met K. Asmolov in the U.S. capital.",
            "Nothing followed."
        ]);
    }

    #[test]
    fn no_is_a_label_only_before_a_number() {
        assert_eq!(split("See No. 5 below. No. It was not."), ["See No. 5 below.", "No.", "It was not."]);
    }

    #[test]
    fn emphatic_punctuation_inside_a_sentence_is_not_a_boundary() {
        assert_eq!(split("An open-ended (this is important!!!) treaty was signed."), [
            "An open-ended (this is important!!!) treaty was signed."
        ]);
    }

    #[test]
    fn a_full_stop_without_a_space_still_ends_a_sentence() {
        assert_eq!(split("Both sides signed the Treaty.On March 23 it was ratified."), [
            "Both sides signed the Treaty.",
            "On March 23 it was ratified."
        ]);
        assert_eq!(split("See example.com and the U.S.Army pages. Pi is 3.14 here."), [
            "See example.com and the U.S.Army pages.",
            "Pi is 3.14 here."
        ]);
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "xx  One. Two.  yy";
        let spans = split_sentences(text, Span::new(2, 15));
        assert_eq!(spans, [Span::new(4, 8), Span::new(9, 13)]);
    }

    #[test]
    fn text_without_terminal_punctuation_is_one_sentence() {
        assert_eq!(split("  NEO at the forefront "), ["NEO at the forefront"]);
        assert!(split("   ").is_empty());
    }
}
