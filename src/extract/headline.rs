//! Making a title read as a headline: a wire dateline off the front
//! ("PYONGYANG, June 19 (Agency) —"), leftovers of a removed date or clock
//! time ("at 14:00", a lone "00") out, and a long clause cut to its subject,
//! verb and object ("Vladimir Putin submitted to the State Duma a bill…")
//! rather than at a fixed word count that may fall before the verb.

use super::tokens::{tokenize, Kind, Token};
pub(super) use crate::corpus::after_dateline;

/// At most this many words.
pub const MAX_WORDS: usize = 10;

fn is_word(t: &Token) -> bool {
    t.kind == Kind::Word
}

fn capitalised(t: &Token) -> bool {
    is_word(t) && t.text.starts_with(char::is_uppercase)
}

/// A finite verb, as far as a title needs to know: a past or present form
/// after its subject ("ratified", "goes", "submitted").
fn is_verb(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let w = t.text;
    if !is_word(t) || !w.starts_with(char::is_lowercase) || i == 0 {
        return false;
    }
    const FORMS: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "met", "sent",
        "signs", "ratifies", "approves", "passes", "enters", "goes", "comes", "takes", "took", "came", "went",
        "gave", "held", "made", "told", "expressed", "won", "lost",
    ];
    FORMS.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
}

/// Removes what a removed date or clock time leaves behind: "at 14:00",
/// "at 9 a.m.", a lone number, a dangling preposition at either end.
pub fn without_leftovers(text: &str) -> String {
    let tokens = tokenize(text);
    let mut keep = vec![true; tokens.len()];
    let number = |t: &Token| matches!(t.kind, Kind::Number { .. });
    let mut i = 0;
    while i < tokens.len() {
        // [at] 14[:00] [a.m.|p.m.] [GMT|UTC]
        // "14.30", "09.30": a clock written with a dot, its parts touching.
        let dotted = |k: usize| {
            tokens.get(k + 1).is_some_and(|d| d.is_punct('.') && d.start == tokens[k].end)
                && tokens.get(k + 2).is_some_and(|m| number(m) && m.text.len() == 2 && m.start == tokens[k + 1].end)
        };
        // "56.30 percent", "14.30 crowns": an amount, not a clock.
        let amount = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct('%') || (t.kind == Kind::Word && t.text.starts_with(char::is_lowercase) && meridiem(&tokens[k..]) == 0 && !["to", "and", "on", "in", "at", "until", "sharp"].iter().any(|w| t.is_word(w))));
        let clock = tokens.get(i + 1).is_some_and(|t| t.is_punct(':')) || meridiem(&tokens[i + 1..]) > 0 || (i + 1 < tokens.len() && dotted(i) && !amount(i + 3));
        if number(&tokens[i]) && tokens[i].text.len() <= 2 && clock {
            let from = if i > 0 && ["at", "from", "until", "to"].iter().any(|p| tokens[i - 1].is_word(p)) { i - 1 } else { i };
            let mut to = i + 1;
            while to < tokens.len() && (number(&tokens[to]) || tokens[to].is_punct(':') || (tokens[to].is_punct('.') && dotted(to - 1))) {
                to += 1;
            }
            to += meridiem(&tokens[to..]);
            if tokens.get(to).is_some_and(|t| super::lexicon::TIME_ZONES.iter().any(|z| t.is_word(z))) {
                to += 1;
            }
            keep[from..to].iter_mut().for_each(|k| *k = false);
            i = to;
            continue;
        }
        // a lone one- or two-digit number with nothing it counts; a tally
        // ("voted 41-19", "ruled 5–4", "188 votes to 6") is not one
        let dash = |t: Option<&Token>| t.is_some_and(|t| t.is_punct('-') || t.is_punct('–'));
        let tally = (dash(tokens.get(i + 1)) && tokens.get(i + 2).is_some_and(number))
            || (i >= 2 && dash(tokens.get(i - 1)) && number(&tokens[i - 2]))
            || (i >= 2 && ["to", "against"].iter().any(|w| tokens[i - 1].is_word(w)) && ["votes", "vote"].iter().any(|w| tokens[i - 2].is_word(w)));
        // "2.5 percent": a part of a decimal is no leftover.
        let touches = |a: Option<&Token>, b: Option<&Token>| a.zip(b).is_some_and(|(a, b)| a.end == b.start);
        let decimal = (tokens.get(i + 1).is_some_and(|t| t.is_punct('.')) && touches(tokens.get(i), tokens.get(i + 1)) && tokens.get(i + 2).is_some_and(number) && touches(tokens.get(i + 1), tokens.get(i + 2)))
            || (i >= 2 && tokens[i - 1].is_punct('.') && touches(tokens.get(i - 1), tokens.get(i)) && number(&tokens[i - 2]) && touches(tokens.get(i - 2), tokens.get(i - 1)));
        // "climbed 18% year-on-year": a share is no leftover.
        let share = tokens.get(i + 1).is_some_and(|t| t.is_punct('%'));
        if number(&tokens[i]) && tokens[i].text.len() <= 2 && !tally && !decimal && !share && tokens.get(i + 1).is_none_or(|t| !is_word(t)) {
            keep[i] = false;
            if i > 0 && ["at", "on", "by"].iter().any(|p| tokens[i - 1].is_word(p)) {
                keep[i - 1] = false;
            }
        }
        i += 1;
    }
    let kept: Vec<&Token> = tokens.iter().zip(&keep).filter(|(_, k)| **k).map(|(t, _)| t).collect();
    let dangling = |t: &&Token| ["at", "on", "in", "by", "from", "of", "and", "to"].iter().any(|p| t.is_word(p)) || matches!(t.kind, Kind::Punct(',' | ':' | ';' | '-'));
    let s = kept.iter().position(|t| !dangling(t)).unwrap_or(kept.len());
    let e = kept.iter().rposition(|t| !dangling(t)).map_or(s, |e| e + 1);
    join(text, &kept[s..e.max(s)])
}

/// How many of `tokens` spell "a.m." or "p.m." at their head ("am", "PM",
/// "a.m", "p.m."); 0 when they do not.
fn meridiem(tokens: &[Token]) -> usize {
    match tokens {
        [w, ..] if ["am", "pm"].iter().any(|m| w.is_word(m)) => 1 + usize::from(tokens.get(1).is_some_and(|t| t.is_punct('.'))),
        [a, dot, m, ..] if ["a", "p"].iter().any(|x| a.is_word(x)) && dot.is_punct('.') && m.is_word("m") => {
            3 + usize::from(tokens.get(3).is_some_and(|t| t.is_punct('.')))
        }
        _ => 0,
    }
}

/// Joins tokens with the spacing they had in `text`.
fn join(text: &str, tokens: &[&Token]) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        // A comma or stop that followed what was removed keeps to the word before it.
        let closing = matches!(t.kind, Kind::Punct(',' | '.' | ';' | ':' | ')' | '!' | '?'));
        let removed_before = k > 0 && !text[tokens[k - 1].end..t.start].trim().is_empty();
        if k > 0 && tokens[k - 1].end < t.start && !(closing && removed_before) {
            out.push(' ');
        }
        out.push_str(&text[t.start..t.end]);
    }
    out
}

/// A title of at most [`MAX_WORDS`] words keeping subject, verb and object:
/// a long name in the subject shortened to its last two words ("Russian
/// President Vladimir Putin" → "Vladimir Putin"), "of the …" after a name in
/// the object dropped, then cut.
pub fn shorten(text: &str) -> String {
    let words = text.split_whitespace().count();
    if words <= MAX_WORDS {
        return text.to_string();
    }
    let tokens = tokenize(text);
    let Some(v) = (1..tokens.len()).find(|&i| is_verb(&tokens, i)) else {
        return cut(text);
    };
    let mut kept: Vec<&Token> = Vec::new();
    // Subject: its trailing name, at most two words of it when long.
    let name_run = (0..v).rev().take_while(|&k| capitalised(&tokens[k])).count();
    let subject_from = if name_run >= 3 {
        v - 2 // "Russian President Vladimir Putin" → "Vladimir Putin"
    } else if v > 5 {
        v - name_run.max(2).min(v) // a long subject: its name, or its last two words
    } else {
        0
    };
    kept.extend(tokens[subject_from..v].iter());
    // Verb and object, without "of the Name" after a name.
    let mut k = v;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is_word("of") && k > v && capitalised(&tokens[k - 1]) {
            let mut j = k + 1;
            if tokens.get(j).is_some_and(|t| t.is_word("the")) {
                j += 1;
            }
            let run = (j..tokens.len()).take_while(|&i| capitalised(&tokens[i])).count();
            if run > 0 {
                k = j + run;
                continue;
            }
        }
        kept.push(t);
        k += 1;
    }
    cut(&join(text, &kept))
}

fn cut(text: &str) -> String {
    crate::corpus::cut_to_words(text, MAX_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_and_lone_numbers_left_by_a_date_go() {
        assert_eq!(without_leftovers("Debate and vote at 14:00"), "Debate and vote");
        assert_eq!(without_leftovers("00"), "");
        assert_eq!(without_leftovers("The chamber votes at 9:30 GMT"), "The chamber votes");
        assert_eq!(without_leftovers("Committee stage, sitting from 09.30 to 13.00"), "Committee stage, sitting");
        assert_eq!(without_leftovers("Growth was 2.5 percent"), "Growth was 2.5 percent");
        assert_eq!(without_leftovers("A poll found 56.30 percent back it"), "A poll found 56.30 percent back it");
        assert_eq!(without_leftovers("Profit climbed 18% to 412 million"), "Profit climbed 18% to 412 million");
        assert_eq!(without_leftovers("The vote is at 2.15pm"), "The vote is");
        assert_eq!(without_leftovers("Members who left at 11:40 p.m., said"), "Members who left, said");
        assert_eq!(without_leftovers("The vote closes at 9 a.m."), "The vote closes");
    }

    #[test]
    fn a_tally_is_not_a_leftover() {
        assert_eq!(without_leftovers("The upper chamber voted 41-19 to ratify"), "The upper chamber voted 41-19 to ratify");
        assert_eq!(without_leftovers("The court ruled 5–4 against it"), "The court ruled 5–4 against it");
        assert_eq!(without_leftovers("Members approved it by 188 votes to 6"), "Members approved it by 188 votes to 6");
    }

    #[test]
    fn long_titles_keep_subject_verb_and_object() {
        let t = shorten("Russian President Vladimir Putin submitted to the State Duma of the Russian Federation a bill to ratify the Treaty");
        assert!(t.starts_with("Vladimir Putin submitted to the State Duma a bill"), "{t}");
        assert!(t.split_whitespace().count() <= MAX_WORDS, "{t}");
        assert_eq!(shorten("The Duma ratified the Treaty"), "The Duma ratified the Treaty");
    }
}
