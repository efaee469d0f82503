//! States as the text names them: by name, by adjective or by seat of
//! government, each with the name the tracker shows, so that "Finland's
//! parliament" and "the Finnish parliament" are one party. A lexicon, not
//! rules: a state missing here is still a party under the name the text
//! uses ("Ruritania's parliament"), only not joined with its adjective.

use super::party::Party;
use std::borrow::Cow;

/// (state as the tracker shows it, the words that name it).
const STATES: &[(&str, &[&str])] = &[
    ("Albania", &["Albania", "Albanian"]),
    ("Armenia", &["Armenia", "Armenian"]),
    ("Australia", &["Australia", "Australian"]),
    ("Austria", &["Austria", "Austrian"]),
    ("Azerbaijan", &["Azerbaijan", "Azerbaijani"]),
    ("Belarus", &["Belarus", "Belarusian"]),
    ("Belgium", &["Belgium", "Belgian"]),
    ("Brazil", &["Brazil", "Brazilian"]),
    ("Bulgaria", &["Bulgaria", "Bulgarian"]),
    ("Canada", &["Canada", "Canadian"]),
    ("China", &["China", "Chinese", "Beijing"]),
    ("Croatia", &["Croatia", "Croatian"]),
    ("Cyprus", &["Cyprus", "Cypriot"]),
    ("Czech Republic", &["Czech Republic", "Czechia", "Czech"]),
    ("Denmark", &["Denmark", "Danish"]),
    ("DPRK", &["North Korea", "North Korean", "DPRK", "Pyongyang"]),
    ("Estonia", &["Estonia", "Estonian"]),
    ("Finland", &["Finland", "Finnish"]),
    ("France", &["France", "French"]),
    ("Georgia", &["Georgia", "Georgian"]),
    ("Germany", &["Germany", "German"]),
    ("Greece", &["Greece", "Greek"]),
    ("Hungary", &["Hungary", "Hungarian"]),
    ("Iceland", &["Iceland", "Icelandic"]),
    ("India", &["India", "Indian"]),
    ("Ireland", &["Ireland", "Irish"]),
    ("Israel", &["Israel", "Israeli"]),
    ("Italy", &["Italy", "Italian"]),
    ("Japan", &["Japan", "Japanese", "Tokyo"]),
    ("Latvia", &["Latvia", "Latvian"]),
    ("Lithuania", &["Lithuania", "Lithuanian"]),
    ("Luxembourg", &["Luxembourg"]),
    ("Malta", &["Malta", "Maltese"]),
    ("Mexico", &["Mexico", "Mexican"]),
    ("Moldova", &["Moldova", "Moldovan"]),
    ("Montenegro", &["Montenegro", "Montenegrin"]),
    ("Netherlands", &["Netherlands", "Dutch"]),
    ("North Macedonia", &["North Macedonia", "Macedonian"]),
    ("Norway", &["Norway", "Norwegian"]),
    ("Poland", &["Poland", "Polish"]),
    ("Portugal", &["Portugal", "Portuguese"]),
    ("Romania", &["Romania", "Romanian"]),
    ("Russia", &["Russia", "Russian", "Moscow", "Kremlin"]),
    ("Serbia", &["Serbia", "Serbian"]),
    ("Slovakia", &["Slovakia", "Slovak"]),
    ("Slovenia", &["Slovenia", "Slovenian"]),
    ("South Korea", &["South Korea", "South Korean", "Seoul"]),
    ("Spain", &["Spain", "Spanish"]),
    ("Sweden", &["Sweden", "Swedish"]),
    ("Switzerland", &["Switzerland", "Swiss"]),
    ("Turkey", &["Turkey", "Türkiye", "Turkish"]),
    ("Ukraine", &["Ukraine", "Ukrainian"]),
    ("United Kingdom", &["United Kingdom", "Britain", "British", "UK"]),
    ("United States", &["United States", "U.S.", "US", "American", "Washington"]),
];

/// Whether `word` occurs in `text` at `at` as a whole word (not "Iran" in
/// "Iranian", "US" in "USSR").
fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The state `name` names, when it is one of the lexicon's words.
pub(super) fn state_named(name: &str) -> Option<Party> {
    STATES.iter().find(|(_, words)| words.contains(&name)).map(|(state, _)| Party(Cow::Borrowed(state)))
}

/// The state named first in `text`, as a whole word; at the same place the
/// longer name ("North Korea" over a shorter word).
pub(super) fn state_in(text: &str) -> Option<Party> {
    STATES
        .iter()
        .flat_map(|(state, words)| words.iter().map(move |w| (state, w)))
        .filter_map(|(state, w)| text.match_indices(w).find(|(at, _)| whole_word(text, *at, w.len())).map(|(at, _)| (at, usize::MAX - w.len(), state)))
        .min()
        .map(|(_, _, state)| Party(Cow::Borrowed(state)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_by_name_adjective_or_capital_is_one_party() {
        assert_eq!(state_named("Finnish"), state_named("Finland"));
        assert_eq!(state_in("the Czech Senate").unwrap().name(), "Czech Republic");
        assert_eq!(state_in("talks in Pyongyang and Seoul").unwrap().name(), "DPRK");
        assert_eq!(state_in("Polishing the text took a week"), None);
        assert_eq!(state_in("the USSR collapsed"), None);
    }
}
