//! Find and filter: which events a reader's kind, actor and search choices keep.

use crate::story::{Event, EventKind};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub kind: Option<EventKind>,
    pub actor: Option<String>,
    /// Free text; every word must occur in the title, the text or an actor.
    pub query: String,
}

fn fold(s: &str) -> String {
    s.to_lowercase()
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.actor.is_none() && self.query.trim().is_empty()
    }

    pub fn keeps(&self, e: &Event) -> bool {
        if self.kind.is_some_and(|k| k != e.kind) {
            return false;
        }
        if let Some(a) = &self.actor {
            if !e.actors.iter().any(|x| x == a) {
                return false;
            }
        }
        let words: Vec<String> = self.query.split_whitespace().map(fold).collect();
        if words.is_empty() {
            return true;
        }
        let hay = fold(&format!("{} {} {} {}", e.title, e.text, e.actors.join(" "), e.display_date()));
        words.iter().all(|w| hay.contains(w.as_str()))
    }

    /// One flag per event.
    pub fn apply(&self, events: &[Event]) -> Vec<bool> {
        events.iter().map(|e| self.keeps(e)).collect()
    }
}

/// The kinds and actors present, for the filter menus, most frequent first.
pub fn facets(events: &[Event]) -> (Vec<EventKind>, Vec<String>) {
    let mut kinds: Vec<(EventKind, usize)> = Vec::new();
    let mut actors: Vec<(String, usize)> = Vec::new();
    for e in events {
        match kinds.iter_mut().find(|(k, _)| *k == e.kind) {
            Some(k) => k.1 += 1,
            None => kinds.push((e.kind, 1)),
        }
        for a in &e.actors {
            match actors.iter_mut().find(|(x, _)| x == a) {
                Some(x) => x.1 += 1,
                None => actors.push((a.clone(), 1)),
            }
        }
    }
    kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    (kinds.into_iter().map(|k| k.0).collect(), actors.into_iter().map(|a| a.0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Story;

    fn seed() -> Story {
        Story::from_text(crate::corpus::embedded()[0].text).unwrap()
    }

    #[test]
    fn kind_actor_and_words_narrow_the_events() {
        let s = seed();
        let by_kind = Filter { kind: Some(EventKind::Ratification), ..Filter::default() };
        let kept: Vec<_> = s.events.iter().filter(|e| by_kind.keeps(e)).map(|e| e.start.value()).collect();
        assert_eq!(kept, ["2024-10-24"]);
        let by_actor = Filter { actor: Some("UN Security Council".into()), ..Filter::default() };
        assert_eq!(by_actor.apply(&s.events).iter().filter(|k| **k).count(), 1);
        let search = Filter { query: "  pyongyang SIGNED ".into(), ..Filter::default() };
        let found: Vec<_> = s.events.iter().filter(|e| search.keeps(e)).map(|e| e.start.value()).collect();
        assert_eq!(found, ["2024-06-19", "2024-10-14"], "both events read from the sentence that names Pyongyang");
        assert!(Filter::default().is_empty() && Filter::default().apply(&s.events).iter().all(|k| *k));
    }

    #[test]
    fn facets_list_what_is_there() {
        let (kinds, actors) = facets(&seed().events);
        assert!(kinds.contains(&EventKind::Signing) && kinds.contains(&EventKind::EntryIntoForce));
        assert!(actors.iter().any(|a| a == "Russian President Vladimir Putin"));
    }
}
