//! The embedded seed article, read end to end: structure and dated events.
//! Reads the project's own copy in corpus/, so it runs on any clone.

use datelines::corpus::{embedded, parse_article, Article};
use datelines::story::{EventKind, Granularity, Status, Story};

const NAME: &str = "russia-dprk-treaty-ratification";

fn seed_text() -> &'static str {
    embedded().iter().find(|t| t.name == NAME).expect("the seed article is embedded").text
}

fn seed() -> Article {
    parse_article(seed_text()).expect("the seed article parses")
}

#[test]
fn title_byline_and_date() {
    let a = seed();
    assert_eq!(
        a.title,
        "On ratification of the Comprehensive Strategic Partnership Treaty between the Russian Federation and North Korea"
    );
    assert_eq!(a.author.as_deref(), Some("Konstantin Asmolov"));
    assert_eq!(a.published, Some(jiff::civil::date(2024, 10, 26)));
}

#[test]
fn section_headings_in_order() {
    let a = seed();
    let headings: Vec<_> = a.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
    assert_eq!(headings, [
        "The US expresses displeasure",
        "What is a comprehensive strategic partnership and how did we arrive at this one?",
        "Does the concluded Treaty constitute a military alliance?",
        "Does this mean that sanctions will be lifted automatically?",
        "Does this strengthening of Moscow-Pyongyang relations mean a simultaneous decline in Moscow-Seoul relations?",
        "NEO at the forefront",
        "Will the situation change once both sides ratify the treaties?",
    ]);
}

#[test]
fn the_pull_quote_is_recognised_and_kept_out_of_the_body() {
    let a = seed();
    assert_eq!(a.pull_quotes.len(), 1);
    let quote = a.slice(a.pull_quotes[0].span);
    assert!(quote.starts_with("Russia and the DPRK reaffirmed their aspiration"));
    assert_eq!(a.sections[a.pull_quotes[0].section].heading.as_deref(), Some("The US expresses displeasure"));
    let as_paragraph = a.paragraphs().filter(|p| a.slice(p.span) == quote).count();
    assert_eq!(as_paragraph, 0, "the quote line is not also a paragraph");
    let in_body = a.paragraphs().filter(|p| a.slice(p.span).contains(quote)).count();
    assert_eq!(in_body, 1, "the sentence it repeats stays in the body");
}

#[test]
fn site_chrome_is_removed() {
    let a = seed();
    let body: Vec<&str> = a.paragraphs().map(|p| a.slice(p.span)).collect();
    for chrome in ["EN|FR|RU", "Follow us on:", "More on this topic", "On ratification of the Comprehensive Strategic Partnership"] {
        assert!(!body.iter().any(|p| p.trim() == chrome), "{chrome:?} is in the body");
    }
    assert!(!body.iter().any(|p| p.contains("drones over Pyongyang")), "related links are in the body");
    assert_eq!(a.related.len(), 5);
    assert!(a.related[0].starts_with("One foot over the danger line"));
    assert!(a.author_note.as_deref().is_some_and(|n| n.contains("Candidate of Historical Sciences")));
    assert!(a.standfirst.is_some());
}

#[test]
fn every_sentence_is_a_span_of_the_original_text() {
    let a = seed();
    assert!(a.sentences.len() > 40);
    for s in &a.sentences {
        let text = a.slice(s.span);
        assert_eq!(text, text.trim());
        assert!(seed_text()[s.span.start..s.span.end] == *text);
    }
    assert!(a.sentences.windows(2).all(|w| w[0].span.end < w[1].span.start));
}

fn story() -> Story {
    datelines::pipeline::read_story(seed_text(), None).unwrap()
}

#[test]
fn the_dated_events_and_their_sentences() {
    let s = story();
    let a = s.article.as_ref().unwrap();
    let find = |value: &str| {
        s.events.iter().find(|e| e.start.value() == value).unwrap_or_else(|| panic!("no event on {value}"))
    };
    for (value, quote, kind) in [
        ("2024-06-19", "signed in Pyongyang on June 19, 2024", EventKind::Signing),
        ("2024-10-14", "On October 14, 2024, Russian President Vladimir Putin submitted", EventKind::Submission),
        ("2024-10-16", "On October 16, spokesman of the US State Department", EventKind::Statement),
        ("2024-10-24", "On October 24, the Duma ratified the Treaty", EventKind::Ratification),
        ("2024-11-06", "goes into force on November 6", EventKind::EntryIntoForce),
    ] {
        let e = find(value);
        assert_eq!(e.kind, kind, "{value}");
        let src = e.sources.first().expect("extracted events have a source");
        assert!(a.slice(src.sentence_span).contains(quote), "{value}: {:?}", a.slice(src.sentence_span));
        assert!(src.sentence_span.contains(src.timex_span));
        assert!(e.id.starts_with(value), "{}", e.id);
    }
    assert_eq!(find("2024-11-06").status, Status::Expected);
    assert_eq!(find("2024-10-24").status, Status::Happened);
    let y1953 = find("1953");
    assert!(y1953.background && y1953.start.granularity == Granularity::Year);
    let range = find("2016");
    assert_eq!(range.end.map(|e| e.value()), Some("2017".to_string()));
    assert_eq!(range.kind, EventKind::Sanction);
    assert!(range.actors.iter().any(|a| a == "UN Security Council"), "{:?}", range.actors);
    assert!(find("2024-10-14").actors.iter().any(|a| a == "Russian President Vladimir Putin"));
}

#[test]
fn article_numbers_and_counts_never_become_dates() {
    let s = story();
    let a = s.article.as_ref().unwrap();
    for e in &s.events {
        let timex = a.slice(e.sources[0].timex_span);
        assert!(timex.chars().any(|c| c.is_alphabetic()) || timex.len() >= 4, "{timex:?} became a date");
    }
    let years: Vec<i16> = s.events.iter().map(|e| e.start.date.year()).collect();
    assert!(years.iter().all(|y| [1953, 2016, 2024].contains(y)), "{years:?}");
    for e in &s.events {
        for src in &e.sources {
            let sentence = a.slice(src.sentence_span);
            assert!(!sentence.contains("12 years") || a.slice(src.timex_span) != "12 years");
        }
    }
}

#[test]
fn events_are_in_time_order_with_unique_ids() {
    let s = story();
    assert!(s.events.len() >= 6);
    assert!(s.events.windows(2).all(|w| w[0].start.date <= w[1].start.date));
    let ids: std::collections::HashSet<_> = s.events.iter().map(|e| &e.id).collect();
    assert_eq!(ids.len(), s.events.len());
}
