//! Who acted: the people and bodies named in a clause, without the
//! capitalised words that are not names (sentence adverbs, pronouns, common
//! nouns at the head of a clause, weekdays, months, numbers, units).

use super::tokens::{tokenize, Kind};

/// Capitalised words that start sentences or name times, not actors:
/// function words, pronouns and sentence adverbs.
const NOT_NAMES: &[&str] = &[
    "The", "On", "In", "At", "By", "For", "And", "But", "Or", "As", "However", "Although", "It",
    "This", "That", "These", "Those", "There", "When", "While", "After", "Before", "Since", "Note",
    "If", "Not", "No", "Yes", "We", "He", "She", "They", "Frankly", "Perhaps", "Let", "Similar",
    "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Him", "Them", "Us", "Who", "What",
    "Therefore", "Thus", "Hence", "Meanwhile", "Moreover", "Furthermore", "Also", "Still", "Yet",
    "Instead", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Last", "Next",
    "Under", "During", "Despite", "According", "With", "From", "To", "Of", "Among", "Until", "Once",
    "Both", "Each", "All", "Some", "Many", "Such", "Another", "Other", "A", "An", "So", "Because",
    "Thereafter", "Afterwards", "Finally", "Initially", "Nevertheless", "Nonetheless", "Indeed",
];

/// A capitalised word that cannot be (part of) an actor's name: listed
/// above, a sentence adverb ("Notably", "Eventually"), a single letter, a
/// weekday, a month, a time zone or a unit of time or measure.
fn is_not_a_name(word: &str) -> bool {
    // "Thursday's session": the possessive is not part of the word.
    let word = word.trim_end_matches("'s").trim_end_matches("’s");
    let lower = word.to_lowercase();
    NOT_NAMES.contains(&word)
        || word.chars().count() == 1
        || super::lexicon::weekday(&lower).is_some()
        || crate::calendar::month_number(word).is_some()
        || super::lexicon::unit(&lower).is_some()
        || super::lexicon::number_word(&lower).is_some()
        || super::lexicon::ordinal(&lower).is_some()
        || super::lexicon::TIME_ZONES.contains(&lower.as_str())
        || matches!(lower.as_str(), "percent" | "per" | "km" | "kg" | "mph")
}
/// Heads of names that are documents or ideas, not people or bodies.
const NOT_ACTORS: &[&str] = &[
    "Treaty", "Charter", "Article", "Agreement", "Protocol", "Convention", "Act", "Law",
    "Resolution", "Partnership", "Operation", "Plan", "Doctrine", "Accord", "Accords",
];

/// Heads of names of bodies: a name after one is a second actor.
const BODIES: &[&str] = &[
    "Department", "Ministry", "Council", "Office", "House", "Duma", "Assembly", "Parliament",
    "Congress", "Senate", "Committee", "Agency", "Bank", "Fund", "Court", "Government",
    "Administration", "Commission", "Union", "Journal", "Times", "Post",
];

/// Bodies named by a common noun, which a place's adjective before them
/// makes a name ("the Finnish parliament").
const BODY_NOUNS: &[&str] = &[
    "parliament", "legislature", "government", "cabinet", "senate", "assembly", "lawmakers", "legislators", "deputies", "senators",
];

/// People and bodies named in `text`: runs of capitalised words, joined
/// across "of" and "of the" ("State Duma of the Russian Federation").
pub fn actors_in(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    // "U.S.", "U.N.": letters with full stops are one word.
    let initials = |i: usize| {
        let mut k = i;
        while tokens.get(k).is_some_and(|t| t.kind == Kind::Word && t.text.len() == 1 && t.text.starts_with(char::is_uppercase))
            && tokens.get(k + 1).is_some_and(|t| t.is_punct('.') && t.start == tokens[k].end)
        {
            k += 2;
        }
        (k >= i + 4).then_some(k)
    };
    // At the head of a clause a capital says nothing: "Notably", "Eventually"
    // are adverbs, "Lawmakers", "Deputies" common nouns, unless a name follows.
    let opens_clause = |i: usize| i == 0 || tokens.get(i - 1).is_some_and(|p| matches!(p.kind, Kind::Punct(_)));
    let common_at_head = |i: usize| {
        let w = tokens[i].text.to_lowercase();
        let adverb = w.len() > 4 && w.ends_with("ly");
        // "Ratification stalled", "Agreement was reached": an abstract noun.
        let abstract_noun = w.len() > 6 && ["tion", "sion", "ment", "ance", "ence", "ship", "ness"].iter().any(|s| w.ends_with(s))
            && !BODIES.contains(&tokens[i].text)
            && !BODY_NOUNS.contains(&w.as_str());
        let plural = ["ers", "ies", "ors", "als", "ats", "ists", "ants", "ents"].iter().any(|s| w.ends_with(s));
        let next_is_name = tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Word && n.text.starts_with(char::is_uppercase));
        // "Signature of the ratification law by …": a noun heading a phrase
        // about something unnamed.
        let lower_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Word && t.text.starts_with(char::is_lowercase));
        let of_something = tokens.get(i + 1).is_some_and(|n| n.is_word("of") || n.is_word("by"))
            && (if tokens.get(i + 2).is_some_and(|t| t.is_word("the")) { lower_word(i + 3) } else { lower_word(i + 2) });
        // "Result: the treaty is approved", "Update: …": a label, not a name.
        let label = tokens.get(i + 1).is_some_and(|n| n.is_punct(':'));
        opens_clause(i) && (((adverb || plural || abstract_noun) && !next_is_name) || of_something || label)
    };
    let cap = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.text.starts_with(char::is_uppercase) && (!is_not_a_name(t.text) || initials(i).is_some()) && !common_at_head(i)
        })
    };
    // The width of the name word at `i`: one token, or a run of initials.
    let width = |i: usize| initials(i).map_or(1, |k| k - i);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !cap(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + width(i);
        loop {
            if cap(end) {
                end += width(end);
            } else if tokens.get(end).is_some_and(|t| t.text == "of") && cap(end + 1) {
                end += 2;
            } else if tokens.get(end).is_some_and(|t| t.text == "of") && tokens.get(end + 1).is_some_and(|t| t.text == "the") && cap(end + 2) {
                end += 3;
            } else {
                break;
            }
        }
        // "US State Department Matthew Miller" is a body and a person.
        if let Some(k) = (start..end - 1).find(|&k| BODIES.contains(&tokens[k].text) && cap(k + 1)) {
            end = k + 1;
        }
        // "the Finnish parliament", "U.S. lawmakers": an adjective alone
        // names no one; with the body it qualifies it does.
        let body = (end..end + 2).take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == Kind::Word && t.text.starts_with(char::is_lowercase))).map(|k| tokens[k].text).collect::<Vec<_>>();
        let possessive = tokens[end - 1].text.ends_with("'s") || tokens[end - 1].text.ends_with("’s");
        let body_len = match body.as_slice() {
            _ if possessive => 0,
            ["upper" | "lower", "house" | "chamber", ..] => 2,
            [w, ..] if BODY_NOUNS.contains(w) => 1,
            _ => 0,
        };
        let last = tokens[end - 1 + body_len].end;
        // "Hungary's parliament": the owner, without the possessive.
        let name = text[tokens[start].start..last].trim_end_matches("'s").trim_end_matches("’s");
        let head = tokens[end - 1].text;
        // "signed in New York", "met at the Kremlin": a name after a
        // preposition of place is where it happened, unless it is a body
        // ("in the Senate").
        let k = if start > 0 && tokens[start - 1].is_word("the") { start - 1 } else { start };
        let after_place_word = k > 0 && ["in", "at", "near"].iter().any(|p| tokens[k - 1].is_word(p));
        let place = after_place_word && body_len == 0 && !BODIES.contains(&head);
        if !place && !NOT_ACTORS.contains(&head) && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_names_joined_across_of() {
        let a = actors_in("On October 14, Russian President Vladimir Putin submitted to the State Duma of the Russian Federation a bill to ratify the Treaty");
        assert_eq!(a, ["Russian President Vladimir Putin", "State Duma of the Russian Federation"]);
        assert!(actors_in("The 1953 Mutual Defense Treaty").is_empty());
        assert_eq!(actors_in("spokesman of the US State Department Matthew Miller said"), ["US State Department", "Matthew Miller"]);
    }

    #[test]
    fn actors_leave_out_adverbs_pronouns_letters_weekdays_and_units() {
        assert_eq!(actors_in("Therefore, the U.S. Senate voted on Monday"), ["U.S. Senate"]);
        assert_eq!(actors_in("Notably, He told the Riksdag on Tuesday"), ["Riksdag"]);
        assert!(actors_in("Eventually, They met on Friday for Two Hours").is_empty(), "{:?}", actors_in("Eventually, They met on Friday for Two Hours"));
        assert_eq!(actors_in("Prime Minister Anna Berg of Sweden signed"), ["Prime Minister Anna Berg of Sweden"]);
        assert!(actors_in("Signature of the ratification law by the president").is_empty());
        assert_eq!(actors_in("Parliament of the Republic voted"), ["Parliament of the Republic"]);
        assert!(actors_in("The vote came at 16:08 GMT after the debate").is_empty());
        assert_eq!(actors_in("The Senate, which skipped Thursday's session, met"), ["Senate"]);
        // A label before a colon is no actor.
        assert_eq!(actors_in("Result: the Senate approved the pact"), ["Senate"]);
    }

    #[test]
    fn a_place_adjective_takes_the_body_it_qualifies() {
        assert_eq!(actors_in("On Monday the Finnish parliament approved it"), ["Finnish parliament"]);
        assert_eq!(actors_in("The Estonian upper house voted"), ["Estonian upper house"]);
        assert_eq!(actors_in("Hungary's parliament approved the protocol"), ["Hungary"]);
        assert_eq!(actors_in("Anna Berg thanked parliament"), ["Anna Berg"]);
    }

    #[test]
    fn places_and_abstract_nouns_are_not_actors() {
        assert_eq!(actors_in("The envoys of Ruritania signed the pact in New York"), ["Ruritania"]);
        assert_eq!(actors_in("Anna Berg spoke at the Kremlin"), ["Anna Berg"]);
        assert_eq!(actors_in("The vote in the Senate came at noon"), ["Senate"]);
        assert_eq!(actors_in("The vote in the Finnish parliament came late"), ["Finnish parliament"]);
        assert!(actors_in("Ratification stalled in 2018").is_empty());
        assert_eq!(actors_in("Amendment Commission members met"), ["Amendment Commission"]);
    }
}
