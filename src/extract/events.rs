//! From tagged sentences to events: one event per distinct dated happening.
//!
//! Every DATE expression of day, month or year granularity in the story is a
//! mention. A mention's title is read from its clause ([`title_for`]), its
//! kind from what the clause says happened (`predicate::kind_among`: the verb
//! and its object; a cue word in the title only when the clause names no
//! act), its actors from the names in the clause. Mentions with the same date
//! and the same kind (or titles that share words) are one happening mentioned
//! twice: they merge into one event with several sources.

use super::headline::after_dateline;
use super::tagger::{Tagger, Timex};
use super::tense::Tense;
use super::referent::{last_document, with_referent};
use super::title::{clause_span, title_for};
use super::actors::actors_in;
use super::point::Point;
use super::resolve::TimexType;
use crate::corpus::{Article, Span};
use crate::story::{dedupe_ids, slug, Event, EventDate, EventKind, Source, Status};

/// Dates more than this many years before publication are background context.
const BACKGROUND_YEARS: i16 = 10;

/// Cue words, each with the kind it signals. Matched as word prefixes.
const CUES: &[(&str, EventKind)] = &[
    ("into force", EventKind::EntryIntoForce),
    ("take effect", EventKind::EntryIntoForce),
    ("takes effect", EventKind::EntryIntoForce),
    ("took effect", EventKind::EntryIntoForce),
    ("ratif", EventKind::Ratification),
    ("signed", EventKind::Signing),
    ("signing", EventKind::Signing),
    ("sign", EventKind::Signing),
    ("submit", EventKind::Submission),
    ("introduced", EventKind::Submission),
    ("tabled", EventKind::Submission),
    ("approv", EventKind::Approval),
    ("adopted", EventKind::Approval),
    ("passed", EventKind::Approval),
    ("endorse", EventKind::Approval),
    ("sanction", EventKind::Sanction),
    ("embargo", EventKind::Sanction),
    ("met", EventKind::Meeting),
    ("meet", EventKind::Meeting),
    ("summit", EventKind::Meeting),
    ("talks", EventKind::Meeting),
    ("visit", EventKind::Meeting),
    ("said", EventKind::Statement),
    ("says", EventKind::Statement),
    ("stated", EventKind::Statement),
    ("statement", EventKind::Statement),
    ("expressed", EventKind::Statement),
    ("announc", EventKind::Statement),
    ("declared", EventKind::Statement),
    ("briefing", EventKind::Statement),
    ("warned", EventKind::Statement),
];

/// The kind signalled by the earliest cue in `text`.
pub fn kind_of(text: &str) -> Option<EventKind> {
    let lower = text.to_lowercase();
    let words: Vec<(usize, &str)> = lower
        .split(|c: char| !c.is_alphanumeric())
        .scan(0, |at, w| {
            let here = lower[*at..].find(w).map_or(*at, |p| *at + p);
            *at = here + w.len();
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    words.iter().find_map(|&(at, w)| {
        CUES.iter().find_map(|&(cue, kind)| {
            let hit = if cue.contains(' ') { lower[at..].starts_with(cue) } else if cue.len() <= 4 { w == cue } else { w.starts_with(cue) };
            hit.then_some(kind)
        })
    })
}

pub fn extract_events(article: &Article) -> Vec<Event> {
    let mut mentions = Vec::new();
    // Without a publication date, relative dates count from the first full
    // date the text gives.
    let mut tagger = Tagger::new(article.published);
    let mut last_act: Option<EventKind> = None;
    // The document the text last named, which "it" in a title stands for.
    let mut document: Option<String> = None;
    // (first sentence, heading, where the heading is written), in text
    // order: a text of many short lines has as many sections as lines, so
    // they are walked once, and a heading is looked for just before its
    // paragraph.
    let headings: Vec<(usize, &str, Option<usize>)> = article
        .sections
        .iter()
        .filter_map(|s| {
            let first = s.paragraphs.first()?;
            let heading = s.heading.as_deref()?;
            let mut from = first.span.start.saturating_sub(heading.len() + 512);
            while !article.text.is_char_boundary(from) {
                from -= 1;
            }
            let at = article.text[from..first.span.start].rfind(heading).map(|k| from + k);
            Some((first.sentences.start, heading, at))
        })
        .collect();
    let mut next_heading = 0;
    for (index, sentence) in article.sentences.iter().enumerate() {
        // A subheading that is only a time ("11.40") stamps the entry under it.
        let mut stamp = None;
        while headings.get(next_heading).is_some_and(|(first, ..)| *first < index) {
            next_heading += 1;
        }
        if let Some(&(_, heading, at)) = headings.get(next_heading).filter(|(first, ..)| *first == index) {
            let tags = tagger.begin_section(heading);
            stamp = tags.into_iter().find(|t| t.start == 0 && t.end == heading.trim_end().len() && matches!(t.point, Some(Point::Time(..)))).zip(at).map(|(t, at)| (t, at, heading));
        }
        let sentence_from = mentions.len();
        let text = article.slice(sentence.span);
        let previous = index.checked_sub(1).map(|i| article.slice(article.sentences[i].span));
        let timexes = tagger.tag_sentence(text);
        // "This article was updated on 14 May to correct …", "Had the
        // treaty been ratified in 2021, …": a note on the article, or what
        // did not happen, dates no event (the tagger still reads it).
        if is_editorial_note(text) {
            continue;
        }
        let unreal_until = if is_counterfactual(text) { text.find(',').unwrap_or(text.len()) } else { 0 };
        let mut sentence_title: Option<String> = None;
        // A wire dateline ("WELLINGTON, March 3 (Agency) -") dates the
        // report: its date stands for the lead's act only when the rest of
        // the sentence gives none, and its words are nobody's act.
        let story_from = after_dateline(text);
        let dated: Vec<(usize, usize)> = timexes.iter().filter(|t| event_dates(t).is_some()).map(|t| (t.start, t.end)).collect();
        let dated_after = dated.iter().any(|&(s, _)| s >= story_from);
        for timex in timexes {
            if tagger.dct().is_none() && timex.explicit {
                if let Some(Point::Day(d)) = timex.point {
                    tagger.set_dct(d);
                }
            }
            // A quarter or a half is a reporting period; it dates an event
            // only when its clause names an act ("the council is expected to
            // adopt its decision in Q2 2025").
            let (start, end, needs_act) = match event_dates(&timex) {
                Some((start, end)) => (start, end, false),
                None => match timex.point.and_then(period_months) {
                    Some((start, end)) => (start, Some(end), true),
                    None => continue,
                },
            };
            if (timex.end <= story_from && dated_after) || timex.end <= unreal_until {
                continue;
            }
            let referent = last_document(&text[..timex.start]).or_else(|| document.clone());
            let mut title = with_referent(&title_for(text, (timex.start, timex.end)), referent.as_deref());
            // "…, and again last year": the clause repeats the one before.
            if let (true, Some(before)) = (is_elliptical(&title), &sentence_title) {
                title = format!("{before} {}", title.to_lowercase());
            }
            sentence_title = Some(title.clone());
            let (cs, ce) = clause_span(text, (timex.start, timex.end));
            let (cs, ce) = if timex.end <= story_from { (story_from, text.len()) } else { (cs.max(story_from), ce) };
            // "…on Tuesday, when the minister handed over the instrument":
            // what happened then is told in the "when" clause after the date.
            let rest = text[ce..].trim_start_matches([',', ' ']);
            let when = text[timex.end..ce].trim().is_empty() && rest.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("when "));
            let at = text.len() - rest.len();
            let ce = if when { clause_span(text, (at, at + 4)).1.max(ce) } else { ce };
            let clause = &text[cs..ce];
            // The act the clause reports; "did so" repeats the last one.
            // A schedule line ("Debate and vote: 27 April") names the act
            // before its colon, outside the date's clause.
            // Only there: another clause's act is not this date's ("applied
            // to join in May 2022, and the others had ratified it" is no
            // ratification in May 2022).
            let schedule = text[..cs].trim_end().ends_with(':');
            // Other dates in the clause claim the acts of their own conjuncts.
            let others: Vec<(usize, usize)> = dated
                .iter()
                .filter(|&&(s, e)| s >= cs && e <= ce && s != timex.start)
                .map(|&(s, e)| (s - cs, e - cs))
                .collect();
            let date = (timex.start.saturating_sub(cs), timex.end.saturating_sub(cs));
            let act = super::predicate::kind_among(clause, date, &others)
                .or_else(|| schedule.then(|| super::predicate::kind_in(text, timex.start)).flatten());
            if needs_act && !act.is_some_and(|k| k != EventKind::Statement) {
                continue;
            }
            let kind = match act {
                Some(k) => k,
                // "did so", or a date that refers back ("the same day",
                // "that day") in a clause that names no act of its own
                // The act repeated is the nearest one before: earlier in
                // the sentence ("Most ratified it within a year; the last
                // did so on Monday"), else the text's last.
                None if super::predicate::repeats_an_act(clause) || refers_back(&text[timex.start..timex.end]) => super::predicate::kind_in(&text[..cs], cs)
                    .filter(|k| !matches!(k, EventKind::Statement))
                    .or(last_act)
                    .unwrap_or(EventKind::Other),
                // "Signature was delayed for a decade. It finally took
                // place on 12 March 2021": the act the sentence before named.
                None if super::predicate::pronoun_for_an_act(clause) => match previous.and_then(super::predicate::first_noun_act) {
                    Some((kind, noun)) => {
                        // "It" is that act, not the document named last.
                        title = with_referent(&title_for(text, (timex.start, timex.end)), Some(noun));
                        kind
                    }
                    None => EventKind::Other,
                },
                None if super::predicate::stops_an_act(clause) => EventKind::Other,
                None => kind_of(&title).unwrap_or(EventKind::Other),
            };
            // "The vote was due on 15 April but was pushed back": no vote then.
            let kind = if super::predicate::put_off(&clause[..date.0.min(clause.len())], &text[timex.end..]) { EventKind::Other } else { kind };
            if kind != EventKind::Other && kind != EventKind::Statement {
                last_act = Some(kind);
            }
            // "instruments could be exchanged before the end of the year": a
            // modal before the date leaves a period still running ahead.
            let modal = clause[..date.0.min(clause.len())].split_whitespace().any(|w| matches!(w, "could" | "might" | "may"));
            let status = match article.published {
                Some(p) if start.date > p || ((timex.tense == Tense::Future || modal) && start.last_day() >= p) => Status::Expected,
                _ => Status::Happened,
            };
            let background = article
                .published
                .is_some_and(|p| p.year() - end.unwrap_or(start).date.year() >= BACKGROUND_YEARS);
            let stamp = match end {
                Some(end) => format!("{}-{}", start.value(), end.value()),
                None => start.value(),
            };
            let timex_span = Span::new(sentence.span.start + timex.start, sentence.span.start + timex.end);
            let id = format!("{stamp}-{}", slug(&title, 5));
            mentions.push(Event {
                end,
                actors: actors_in(clause),
                text: text.to_string(),
                status,
                background,
                kind,
                sources: vec![Source { sentence: index, sentence_span: sentence.span, timex_span, value: timex.value }],
                ..Event::new(id, start, title)
            });
        }
        if mentions.len() == sentence_from {
            if let Some(e) = stamp.and_then(|s| stamped_entry(article, index, text, s)) {
                mentions.push(e);
            }
        }
        times_on_their_days(&mut mentions, sentence_from);
        periods_named_by_their_day(&mut mentions, sentence_from, text, sentence.span.start);
        stretches(&mut mentions, sentence_from, text, sentence.span.start);
        if let Some(d) = last_document(text) {
            document = Some(d);
        }
    }
    let mut events = merge(mentions);
    // Time order; a year before the days inside it, a day before its
    // times; then text order.
    events.sort_by_key(|e| (e.start.date, e.start.granularity, e.start.time, e.sources.first().map(|s| s.timex_span)));
    dedupe_ids(&mut events);
    events
}

/// "11.40" on a line of its own above an entry of a live report: the
/// entry's act happened at that time, when the entry's first sentence
/// dates nothing itself. It is read as a time stamp on the entry's own
/// line would be ("11.40 - The minister told deputies …").
fn stamped_entry(article: &Article, index: usize, text: &str, (timex, at, heading): (Timex, usize, &str)) -> Option<Event> {
    let (start, end) = event_dates(&timex)?;
    let title = title_for(&format!("{heading} - {text}"), (0, heading.len()));
    // "The opposition leader says his party will vote against": at the
    // stamp's time something was said; the vote is still to come.
    let speaks = text.split_whitespace().take(8).find(|w| super::predicate::is_act_verb(w)).is_some_and(super::predicate::is_speech_verb);
    let kind = if speaks { Some(EventKind::Statement) } else { super::predicate::kind_among(text, (0, 0), &[]) };
    let kind = kind.or_else(|| kind_of(&title)).unwrap_or(EventKind::Other);
    let status = match article.published {
        Some(p) if start.date > p => Status::Expected,
        _ => Status::Happened,
    };
    let sentence = article.sentences[index];
    let id = format!("{}-{}", start.value(), slug(&title, 5));
    Some(Event {
        end,
        actors: actors_in(text),
        text: text.to_string(),
        status,
        kind,
        sources: vec![Source { sentence: index, sentence_span: sentence.span, timex_span: Span::new(at + timex.start, at + timex.end), value: timex.value }],
        ..Event::new(id, start, title)
    })
}

/// The dates of the event `timex` dates, if it dates one: a date that places
/// itself on the timeline, a part of a day ("Friday night" dates it to the
/// day), or a length that moves the narrative to a day ("three days later").
fn event_dates(timex: &Timex) -> Option<(EventDate, Option<EventDate>)> {
    // "at 15:00", "Friday 27 September, 14:00": a day to the minute (the
    // zone is left out: the timeline shows the clock the text gives).
    if let Some(Point::Time(d, h, m)) = timex.point {
        return Some((EventDate::at(d, crate::calendar::TimeOfDay::new(h, m, 0)?), None));
    }
    let part_of_a_day = matches!(timex.point, Some(Point::DayPart(..)));
    let moved_by = timex.kind == TimexType::Duration && timex.point.is_some();
    if timex.kind != TimexType::Date && !part_of_a_day && !moved_by {
        return None;
    }
    timex.point.and_then(|p| dates_of(p, timex.end_point))
}

/// A note about the article itself: an update, a correction.
fn is_editorial_note(sentence: &str) -> bool {
    let s = sentence.trim_start();
    ["This article ", "This story ", "This report ", "An earlier version ", "A previous version ", "Correction:", "Editor's note", "Editor’s note"].iter().any(|p| s.starts_with(p))
}

/// "Had the treaty been ratified in 2021, …", "Were it signed …": an
/// inverted condition says what did not happen.
fn is_counterfactual(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace().take(7);
    matches!(words.next(), Some("Had" | "Were")) && words.skip(1).any(|w| w == "been" || (w.len() > 4 && w.ends_with("ed")))
}

/// A title that says only that something happened again ("Again", "Also").
fn is_elliptical(title: &str) -> bool {
    matches!(title.to_lowercase().as_str(), "again" | "also" | "too" | "then" | "once more" | "once again")
}

/// A date phrase that points at the day the text last talked about.
fn refers_back(timex: &str) -> bool {
    let t = timex.to_lowercase();
    ["the same day", "that same day", "that day", "the same date"].iter().any(|p| t.ends_with(p))
}

/// The timeline dates of a point: its own day, month or year; a week
/// ("last week", "two weeks ago") as the range of its days, Monday to
/// Sunday, and a weekend as Saturday to Sunday (the event model has no week
/// granularity, and a range of days claims no more than the text says); a
/// season as the range of its months; a decade or a century as the range
/// of its years.
fn dates_of(p: Point, end: Option<Point>) -> Option<(EventDate, Option<EventDate>)> {
    match p {
        Point::Week(..) | Point::Weekend(..) => {
            let first = p.first_day()?;
            let last = crate::extract::point::add_days(first, if matches!(p, Point::Week(..)) { 6 } else { 1 })?;
            Some((EventDate::day(first), Some(EventDate::day(last))))
        }
        // "last autumn": the season's three months (a quarter of a year is
        // a reporting period, not a time something happened in, and stays out).
        Point::Season(..) => {
            let first = p.first_day()?;
            let last = crate::extract::point::add_months(first, 2)?;
            Some((EventDate::month(first.year(), first.month())?, Some(EventDate::month(last.year(), last.month())?)))
        }
        // "in the 1990s", "the 19th century": the range of their years, so
        // that a story's deep background has its place on the timeline.
        Point::Decade(d) => Some((EventDate::year(d * 10)?, Some(EventDate::year(d * 10 + 9)?))),
        Point::Century(c) => Some((EventDate::year(c * 100)?, Some(EventDate::year(c * 100 + 99)?))),
        _ => Some((p.event_date()?, end.and_then(|e| e.event_date()))),
    }
}

/// "voted on Wednesday at the session that opened at 9:30": a time in the
/// sentence of a mention of its day is that mention's time, not a second
/// happening; the day's mention takes it and the time's source. Only the
/// mentions of one sentence, from `from`, are compared.
fn times_on_their_days(mentions: &mut Vec<Event>, from: usize) {
    let mut i = from;
    while i < mentions.len() {
        let time = &mentions[i];
        let day_of = |e: &Event| e.start.time.is_none() && e.end.is_none() && e.start.granularity == crate::calendar::Granularity::Day && e.start.date == time.start.date;
        match time.start.time.and_then(|_| mentions[from..].iter().position(day_of)).map(|d| from + d) {
            Some(d) => {
                let time = mentions.remove(i);
                let d = if d > i { d - 1 } else { d };
                // "Tuesday 18 November – report stage; the House will vote
                // at 14.30": the act is told at its time.
                if mentions[d].kind == EventKind::Other && time.kind != EventKind::Other {
                    mentions[d].kind = time.kind;
                    mentions[d].actors.extend(time.actors.iter().cloned());
                }
                mentions[d].start.time = time.start.time;
                mentions[d].sources.extend(time.sources);
                mentions[d].sources.sort_by_key(|s| s.timex_span.start);
            }
            None => i += 1,
        }
    }
}

/// "exchanged the following week, on 2 April": a stretch of days named
/// and then, right after it, the day within it it means is one happening,
/// at that day. Only a comma and "on" may stand between the two.
fn periods_named_by_their_day(mentions: &mut Vec<Event>, from: usize, sentence: &str, offset: usize) {
    let mut i = from;
    while i + 1 < mentions.len() {
        let (period, day) = (&mentions[i], &mentions[i + 1]);
        let within = period.end.is_some_and(|end| day.end.is_none() && day.start.granularity == crate::calendar::Granularity::Day && period.start.date <= day.start.date && day.start.date <= end.date);
        let between = match (period.sources.last(), day.sources.first()) {
            (Some(a), Some(b)) if a.timex_span.end <= b.timex_span.start => sentence.get(a.timex_span.end - offset..b.timex_span.start - offset),
            _ => None,
        };
        let apposed = between.is_some_and(|w| w.trim_matches([',', ' ']).is_empty() || w.trim_matches([',', ' ']) == "on");
        if within && apposed && period.kind == day.kind {
            let period = mentions.remove(i);
            // The day's title was read with the stretch still in it.
            let named = period.sources.last().and_then(|s| sentence.get(s.timex_span.start - offset..s.timex_span.end - offset)).unwrap_or_default();
            if let Some(at) = (!named.is_empty()).then(|| mentions[i].title.find(named)).flatten() {
                let title = &mentions[i].title;
                mentions[i].title = format!("{}{}", title[..at].trim_end_matches([',', ' ']), &title[at + named.len()..]);
            }
            mentions[i].sources.splice(0..0, period.sources);
        } else {
            i += 1;
        }
    }
}

/// "talks on 28-29 September", "from 3 to 5 May", "from May to July",
/// "from 1971 to 1973": two days, months or years joined by a mark, "to"
/// or "and" (after "between") are one happening over that stretch, unless
/// the sentence moves it from one to the other ("the vote was moved from 3
/// to 5 May"). Months and years joined by a word need "from" or "between"
/// before them: "in May and July" are two times.
fn stretches(mentions: &mut Vec<Event>, from: usize, sentence: &str, offset: usize) {
    use crate::calendar::Granularity;
    let moved = super::predicate::reschedules(sentence);
    let mut i = from;
    while i + 1 < mentions.len() {
        let (first, last) = (&mentions[i], &mentions[i + 1]);
        let g = first.start.granularity;
        let alike = [first, last].iter().all(|e| e.end.is_none() && e.start.time.is_none() && e.start.granularity == g);
        let longest = match g {
            Granularity::Day => 31,
            Granularity::Month => 731,
            Granularity::Year => 36_525,
        };
        let span = |e: &Event| e.sources.first().map(|s| (s.timex_span.start - offset, s.timex_span.end - offset));
        let (Some(a), Some(b)) = (span(first), span(last)) else { break };
        let joint = sentence.get(a.1..b.0).map(|w| w.trim().to_lowercase()).unwrap_or_default();
        let opened = sentence.get(..a.0).map(|w| w.trim_end().to_lowercase()).is_some_and(|w| w.ends_with("from") || w.ends_with("between"));
        let joined = ["-", "–", "/"].contains(&joint.as_str())
            || (["to", "and", "until", "through"].contains(&joint.as_str()) && (g == Granularity::Day || opened));
        let days = (last.start.date - first.start.date).get_days();
        if !(alike && joined && (1..=longest).contains(&days) && !moved && first.kind == last.kind) {
            i += 1;
            continue;
        }
        let last = mentions.remove(i + 1);
        let first = &mut mentions[i];
        // The title is read again with the whole stretch taken out.
        let opener = if opened { sentence[..a.0].trim_end().rfind(' ').map_or(0, |k| k + 1) } else { a.0 };
        first.title = super::title::title_for(sentence, (opener, b.1));
        first.end = Some(last.start);
        first.id = format!("{}-{}-{}", first.start.value(), last.start.value(), slug(&first.title, 5));
        first.sources.extend(last.sources);
    }
}

/// The first and last months of a quarter or a half of a year.
fn period_months(p: Point) -> Option<(EventDate, EventDate)> {
    let (y, first, last) = match p {
        Point::Quarter(y, q) => (y, 3 * q as i8 - 2, 3 * q as i8),
        Point::Half(y, h) => (y, 6 * h as i8 - 5, 6 * h as i8),
        _ => return None,
    };
    Some((EventDate::month(y, first)?, EventDate::month(y, last)?))
}

fn same_happening(a: &Event, b: &Event) -> bool {
    if (a.start, a.end) != (b.start, b.end) {
        return false;
    }
    // Two statements on one day are two speakers' unless their titles
    // share words ("the office said on Thursday"; "leaders who boycotted
    // Thursday's session said …").
    if a.kind == b.kind && !matches!(a.kind, EventKind::Other | EventKind::Statement) {
        return true;
    }
    // Words that say something: "the", "its" and the "s" of a possessive
    // are shared by titles of anything.
    let words = |e: &Event| slug(&e.title, 12).split('-').filter(|w| w.len() > 3).map(str::to_string).collect::<std::collections::HashSet<_>>();
    words(a).intersection(&words(b)).count() >= 2
}

/// Merges mentions of one happening, keeping the first mention's title.
/// Mentions are bucketed by date first (only same-dated mentions can merge),
/// so a long text with many dates stays linear.
fn merge(mentions: Vec<Event>) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    let mut by_date: std::collections::HashMap<(String, Option<String>), Vec<usize>> = std::collections::HashMap::new();
    for m in mentions {
        let key = (m.start.value(), m.end.map(|e| e.value()));
        let bucket = by_date.entry(key).or_default();
        match bucket.iter().copied().find(|&i| same_happening(&events[i], &m)) {
            Some(i) => {
                let e = &mut events[i];
                e.sources.extend(m.sources);
                for a in m.actors {
                    if !e.actors.contains(&a) {
                        e.actors.push(a);
                    }
                }
            }
            None => {
                bucket.push(events.len());
                events.push(m);
            }
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_first_cue() {
        assert_eq!(kind_of("The Duma ratified the Treaty"), Some(EventKind::Ratification));
        assert_eq!(kind_of("Putin submitted a bill to ratify the treaty"), Some(EventKind::Submission));
        assert_eq!(kind_of("The Treaty finally goes into force"), Some(EventKind::EntryIntoForce));
        assert_eq!(kind_of("The treaty signed in Pyongyang"), Some(EventKind::Signing));
        assert_eq!(kind_of("A spokesman expressed serious concern"), Some(EventKind::Statement));
        assert_eq!(kind_of("UN sanctions that Russia voted for"), Some(EventKind::Sanction));
        assert_eq!(kind_of("Leaders met in Kazan"), Some(EventKind::Meeting));
        assert_eq!(kind_of("Prices rose"), None);
        assert_eq!(kind_of("A metropolitan design"), None, "'met' is a word, not a prefix");
    }

    fn article(text: &str) -> Article {
        crate::corpus::parse_article(text).unwrap()
    }

    #[test]
    fn a_quarter_dates_an_event_only_with_an_act() {
        let a = article("Title\nAnna Smith, March 10 2021\nThe council is expected to adopt the accord in Q2 2021. Profits rose in the third quarter of 2020.\n");
        let got: Vec<_> = extract_events(&a).into_iter().map(|e| (e.start.value(), e.end.map(|e| e.value()), e.kind)).collect();
        assert_eq!(got, [("2021-04".to_string(), Some("2021-06".to_string()), EventKind::Approval)]);
    }

    #[test]
    fn two_speakers_on_one_day_are_two_statements() {
        let a = article("Title\nAnna Smith, March 10 2021\nThe speaker's office said on Monday that the vote would go ahead. Opposition leaders, who skipped Monday's sitting, said they would sue.\n");
        let b = article("Title\nAnna Smith, March 10 2021\nThe speaker's office said on Monday. The leader's aide said on Monday she would sue.\n");
        let monday_b = extract_events(&b).into_iter().filter(|e| e.start.value() == "2021-03-08").count();
        assert_eq!(monday_b, 2, "\"'s\" and \"said\" are no shared words");
        let monday: Vec<_> = extract_events(&a).into_iter().filter(|e| e.start.value() == "2021-03-08").collect();
        assert_eq!(monday.len(), 2, "{monday:#?}");
    }

    #[test]
    fn two_mentions_of_one_happening_merge() {
        let a = article("Title\nAnna Smith, March 10 2021\nThe council approved the plan on March 2. On March 2, the council approved it by ten votes.\nPrices rose on March 2.\n");
        let events = extract_events(&a);
        let march2: Vec<_> = events.iter().filter(|e| e.start.value() == "2021-03-02").collect();
        assert_eq!(march2.len(), 2, "{march2:#?}");
        assert_eq!(march2[0].kind, EventKind::Approval);
        assert_eq!(march2[0].sources.len(), 2);
        assert_eq!(march2[1].sources.len(), 1);
    }

    #[test]
    fn future_and_later_dates_are_expected() {
        let a = article("Title\nAnna Smith, March 10 2021\nThe law will take effect on March 10. The bridge opens on March 12.\n");
        let events = extract_events(&a);
        let status: Vec<_> = events.iter().map(|e| (e.start.value(), e.status)).collect();
        assert_eq!(status, [("2021-03-10".to_string(), Status::Expected), ("2021-03-12".to_string(), Status::Expected)]);
    }

    #[test]
    fn a_wire_dateline_dates_the_lead_only_when_the_lead_gives_no_date() {
        let a = article("Title\nAnna Smith, May 6 2026\nHARBOURTON, May 6 (Wire) - The upper chamber voted 41-19 late on Tuesday to ratify the accord.\n");
        let events = extract_events(&a);
        let seen: Vec<_> = events.iter().map(|e| (e.start.value(), e.kind, e.title.as_str())).collect();
        assert_eq!(seen, [("2026-05-05".to_string(), EventKind::Ratification, "The upper chamber voted 41-19 late to ratify the accord")]);
        assert!(events[0].actors.iter().all(|a| a != "HARBOURTON" && a != "Wire"), "{:?}", events[0].actors);
        let a = article("Title\nAnna Smith, May 6 2026\nHARBOURTON, May 6 (Wire) - The two ministers signed the accord.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(seen, [("2026-05-06".to_string(), EventKind::Signing)]);
        // A time word that places nothing on the timeline ("now") is no date of the lead's.
        let a = article("Title\nAnna Smith, May 6 2026\nHARBOURTON, May 6 (Wire) - The two ministers have now signed the accord.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(seen, [("2026-05-06".to_string(), EventKind::Signing)]);
    }

    #[test]
    fn another_clause_act_is_not_the_date_act() {
        let a = article("Title\nAnna Smith, May 6 2026\nThe republic applied to join in May 2024, and every other member had ratified the protocol by the end of last year.\nFinal ratification vote: Tuesday, 12 May.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(
            seen,
            [("2024-05".to_string(), EventKind::Other), ("2025".to_string(), EventKind::Ratification), ("2026-05-12".to_string(), EventKind::Approval)]
        );
    }

    #[test]
    fn a_clause_that_says_again_repeats_the_title_before_it() {
        let a = article("Title\nAnna Smith, May 6 2026\nThe bill stalled in the chamber in 2019, when the cabinet fell, and again last year.\n");
        let titles: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.title.clone())).collect();
        assert_eq!(titles, [("2019".to_string(), "The bill stalled in the chamber".to_string()), ("2025".to_string(), "The bill stalled in the chamber again".to_string())]);
    }

    #[test]
    fn did_so_repeats_the_nearest_act_before_it() {
        let a = article("Title\nAnna Smith, May 6 2026\nThe envoys signed the pact on 4 May 2024. Most members approved it within a year; the last one did so on Monday.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(seen, [("2024-05-04".to_string(), EventKind::Signing), ("2026-05-04".to_string(), EventKind::Approval)]);
    }

    #[test]
    fn a_season_is_the_range_of_its_months() {
        let a = article("Title\nAnna Smith, March 10 2021\nThe opposition blocked the vote twice last autumn.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.end.map(|d| d.value()), e.kind)).collect();
        assert_eq!(seen, [("2020-09".to_string(), Some("2020-11".to_string()), EventKind::Other)]);
    }

    #[test]
    fn two_days_joined_are_one_happening_over_both() {
        let a = article("Title\nAnna Smith, June 2 2025\nThe envoys met on 14-15 March to settle the text. Talks ran from 3 to 5 May in the capital.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.end.map(|d| d.value()), e.title.clone())).collect();
        assert_eq!(seen, [
            ("2025-03-14".to_string(), Some("2025-03-15".to_string()), "The envoys met to settle the text".to_string()),
            ("2025-05-03".to_string(), Some("2025-05-05".to_string()), "Talks ran in the capital".to_string()),
        ]);
        // Months and years from one to another are a stretch too; "in May
        // and July" are two times.
        let a = article("Title\nAnna Smith, June 2 2025\nThe navies faced off from 1971 to 1973. The board met in January and March.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.end.map(|d| d.value()))).collect();
        assert_eq!(seen, [("1971".to_string(), Some("1973".to_string())), ("2025-01".to_string(), None), ("2025-03".to_string(), None)]);
        assert_eq!(extract_events(&a)[0].title, "The navies faced off");
        // A vote moved from one day to another happens on neither as a stretch.
        let a = article("Title\nAnna Smith, June 2 2025\nThe vote was moved from 3 to 5 May.\n");
        assert!(extract_events(&a).iter().all(|e| e.end.is_none()));
    }

    #[test]
    fn a_decade_or_a_century_is_the_range_of_its_years() {
        let a = article("Title\nAnna Smith, June 2 2025\nThe first survey of the coast was made in the 1970s. Traders crossed the strait throughout the 17th century.\n");
        let seen: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.end.map(|d| d.value()), e.background)).collect();
        assert_eq!(seen, [("1600".to_string(), Some("1699".to_string()), true), ("1970".to_string(), Some("1979".to_string()), true)]);
    }

    #[test]
    fn an_act_put_off_did_not_happen_on_its_day() {
        let a = article("Title\nAnna Smith, April 22 2026\nThe vote in the upper house was due on 15 April but was pushed back.\n");
        let kinds: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(kinds, [("2026-04-15".to_string(), EventKind::Other)]);
        let a = article("Title\nAnna Smith, April 22 2026\nThe vote in the upper house was due on 15 April and went ahead.\n");
        assert_eq!(extract_events(&a)[0].kind, EventKind::Approval);
    }

    #[test]
    fn a_pronoun_sent_to_a_legislature_is_a_submission() {
        let a = article("Title\nAnna Smith, July 8 2026\nThe envoy signed the pact on 12 February, and the cabinet sent it to the assembly the same day. The army sent them to the border on 3 March.\n");
        let kinds: Vec<_> = extract_events(&a).iter().map(|e| (e.start.value(), e.kind)).collect();
        assert_eq!(kinds, [("2026-02-12".to_string(), EventKind::Signing), ("2026-02-12".to_string(), EventKind::Submission), ("2026-03-03".to_string(), EventKind::Other)]);
    }

    #[test]
    fn quarters_and_durations_are_not_events() {
        let a = article("Title\nAnna Smith, March 10 2021\nProfit rose in the third quarter. Talks lasted three days. Now it is over.\n");
        assert!(extract_events(&a).is_empty());
    }
}
