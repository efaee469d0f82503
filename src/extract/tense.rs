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
    "will", "shall", "must", "should", "won't", "won’t", "would", "scheduled", "due", "upcoming", "next",
    "forecast", "payable", "effective", "expire", "expires", "resume", "resumes", "ready",
];
/// Verbs of intention: future only with an infinitive after them ("plans to
/// sell"), not as nouns ("announced the plan").
const INTEND: &[&str] = &[
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "intend", "intends",
    "intended", "aim", "aims", "aimed", "hope", "hopes", "hoped", "hoping", "going", "prepared", "set", "likely",
    "agreed", "agree", "agrees", "decided", "decide", "decides", "promised", "pledged", "vowed",
    "offered", "want", "wants", "wanted", "seek", "seeks", "sought",
    // Nouns of intention take an infinitive the same way: "an agreement to
    // acquire the bank in January", "a program to repay the loan by February".
    "agreement", "program", "programme", "proposal", "effort", "bid", "pledge", "promise", "commitment",
];
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "made", "met", "held", "took", "came", "went",
    "saw", "began", "gave", "rose", "fell", "won", "lost", "left", "sold", "bought", "paid",
    "spent", "got", "became", "brought", "thought", "found", "kept", "led", "ago", "last", "since",
    "wrote", "spoke", "ran", "struck", "fled", "killed", "announced",
    // Past forms like their present ones: "and set Friday as the deadline"
    // ("set to expire", "set for" are read as schedules before this list).
    "set",
];

/// What a schedule is made for: "set a hearing for 14 January".
const SITTINGS: &[&str] = &["hearing", "hearings", "vote", "debate", "session", "sitting", "meeting", "talks", "ceremony", "signing", "summit", "election", "referendum", "ballot", "trial", "visit", "date"];

/// Verbs that report speech: what follows them is what was said.
const SPEECH: &[&str] = &["said", "says", "saying", "told", "telling", "adding", "announced", "added", "stated", "reported", "noted", "warned", "predicted", "insisted", "declared", "confirmed"];

/// Present-tense verbs that report a standing or scheduled state: "it goes
/// into force on …", "the vote is on …".
const PRESENT: &[&str] = &["is", "are", "am", "goes", "enters", "comes", "remains", "begins", "starts", "opens", "closes", "ends", "takes", "runs", "meets", "votes"];

/// Verbs of a planned act: in the simple present right before a date they
/// announce it ("the ministers meet Monday", "hearings resume on Friday").
const SCHEDULE: &[&str] = &["meet", "meets", "vote", "votes", "begin", "begins", "start", "starts", "open", "opens", "resume", "resumes", "arrive", "arrives", "leave", "leaves", "travel", "travels", "visit", "visits", "convene", "convenes", "reconvene", "reconvenes"];

/// A scheduling verb in the simple present just before the date, after a
/// subject rather than a determiner ("their visit Monday" is a noun, not a
/// plan): "meet separately Monday", "reconvenes on Tuesday".
fn scheduled_present(toks: &[Tok], left: &[usize]) -> bool {
    let mut words = left.iter().map(|&i| (i, toks[i].lower.as_ref())).filter(|(_, w)| *w != "on" && !(w.len() > 4 && w.ends_with("ly")));
    let Some((i, verb)) = words.next() else { return false };
    let before = i.checked_sub(1).map_or("", |k| toks[k].lower.as_ref());
    let noun = matches!(before, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "next" | "last" | "'s");
    SCHEDULE.contains(&verb) && toks[i].text.starts_with(char::is_lowercase) && !noun && i + 3 >= left.first().copied().unwrap_or(0)
}

fn cue(toks: &[Tok], i: usize) -> Option<Tense> {
    let t = toks.get(i)?;
    let w = t.lower.as_ref();
    let after_apostrophe = i > 0 && matches!(toks[i - 1].text, "'" | "’");
    let wont = w == "won" && toks.get(i + 1).is_some_and(|n| matches!(n.text, "'" | "’"));
    // "to" before a verb, not a noun phrase: "agreed to ratify", not "sent
    // the agreement to the assembly" or "agreed to the terms".
    let infinitive = toks.get(i + 1).is_some_and(|n| n.lower == "to")
        && toks.get(i + 2).is_some_and(|v| v.text.starts_with(char::is_lowercase) && v.text.chars().all(char::is_alphabetic) && !matches!(v.lower.as_ref(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "these" | "those" | "our" | "my" | "your"));
    let intends = INTEND.contains(&w) && infinitive;
    // "the closing, which is expected in December": expected, so ahead.
    let expected = w == "expected" && i > 0 && matches!(toks[i - 1].lower.as_ref(), "is" | "are" | "be" | "been" | "was" | "were");
    // "next to the embassy" is a place; "due to the strike" a cause.
    let place = w == "next" && toks.get(i + 1).is_some_and(|n| n.lower == "to");
    let cause = w == "due"
        && toks.get(i + 1).is_some_and(|n| n.lower == "to")
        && toks.get(i + 2).is_some_and(|n| matches!(n.lower.as_ref(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "these" | "those" | "lower" | "higher" | "weak" | "strong"));
    let place = place || cause;
    let next = |k: usize| toks.get(i + k).map_or("", |n| n.lower.as_ref());
    // "may"/"might" look ahead, "may have"/"might have" back; a capitalised
    // "May" is the month.
    if matches!(t.text, "may" | "might") {
        return Some(if next(1) == "have" { Tense::Past } else { Tense::Future });
    }
    // "could come as early as May" looks ahead; "could not attend",
    // "could have", "could be located" (a past ability) do not.
    if w == "could" && !matches!(next(1), "not" | "have" | "be" | "n't" | "hardly" | "barely" | "only" | "never") {
        return Some(Tense::Future);
    }
    // The present perfect reports the past: "has fluctuated", "have been".
    if matches!(w, "has" | "have") && (next(1) == "been" || (next(1).len() > 4 && next(1).ends_with("ed"))) {
        return Some(Tense::Past);
    }
    if (FUTURE.contains(&w) && !place) || (after_apostrophe && w == "ll") || wont || intends || expected {
        return Some(Tense::Future);
    }
    if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed") && t.text.starts_with(char::is_lowercase)) {
        // A participle has no tense of its own: "with the result announced
        // on Wednesday", "the bill, passed by the committee" take their
        // clause's verb.
        if is_participle(toks, i) {
            return None;
        }
        return Some(Tense::Past);
    }
    // "it passes", "the law enters": a third-person verb after a pronoun.
    let after_pronoun = i > 0 && matches!(toks[i - 1].lower.as_ref(), "it" | "he" | "she" | "this") && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    if PRESENT.contains(&w) || after_pronoun {
        return Some(Tense::Present);
    }
    None
}

/// An -ed form after "with"/"without" and a short noun phrase, or after
/// "be"/"being"/"been"/"to be" (whose own tense is the auxiliary's, read on
/// its own), or straight after a noun set off by a comma.
fn is_participle(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].lower.as_ref());
    // "are lodged": a present passive is the present of its auxiliary.
    if matches!(w(1), "be" | "being" | "been" | "to" | "is" | "are" | "am") {
        return true;
    }
    // "wants the instrument deposited by 30 June": a thing wished done is
    // ahead, and its participle tells no past.
    if (2..=7).map(w).take_while(|x| !matches!(*x, "," | ";" | "")).any(|x| matches!(x, "wants" | "want" | "needs" | "need")) {
        return true;
    }
    (1..=4).map(w).take_while(|x| !matches!(*x, "," | ";" | "")).any(|x| matches!(x, "with" | "without"))
}

/// Words that open a new clause: tense on their far side belongs to another
/// verb. The colon of a clock time ("at 9:00") is not one.
fn is_boundary(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.text == ":" && i > 0 && toks[i - 1].end == t.start && toks.get(i + 1).is_some_and(|n| n.start == t.end && n.text.starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    // A comma inside a list of names ("Poland, Hungary and the Czech
    // Republic") separates no clauses.
    let capital = |k: usize| toks.get(k).is_some_and(|t| t.text.starts_with(char::is_uppercase));
    if t.text == "," && i > 0 && capital(i - 1) && capital(i + 1) && toks.get(i + 2).is_some_and(|n| matches!(n.lower.as_ref(), "," | "and" | "or")) {
        return false;
    }
    matches!(t.text, "," | ";" | ":" | "\"" | "“" | "”" | "—")
        || matches!(t.lower.as_ref(), "that" | "which" | "who" | "whom" | "because" | "although" | "while" | "when" | "where" | "after" | "before" | "until")
}

/// The tense of the clause holding tokens `start..end`: a future cue anywhere
/// in it wins (a modal governs the clause), then a past one. A clause with no
/// cue takes the nearest cue in the sentence.
pub fn tense_around(toks: &[Tok], start: usize, end: usize) -> Tense {
    // "since March" looks back and "until Tuesday" ahead, whatever the verb.
    let before = |k: usize| start.checked_sub(k).map_or("", |i| toks[i].lower.as_ref());
    if before(1) == "since" {
        return Tense::Past;
    }
    // "Until Thursday, they had not called him a suspect" looks back.
    if matches!(before(1), "until" | "till") || (before(1) == "as" && before(2) == "soon") {
        // Only a past perfect ("had not … until") reads it as the past; a
        // past verb ("postponed until Tuesday") still points ahead.
        let perfect = (start.saturating_sub(8)..(end + 8).min(toks.len())).any(|i| toks[i].lower == "had");
        return if perfect { Tense::Past } else { Tense::Future };
    }
    // "the Jan. 14 deadline", "a March 3 vote": a date naming a noun is not
    // placed by the clause's verb; the nearest occurrence is meant.
    let modifier = matches!(before(1), "the" | "a" | "its" | "their" | "his" | "her")
        && toks.get(end).is_some_and(|t| t.text.starts_with(char::is_lowercase) && t.text.chars().all(char::is_alphabetic));
    if modifier && end > start + 1 {
        return Tense::Present;
    }
    // "Wednesday's ruling": a thing that exists, so a recent day.
    if toks.get(end).is_some_and(|t| matches!(t.text, "'" | "’")) && toks.get(end + 1).is_some_and(|t| t.lower == "s") {
        return Tense::Present;
    }
    // "extended to Nov. 20", "returned by Jan. 14", "loans through January":
    // a deadline or the end of a stretch, which a past verb does not place
    // in the past; the nearest occurrence is meant.
    // "planned for early March", "set for Friday": a date something is
    // scheduled for lies ahead, whatever the tense of the verb.
    // "has set a hearing for 14 January", "scheduled the vote for Friday":
    // the schedule's object, a sitting or a vote, may stand between the verb
    // and "for" ("set a record for March" is no schedule).
    let schedule_verb = |w: &str| matches!(w, "planned" | "scheduled" | "set" | "slated" | "expected" | "due" | "timed" | "earmarked");
    let sitting = SITTINGS.contains(&before(2)) && (3..=4).any(|k| schedule_verb(before(k)) && (3..k).all(|j| before(j).chars().all(char::is_alphabetic)));
    // "a final vote pencilled in for the overnight sitting of 28/29 July":
    // the sitting's name may stand between "for" and the date.
    let penned = |k: usize| before(k) == "in" && matches!(before(k + 1), "pencilled" | "penciled" | "pencils" | "pencil");
    // So may the first day of a range ("of 28/29 July").
    let in_name = |w: &str| w.chars().all(char::is_alphabetic) || w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "/" | "-" | "–");
    let named_sitting = (2..=8).any(|k| before(k) == "for" && (schedule_verb(before(k + 1)) || penned(k + 1)) && (1..k).all(|j| in_name(before(j))));
    let scheduled_for = (before(1) == "for" && (schedule_verb(before(2)) || sitting)) || named_sitting;
    // "to be completed around Nov. 1": the date of something still to be
    // done ("was to be" is the future of a past, read from "was").
    let to_be = (2..=4).any(|k| before(k) == "to" && before(k - 1) == "be" && !matches!(before(k + 1), "was" | "were" | "used"));
    // "A hearing scheduled for 12 January was postponed": the schedule is
    // the past's, and the date may lie on either side of the DCT.
    let after = toks.get(end).map_or("", |t| t.lower.as_ref());
    if scheduled_for && matches!(after, "was" | "were" | "had") {
        return Tense::Present;
    }
    if scheduled_for || to_be {
        return Tense::Future;
    }
    // "set Friday as the deadline": a date fixed by a past act may lie on
    // either side of the DCT, as a deadline does.
    let deadline = matches!(before(1), "by" | "to" | "through" | "thru" | "set");
    let tense = clause_tense(toks, start, end);
    if deadline && tense == Tense::Past {
        return Tense::Present;
    }
    tense
}

fn clause_tense(toks: &[Tok], start: usize, end: usize) -> Tense {
    let left: Vec<usize> = (0..start).rev().take_while(|&i| !is_boundary(toks, i)).take(15).collect();
    let right: Vec<usize> = (end..toks.len()).take_while(|&i| !is_boundary(toks, i)).take(15).collect();
    // A past verb of intention before the date governs it ("On Friday, the
    // government planned to pay"): its own tense, not its infinitive's.
    let cue = |toks: &[Tok], i: usize| match cue(toks, i) {
        Some(Tense::Future) if i > end && is_past_intention(&toks[i]) => Some(Tense::Past),
        other => other,
    };
    let cues: Vec<Tense> = left.iter().chain(&right).filter_map(|&i| cue(toks, i)).collect();
    // "had been due to expire Friday", "had been set to expire Nov. 6": a
    // schedule in the past perfect was made in the past for a date that
    // may lie on either side of the DCT; the nearest is meant.
    // So is one that "was due" or "was scheduled": "the vote was due on 15
    // April but was pushed back" may name a day just past or just ahead.
    let was_due = |i: usize| matches!(toks[i].lower.as_ref(), "was" | "were") && toks.get(i + 1).is_some_and(|n| matches!(n.lower.as_ref(), "due" | "scheduled" | "slated" | "timed"));
    let past_schedule = left.iter().chain(&right).any(|&i| was_due(i) || (toks[i].lower == "had" && (i + 1..i + 3).any(|k| toks.get(k).is_some_and(|n| FUTURE.contains(&n.lower.as_ref()) || INTEND.contains(&n.lower.as_ref())))));
    if past_schedule {
        return Tense::Present;
    }
    // "Bush on Tuesday said the country may act": a modal after a speech
    // verb belongs to what was said, not to the date before the verb.
    let speech = right.iter().position(|&i| SPEECH.contains(&toks[i].lower.as_ref()));
    let cues: Vec<Tense> = match speech {
        Some(p) => left.iter().chain(&right[..p]).filter_map(|&i| cue(toks, i)).chain([Tense::Past]).collect(),
        None => cues,
    };
    // "Ritter, who arrived Thursday for a tour likely to last a week": a
    // past verb right before the date governs it; a future further on in
    // the clause is that of another verb.
    let left_cues: Vec<Tense> = left.iter().filter_map(|&i| cue(toks, i)).collect();
    let adjacent_past = left.iter().take(2).find_map(|&i| cue(toks, i)) == Some(Tense::Past);
    if adjacent_past && !left_cues.contains(&Tense::Future) {
        return Tense::Past;
    }
    // "Deputies who rejected it on 6 March will vote again": the relative
    // clause's own past verb places its date; the future after it is the
    // main clause's.
    let opened_at = start - left.len();
    let relative = opened_at > 0 && matches!(toks[opened_at - 1].lower.as_ref(), "who" | "which");
    if relative && left_cues.contains(&Tense::Past) && !left_cues.contains(&Tense::Future) {
        return Tense::Past;
    }
    if cues.contains(&Tense::Future) || scheduled_present(toks, &left) {
        return Tense::Future;
    }
    // Otherwise the verb nearest the expression: "said it is calling for
    // the redemption on Dec. 7" is the present of "is", not the past of "said".
    let by_distance = left.iter().zip(1..).chain(right.iter().zip(1..)).filter_map(|(&i, d)| cue(toks, i).map(|t| (d, t))).min_by_key(|(d, _)| *d);
    if let Some((_, Tense::Past)) = by_distance {
        return Tense::Past;
    }
    // A date phrase fronted before a comma ("On Tuesday, the Senate will
    // vote") or closing a clause that has no verb of its own ("…, with the
    // count on Friday") takes the tense of the main clause beside it.
    let fronted = left.iter().all(|&i| is_opener_word(&toks[i]));
    let after = end + right.len();
    if fronted && toks.get(after).is_some_and(|t| t.text == ",") {
        if let Some(t) = main_clause_tense(toks, after + 1) {
            return t;
        }
    }
    if cues.contains(&Tense::Present) {
        return Tense::Present;
    }
    // "…, probably in early April": a phrase without a verb after a comma
    // takes the tense of the clause it trails, where a modal governs.
    let hedge = |i: usize| is_opener_word(&toks[i]) || (toks[i].lower.len() > 4 && toks[i].lower.ends_with("ly"));
    // "…, with the chamber debating the text between 5 and 7 May": a
    // clause opened by "with" has no finite verb of its own either.
    let with = toks.get(opened_at).is_some_and(|t| t.lower == "with") && !cues.contains(&Tense::Past);
    if (with || left.iter().all(|&i| hedge(i))) && opened_at > 0 && toks[opened_at - 1].text == "," {
        let trailed = (0..opened_at - 1).rev().take_while(|&i| !is_boundary(toks, i));
        if trailed.into_iter().any(|i| cue(toks, i) == Some(Tense::Future)) {
            return Tense::Future;
        }
    }
    nearest(toks, start, end)
}

/// The tense of the first clause from token `from` that is not an aside: a
/// clause opened by "as" or "according", or a short one between commas
/// ("the minister said,"), is skipped.
fn main_clause_tense(toks: &[Tok], from: usize) -> Option<Tense> {
    let mut i = from;
    while i < toks.len() {
        let clause: Vec<usize> = (i..toks.len()).take_while(|&k| !is_boundary(toks, k)).collect();
        let next = i + clause.len();
        let aside = matches!(toks[i].lower.as_ref(), "as" | "according")
            || (clause.len() <= 4 && toks.get(next).is_some_and(|t| t.text == ","));
        let tense = clause.iter().find_map(|&k| match cue(toks, k) {
            Some(Tense::Future) if is_past_intention(&toks[k]) => Some(Tense::Past),
            other => other,
        });
        // A phrase without a verb ("In January, a week after the vote, a
        // bomb killed …") is no main clause: the one after it is.
        if !aside && tense.is_some() {
            return tense;
        }
        i = next + 1;
    }
    None
}

fn is_past_intention(t: &Tok) -> bool {
    INTEND.contains(&t.lower.as_ref()) && (t.lower.ends_with("ed") || matches!(t.lower.as_ref(), "sought" | "set"))
}

/// Words that can stand before a fronted date phrase: "And on Tuesday, …".
fn is_opener_word(t: &Tok) -> bool {
    matches!(t.lower.as_ref(), "on" | "in" | "at" | "by" | "and" | "but" | "then" | "early" | "late" | "later" | "earlier" | "from" | "since" | "until" | "during" | "the" | "\"" | "“")
}

fn nearest(toks: &[Tok], start: usize, end: usize) -> Tense {
    for d in 1..=20 {
        let before = start.checked_sub(d).and_then(|i| cue(toks, i));
        let after = cue(toks, end + d - 1);
        match (before, after) {
            (Some(Tense::Future), _) | (_, Some(Tense::Future)) => return Tense::Future,
            (Some(Tense::Past), _) | (_, Some(Tense::Past)) => return Tense::Past,
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

    #[test]
    fn future_reaches_across_clock_times_commas_and_participles() {
        assert_eq!(tense("The chamber will vote at 9:00 on Tuesday.", "Tuesday"), Tense::Future);
        assert_eq!(tense("On Tuesday, as the speaker confirmed, deputies will vote.", "Tuesday"), Tense::Future);
        assert_eq!(tense("Polls will close at eight, with the result announced on Wednesday.", "Wednesday"), Tense::Future);
        assert_eq!(tense("The text is to be signed on Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("On Monday, the senators approved the pact.", "Monday"), Tense::Past);
        assert_eq!(tense("Two were hurt in the blast next to the embassy on Friday.", "Friday"), Tense::Past);
        assert_eq!(tense("Output fell due to the strike on Friday.", "Friday"), Tense::Past);
    }

    #[test]
    fn a_past_verb_right_before_the_date_governs_it() {
        assert_eq!(tense("The inspector, who arrived Thursday for a visit likely to last a week, met the minister.", "Thursday"), Tense::Past);
        assert_eq!(tense("The envoy, who is expected to arrive Thursday, will meet the minister.", "Thursday"), Tense::Future);
    }

    #[test]
    fn a_fronted_date_skips_a_phrase_without_a_verb() {
        assert_eq!(tense("In March, a week after the first vote on the budget of the regional council in the capital city of the province, a storm in the hills of the north destroyed the old bridge.", "March"), Tense::Past);
        assert_eq!(tense("In March, a week after the vote, the bridge will reopen.", "March"), Tense::Future);
    }

    #[test]
    fn a_schedule_or_a_hope_looks_ahead_across_its_object() {
        assert_eq!(tense("The court, which has set a hearing for 14 January, declined.", "14"), Tense::Future);
        assert_eq!(tense("The speaker scheduled the final vote for Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("Last month the envoy said the bloc hoped to finish the process before the summer.", "summer"), Tense::Future);
        assert_eq!(tense("Exports set a record for March, when demand rose.", "March"), Tense::Past);
    }

    #[test]
    fn a_noun_of_intention_with_an_infinitive_looks_ahead() {
        assert_eq!(tense("The firm announced an agreement to buy the mill, a paper maker, in January.", "January"), Tense::Future);
        assert_eq!(tense("It is part of a program to repay the loan by February.", "February"), Tense::Future);
        assert_eq!(tense("The firm announced an agreement with the union in January.", "January"), Tense::Past);
        assert_eq!(tense("The cabinet forwarded the agreement to the assembly in January.", "January"), Tense::Past);
        assert_eq!(tense("The unions agreed to the terms in January.", "January"), Tense::Past);
    }
}
