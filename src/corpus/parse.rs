//! Raw article text -> [`Article`]. One text line is one block (the saved pages
//! put each paragraph on a line of its own); each block is classified in turn:
//! site chrome, title, byline, teaser, repeated headline, subheading, pull quote,
//! paragraph, author note, related links.

use super::sentences::split_sentences;
use crate::story::{Article, Paragraph, PullQuote, Section, Sentence, Span};
use crate::calendar::parse_written_date;
use blocks::{keeps_its_dates, paragraph_follows, PullQuotes};
use lines::{lines, words, Line};

mod blocks;
mod lines;

/// Why a text could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the article has no text"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Subheadings are short; a longer unpunctuated line is a paragraph.
const MAX_HEADING_WORDS: usize = 20;
/// A headline made from a lead keeps this many words.
const HEADLINE_WORDS: usize = 12;
/// Lines that open the "More on this topic" list at the foot of a page.
const RELATED_MARKERS: &[&str] = &["more on this topic", "related articles", "read more", "related"];

/// Navigation the page wraps around every story: "EN|FR|RU", "Follow us on:".
fn is_site_chrome(line: &str) -> bool {
    let lower = line.to_lowercase();
    let language_switcher = line.split('|').count() > 1
        && line.split('|').all(|p| (2..=3).contains(&p.trim().len()) && p.trim().chars().all(|c| c.is_ascii_uppercase()));
    language_switcher
        || lower.starts_with("follow us on")
        || matches!(lower.as_str(), "share" | "print" | "share this article" | "advertisement")
}

/// "Konstantin Asmolov, October 26 2024" -> (author, date). The date may carry
/// its own comma ("October 26, 2024"), so every comma is tried as the split.
/// (A date alone is a [`date_line`].)
fn parse_byline(line: &str) -> Option<(String, jiff::civil::Date)> {
    line.match_indices(',').find_map(|(i, _)| {
        let date = parse_written_date(&line[i + 1..])?;
        let author = line[..i].trim().trim_start_matches("By ").trim();
        (!author.is_empty() && author.split_whitespace().count() <= 6).then(|| (author.to_string(), date))
    })
}

/// "Published: March 14, 2025", "Updated 2025-03-14": a line that is a date.
fn date_line(line: &str) -> Option<jiff::civil::Date> {
    let lower = line.to_ascii_lowercase();
    let prefix = ["published", "updated", "posted"].iter().find(|p| lower.starts_with(*p)).map_or(0, |p| p.len());
    let rest = line[prefix..].trim_start_matches([':', ' ']);
    let rest = if prefix > 0 { rest.strip_prefix("on ").unwrap_or(rest) } else { rest };
    parse_written_date(rest).or_else(|| parse_written_date(without_clock(rest)?))
}

/// The date of "27 September 2024, 10:15", "March 3, 2021 at 9:30 a.m.
/// GMT", "2024-09-27 | 10:15": the line without the time after it.
fn without_clock(line: &str) -> Option<&str> {
    let cut = [",", " at ", "|", " - ", " · "].iter().filter_map(|sep| line.rfind(sep)).max()?;
    let time = line[cut..].trim_start_matches([',', '|', '-', '·', ' ']).trim_start_matches("at ");
    super::dateline::is_clock(time).then(|| line[..cut].trim())
}

/// "By Maria Keller", "Staff reporter": a short line naming who wrote it.
fn author_line(line: &str) -> Option<String> {
    let name = line.strip_prefix("By ").unwrap_or(line).trim();
    let ends_like_a_sentence = name.ends_with(['.', '!', '?', ':', ';', ',']);
    (!name.is_empty() && !ends_like_a_sentence && name.split_whitespace().count() <= 6 && name.starts_with(char::is_uppercase)).then(|| name.to_string())
}

/// The author and the date under the headline, and how many lines they
/// take: one line ("Anna Smith, March 3, 2021", or the date alone), or two
/// (the author's line, then the date's; or the date, then "By …").
fn header(lines: &[Line]) -> (Option<String>, Option<jiff::civil::Date>, usize) {
    let text = |i: usize| lines.get(i).map(|l| l.text.trim());
    if let Some(date) = text(0).and_then(date_line) {
        let by = text(1).filter(|l| l.starts_with("By ")).and_then(author_line);
        return (by.clone(), Some(date), 1 + usize::from(by.is_some()));
    }
    if let Some((author, date)) = text(0).and_then(parse_byline) {
        return (Some(author), Some(date), 1);
    }
    if let (Some(author), Some(date)) = (text(0).and_then(author_line), text(1).and_then(date_line)) {
        return (Some(author), Some(date), 2);
    }
    // "By …" alone is a byline without a date, not a heading.
    match text(0).filter(|l| l.starts_with("By ")).and_then(author_line) {
        Some(author) => (Some(author), None, 1),
        None => (None, None, 0),
    }
}

/// A subheading: one short sentence with no closing punctuation, or a short question.
fn is_heading(text: &str) -> bool {
    let last = text.chars().last().unwrap_or('.');
    // The cheap tests first: most lines of a long text are paragraphs.
    (last == '?' || !matches!(last, '.' | '!' | ':' | ';' | ',' | '…' | '"' | '”' | '’' | ')' | ']'))
        && words(text) <= MAX_HEADING_WORDS
        && split_sentences(text, Span::new(0, text.len())).len() == 1
}

/// A story paragraph, not a headline: it opens with a wire dateline, or it
/// is a sentence too long for a headline that closes with a full stop.
fn is_lead(text: &str) -> bool {
    super::dateline::after_dateline(text) > 0 || (text.ends_with('.') && words(text) > MAX_HEADING_WORDS)
}

/// A headline for a text that has none: the lead's first sentence, after
/// its dateline, cut at a word to at most `HEADLINE_WORDS`.
fn headline_from(lead: &str) -> String {
    let story = &lead[super::dateline::after_dateline(lead)..];
    let first = split_sentences(story, Span::new(0, story.len())).first().map_or(story, |s| &story[s.start..s.end]);
    super::words::cut_to_words(first.trim().trim_end_matches('.'), HEADLINE_WORDS)
}

/// The headline printed again, whole or cut short (at least three words).
fn repeats_title(text: &str, title: &str) -> bool {
    words(text) >= 3 && title.starts_with(text)
}

pub fn parse_article(text: &str) -> Result<Article, ParseError> {
    let all: Vec<Line> = lines(text).into_iter().filter(|l| !is_site_chrome(l.text)).collect();
    let (title_line, rest) = all.split_first().ok_or(ParseError::Empty)?;
    // A text that opens with its lead ("GENEVA, March 3 (Agency) - The
    // chamber ratified…") has no headline: the lead is the story's first
    // paragraph, and a headline is made from its first sentence.
    let (title, rest) = if is_lead(title_line.text) {
        (headline_from(title_line.text), &all[..])
    } else {
        (title_line.text.to_string(), rest)
    };

    let (author, published, used) = header(rest);
    let rest = &rest[used..];

    let related_at = rest.iter().position(|l| RELATED_MARKERS.contains(&l.text.to_lowercase().trim_end_matches(':')));
    let related = related_at.map_or(Vec::new(), |i| rest[i + 1..].iter().map(|l| l.text.to_string()).collect());
    let mut body: Vec<Line> = rest[..related_at.unwrap_or(rest.len())].to_vec();

    // A teaser stands between the byline and the headline repeated over the story.
    let mut standfirst_line = None;
    if let Some(i) = body.iter().take(3).position(|l| repeats_title(l.text, &title)) {
        if i == 1 {
            standfirst_line = Some(body[0]);
        }
        body.drain(..=i);
    }
    body.retain(|l| l.text != title);

    // The author's note closes the story and opens with the author's name.
    let mut author_note = None;
    if let (Some(name), Some(last)) = (&author, body.last()) {
        if last.text.starts_with(name.as_str()) && last.text[name.len()..].starts_with(',') {
            author_note = Some(last.text.to_string());
            body.pop();
        }
    }

    let mut article = Article {
        text: text.to_string(),
        title,
        author,
        published,
        standfirst: None,
        sections: Vec::new(),
        sentences: Vec::new(),
        pull_quotes: Vec::new(),
        author_note,
        related,
    };
    if let Some(line) = standfirst_line {
        article.standfirst = Some(paragraph(text, line.span, &mut article.sentences));
    }

    let quotes = PullQuotes::index(&body);
    let pull_quote: Vec<bool> = (0..body.len()).map(|i| quotes.is_pull_quote(&body, i)).collect();
    let heading_like: Vec<bool> = body.iter().zip(&pull_quote).map(|(l, &q)| !q && is_heading(l.text) && !keeps_its_dates(l.text)).collect();
    let heads_something = paragraph_follows(&heading_like);
    for (at, line) in body.iter().enumerate() {
        if article.sections.is_empty() {
            article.sections.push(Section { heading: None, paragraphs: Vec::new() });
        }
        let current = article.sections.len() - 1;
        if pull_quote[at] {
            let before_paragraph = article.sections[current].paragraphs.len();
            article.pull_quotes.push(PullQuote { span: line.span, section: current, before_paragraph });
        } else if heading_like[at] && heads_something[at] {
            let section = Section { heading: Some(line.text.to_string()), paragraphs: Vec::new() };
            if article.sections[current].heading.is_none() && article.sections[current].paragraphs.is_empty() {
                article.sections[current] = section;
            } else {
                article.sections.push(section);
            }
        } else {
            let p = paragraph(text, line.span, &mut article.sentences);
            article.sections[current].paragraphs.push(p);
        }
    }
    Ok(article)
}

fn paragraph(text: &str, span: Span, sentences: &mut Vec<Sentence>) -> Paragraph {
    let first = sentences.len();
    sentences.extend(split_sentences(text, span).into_iter().map(|span| Sentence { span }));
    Paragraph { span, sentences: first..sentences.len() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "EN|FR|RU\nFollow us on:\n\nThe Bridge Opens to Traffic\n\nAnna Smith, March 3, 2021\n\n\
        A long-awaited bridge opened to traffic.\n\nThe Bridge Opens\n\nThe bridge opened on March 1. Crowds came.\n\
        Early days\nCrowds came to see the bridge open at dawn\nCrowds came to see the bridge open at dawn and stayed until noon.\n\
        Anna Smith, a reporter, writes on cities.\n\nMore on this topic\nTunnels\nFerries\n";

    #[test]
    fn separates_story_from_chrome() {
        let a = parse_article(PAGE).unwrap();
        assert_eq!(a.title, "The Bridge Opens to Traffic");
        assert_eq!(a.author.as_deref(), Some("Anna Smith"));
        assert_eq!(a.published, Some(jiff::civil::date(2021, 3, 3)));
        assert_eq!(a.slice(a.standfirst.as_ref().unwrap().span), "A long-awaited bridge opened to traffic.");
        assert_eq!(a.related, ["Tunnels", "Ferries"]);
        assert_eq!(a.author_note.as_deref(), Some("Anna Smith, a reporter, writes on cities."));
        let headings: Vec<_> = a.sections.iter().map(|s| s.heading.as_deref()).collect();
        assert_eq!(headings, [None, Some("Early days")]);
        let body: String = a.paragraphs().map(|p| a.slice(p.span)).collect::<Vec<_>>().join("|");
        assert!(!body.contains("Follow us") && !body.contains("EN|FR") && !body.contains("Tunnels"), "{body}");
        assert!(a.paragraphs().all(|p| a.slice(p.span) != "The Bridge Opens"), "repeated headline kept");
    }

    #[test]
    fn the_author_and_the_date_may_take_a_line_each() {
        let cases = [
            ("Bridge opens\nBy Anna Smith\nMarch 3, 2021\nThe bridge opened on March 1.\n", Some("Anna Smith")),
            ("Bridge opens\nStaff reporter\n2021-03-03\nThe bridge opened on March 1.\n", Some("Staff reporter")),
            ("Bridge opens\nPublished: Wednesday, March 3, 2021\nBy Anna Smith\nThe bridge opened on March 1.\n", Some("Anna Smith")),
            ("Bridge opens\nUpdated on 3 March 2021\nThe bridge opened on March 1.\n", None),
            ("Bridge opens\nUpdated 3 March 2021, 10:15\nThe bridge opened on March 1.\n", None),
            ("Bridge opens\nPublished March 3, 2021 at 9:30 a.m. GMT\nThe bridge opened on March 1.\n", None),
        ];
        for (text, author) in cases {
            let a = parse_article(text).unwrap();
            assert_eq!(a.published, Some(jiff::civil::date(2021, 3, 3)), "{text:?}");
            assert_eq!(a.author.as_deref(), author, "{text:?}");
            let body: Vec<_> = a.paragraphs().map(|p| a.slice(p.span)).collect();
            assert_eq!(body, ["The bridge opened on March 1."], "{text:?}");
        }
        // An author line with no date after it is the story's first line.
        let a = parse_article("Bridge opens\nCrowds gathered\nThe bridge opened on March 1.\n").unwrap();
        assert_eq!((a.author.as_deref(), a.published), (None, None));
        assert_eq!(a.paragraphs().count() + a.sections.iter().filter(|s| s.heading.is_some()).count(), 2);
    }

    #[test]
    fn a_line_repeated_in_the_body_is_a_pull_quote() {
        let a = parse_article(PAGE).unwrap();
        assert_eq!(a.pull_quotes.len(), 1);
        let q = &a.pull_quotes[0];
        assert_eq!(a.slice(q.span), "Crowds came to see the bridge open at dawn");
        assert_eq!((q.section, q.before_paragraph), (1, 0));
        assert_eq!(a.sections[1].paragraphs.len(), 1);
    }

    #[test]
    fn sentences_cover_paragraphs_in_order() {
        let a = parse_article(PAGE).unwrap();
        let texts: Vec<_> = a.sentences.iter().map(|s| a.slice(s.span)).collect();
        assert_eq!(texts[..3], ["A long-awaited bridge opened to traffic.", "The bridge opened on March 1.", "Crowds came."]);
        assert!(a.sentences.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }

    #[test]
    fn questions_are_headings_and_short_answers_are_not() {
        assert!(is_heading("Will the situation change once both sides ratify the treaties?"));
        assert!(is_heading("NEO at the forefront"));
        assert!(!is_heading("Probably not. The processes noted above are already underway."));
        assert!(!is_heading("Probably not."));
        assert!(!is_heading("He said it was “over.”"));
    }

    #[test]
    fn a_text_that_opens_with_its_lead_keeps_it_as_the_first_paragraph() {
        let text = "HARBOURTON, May 6 (Wire) - The upper chamber voted late on Tuesday to ratify the accord. Two members abstained.\nThe lower chamber follows next week.\n";
        let a = parse_article(text).unwrap();
        assert_eq!(a.title, "The upper chamber voted late on Tuesday to ratify the accord");
        assert_eq!(a.sentences.len(), 3, "{:?}", a.sentences);
        assert!(a.slice(a.sentences[0].span).starts_with("HARBOURTON, May 6"));
        // Without a dateline, a long sentence with a full stop is a lead too.
        let text = "The upper chamber of the national parliament voted late on Tuesday evening to ratify the long-delayed regional trade accord with its neighbours.\nMore follows.\n";
        let a = parse_article(text).unwrap();
        assert_eq!(a.title, "The upper chamber of the national parliament voted late on Tuesday evening…");
        assert_eq!(a.sentences.len(), 2);
    }

    #[test]
    fn a_text_without_byline_still_parses() {
        let a = parse_article("Just a title\nOne paragraph here.\n").unwrap();
        assert_eq!(a.title, "Just a title");
        assert_eq!((a.author.clone(), a.published), (None, None));
        assert_eq!(a.sentences.len(), 1);
    }

    #[test]
    fn undotted_lines_that_carry_dates_stay_paragraphs() {
        let text = "Budget week\nAnna Smith, April 20, 2021\nThe agenda\nDebate and vote: Tuesday, 27 April\n\
            - Committee hearing on 22 April\n2) Final reading 29 April\nThe council meets again after the vote\n";
        let a = parse_article(text).unwrap();
        let paragraphs: Vec<_> = a.paragraphs().map(|p| a.slice(p.span)).collect();
        assert_eq!(paragraphs, [
            "Debate and vote: Tuesday, 27 April",
            "- Committee hearing on 22 April",
            "2) Final reading 29 April",
            "The council meets again after the vote",
        ]);
        let headings: Vec<_> = a.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
        assert_eq!(headings, ["The agenda"], "a last line without a full stop is a paragraph");
    }

    #[test]
    fn pull_quotes_are_found_among_many_distinct_lines_in_linear_time() {
        let mut text = String::from("Title\n");
        for i in 0..5_000 {
            text.push_str(&format!("Line number {i} says something of its own.\n"));
        }
        text.push_str("The quote that is printed twice here\nAnd then: The quote that is printed twice here, in full.\n");
        let started = std::time::Instant::now();
        let a = parse_article(&text).unwrap();
        assert_eq!(a.pull_quotes.len(), 1);
        assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_title() {
        let a = parse_article("\u{feff}Council vote\nThe council voted on March 3.\n").unwrap();
        assert_eq!(a.title, "Council vote");
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(parse_article(" \n\u{a0}\nEN|FR\n"), Err(ParseError::Empty));
    }
}
