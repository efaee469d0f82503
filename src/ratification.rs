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
use bodies::{chamber_in, chamber_last_in, owner_of_chamber, HEADS};
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

/// The words of an event's sentence before its date expression.
fn before_date(story: &Story, e: &Event) -> String {
    match (&story.article, e.sources.first()) {
        (Some(a), Some(src)) => a.text.get(src.sentence_span.start..src.timex_span.start).unwrap_or_default().to_string(),
        _ => String::new(),
    }
}

/// The words of an event's sentence after its date expression.
fn after_date(story: &Story, e: &Event) -> String {
    match (&story.article, e.sources.first()) {
        (Some(a), Some(src)) => a.text[src.timex_span.end..src.sentence_span.end].to_string(),
        _ => String::new(),
    }
}

/// Whether `text` has either word [`reports_instruments`] starts from,
/// capitalised, in lower case or in capitals, without lower-casing it (four
/// substring searches cost far less than a copy of every event's text).
fn names_instruments(text: &str) -> bool {
    ["nstrument", "NSTRUMENT", "epositar", "EPOSITAR"].iter().any(|w| text.contains(w))
}

/// Instruments of ratification changing hands: exchanged between the
/// parties, or deposited with a depositary. Verb and noun forms both count;
/// "depository" alone (a library, a bank) does not.
fn reports_instruments(sentence: &str) -> bool {
    // "Both governments aim to exchange them": in a ratification story
    // what two parties exchange is their instruments, named the sentence before.
    if ["exchange them", "exchanged them", "exchanging them"].iter().any(|p| sentence.contains(p)) {
        return true;
    }
    // Every form below names an instrument or the depositary: one scan
    // settles most sentences (10,000 imported events are scanned on load).
    if !sentence.contains("instrument") && !sentence.contains("depositary") {
        return false;
    }
    // "instruments would be exchanged", "the instrument of ratification
    // deposited on or before 30 June"
    let passive = sentence.match_indices("instrument").any(|(at, _)| {
        let near = sentence[at..].get(..40).unwrap_or(&sentence[at..]);
        [" exchanged", " deposited", " lodged"].iter().any(|v| near.contains(v))
    });
    let exchange = passive || sentence.contains("exchange of instruments")
        || sentence.contains("exchange of ratification instruments")
        || sentence.contains("exchange of the instruments")
        || sentence.contains("exchanged instruments")
        || sentence.contains("exchanged the instruments")
        || sentence.contains("exchanged ratification instruments")
        || ((sentence.contains("instruments of ratification") || sentence.contains("ratification instruments")) && sentence.contains("exchang"));
    let deposit = ["deposited its", "deposited their", "deposited the", "deposits its", "deposit its", "deposit of its", "deposit of the", "deposit their", "depositing its", "depositing their", "depositing the"]
        .iter()
        .any(|p| sentence.contains(p))
        && (sentence.contains("instrument") || sentence.contains("depositary"));
    // "handed the instrument of accession to the depositary", "lodged its
    // instrument with the depositary": any verb of handing over.
    let handed = sentence.contains("instrument") && (sentence.contains("to the depositary") || sentence.contains("with the depositary") || sentence.contains("lodged"));
    exchange || deposit || handed
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
    // Lower-cased words only where a stage can come from them: most events
    // of a large import are none of these kinds and name no instrument.
    let acts = matches!(e.kind, EventKind::Signing | EventKind::Ratification | EventKind::Approval);
    let sentence = if acts || names_instruments(&e.text) { e.text.to_lowercase() } else { String::new() };
    let title = if acts { e.title.to_lowercase() } else { String::new() };
    let later = after_date(story, e);
    let before = before_date(story, e);
    let by_actor = || chamber_in(&actors);
    // The body that acted: the chamber named last before the date, the
    // subject ("Lawmakers in the lower house voted on Wednesday …, sending
    // the deal to the Senate"); else among the actors, else after the date
    // ("…, when it passes through the Senate"), else anywhere in the sentence.
    let chamber = || chamber_last_in(&before).or_else(by_actor).or_else(|| chamber_in(&later)).or_else(|| chamber_in(&e.text));
    let head_of_state = || HEADS.iter().any(|h| actors.contains(h)) || sentence.contains("head of state");
    // "expected to sign the ratification act on Monday": the law by any of
    // its names, right before the date (a title may be cut before it).
    let lead_in = if acts { before.to_lowercase() } else { String::new() };
    let mut from = lead_in.len().saturating_sub(40);
    while !lead_in.is_char_boundary(from) {
        from += 1;
    }
    let lead_in = &lead_in[from..];
    let names_the_law = lead_in.contains("ratification") && lead_in.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "law" | "bill" | "decree" | "act"));
    let law = title.contains("law") || title.contains("bill") || title.contains("decree") || names_the_law;
    // "signed the ratification law", "signed the instrument of ratification"
    let signs_the_law = || (title.contains("sign") || sentence.contains("signed")) && (law || title.contains("document") || title.contains("instrument"));
    // The instruments a sentence names are this event's only when it is an
    // act and not the head of state's signature told in the same sentence
    // ("… sign the ratification act on Friday, after which the governments
    // plan to exchange instruments": Friday is the signature); a statement
    // about the exchange, or a past day's sentence that tells the exchange
    // as still to come ("received the envoy and expressed confidence that
    // the exchange, expected in the coming weeks, …"), is not the exchange.
    let enacting = title.contains("sign") && law && !title.contains("instrument");
    let told_ahead = || {
        let from = sentence.find("instrument").or_else(|| sentence.find("exchang")).unwrap_or(0);
        e.status == Status::Happened && ["expected", " will ", " would ", " could ", " plan", " aim", "coming"].iter().any(|w| sentence[from..].contains(w))
    };
    let instruments = reports_instruments(&sentence) && e.kind != EventKind::Statement && !enacting && !told_ahead();
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
mod tests;
