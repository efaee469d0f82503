//! The bodies a ratification passes through, as the text names them:
//! chambers (which house, and whose when the name says so), countries, heads
//! of state. A lexicon, not rules: a chamber missing here is found by the
//! generic names ("parliament", "upper house") or not at all.

use super::countries::state_named;
use super::party::Party;
use std::borrow::Cow;

const RUSSIA: Option<Party> = Some(Party(Cow::Borrowed("Russia")));
const DPRK: Option<Party> = Some(Party(Cow::Borrowed("DPRK")));
const UK: Option<Party> = Some(Party(Cow::Borrowed("United Kingdom")));
const GERMANY: Option<Party> = Some(Party(Cow::Borrowed("Germany")));
const US: Option<Party> = Some(Party(Cow::Borrowed("United States")));

/// Chambers: (name as written, party when the name tells it, upper house?).
pub(super) const CHAMBERS: &[(&str, Option<Party>, bool)] = &[
    ("Federation Council", RUSSIA, true),
    ("State Duma", RUSSIA, false),
    ("Duma", RUSSIA, false),
    ("Supreme People’s Assembly", DPRK, false),
    ("Supreme People's Assembly", DPRK, false),
    ("House of Representatives", None, false),
    ("House of Commons", UK, false),
    ("House of Lords", UK, true),
    ("National Assembly", None, false),
    ("Bundestag", GERMANY, false),
    ("Bundesrat", GERMANY, true),
    ("Assemblée nationale", Some(Party(Cow::Borrowed("France"))), false),
    ("Sejm", Some(Party(Cow::Borrowed("Poland"))), false),
    ("Verkhovna Rada", Some(Party(Cow::Borrowed("Ukraine"))), false),
    ("Chamber of Deputies", None, false),
    ("Lok Sabha", Some(Party(Cow::Borrowed("India"))), false),
    ("Rajya Sabha", Some(Party(Cow::Borrowed("India"))), true),
    ("Knesset", Some(Party(Cow::Borrowed("Israel"))), false),
    ("Diet", Some(Party(Cow::Borrowed("Japan"))), false),
    ("Congress", US, false),
    ("Senate", None, true),
    ("House of Councillors", None, true),
    ("Council of States", None, true),
    ("upper house", None, true),
    ("upper chamber", None, true),
    ("lower house", None, false),
    ("lower chamber", None, false),
    ("Upper House", None, true),
    ("Upper Chamber", None, true),
    ("Lower House", None, false),
    ("Lower Chamber", None, false),
    // "the House will vote", "MPs backed the bill": the elected chamber.
    ("House", None, false),
    ("MPs", None, false),
    ("Congress of Deputies", None, false),
    ("Grand National Assembly", None, false),
    ("Riksdag", None, false),
    ("Storting", None, false),
    ("Folketing", None, false),
    ("Eduskunta", None, false),
    ("Seimas", None, false),
    ("Saeima", None, false),
    ("Riigikogu", None, false),
    ("National Council", None, false),
    ("Supreme Council", None, false),
    ("legislature", None, false),
    ("parliament", None, false),
    // "the full chamber could vote": the house a text has been telling of.
    ("chamber", None, false),
    ("Parliament", None, false),
];

pub(super) const HEADS: &[&str] = &["President", "King", "Queen", "Emperor", "Governor-General", "Head of State"];

/// The chamber named first in `text`: its party when the name tells it,
/// and whether it is an upper house.
pub(super) fn chamber_in(text: &str) -> Option<(Option<Party>, bool)> {
    CHAMBERS
        .iter()
        .filter_map(|(name, party, upper)| find_chamber(text, name).map(|at| (at, name.len(), party.clone(), *upper)))
        // The earliest mention; at the same place the longer name ("State Duma" over "Duma").
        .min_by_key(|&(at, len, _, _)| (at, usize::MAX - len))
        .map(|(_, _, party, upper)| (party, upper))
}

/// The chamber named last in `text` (the one ending last; "upper
/// chamber" over the "chamber" in it), as [`chamber_in`] gives it.
pub(super) fn chamber_last_in(text: &str) -> Option<(Option<Party>, bool)> {
    CHAMBERS
        .iter()
        .filter_map(|(name, party, upper)| mentions_of(text, name).last().map(|at| (at + name.len(), name.len(), party.clone(), *upper)))
        .max_by_key(|&(end, len, _, _)| (end, len))
        .map(|(_, _, party, upper)| (party, upper))
}

/// Where the chamber `name` is first named in `text`: "the White House"
/// and "Government House" are no chamber.
fn find_chamber(text: &str, name: &str) -> Option<usize> {
    mentions_of(text, name).next()
}

/// Where `name` stands in `text` as a name of its own: a whole word ("both
/// chambers" names none), and not "the White House".
fn mentions_of<'a>(text: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(name).map(|(at, _)| at).filter(move |&at| {
        let whole = !text[at + name.len()..].starts_with(char::is_alphanumeric);
        let before = text[..at].trim_end();
        let other = name == "House" && (before.ends_with("White") || before.ends_with("Government") || before.ends_with("Opera"));
        whole && !other
    })
}

/// The state a chamber belongs to, read around its first mention: a
/// possessive before it ("Hungary's parliament", "the Czech Republic's
/// Senate"), an adjective or name before it ("the Finnish parliament", "the
/// U.S. Senate"), or "of" and a name after it ("the parliament of Estonia").
/// A name the lexicon does not know is taken as written.
pub(super) fn owner_of_chamber(text: &str) -> Option<Party> {
    let (at, len) = CHAMBERS
        .iter()
        .filter_map(|(name, _, _)| find_chamber(text, name).map(|at| (at, name.len())))
        .min_by_key(|&(at, len)| (at, usize::MAX - len))?;
    let mut before = text[..at].trim_end();
    // "Ostrel's single-chamber parliament": over the chamber's adjectives.
    for _ in 0..2 {
        match before.rsplit_once(' ') {
            Some((head, last)) if last.starts_with(char::is_lowercase) && (last.contains('-') || matches!(last, "national" | "federal" | "regional" | "unicameral" | "bicameral" | "new" | "outgoing")) => before = head.trim_end(),
            _ => break,
        }
    }
    if let Some(owner) = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")) {
        let words = capitalised_tail(owner);
        // A name the lexicon lacks: its last word ("New Ruritania's" → "Ruritania").
        return state_ending(&words).or_else(|| words.last().map(|w| Party(Cow::Owned(w.to_string()))));
    }
    if let Some(p) = state_ending(&capitalised_tail(before)) {
        return Some(p);
    }
    // "the parliament of Estonia", "the parliament of the Republic of Lithuania".
    let after = text[at + len..].trim_start();
    let of = after.strip_prefix("of the ").or_else(|| after.strip_prefix("of "))?;
    let words: Vec<&str> = of.split_whitespace().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric())).collect();
    let n = (0..words.len()).take_while(|&k| words[k].starts_with(char::is_uppercase) || (words[k] == "of" && words.get(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase)))).count();
    let name = words[..n].rsplit(|w| *w == "of").next().unwrap_or_default();
    state_ending(name).or_else(|| (!name.is_empty() && !name.iter().all(|w| GENERIC.contains(w))).then(|| Party(Cow::Owned(name.join(" ")))))
}

/// Words that name a kind of state, not a state ("the Parliament of the Republic").
const GENERIC: &[&str] = &["Republic", "Federation", "Kingdom", "State", "States", "Union", "Country"];

/// The words of the run of capitalised words that ends `text` ("the Czech
/// Republic" → "Czech", "Republic").
fn capitalised_tail(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
    words[words.len() - n..].to_vec()
}

/// The state that the longest tail of `words` names ("Yesterday Czech
/// Republic" → Czech Republic).
fn state_ending(words: &[&str]) -> Option<Party> {
    (0..words.len()).find_map(|k| state_named(&words[k..].join(" ")))
}
