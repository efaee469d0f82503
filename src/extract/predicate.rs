//! What a clause says happened: the kind of an event read from its verb and
//! the verb's object, not from the first cue word. "He signed the
//! ratification law" is a ratification (the head of state's step), "the
//! treaty was concluded on June 19" a signing, "lawmakers voted to ratify"
//! a ratification; a speech verb ("said") yields to the act it reports.
//!
//! The verb nearest the date wins among the acts in its clause; nouns
//! ("the signing", "ratification of") count when no verb does.

use super::tokens::{tokenize, Kind, Token};
use crate::story::EventKind;

/// Verb forms, each with its kind. A form is matched whole.
const VERBS: &[(&[&str], EventKind)] = &[
    (&["ratify", "ratifies", "ratified", "ratifying"], EventKind::Ratification),
    (&["sign", "signs", "signed", "signing", "concluded", "concludes", "conclude", "inked"], EventKind::Signing),
    (&["submit", "submits", "submitted", "submitting", "introduced", "tabled", "sent", "forwarded"], EventKind::Submission),
    (&["approve", "approves", "approved", "approving", "adopted", "adopts", "passed", "passes", "endorsed", "endorses", "backed", "voted", "votes", "vote", "consented"], EventKind::Approval),
    (&["deposit", "deposits", "deposited", "exchanged", "exchange"], EventKind::Ratification),
    (&["sanctioned", "sanctions", "imposed"], EventKind::Sanction),
    (&["met", "meet", "meets", "visited", "visits", "hosted"], EventKind::Meeting),
    (&["said", "says", "stated", "announced", "announces", "declared", "warned", "told", "expressed"], EventKind::Statement),
];

/// Nouns and phrases that name an act when no verb does.
const NOUNS: &[(&str, EventKind)] = &[
    ("ratification", EventKind::Ratification),
    ("signing", EventKind::Signing),
    ("signature", EventKind::Signing),
    ("submission", EventKind::Submission),
    ("approval", EventKind::Approval),
    ("vote", EventKind::Approval),
    ("summit", EventKind::Meeting),
    ("talks", EventKind::Meeting),
    ("visit", EventKind::Meeting),
    ("meeting", EventKind::Meeting),
    ("statement", EventKind::Statement),
    ("briefing", EventKind::Statement),
    ("sanctions", EventKind::Sanction),
    ("embargo", EventKind::Sanction),
];

/// Documents a head of state signs to complete ratification at home.
const RATIFICATION_DOCUMENTS: &[&str] = &["law", "bill", "decree", "act", "instrument", "instruments", "document", "ratification"];

fn word(t: &Token) -> Option<String> {
    (t.kind == Kind::Word).then(|| t.text.to_lowercase())
}

/// Words up to the end of the verb's object: to the next clause break.
fn object(tokens: &[Token], from: usize) -> Vec<String> {
    tokens[from..]
        .iter()
        .take_while(|t| !matches!(t.kind, Kind::Punct(',' | ';' | ':' | '.')))
        .take(8)
        .filter_map(word)
        .collect()
}

/// The kind the clause `text` reports for the date at byte `at` in it.
pub fn kind_in(text: &str, at: usize) -> Option<EventKind> {
    let tokens = tokenize(text);
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    let w = |i: usize| lower.get(i).map_or("", |s| s.as_str());
    // "entered into force", "takes effect": a phrase, wherever it stands.
    for i in 0..tokens.len() {
        if (w(i) == "into" && w(i + 1) == "force") || (w(i) == "in" && w(i + 1) == "force" && matches!(w(i.saturating_sub(1)), "enter" | "entered" | "enters" | "came" | "come" | "comes")) {
            return Some(EventKind::EntryIntoForce);
        }
        if matches!(w(i), "take" | "takes" | "took" | "taking") && w(i + 1) == "effect" {
            return Some(EventKind::EntryIntoForce);
        }
    }
    let mut acts: Vec<(usize, EventKind)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(form) = word(t) else { continue };
        let Some(&(_, kind)) = VERBS.iter().find(|(forms, _)| forms.contains(&form.as_str())) else { continue };
        let obj = object(&tokens, i + 1);
        // "the protocol on the exchange of ratification instruments was
        // signed": what was signed is the exchange itself.
        let subject_exchange = (i.saturating_sub(8)..i).any(|k| w(k) == "exchange") && (i.saturating_sub(8)..i).any(|k| w(k).starts_with("instrument"));
        let kind = match kind {
            EventKind::Signing if subject_exchange => EventKind::Ratification,
            // "signed the ratification law", "signed the instrument of ratification"
            EventKind::Signing if obj.iter().any(|o| RATIFICATION_DOCUMENTS.contains(&o.as_str())) && obj.iter().any(|o| o.starts_with("ratif") || matches!(o.as_str(), "law" | "bill" | "decree")) => EventKind::Ratification,
            // "voted to ratify", "approved the ratification bill"
            EventKind::Approval if obj.iter().take(4).any(|o| o.starts_with("ratif")) => EventKind::Ratification,
            // "the vote" as a noun after a determiner is not a verb
            EventKind::Approval if form == "vote" && i > 0 && matches!(w(i - 1), "the" | "a" | "final" | "its") => continue,
            // "sent the bill to parliament" but not "sent troops"
            EventKind::Submission if matches!(form.as_str(), "sent" | "forwarded") && !obj.iter().any(|o| matches!(o.as_str(), "bill" | "treaty" | "agreement" | "protocol" | "accord" | "convention" | "pact" | "text")) => continue,
            k => k,
        };
        // "the sanctions that Russia voted for in 2016": a relative clause
        // reports what was done to its noun, which names the act.
        let relative = (i.saturating_sub(5)..i).rev().find(|&r| matches!(w(r), "that" | "which"));
        let no_object = object(&tokens, i + 1).is_empty() || matches!(w(i + 1), "for" | "against" | "on");
        let noun = relative
            .filter(|&r| r > 0 && no_object)
            .and_then(|r| NOUNS.iter().find(|(n, _)| *n == w(r - 1)).map(|&(_, k)| k));
        acts.push((t.start, noun.unwrap_or(kind)));
    }
    // The act nearest the date; a speech verb only when it governs the date
    // ("said on May 3 that …") or nothing else is said.
    let closest = acts.iter().min_by_key(|(pos, _)| pos.abs_diff(at));
    if let Some(&(pos, EventKind::Statement)) = closest {
        if pos.abs_diff(at) <= 12 {
            return Some(EventKind::Statement);
        }
    }
    let nearest = |speech: bool| {
        acts.iter()
            .filter(|(_, k)| (*k == EventKind::Statement) == speech)
            .min_by_key(|(pos, _)| pos.abs_diff(at))
            .map(|&(_, k)| k)
    };
    if let Some(k) = nearest(false).or_else(|| nearest(true)) {
        return Some(k);
    }
    let noun = tokens.iter().enumerate().find_map(|(i, t)| {
        let w = word(t)?;
        let &(_, kind) = NOUNS.iter().find(|(n, _)| *n == w)?;
        // "the signature of the ratification law" is the enactment
        let obj = object(&tokens, i + 1);
        let of_law = obj.iter().any(|o| o.starts_with("ratif")) && obj.iter().any(|o| matches!(o.as_str(), "law" | "bill" | "decree" | "instrument" | "instruments"));
        Some(if kind == EventKind::Signing && of_law { EventKind::Ratification } else { kind })
    });
    noun
}

/// "X did so on November 11", "followed suit", "the same day": the clause
/// repeats an act the text reported just before.
pub fn repeats_an_act(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["did so", "do so", "does so", "followed suit", "did the same", "done so"].iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<EventKind> {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        kind_in(text, at)
    }

    #[test]
    fn the_verb_and_its_object_decide() {
        assert_eq!(kind("He signed the ratification document on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The president signed the law on ratification on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The treaty was concluded on June 19"), Some(EventKind::Signing));
        assert_eq!(kind("Lawmakers voted on May 3 to ratify the accord"), Some(EventKind::Ratification));
        assert_eq!(kind("The senate approved the pact on May 3"), Some(EventKind::Approval));
        assert_eq!(kind("The cabinet sent the agreement to parliament on May 3"), Some(EventKind::Submission));
        assert_eq!(kind("The accord entered into force on May 3"), Some(EventKind::EntryIntoForce));
        assert_eq!(kind("Finland deposited its instrument of accession on May 3"), Some(EventKind::Ratification));
    }

    #[test]
    fn a_speech_verb_yields_to_the_act_it_reports() {
        assert_eq!(kind("The minister said the chamber ratified the pact on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The minister said on May 3 that talks would go on"), Some(EventKind::Statement));
        assert_eq!(kind("The minister said on May 3 that the chamber had ratified the pact"), Some(EventKind::Statement));
        assert_eq!(kind("Prices rose on May 3"), None);
        assert_eq!(kind("the embargo that the council voted for in 2006"), Some(EventKind::Sanction));
    }

    #[test]
    fn anaphora_is_recognised() {
        assert!(repeats_an_act("The upper house did so on November 11"));
        assert!(!repeats_an_act("The upper house voted on November 11"));
    }
}
