//! Find and filter: which events a reader's kind, actor and search choices keep.

use super::query::Query;
use crate::calendar::Lang;
use crate::story::{Event, EventKind};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub kind: Option<EventKind>,
    pub actor: Option<String>,
    /// Free text as typed; see [`Query`] for what it matches.
    pub query: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.actor.is_none() && self.query.trim().is_empty()
    }

    /// Whether the filter keeps `e` for a reader of `lang`.
    pub fn keeps(&self, e: &Event, lang: Lang) -> bool {
        self.keeps_with(e, lang, &Query::parse(&self.query))
    }

    fn keeps_with(&self, e: &Event, lang: Lang, query: &Query) -> bool {
        if self.kind.is_some_and(|k| k != e.kind) {
            return false;
        }
        if self.actor.as_ref().is_some_and(|a| !e.actors.contains(a)) {
            return false;
        }
        query.is_empty() || query.matches_event(e, lang)
    }

    /// One flag per event.
    pub fn apply(&self, events: &[Event], lang: Lang) -> Vec<bool> {
        let query = Query::parse(&self.query);
        events.iter().map(|e| self.keeps_with(e, lang, &query)).collect()
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
        crate::pipeline::read_story(crate::corpus::embedded()[0].text, None).unwrap()
    }

    #[test]
    fn kind_actor_and_words_narrow_the_events() {
        let s = seed();
        let by_kind = Filter { kind: Some(EventKind::Ratification), ..Filter::default() };
        let kept: Vec<_> = s.events.iter().filter(|e| by_kind.keeps(e, Lang::En)).map(|e| e.start.value()).collect();
        assert_eq!(kept, ["2024-10-24"]);
        let by_actor = Filter { actor: Some("UN Security Council".into()), ..Filter::default() };
        assert_eq!(by_actor.apply(&s.events, Lang::En).iter().filter(|k| **k).count(), 1);
        let search = Filter { query: "  pyongyang SIGNED ".into(), ..Filter::default() };
        let found: Vec<_> = s.events.iter().filter(|e| search.keeps(e, Lang::En)).map(|e| e.start.value()).collect();
        assert_eq!(found, ["2024-06-19", "2024-10-14"], "both events read from the sentence that names Pyongyang");
        assert!(Filter::default().is_empty() && Filter::default().apply(&s.events, Lang::En).iter().all(|k| *k));
    }

    #[test]
    fn facets_list_what_is_there() {
        let (kinds, actors) = facets(&seed().events);
        assert!(kinds.contains(&EventKind::Signing) && kinds.contains(&EventKind::EntryIntoForce));
        assert!(actors.iter().any(|a| a == "Russian President Vladimir Putin"));
    }
}
