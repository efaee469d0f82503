//! The tracker on short texts written for these tests.

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

#[test]
fn an_imported_event_of_any_kind_can_report_the_instruments_in_any_case() {
    let day = crate::story::EventDate::day(jiff::civil::date(2031, 3, 2));
    let event = |kind, text: &str| Event { kind, text: text.into(), ..Event::new("e", day, "A day in the capital") };
    let story = Story::of_events("t", Vec::new());
    for text in ["The INSTRUMENTS of ratification were exchanged at noon.", "Both sides exchanged the Instruments."] {
        for kind in [EventKind::Other, EventKind::Meeting, EventKind::Ratification] {
            let (stages, _) = stages_of(&story, &event(kind, text));
            assert!(stages.contains(&Stage::InstrumentsExchanged), "{kind:?}: {text}");
        }
    }
    // A meeting that names no instrument backs no stage.
    assert_eq!(stages_of(&story, &event(EventKind::Meeting, "The delegations met at noon.")).0, Vec::new());
}

#[test]
fn the_house_alone_is_the_elected_chamber_but_the_white_house_is_none() {
    use super::bodies::chamber_in;
    assert_eq!(chamber_in("The House will vote on Tuesday"), Some((None, false)));
    assert_eq!(chamber_in("MPs backed the bill"), Some((None, false)));
    assert_eq!(chamber_in("the Upper Chamber debate"), Some((None, true)));
    assert!(chamber_in("The House of Lords approved it").is_some_and(|(_, upper)| upper));
    assert_eq!(chamber_in("The White House welcomed the vote"), None);
}

#[test]
fn a_long_lead_in_of_non_ascii_words_is_cut_on_a_character() {
    // 40 bytes back from the date falls inside a two-byte letter here.
    let text = "Ratification news\nAnna Smith, December 10, 2024\nL’Assemblée nationale a approuvé é é é é la loi de ratification on November 26.\n";
    let story = crate::pipeline::read_story(text, None).unwrap();
    for e in &story.events {
        let _ = stages_of(&story, e);
    }
    for k in 0..8 {
        let text = format!("Ratification news\nAnna Smith, December 10, 2024\nThe chamber {}é signed the ratification law on November 26.\n", "é".repeat(k));
        let story = crate::pipeline::read_story(&text, None).unwrap();
        assert!(story.events.iter().all(|e| !stages_of(&story, e).0.is_empty() || e.kind != EventKind::Ratification));
    }
}
