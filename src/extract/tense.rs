//! Whether a sentence talks about the past or the future around a time
//! expression: it decides the year of "in November" and the week of "Friday".
//! The nearest tense cue to the expression wins — an auxiliary, a modal or a
//! past-tense verb — because a news sentence often mixes tenses across its
//! clauses ("said on Monday it will close on Friday").

use super::grammar::Tok;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

const FUTURE: &[&str] = &[
    "will", "shall", "won't", "won’t", "would", "expects", "expected", "plans", "planned",
    "scheduled", "due", "upcoming", "intends", "aims", "going", "hopes", "next", "forecast",
    "payable", "effective", "expire", "expires", "until", "resume", "resumes",
];
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "made", "met", "held", "took", "came", "went",
    "saw", "began", "gave", "rose", "fell", "won", "lost", "left", "sold", "bought", "paid",
    "spent", "got", "became", "brought", "thought", "found", "kept", "led", "ago", "last", "since",
    "wrote", "spoke", "ran", "struck", "fled", "killed", "announced",
];

fn cue(toks: &[Tok], i: usize) -> Option<Tense> {
    let t = toks.get(i)?;
    let w = t.lower.as_str();
    let after_apostrophe = i > 0 && matches!(toks[i - 1].text, "'" | "’");
    let wont = w == "won" && toks.get(i + 1).is_some_and(|n| matches!(n.text, "'" | "’"));
    if FUTURE.contains(&w) || (after_apostrophe && w == "ll") || wont {
        return Some(Tense::Future);
    }
    if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed") && t.text.starts_with(char::is_lowercase)) {
        return Some(Tense::Past);
    }
    None
}

/// The tense nearest to tokens `start..end` of a sentence; a tie goes to the future.
pub fn tense_around(toks: &[Tok], start: usize, end: usize) -> Tense {
    for d in 1..=12 {
        let before = start.checked_sub(d).and_then(|i| cue(toks, i));
        let after = cue(toks, end + d - 1);
        match (before, after) {
            (Some(Tense::Future), _) | (_, Some(Tense::Future)) => return Tense::Future,
            (Some(t), _) | (_, Some(t)) => return t,
            _ => {}
        }
    }
    Tense::Present
}

#[cfg(test)]
mod tests {
    use super::super::grammar::toks;
    use super::*;

    fn tense(sentence: &str, word: &str) -> Tense {
        let t = toks(sentence);
        let i = t.iter().position(|t| t.text == word).unwrap();
        tense_around(&t, i, i + 1)
    }

    #[test]
    fn the_nearest_cue_wins() {
        assert_eq!(tense("The plant closed on Friday.", "Friday"), Tense::Past);
        assert_eq!(tense("The plant will close on Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("He said on Monday that the plant will close on Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("He said on Monday that the plant will close on Friday.", "Monday"), Tense::Past);
        assert_eq!(tense("Talks are on Friday.", "Friday"), Tense::Present);
    }
}
