//! Where a treaty stands on its usual path to force: signature, submission to
//! parliament, the lower house, the upper house, the head of state's
//! signature on the ratification law, the exchange (or deposit) of the
//! instruments, entry into force.
//!
//! Each event is mapped to the stages its words support: its kind (signing,
//! submission, ratification, approval, entry into force), the body that acted
//! (from its actors, else from the words after its date in the sentence — "it
//! goes into force on November 6, when it passes through the Federation
//! Council" backs both the upper house and entry into force), and a few
//! phrases ("instruments of ratification", "signed the law"). A stage is
//! `done` when an event that happened backs it, `expected` when only an
//! anticipated one does, and `unreported` otherwise: nothing is inferred for a
//! stage the text does not mention. When the text reports the steps of more
//! than one party (named by their bodies or countries), each party gets its
//! own row.

mod bodies;
mod countries;
mod party;

pub use party::Party;

use crate::story::{Event, EventKind, Status, Story};
use bodies::{chamber_in, owner_of_chamber, HEADS};
use countries::state_in;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    Signed,
    Submitted,
    LowerHouse,
    UpperHouse,
    Enacted,
    InstrumentsExchanged,
    InForce,
}

pub const STAGES: [Stage; 7] = [
    Stage::Signed, Stage::Submitted, Stage::LowerHouse, Stage::UpperHouse, Stage::Enacted,
    Stage::InstrumentsExchanged, Stage::InForce,
];

impl Stage {
    /// The `data-stage` name.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Signed => "signed",
            Stage::Submitted => "submitted",
            Stage::LowerHouse => "lower-house",
            Stage::UpperHouse => "upper-house",
            Stage::Enacted => "enacted",
            Stage::InstrumentsExchanged => "instruments-exchanged",
            Stage::InForce => "in-force",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageStatus {
    Done,
    Expected,
    Unreported,
}

impl StageStatus {
    pub fn name(self) -> &'static str {
        match self {
            StageStatus::Done => "done",
            StageStatus::Expected => "expected",
            StageStatus::Unreported => "unreported",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageState {
    pub stage: Stage,
    pub status: StageStatus,
    /// The event that backs it (index into the story's events).
    pub event: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartyRow {
    /// The party whose steps these are; `None` for the one row of a text
    /// that reports a single party.
    pub party: Option<Party>,
    pub stages: Vec<StageState>,
}

/// The words of an event's sentence after its date expression.
fn after_date(story: &Story, e: &Event) -> String {
    match (&story.article, e.sources.first()) {
        (Some(a), Some(src)) => a.text[src.timex_span.end..src.sentence_span.end].to_string(),
        _ => String::new(),
    }
}

/// Instruments of ratification changing hands: exchanged between the
/// parties, or deposited with a depositary. Verb and noun forms both count;
/// "depository" alone (a library, a bank) does not.
fn reports_instruments(sentence: &str) -> bool {
    // Every form below names an instrument or the depositary: one scan
    // settles most sentences (10,000 imported events are scanned on load).
    if !sentence.contains("instrument") && !sentence.contains("depositary") {
        return false;
    }
    let exchange = sentence.contains("exchange of instruments")
        || sentence.contains("exchange of ratification instruments")
        || sentence.contains("exchange of the instruments")
        || sentence.contains("exchanged instruments")
        || sentence.contains("exchanged the instruments")
        || sentence.contains("exchanged ratification instruments")
        || ((sentence.contains("instruments of ratification") || sentence.contains("ratification instruments")) && sentence.contains("exchang"));
    let deposit = ["deposited its", "deposited their", "deposited the", "deposits its", "deposit its", "deposit of its", "deposit of the", "deposit their"]
        .iter()
        .any(|p| sentence.contains(p))
        && (sentence.contains("instrument") || sentence.contains("depositary"));
    exchange || deposit
}

/// "…, and the treaty entered into force": a second act in the same
/// sentence, on the same date (no other date follows).
fn also_enters_into_force(later: &str) -> bool {
    if later.is_empty() {
        return false;
    }
    let l = later.to_lowercase();
    let says = ["entered into force", "enters into force", "came into force", "comes into force", "took effect", "takes effect"].iter().any(|p| l.contains(p));
    let dated = l.split(|c: char| !c.is_alphanumeric()).any(|w| crate::calendar::month_number(w).is_some_and(|m| crate::calendar::month_name(m).eq_ignore_ascii_case(w)) || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())));
    says && !dated
}

/// The stages one event backs, and the party whose step it is, when known.
/// Runs once per event of every story a page shows (10,000 imported events
/// included), so what only a stage needs is computed only for a stage.
pub fn stages_of(story: &Story, e: &Event) -> (Vec<Stage>, Option<Party>) {
    // A treaty from long before (a founding treaty recalled for context) is
    // not a step of the process the text reports.
    if e.background {
        return (Vec::new(), None);
    }
    let actors = e.actors.join(" | ");
    let sentence = e.text.to_lowercase();
    let title = e.title.to_lowercase();
    let later = after_date(story, e);
    let by_actor = || chamber_in(&actors);
    // The body that acted: among the actors, else after the date ("…, when
    // it passes through the Senate"), else anywhere in the sentence.
    let chamber = || by_actor().or_else(|| chamber_in(&later)).or_else(|| chamber_in(&e.text));
    let head_of_state = || HEADS.iter().any(|h| actors.contains(h));
    let law = title.contains("law") || title.contains("bill") || title.contains("decree");
    // "signed the ratification law", "signed the instrument of ratification"
    let signs_the_law = || (title.contains("sign") || sentence.contains("signed")) && (law || title.contains("document") || title.contains("instrument"));
    let instruments = reports_instruments(&sentence);
    let mut stages = Vec::new();
    match e.kind {
        EventKind::Signing if law && head_of_state() => stages.push(Stage::Enacted),
        EventKind::Signing => stages.push(Stage::Signed),
        EventKind::Submission => stages.push(Stage::Submitted),
        EventKind::Ratification | EventKind::Approval if !instruments => match chamber() {
            _ if signs_the_law() && by_actor().is_none() => stages.push(Stage::Enacted),
            Some((_, true)) => stages.push(Stage::UpperHouse),
            Some((_, false)) => stages.push(Stage::LowerHouse),
            None if head_of_state() => stages.push(Stage::Enacted),
            None => {}
        },
        EventKind::EntryIntoForce => {
            stages.push(Stage::InForce);
            // "… goes into force on November 6, when it passes through the Federation Council"
            if let Some((_, upper)) = chamber_in(&later) {
                stages.insert(0, if upper { Stage::UpperHouse } else { Stage::LowerHouse });
            }
        }
        _ => {}
    }
    if instruments {
        stages.push(Stage::InstrumentsExchanged);
    }
    if e.kind != EventKind::EntryIntoForce && also_enters_into_force(&later) {
        stages.push(Stage::InForce);
    }
    if stages.is_empty() {
        return (stages, None);
    }
    let party = chamber()
        .and_then(|(p, _)| p.or_else(|| owner_of_chamber(&e.text)))
        .or_else(|| state_in(&actors))
        // A signing binds both parties: it belongs to no one row.
        .filter(|_| e.kind != EventKind::Signing || law);
    (stages, party)
}

/// Each event that backs a stage, with its stages and party, in story order.
type StageMap = Vec<(usize, Vec<Stage>, Option<Party>)>;

fn stage_map(story: &Story) -> StageMap {
    story
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (stages, party) = stages_of(story, e);
            (i, stages, party)
        })
        .filter(|(_, s, _)| !s.is_empty())
        .collect()
}

/// Whether the story reports a ratification at all (otherwise no tracker).
/// A chamber's vote, the head of state's signature or the instruments
/// changing hands count as well as the word "ratify": "Hungary's parliament
/// approved Sweden's accession" reports a ratification step.
fn applies_to(story: &Story, mapped: &StageMap) -> bool {
    let has = |k: EventKind| story.events.iter().any(|e| e.kind == k);
    let ratifying_step = mapped
        .iter()
        .any(|(_, stages, _)| stages.iter().any(|s| matches!(s, Stage::LowerHouse | Stage::UpperHouse | Stage::Enacted | Stage::InstrumentsExchanged)));
    ratifying_step || has(EventKind::Ratification) || (has(EventKind::Submission) && (has(EventKind::Signing) || has(EventKind::EntryIntoForce)))
}

/// The tracker: one row per party that the text reports steps of.
pub fn track(story: &Story) -> Vec<PartyRow> {
    let mapped = stage_map(story);
    if !applies_to(story, &mapped) {
        return Vec::new();
    }
    let mut parties: Vec<Party> = Vec::new();
    for (_, _, p) in &mapped {
        if let Some(p) = p.as_ref().filter(|p| !parties.contains(p)) {
            parties.push(p.clone());
        }
    }
    // One row per party when two or more act; else one row for all.
    let rows: Vec<Option<Party>> = if parties.len() >= 2 { parties.into_iter().map(Some).collect() } else { vec![None] };
    rows.iter()
        .map(|row| {
            let stages = STAGES
                .iter()
                .map(|&stage| {
                    let backing = mapped.iter().filter(|(_, s, p)| s.contains(&stage) && (row.is_none() || p.is_none() || p == row));
                    let happened = backing.clone().find(|(i, _, _)| story.events[*i].status == Status::Happened);
                    match happened.or_else(|| backing.clone().next()) {
                        Some((i, _, _)) => StageState {
                            stage,
                            status: if story.events[*i].status == Status::Happened { StageStatus::Done } else { StageStatus::Expected },
                            event: Some(*i),
                        },
                        None => StageState { stage, status: StageStatus::Unreported, event: None },
                    }
                })
                .collect();
            PartyRow { party: row.clone(), stages }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_of(text: &str) -> Vec<PartyRow> {
        track(&crate::pipeline::read_story(text, None).unwrap())
    }

    fn summary(rows: &[PartyRow], story: &Story) -> Vec<(String, &'static str, &'static str, String)> {
        rows.iter()
            .flat_map(|r| {
                r.stages.iter().map(move |s| {
                    let date = s.event.map(|i| story.events[i].start.value()).unwrap_or_default();
                    (r.party.as_ref().map_or(String::new(), |p| p.name().to_string()), s.stage.name(), s.status.name(), date)
                })
            })
            .collect()
    }

    #[test]
    fn the_seed_article() {
        let story = crate::pipeline::read_story(crate::corpus::embedded()[0].text, None).unwrap();
        let rows = track(&story);
        assert_eq!(rows.len(), 1);
        let got = summary(&rows, &story);
        let want = [
            ("signed", "done", "2024-06-19"),
            ("submitted", "done", "2024-10-14"),
            ("lower-house", "done", "2024-10-24"),
            ("upper-house", "expected", "2024-11-06"),
            ("enacted", "unreported", ""),
            ("instruments-exchanged", "unreported", ""),
            ("in-force", "expected", "2024-11-06"),
        ];
        let got: Vec<_> = got.iter().map(|(_, s, st, d)| (*s, *st, d.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn other_parliaments_and_phrasings() {
        let text = "Treaty news\nAnna Smith, June 30 2023\n\
            The two governments signed the agreement on February 2. \
            On March 3, the Senate approved the agreement. \
            The House of Representatives had ratified it on January 20, 2023. \
            On May 20, the President signed the law on ratification. \
            The sides will exchange instruments of ratification on July 4. \
            The agreement enters into force on August 1.\n";
        let story = crate::pipeline::read_story(text, None).unwrap();
        let got: Vec<_> = summary(&track(&story), &story).into_iter().map(|(_, s, st, d)| (s, st, d)).collect();
        assert_eq!(got, [
            ("signed", "done", "2023-02-02".to_string()),
            ("submitted", "unreported", String::new()),
            ("lower-house", "done", "2023-01-20".to_string()),
            ("upper-house", "done", "2023-03-03".to_string()),
            ("enacted", "done", "2023-05-20".to_string()),
            ("instruments-exchanged", "expected", "2023-07-04".to_string()),
            ("in-force", "expected", "2023-08-01".to_string()),
        ]);
    }

    #[test]
    fn two_parties_get_two_rows() {
        let text = "Pact\nAnna Smith, December 1 2023\n\
            The leaders signed the pact on June 1. \
            On October 2, the Bundestag ratified the pact. \
            On November 5, the State Duma ratified the pact. \
            The Federation Council is expected to approve it on December 10.\n";
        let story = crate::pipeline::read_story(text, None).unwrap();
        let rows = track(&story);
        let parties: Vec<_> = rows.iter().map(|r| r.party.as_ref().map(Party::name).unwrap_or_default()).collect();
        assert_eq!(parties, ["Germany", "Russia"]);
        let lower = |r: &PartyRow| r.stages.iter().find(|s| s.stage == Stage::LowerHouse).unwrap().event.map(|i| story.events[i].start.value());
        assert_eq!(lower(&rows[0]).as_deref(), Some("2023-10-02"));
        assert_eq!(lower(&rows[1]).as_deref(), Some("2023-11-05"));
        // The joint signature shows in both rows.
        assert!(rows.iter().all(|r| r.stages[0].status == StageStatus::Done));
        let upper = rows[1].stages.iter().find(|s| s.stage == Stage::UpperHouse).unwrap();
        assert_eq!(upper.status, StageStatus::Expected);
        assert_eq!(rows[0].stages.iter().find(|s| s.stage == Stage::UpperHouse).unwrap().status, StageStatus::Unreported);
    }

    #[test]
    fn parliaments_named_by_their_place_get_their_own_rows() {
        let text = "Accession\nAnna Smith, December 1 2023\n\
            The Finnish parliament ratified the protocol on October 3. \
            Hungary's parliament approved the protocol on November 14. \
            The government had submitted it to the parliament of Finland on September 28.\n";
        let story = crate::pipeline::read_story(text, None).unwrap();
        let rows = track(&story);
        let parties: Vec<_> = rows.iter().map(|r| r.party.as_ref().map(Party::name).unwrap_or_default()).collect();
        assert_eq!(parties, ["Finland", "Hungary"]);
        let lower = |r: &PartyRow| r.stages.iter().find(|s| s.stage == Stage::LowerHouse).unwrap().event.map(|i| story.events[i].start.value());
        assert_eq!(lower(&rows[0]).as_deref(), Some("2023-10-03"));
        assert_eq!(lower(&rows[1]).as_deref(), Some("2023-11-14"));
        // "the parliament of Finland" is the row of "the Finnish parliament".
        let submitted = rows[0].stages.iter().find(|s| s.stage == Stage::Submitted).unwrap();
        assert_eq!(submitted.event.map(|i| story.events[i].start.value()).as_deref(), Some("2023-09-28"));
        assert_eq!(rows[1].stages.iter().find(|s| s.stage == Stage::Submitted).unwrap().status, StageStatus::Unreported);
    }

    #[test]
    fn a_chamber_approving_is_enough_for_a_tracker() {
        let rows = row_of("Accession\nAnna Smith, May 1 2024\nThe parliament approved the accession protocol on April 30.\n");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].stages.iter().find(|s| s.stage == Stage::LowerHouse).unwrap().status, StageStatus::Done);
    }

    #[test]
    fn no_ratification_no_tracker() {
        assert!(row_of("Weather\nAnna Smith, May 1 2024\nIt rained on April 30. Talks were held on April 29.\n").is_empty());
    }
}
