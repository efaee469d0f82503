//! What "it" stands for in a title. News names a document once ("the
//! defence pact") and then says "it" ("It entered into force on April 1");
//! a timeline title "It entered into force" tells a reader nothing, so the
//! pronoun that opens or closes a title becomes the document the text last
//! named.

use super::tokens::{tokenize, Kind};

/// Nouns that name the document a ratification is about.
const DOCUMENTS: &[&str] = &["treaty", "pact", "agreement", "accord", "protocol", "convention", "charter", "deal", "amendment"];

/// Words that may stand between "the" and the document noun.
const MAX_MODIFIERS: usize = 3;

/// The last document named in `text` as "the [modifiers] noun" ("the
/// defence pact", "the New START treaty"), as written.
pub fn last_document(text: &str) -> Option<String> {
    // Most sentences name no document: skip tokenising them.
    let lower = text.to_ascii_lowercase();
    if !DOCUMENTS.iter().any(|d| lower.contains(d)) {
        return None;
    }
    let tokens = tokenize(text);
    let mut found = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word || !DOCUMENTS.contains(&t.text.to_lowercase().as_str()) {
            continue;
        }
        // Back over the modifiers to "the": "the defence pact".
        let the = (1..=MAX_MODIFIERS + 1).filter_map(|k| i.checked_sub(k)).take_while(|&j| tokens[j].kind == Kind::Word).find(|&j| tokens[j].text.eq_ignore_ascii_case("the"));
        if let Some(j) = the {
            found = Some(text[tokens[j].start..t.end].to_string());
        }
    }
    found
}

/// `title` with a leading "It" or a closing "it" replaced by `document`.
pub fn with_referent(title: &str, document: Option<&str>) -> String {
    let Some(doc) = document else { return title.to_string() };
    if let Some(rest) = title.strip_prefix("It ") {
        let mut chars = doc.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
        return format!("{first}{} {rest}", chars.as_str());
    }
    if let Some(head) = title.strip_suffix(" it") {
        let lower = if doc.starts_with("The ") { format!("the {}", &doc[4..]) } else { doc.to_string() };
        return format!("{head} {lower}");
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_document_named_is_the_referent() {
        assert_eq!(last_document("The lower house approved the defence pact with Norway."), Some("the defence pact".into()));
        assert_eq!(last_document("The accord replaced the old fisheries treaty."), Some("the old fisheries treaty".into()));
        assert_eq!(last_document("Deputies met on Monday."), None);
    }

    #[test]
    fn a_pronoun_opening_or_closing_a_title_becomes_the_document() {
        assert_eq!(with_referent("It entered into force", Some("the defence pact")), "The defence pact entered into force");
        assert_eq!(with_referent("The upper house backed it", Some("the defence pact")), "The upper house backed the defence pact");
        // Not "it" inside a phrase, and nothing without a referent.
        assert_eq!(with_referent("The minister made it clear", Some("the pact")), "The minister made it clear");
        assert_eq!(with_referent("It entered into force", None), "It entered into force");
    }
}
