//! Expressions made of two smaller ones, which TimeML annotates as one TIMEX3
//! with one value: "the end of November", "the last week of March", "April
//! last year", "the first quarter of last year", "the same period a year
//! earlier". Recognition finds the parts; this pass joins parts that touch,
//! so that an event builder sees one date, not two that disagree.

use super::reader::{Match, Part, Sem, G};
use crate::extract::lexicon::{self, Unit};

/// Joins neighbouring matches into the phrases they form.
pub(super) fn compose(g: &G, matches: Vec<Match>) -> Vec<Match> {
    let mut out: Vec<Match> = Vec::with_capacity(matches.len());
    let mut it = matches.into_iter().peekable();
    while let Some(mut m) = it.next() {
        if let Some(next) = it.peek() {
            if let Some(sem) = join(g, &m, next) {
                let next = it.next().expect("peeked");
                // "the year-earlier nine months" takes its article back.
                let the = matches!(sem, Sem::Duration(..)) && m.start > 0 && g.is(m.start - 1, &["the"]);
                m = Match { start: if the { m.start - 1 } else { m.start }, end: next.end, sem };
            }
        }
        if let Some((start, part)) = part_before(g, m.start, &m.sem) {
            // "the last week of March": "last week" was read on its own first.
            while out.last().is_some_and(|p| p.end > start) {
                out.pop();
            }
            m = Match { start, end: m.end, sem: Sem::PartOf(Box::new(m.sem), part) };
        }
        out.push(m);
    }
    out
}

/// `a` and `b` side by side (or with "of" between) as one expression.
fn join(g: &G, a: &Match, b: &Match) -> Option<Sem> {
    let adjacent = b.start == a.end;
    let of = b.start == a.end + 1 && g.is(a.end, &["of"]);
    // "Friday 27 September, 14:00", "on Monday at 9:30": a day, then its time.
    let then_time = b.start == a.end + 1 && (g.punct(a.end, ',') || g.is(a.end, &["at"]));
    match (&a.sem, &b.sem) {
        (Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Point(crate::extract::point::Point::Day(_)) | Sem::Deictic(Unit::Day, _), Sem::Clock(h, m, None, zone)) if then_time => {
            Some(Sem::Clock(*h, *m, Some(Box::new(a.sem.clone())), *zone))
        }
        // "April last year", "in July this year"
        (Sem::Month(m, None), Sem::Deictic(Unit::Year, off)) if adjacent => Some(Sem::MonthOfYear(*m, None, *off)),
        // "on 22 April this year", "June 19 last year"
        (Sem::MonthDay(m, d, None), Sem::Deictic(Unit::Year, off)) if adjacent => Some(Sem::MonthOfYear(*m, Some(*d), *off)),
        // "July 5 of that year", "March of the following year", "June of last year"
        (Sem::Month(m, None), y @ (Sem::SameAs(Unit::Year) | Sem::Anaphoric(_, Unit::Year))) if of => Some(Sem::OfYear(*m, None, Box::new(y.clone()))),
        (Sem::MonthDay(m, d, None), y @ (Sem::SameAs(Unit::Year) | Sem::Anaphoric(_, Unit::Year))) if of => Some(Sem::OfYear(*m, Some(*d), Box::new(y.clone()))),
        (Sem::Month(m, None), Sem::Deictic(Unit::Year, off)) if of => Some(Sem::MonthOfYear(*m, None, *off)),
        (Sem::MonthDay(m, d, None), Sem::Deictic(Unit::Year, off)) if of => Some(Sem::MonthOfYear(*m, Some(*d), *off)),
        // "the first quarter of last year", "the final quarter of this year"
        (Sem::QuarterOf(q, None), Sem::Deictic(Unit::Year, off)) if of => Some(Sem::QuarterOfYear(Some(*q), *off)),
        (Sem::HalfOf(h, None), Sem::Deictic(Unit::Year, off)) if of => Some(Sem::HalfOfYear(*h, *off)),
        // "the last half of the '80s": TimeML has no half of a decade; the
        // decade is the value.
        (Sem::HalfOf(..), Sem::Point(p @ crate::extract::point::Point::Decade(_))) if of => Some(Sem::Point(*p)),
        // "the same period a year earlier", "the quarter a year ago"
        // "the corresponding period last year"
        (Sem::SameAs(_), Sem::Anaphoric(-1, Unit::Year) | Sem::Offset(-1, Unit::Year) | Sem::Deictic(Unit::Year, -1)) if adjacent => Some(Sem::YearAgoPeriod),
        // "the year-earlier nine months": a length (the same months of the
        // year before), one expression whose value is the length.
        (Sem::YearAgoPeriod, Sem::Duration(Some(n), unit)) if adjacent && a.end >= 2 && g.punct(a.end - 2, '-') => Some(Sem::Duration(Some(*n), *unit)),
        _ => None,
    }
}

/// "[the] end|start|middle of", "the first|last week of", "the day
/// before|after" just before token `i`.
fn part_before(g: &G, i: usize, sem: &Sem) -> Option<(usize, Part)> {
    // "the day before last Tuesday's hearing": a day counted from a day.
    let a_day = matches!(sem, Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Holiday(..) | Sem::Deictic(Unit::Day, _) | Sem::Point(crate::extract::point::Point::Day(_)));
    if a_day && i >= 3 && g.is(i - 2, &["day"]) && g.is(i - 3, &["the"]) {
        match g.w(i - 1) {
            "before" => return Some((i - 3, Part::DayFrom(-1))),
            "after" => return Some((i - 3, Part::DayFrom(1))),
            _ => {}
        }
    }
    let dated = matches!(
        sem,
        Sem::Point(_) | Sem::Month(..) | Sem::MonthDay(..) | Sem::Deictic(..) | Sem::SameAs(Unit::Year | Unit::Month) | Sem::MonthOfYear(..) | Sem::OfYear(..) | Sem::Season(..) | Sem::QuarterOf(..) | Sem::QuarterOfYear(..)
    );
    if !dated || i < 2 || !g.is(i - 1, &["of"]) {
        return None;
    }
    let noun = i - 2;
    let the = |k: usize| if k > 0 && g.is(k - 1, &["the"]) { k - 1 } else { k };
    let part = match g.w(noun) {
        "end" | "close" => Part::End,
        "beginning" | "start" | "dawn" => Part::Start,
        "middle" => Part::Middle,
        "week" => {
            let ord = noun.checked_sub(1).map(|k| g.w(k)).unwrap_or("");
            let n = match ord {
                "last" | "final" => -1,
                "the" => 0,
                o => lexicon::ordinal(o).filter(|n| *n <= 5)? as i8,
            };
            let start = if n == 0 { noun - 1 } else { the(noun - 1) };
            if !g.is(start, &["the"]) || (n == 0 && !matches!(sem, Sem::MonthDay(..) | Sem::Point(crate::extract::point::Point::Day(_)))) {
                return None;
            }
            if n != 0 && !matches!(sem, Sem::Month(..) | Sem::MonthOfYear(..) | Sem::OfYear(..) | Sem::Point(crate::extract::point::Point::Month(..))) {
                return None;
            }
            return Some((start, Part::Week(n)));
        }
        _ => return None,
    };
    Some((the(noun), part))
}

#[cfg(test)]
mod tests {
    use crate::extract::tag_text;
    use jiff::civil::date;

    fn tags(text: &str) -> Vec<(String, String, String)> {
        tag_text(text, Some(date(2024, 12, 10)))
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.kind.name().to_string(), t.value))
            .collect()
    }

    fn one(text: &str, expr: &str, value: &str) {
        let got = tags(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].2.as_str()), (expr, value), "{text}");
    }

    #[test]
    fn a_month_with_a_relative_year_is_one_expression() {
        one("Exports grew in April last year.", "April last year", "2023-04");
        one("The plant opened in July this year.", "July this year", "2024-07");
        one("The plant opened on 22 July this year.", "22 July this year", "2024-07-22");
        one("The deal was closed on June 19 last year.", "June 19 last year", "2023-06-19");
        one("The deal was closed in June of last year.", "June of last year", "2023-06");
    }

    #[test]
    fn a_day_then_its_time_is_one_expression() {
        one("Hearing: Friday 13 December, 14:00", "Friday 13 December, 14:00", "2024-12-13T14:00");
        one("The chamber meets on Monday at 9:30.", "Monday at 9:30", "2024-12-16T09:30");
        let got = tags("It closed on Monday, 40 points down.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_month_of_the_year_in_context_is_one_expression() {
        let got = tags("The bloc applied in 2019. Its members signed the protocol on July 5 of that year, and met again in March of the following year.");
        let got: Vec<(&str, &str)> = got.iter().map(|(e, _, v)| (e.as_str(), v.as_str())).collect();
        assert_eq!(got, [("2019", "2019"), ("July 5 of that year", "2019-07-05"), ("March of the following year", "2020-03")]);
    }

    #[test]
    fn parts_and_seasons_of_the_year_in_context() {
        let got = tags("Talks resumed in the spring of 2009. By the end of that year a map was agreed, and the following spring the text was initialled.");
        let got: Vec<(&str, &str)> = got.iter().map(|(e, _, v)| (e.as_str(), v.as_str())).collect();
        assert_eq!(got, [("the spring of 2009", "2009-SP"), ("the end of that year", "2009"), ("the following spring", "2010-SP")]);
        let got = tags("The pact was signed on 3 February 2015. The following spring it was ratified.");
        assert_eq!(got[1].2, "2015-SP");
    }

    #[test]
    fn quarters_and_halves_of_relative_years() {
        one("Output fell in the first quarter of last year.", "the first quarter of last year", "2023-Q1");
        one("Sales will grow in the third quarter of this year.", "the third quarter of this year", "2024-Q3");
        one("Profit rose in the final quarter of 2009.", "the final quarter of 2009", "2009-Q4");
        one("Hiring slows in the first half of next year.", "the first half of next year", "2025-H1");
    }

    #[test]
    fn parts_of_periods() {
        one("The talks resumed at the start of this year.", "the start of this year", "2024");
        one("The fund closes at the end of November.", "the end of November", "2024-11");
        one("The board met in the last week of March.", "the last week of March", "2024-W13");
        one("Inspectors came in the week of March 4.", "the week of March 4", "2024-W10");
        // The week most of whose days are in the month: 1 September 2024 is a
        // Sunday, the 30th a Monday.
        one("Inspectors came in the first week of September.", "the first week of September", "2024-W36");
        one("Inspectors came in the last week of September.", "the last week of September", "2024-W39");
    }

    #[test]
    fn comparisons_with_the_period_in_context() {
        let got = tags("Net income rose in the third quarter from the same period a year earlier.");
        assert_eq!(got[1], ("the same period a year earlier".into(), "DATE".into(), "2023-Q3".into()));
    }

    #[test]
    fn the_day_before_or_after_a_day() {
        one("The envoys met the day before last Tuesday's hearing.", "the day before last Tuesday", "2024-12-02");
        one("Shops will reopen the day after Christmas.", "the day after Christmas", "2024-12-26");
    }

    #[test]
    fn weekday_before_day_and_month() {
        one("Debate and vote: Tuesday, 27 April 2021.", "Tuesday, 27 April 2021", "2021-04-27");
    }

    #[test]
    fn halves_and_ordinals_in_counts() {
        one("The inquiry took almost two and a half years.", "two and a half years", "P2Y6M");
        assert!(tags("Shares fell for a second consecutive day.").iter().all(|t| t.2 != "PT1S"));
    }

    #[test]
    fn lengths_as_adjectives_decade_words_and_year_end() {
        one("Deputies held a day-long debate.", "day-long", "P1D");
        one("It ended a decades-long dispute.", "decades-long", "PXY");
        one("Trade grew in the nineties.", "the nineties", "199");
        one("No change is likely in the near term.", "the near term", "FUTURE_REF");
        one("Ratification may take the next couple of years.", "the next couple of years", "P2Y");
        one("The accord should be ratified by year-end.", "year-end", "2024");
    }

    #[test]
    fn the_article_before_weekdays_and_year_ago_adjectives() {
        one("They met the previous Friday.", "the previous Friday", "2024-12-06");
        assert_eq!(tags("Net fell from the year-ago results.")[0].0, "year-ago");
    }

    #[test]
    fn lengths_with_their_noun_or_alternative() {
        one("The pact runs for a three-year period.", "a three-year period", "P3Y");
        one("Ratification may take a year or two.", "a year or two", "P1Y");
        one("A vote is due within weeks or months.", "weeks or months", "PXW");
    }

    #[test]
    fn early_late_and_mid_are_inside_the_extent() {
        one("The vote slipped to late November.", "late November", "2024-11");
        one("Prices peaked in mid-1996.", "mid-1996", "1996");
        one("The trial lasted about five hours.", "five hours", "PT5H");
    }
}

#[cfg(test)]
mod overlap_tests {
    use crate::extract::tag_text;

    /// Extents widened on either side never overlap (the fuzz target's
    /// invariant, on phrases built to tempt it).
    #[test]
    fn widened_extents_never_overlap() {
        for text in [
            "It happened a year later this afternoon and two days earlier Sunday.",
            "Sales fell in 1994 or later in the week of March 4 or so ago.",
            "The end of the last week of March and the start of this year.",
            "around 7:15 p.m. around Nov. 1 nearly five months about two years ago",
        ] {
            let tags = tag_text(text, Some(jiff::civil::date(2024, 12, 10)));
            for w in tags.windows(2) {
                assert!(w[0].end <= w[1].start, "{text}: {:?} / {:?}", &text[w[0].start..w[0].end], &text[w[1].start..w[1].end]);
            }
        }
    }
}
