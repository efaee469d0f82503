//! The temporal tagger: finds TIMEX3 expressions in English news text and
//! normalises them. [`grammar`](super::grammar) recognises, [`tense`](super::tense)
//! reads the tense around each expression, [`resolve`](super::resolve) anchors
//! it on the document creation time; the tagger keeps the period the text last
//! named, which comparisons ("a year earlier") count from.

use super::grammar::{recognise, toks, Sem};
use super::lexicon::Unit;
use super::point::Point;
use super::resolve::{resolve, Context, TimexType};
use super::tense::{tense_around, Tense};
use crate::corpus::{split_sentences, Span};
use jiff::civil::Date;

/// A temporal expression, its span relative to the text tagged.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// The TIMEX3 value: "2024-10-24", "P3Y", "PRESENT_REF", "XXXX-WXX-5".
    pub value: String,
    pub point: Option<Point>,
    /// The end of a range ("2016–2017").
    pub end_point: Option<Point>,
    /// True when the text itself fixes the date (a full date, a year).
    pub explicit: bool,
    /// The tense of the clause it stands in.
    pub tense: Tense,
}

pub struct Tagger {
    ctx: Context,
    /// The first quarter or half the text names: the period a report
    /// covers, which "the 1989 period" and "the year-earlier period" mean
    /// even after other quarters are mentioned in passing.
    report: Option<Point>,
}

impl Tagger {
    pub fn new(dct: Option<Date>) -> Tagger {
        Tagger { ctx: Context { dct, reference: None, reference_explicit: false, day_first: false }, report: None }
    }

    pub fn dct(&self) -> Option<Date> {
        self.ctx.dct
    }

    /// Sets the anchor when a text has no date of its own (the first full
    /// date it gives stands in for it).
    pub fn set_dct(&mut self, dct: Date) {
        self.ctx.dct = Some(dct);
    }

    /// Starts a section under `heading`: a subheading that is a date
    /// ("March 2019") sets the time the section tells of; any other
    /// ("Who has ratified it?") ends the narrative before it, so a day
    /// without a year is read from the publication date again, not from
    /// the last section's year.
    /// Returns the heading's own expressions (a live report's time stamp).
    pub fn begin_section(&mut self, heading: &str) -> Vec<Timex> {
        let tags = self.tag_sentence(heading);
        if !tags.iter().any(|t| t.explicit) {
            self.ctx.reference = None;
            self.ctx.reference_explicit = false;
        }
        tags
    }

    /// Tags one sentence; spans are relative to it.
    pub fn tag_sentence(&mut self, sentence: &str) -> Vec<Timex> {
        let t = toks(sentence);
        let mut out = Vec::new();
        let found = recognise(&t);
        // A period this sentence placed in the past, and where it ends:
        // "last spring we were promised it would be finished by Christmas"
        // looks ahead from that spring, not from the day of writing.
        let mut told_past: Option<(usize, Date)> = None;
        for (k, m) in found.iter().enumerate() {
            let tense = tense_around(&t, m.start, m.end);
            // "19 June" or "June 19": the order of the text's written dates.
            if matches!(m.sem, Sem::MonthDay(..) | Sem::Point(Point::Day(_))) {
                let first = (m.start..m.end).find(|&k| t[k].kind != crate::extract::tokens::Kind::Punct(',') && super::lexicon::weekday(t[k].lower.as_ref()).is_none() && t[k].lower != "the");
                let numeric = t.get(m.start + 1).is_some_and(|n| matches!(n.kind, crate::extract::tokens::Kind::Punct('-' | '/')));
                if let (Some(k), false) = (first, numeric) {
                    self.ctx.day_first = matches!(t[k].kind, crate::extract::tokens::Kind::Number { .. });
                }
            }
            // "net rose to $5 million from $4 million last year" in a report
            // on a quarter compares with that quarter a year before.
            let compares = (m.start.saturating_sub(5)..m.start).any(|k| matches!(t[k].lower.as_ref(), "from" | "compared" | "than" | "versus"));
            let sem = match (&m.sem, self.ctx.reference) {
                (Sem::Deictic(Unit::Year, -1), Some(Point::Quarter(..))) if compares => Sem::YearAgoPeriod,
                // "at 6 a.m. local time on Sunday": the day after the time
                // is its day, though TimeML tags the two apart.
                (Sem::Clock(h, min, None, zone), _) => match found.get(k + 1).filter(|n| day_after_clock(&t, m.end, n)) {
                    Some(n) => Sem::Clock(*h, *min, Some(Box::new(n.sem.clone())), *zone),
                    None => m.sem.clone(),
                },
                (s, _) => s.clone(),
            };
            let period = matches!(sem, Sem::QuarterIn(_) | Sem::YearAgoPeriod) && t[m.start..m.end].iter().any(|w| w.lower == "period");
            // A time alone on its line stamps a live report's entry: it is
            // the time of the day of writing, not of the day last told of.
            let stamp = matches!(sem, Sem::Clock(_, _, None, _)) && m.start == 0 && m.end == t.len();
            let future_in_past = tense == Tense::Future
                && matches!(sem, Sem::Holiday(..) | Sem::MonthDay(..) | Sem::Month(_, None))
                && told_past.is_some_and(|(end, _)| t.get(end..m.start).is_some_and(|between| between.iter().any(|w| w.lower == "would")));
            let r = match (period, self.report) {
                _ if stamp => resolve(&sem, &Context { reference: None, ..self.ctx }, tense),
                _ if future_in_past => resolve(&sem, &Context { dct: told_past.map(|(_, d)| d), ..self.ctx }, tense),
                (true, Some(report)) => resolve(&sem, &Context { reference: Some(report), ..self.ctx }, tense),
                _ => resolve(&sem, &self.ctx, tense),
            };
            let Some(r) = r else { continue };
            let explicit = matches!(m.sem, Sem::Point(_) | Sem::YearRange(..));
            let names_a_period = explicit || matches!(m.sem, Sem::MonthDay(..) | Sem::Month(_, None) | Sem::QuarterOf(..) | Sem::HalfOf(..) | Sem::MonthOfYear(..) | Sem::OfYear(..) | Sem::DayOfMonth(..) | Sem::DayOfDeicticMonth(..) | Sem::SeasonFrom(..) | Sem::NumericDate(..) | Sem::QuarterOfYear(..) | Sem::HalfOfYear(..) | Sem::PartOf(..) | Sem::Weekday(..) | Sem::WeekdayFrom(..) | Sem::WeekdayInWeek(..) | Sem::Later(_, Unit::Week | Unit::Day) | Sem::Deictic(Unit::Day, _) | Sem::SameAs(Unit::Quarter | Unit::Half));
            // "Friday night" names its day for what follows ("the same day").
            if let (Sem::DayPart(base, _), Some(p)) = (&m.sem, r.point) {
                if matches!(**base, Sem::Weekday(..) | Sem::MonthDay(..)) {
                    self.ctx.reference = p.first_day().map(Point::Day);
                    self.ctx.reference_explicit = false;
                }
            }
            let told = names_a_period || matches!(m.sem, Sem::Season(..) | Sem::Deictic(..));
            if let (true, Some(p), Some(dct)) = (told, r.point, self.ctx.dct) {
                let ends = p.shift(1, p.unit()).and_then(|n| n.first_day()).and_then(|d| d.yesterday().ok());
                if let Some(end) = ends.filter(|&e| e < dct) {
                    told_past = Some((m.end, end));
                }
            }
            if names_a_period {
                if let Some(p) = r.point {
                    if self.report.is_none() && matches!(p, Point::Quarter(..) | Point::Half(..)) {
                        self.report = Some(p);
                    }
                    self.ctx.reference = Some(p);
                    self.ctx.reference_explicit = explicit;
                }
            }
            // "In the nine months, net rose …" after a quarter's figures: the
            // report now covers the year so far, and "a year earlier", "the
            // 1988 period" compare years, not quarters.
            let months_to_date = matches!(m.sem, Sem::Duration(Some(n), Unit::Month) if n > 1.0 && n < 12.0) && t[m.start].lower == "the";
            if let (true, Some(Point::Quarter(y, _))) = (months_to_date, self.ctx.reference) {
                self.ctx.reference = Some(Point::Year(y));
                self.ctx.reference_explicit = false;
                self.report = Some(Point::Year(y));
            }
            out.push(Timex {
                start: t[m.start].start,
                end: t[m.end - 1].end,
                kind: r.kind,
                value: r.value,
                point: r.point,
                end_point: r.end,
                explicit,
                tense,
            });
        }
        out
    }
}

/// Whether the match `next` names the day of a clock time ending at token
/// `end`: a day with only "on", "local time" or brackets between them (a comma
/// opens another clause: "ended at 9 p.m., on Tuesday the talks resumed").
fn day_after_clock(t: &[super::grammar::Tok], end: usize, next: &super::grammar::Match) -> bool {
    let day = matches!(next.sem, Sem::MonthDay(..) | Sem::Weekday(..) | Sem::Point(Point::Day(_)) | Sem::Deictic(Unit::Day, _));
    let between = t.get(end..next.start).is_some_and(|w| w.len() <= 4 && w.iter().all(|w| matches!(w.lower.as_ref(), "on" | "local" | "time" | "(" | ")")));
    day && between
}

/// Tags a whole document (sentence by sentence, line by line); spans are
/// relative to `text`.
pub fn tag_text(text: &str, dct: Option<Date>) -> Vec<Timex> {
    let mut tagger = Tagger::new(dct);
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        for s in split_sentences(text, Span::new(offset, offset + line.len())) {
            for mut t in tagger.tag_sentence(&text[s.start..s.end]) {
                t.start += s.start;
                t.end += s.start;
                out.push(t);
            }
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// (expression text, type, value) for every expression in `text`, written
    /// on `dct`.
    fn tagged(text: &str, dct: Date) -> Vec<(String, &'static str, String)> {
        tag_text(text, Some(dct)).into_iter().map(|t| (text[t.start..t.end].to_string(), t.kind.name(), t.value)).collect()
    }

    fn one(text: &str, dct: Date) -> (String, &'static str, String) {
        let all = tagged(text, dct);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    fn check(dct: Date, cases: &[(&str, &str, &str, &str)]) {
        for (text, expr, kind, value) in cases {
            let got = one(text, dct);
            assert_eq!((got.0.as_str(), got.1, got.2.as_str()), (*expr, *kind, *value), "in {text:?}");
        }
    }

    const THU: Date = date(1998, 1, 8); // a Thursday

    #[test]
    fn calendar_dates() {
        check(THU, &[
            ("It was signed on June 19, 2024 in Pyongyang.", "June 19, 2024", "DATE", "2024-06-19"),
            ("Signed 19 June 2024.", "19 June 2024", "DATE", "2024-06-19"),
            ("The byline says October 26 2024.", "October 26 2024", "DATE", "2024-10-26"),
            ("It closed Monday, Oct. 26, 1998, in New York.", "Monday, Oct. 26, 1998", "DATE", "1998-10-26"),
            ("Sales rose in July 1997.", "July 1997", "DATE", "1997-07"),
            ("The 1953 treaty holds.", "1953", "DATE", "1953"),
            ("Results for fiscal 1997 were good.", "fiscal 1997", "DATE", "1997"),
            ("Prices soared in the 1990s.", "the 1990s", "DATE", "199"),
            ("It began in the late 1970s.", "the late 1970s", "DATE", "197"),
            ("The 20th century ended.", "The 20th century", "DATE", "19"),
        ]);
    }

    #[test]
    fn month_and_day_take_their_year_from_tense() {
        check(THU, &[
            ("The deal closed on Dec. 30.", "Dec. 30", "DATE", "1997-12-30"),
            ("The deal will close on Dec. 30.", "Dec. 30", "DATE", "1998-12-30"),
            ("The vote is on Jan. 12.", "Jan. 12", "DATE", "1998-01-12"),
            ("Sales fell in November.", "November", "DATE", "1997-11"),
            ("Sales will recover in November.", "November", "DATE", "1998-11"),
            ("He left last November.", "last November", "DATE", "1997-11"),
        ]);
    }

    #[test]
    fn untensed_month_and_day_take_the_nearest_year() {
        let oct = date(2024, 10, 26);
        check(oct, &[
            ("The vote is on October 24.", "October 24", "DATE", "2024-10-24"),
            ("The vote is on November 6.", "November 6", "DATE", "2024-11-06"),
            ("The vote is on February 29.", "February 29", "DATE", "2024-02-29"),
        ]);
        check(date(2025, 1, 3), &[("The vote is on December 30.", "December 30", "DATE", "2024-12-30")]);
        check(date(2024, 12, 30), &[("The vote is on January 2.", "January 2", "DATE", "2025-01-02")]);
    }

    #[test]
    fn weekdays_follow_tense() {
        check(THU, &[
            ("The company said Monday it had lost money.", "Monday", "DATE", "1998-01-05"),
            ("The board will meet Monday.", "Monday", "DATE", "1998-01-12"),
            ("The board met Thursday.", "Thursday", "DATE", "1998-01-08"),
            ("He called last Friday.", "last Friday", "DATE", "1998-01-02"),
            ("Talks resume next Tuesday.", "next Tuesday", "DATE", "1998-01-13"),
        ]);
    }

    #[test]
    fn deictic_expressions_count_from_the_dct() {
        check(THU, &[
            ("Stocks fell today.", "today", "DATE", "1998-01-08"),
            ("Stocks fell yesterday.", "yesterday", "DATE", "1998-01-07"),
            ("Stocks may rise tomorrow.", "tomorrow", "DATE", "1998-01-09"),
            ("Sales rose last year.", "last year", "DATE", "1997"),
            ("Sales rose this month.", "this month", "DATE", "1998-01"),
            ("It happened last week.", "last week", "DATE", "1998-W01"),
            ("It will happen next year.", "next year", "DATE", "1999"),
            ("Sales rose earlier this year.", "earlier this year", "DATE", "1998"),
            ("The plant closed two years ago.", "two years ago", "DATE", "1996"),
            ("It opened three months ago.", "three months ago", "DATE", "1997-10"),
            ("It opened five days ago.", "five days ago", "DATE", "1998-01-03"),
            ("Sales rose over the past year.", "the past year", "DATE", "1997"),
            ("Hiring slowed in the last month.", "the last month", "DATE", "1997-12"),
        ]);
    }

    #[test]
    fn parts_of_days_and_clock_times() {
        check(THU, &[
            ("He spoke this morning.", "this morning", "TIME", "1998-01-08TMO"),
            ("It rained last night.", "last night", "TIME", "1998-01-07TNI"),
            ("They met Friday night.", "Friday night", "TIME", "1998-01-02TNI"),
            ("The vote will end on Tuesday evening.", "Tuesday evening", "TIME", "1998-01-13TEV"),
            ("Trading stops at 4 p.m. EST.", "4 p.m. EST", "TIME", "1998-01-08T16:00"),
            ("The polls will close at 10:30 a.m. Tuesday.", "10:30 a.m. Tuesday", "TIME", "1998-01-13T10:30"),
            ("They met at noon.", "noon", "TIME", "1998-01-08T12:00"),
        ]);
    }

    #[test]
    fn quarters_halves_seasons_and_weekends() {
        let oct = date(1989, 10, 26);
        check(oct, &[
            ("Third-quarter profit rose.", "Third-quarter", "DATE", "1989-Q3"),
            ("Profit rose in the third quarter.", "the third quarter", "DATE", "1989-Q3"),
            ("Sales rose in the first half of 1989.", "the first half of 1989", "DATE", "1989-H1"),
            ("Sales rose in the quarter.", "the quarter", "DATE", "1989-Q3"),
            ("Sales fell last spring.", "last spring", "DATE", "1988-SP"),
            ("Sales fell this summer.", "this summer", "DATE", "1989-SU"),
        ]);
        check(date(1990, 8, 13), &[("Fighting flared over the weekend.", "the weekend", "DATE", "1990-W32-WE")]);
    }

    #[test]
    fn comparisons_count_from_the_period_in_context() {
        let all = tagged("Third-quarter net rose to $5 million from $4 million a year earlier.", date(1989, 10, 26));
        assert_eq!(all[1], ("a year earlier".into(), "DATE", "1988-Q3".into()));
        let all = tagged("Net rose in the third quarter from the year-ago quarter.", date(1989, 10, 26));
        assert_eq!(all[1], ("the year-ago quarter".into(), "DATE", "1988-Q3".into()));
        let all = tagged("Third-quarter net rose to $5 million from $4 million last year.", date(1989, 10, 26));
        assert_eq!(all[1], ("last year".into(), "DATE", "1988-Q3".into()));
        let all = tagged("Third-quarter net rose. The company was founded last year.", date(1989, 10, 26));
        assert_eq!(all[1], ("last year".into(), "DATE", "1988".into()));
    }

    #[test]
    fn durations() {
        check(THU, &[
            ("Stocks hit a five-year low.", "five-year", "DURATION", "P5Y"),
            ("It lasted two weeks.", "two weeks", "DURATION", "P2W"),
            ("Prices fell in the past two months.", "the past two months", "DURATION", "P2M"),
            ("Net rose in the first nine months.", "the first nine months", "DURATION", "P9M"),
            ("It took five hours.", "five hours", "DURATION", "PT5H"),
            ("Talks took several years.", "several years", "DURATION", "PXY"),
            ("It has been going on for years.", "years", "DURATION", "PXY"),
            ("It took more than four decades.", "more than four decades", "DURATION", "P40Y"),
            ("It grew over the past decade.", "the past decade", "DURATION", "P10Y"),
            ("The wait was twenty four hours.", "twenty four hours", "DURATION", "PT24H"),
            ("The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
            ("It lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
            ("It lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
            ("It takes half an hour.", "half an hour", "DURATION", "PT30M"),
        ]);
    }

    #[test]
    fn vague_references_and_sets() {
        check(THU, &[
            ("Prices are now falling.", "now", "DATE", "PRESENT_REF"),
            ("He recently resigned.", "recently", "DATE", "PAST_REF"),
            // TimeML marks the adjectives too: "a recent decision", "current conditions".
            ("It was a recent decision.", "recent", "DATE", "PAST_REF"),
            ("Current conditions are poor.", "Current", "DATE", "PRESENT_REF"),
            ("It will change in the future.", "the future", "DATE", "FUTURE_REF"),
            ("Prices are checked daily.", "daily", "SET", "P1D"),
            ("The board meets every month.", "every month", "SET", "P1M"),
            ("The club meets every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
            ("They pay twice a year.", "a year", "SET", "P1Y"),
        ]);
    }

    #[test]
    fn ranges() {
        let t = tag_text("Russia voted for sanctions in 2016–2017.", Some(THU));
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].point, t[0].end_point), (Some(Point::Year(2016)), Some(Point::Year(2017))));
    }

    #[test]
    fn numbers_that_are_not_times() {
        for text in [
            "Article 51 of the UN Charter applies.",
            "Article 1953 of the code applies.",
            "Resolution No. 1718 was adopted.",
            "The editors have done this for 4,000 issues.",
            "About 2000 troops crossed.",
            "Prices rose 1990 percent.",
            "It cost $2024 in all.",
            "You may go if you march.",
            "The current account improved.",
            "A quarter of the staff left.",
            "He is second in line.",
            "The current account improved.",
        ] {
            assert_eq!(tagged(text, THU), [], "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(tagged("Due June 31, 2024.", THU).iter().all(|(_, _, v)| !v.starts_with("2024-06")));
    }

    #[test]
    fn without_a_dct_relative_values_stay_open() {
        let t = tag_text("On Friday, it closed; on Dec. 30 it reopens. It began in 1990.", None);
        let values: Vec<_> = t.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["XXXX-WXX-5", "XXXX-12-30", "1990"]);
    }
}
