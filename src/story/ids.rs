//! Event ids: short, stable, ASCII, unique within a story.

use super::event::Event;
use std::collections::{HashMap, HashSet};

/// Lower-case ASCII words of `title` joined by '-', for ids and URLs.
pub fn slug(title: &str, max_words: usize) -> String {
    const SKIP: &[&str] = &["the", "a", "an", "of", "to", "in", "on", "and", "for", "at", "by"];
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .filter(|w| !SKIP.contains(&w.as_str()))
        .take(max_words)
        .collect();
    if words.is_empty() { "event".to_string() } else { words.join("-") }
}

/// Makes every id in `events` unique by suffixing repeats with -2, -3, …
/// Linear in the number of events: each base id remembers the last suffix it
/// handed out, so twenty thousand copies of one id cost twenty thousand steps.
pub fn dedupe_ids(events: &mut [Event]) {
    let mut seen: HashSet<String> = HashSet::with_capacity(events.len());
    let mut next: HashMap<String, usize> = HashMap::new();
    for e in events.iter_mut() {
        if seen.insert(e.id.clone()) {
            continue;
        }
        let base = std::mem::take(&mut e.id);
        let n = next.entry(base.clone()).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{base}-{n}");
            if seen.insert(candidate.clone()) {
                e.id = candidate;
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::EventDate;

    #[test]
    fn slugs_are_ascii_and_short() {
        assert_eq!(slug("The Duma ratifies the Treaty!", 5), "duma-ratifies-treaty");
        assert_eq!(slug("Договор", 5), "event");
        assert_eq!(slug("One two three four five six", 3), "one-two-three");
    }

    #[test]
    fn repeated_ids_get_suffixes() {
        let e = |id: &str| Event::new(id, EventDate::year(2000).unwrap(), "");
        let mut v = vec![e("x"), e("x"), e("y"), e("x"), e("x-2")];
        dedupe_ids(&mut v);
        let ids: Vec<_> = v.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2", "y", "x-3", "x-2-2"]);
    }

    #[test]
    fn many_copies_of_one_id_stay_unique() {
        let mut v: Vec<Event> = (0..5000).map(|_| Event::new("same", EventDate::year(2000).unwrap(), "")).collect();
        dedupe_ids(&mut v);
        let unique: HashSet<&str> = v.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(unique.len(), 5000);
        assert_eq!(v[4999].id, "same-5000");
    }
}
