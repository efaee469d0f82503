//! The bodies a ratification passes through, as the text names them:
//! chambers (which house, and whose when the name says so), countries, heads
//! of state. A lexicon, not rules: a chamber missing here is found by the
//! generic names ("parliament", "upper house") or not at all.

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
    ("Congress of Deputies", None, false),
    ("Grand National Assembly", None, false),
    ("Riksdag", None, false),
    ("Storting", None, false),
    ("Folketing", None, false),
    ("Eduskunta", None, false),
    ("Seimas", None, false),
    ("Saeima", None, false),
    ("Riigikogu", None, false),
    ("parliament", None, false),
    ("Parliament", None, false),
];

/// Country words that name a party: (word as written, party).
const COUNTRIES: &[(&str, Party)] = &[
    ("Russia", Party(Cow::Borrowed("Russia"))), ("Russian", Party(Cow::Borrowed("Russia"))), ("Moscow", Party(Cow::Borrowed("Russia"))), ("Kremlin", Party(Cow::Borrowed("Russia"))),
    ("North Korea", Party(Cow::Borrowed("DPRK"))), ("DPRK", Party(Cow::Borrowed("DPRK"))), ("Pyongyang", Party(Cow::Borrowed("DPRK"))),
    ("South Korea", Party(Cow::Borrowed("South Korea"))), ("Seoul", Party(Cow::Borrowed("South Korea"))), ("Japan", Party(Cow::Borrowed("Japan"))), ("Tokyo", Party(Cow::Borrowed("Japan"))),
    ("Germany", Party(Cow::Borrowed("Germany"))), ("German", Party(Cow::Borrowed("Germany"))), ("France", Party(Cow::Borrowed("France"))), ("French", Party(Cow::Borrowed("France"))),
    ("Ukraine", Party(Cow::Borrowed("Ukraine"))), ("Ukrainian", Party(Cow::Borrowed("Ukraine"))), ("India", Party(Cow::Borrowed("India"))), ("Indian", Party(Cow::Borrowed("India"))),
    ("China", Party(Cow::Borrowed("China"))), ("Chinese", Party(Cow::Borrowed("China"))), ("Beijing", Party(Cow::Borrowed("China"))), ("United States", Party(Cow::Borrowed("United States"))),
    ("Washington", Party(Cow::Borrowed("United States"))), ("Britain", Party(Cow::Borrowed("United Kingdom"))), ("British", Party(Cow::Borrowed("United Kingdom"))),
];

pub(super) const HEADS: &[&str] = &["President", "King", "Queen", "Emperor", "Governor-General", "Head of State"];

/// The chamber named first in `text`: its party when the name tells it,
/// and whether it is an upper house.
pub(super) fn chamber_in(text: &str) -> Option<(Option<Party>, bool)> {
    CHAMBERS
        .iter()
        .filter_map(|(name, party, upper)| text.find(name).map(|at| (at, name.len(), party.clone(), *upper)))
        // The earliest mention; at the same place the longer name ("State Duma" over "Duma").
        .min_by_key(|&(at, len, _, _)| (at, usize::MAX - len))
        .map(|(_, _, party, upper)| (party, upper))
}

pub(super) fn country_in(text: &str) -> Option<Party> {
    COUNTRIES.iter().filter_map(|(w, p)| text.find(w).map(|at| (at, p))).min_by_key(|x| x.0).map(|x| x.1.clone())
}

/// "Hungary's parliament", "Sweden's Riksdag": a possessive name before a
/// chamber names the party.
pub(super) fn possessive_party(text: &str) -> Option<Party> {
    CHAMBERS.iter().find_map(|(name, _, _)| {
        let at = text.find(name)?;
        let before = text[..at].trim_end();
        let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s"))?;
        let word = owner.rsplit(char::is_whitespace).next()?;
        (word.starts_with(char::is_uppercase) && word.len() > 1).then(|| Party(Cow::Owned(word.to_string())))
    })
}
