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
    "will", "shall", "won't", "won’t", "would", "scheduled", "due", "upcoming", "next",
    "forecast", "payable", "effective", "expire", "expires", "resume", "resumes", "ready",
];
/// Verbs of intention: future only with an infinitive after them ("plans to
/// sell"), not as nouns ("announced the plan").
const INTEND: &[&str] = &[
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "intend", "intends",
    "intended", "aim", "aims", "hope", "hopes", "going", "prepared", "set", "likely",
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
    let intends = INTEND.contains(&w) && toks.get(i + 1).is_some_and(|n| n.lower == "to");
    if FUTURE.contains(&w) || (after_apostrophe && w == "ll") || wont || intends {
        return Some(Tense::Future);
    }
    if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed") && t.text.starts_with(char::is_lowercase)) {
        return Some(Tense::Past);
    }
    None
}

/// Words that open a new clause: tense on their far side belongs to another verb.
fn is_boundary(t: &Tok) -> bool {
    matches!(t.text, "," | ";" | ":" | "\"" | "“" | "”" | "—")
        || matches!(t.lower.as_str(), "that" | "which" | "who" | "whom" | "because" | "although" | "while" | "when" | "where" | "after" | "before" | "until")
}

/// The tense of the clause holding tokens `start..end`: a future cue anywhere
/// in it wins (a modal governs the clause), then a past one. A clause with no
/// cue takes the nearest cue in the sentence.
pub fn tense_around(toks: &[Tok], start: usize, end: usize) -> Tense {
    // "since March" looks back and "until Tuesday" ahead, whatever the verb.
    let before = |k: usize| start.checked_sub(k).map_or("", |i| toks[i].lower.as_str());
    if before(1) == "since" {
        return Tense::Past;
    }
    if matches!(before(1), "until" | "till") || (before(1) == "as" && before(2) == "soon") {
        return Tense::Future;
    }
    let left = (0..start).rev().take_while(|&i| !is_boundary(&toks[i])).take(15);
    let right = (end..toks.len()).take_while(|&i| !is_boundary(&toks[i])).take(15);
    let cues: Vec<Tense> = left.chain(right).filter_map(|i| cue(toks, i)).collect();
    if cues.contains(&Tense::Future) {
        return Tense::Future;
    }
    if cues.contains(&Tense::Past) {
        return Tense::Past;
    }
    nearest(toks, start, end)
}

fn nearest(toks: &[Tok], start: usize, end: usize) -> Tense {
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
