//! Recognition: which token runs are time expressions, and what each one says
//! before it is anchored in time ([`Sem`]). Anchoring is `resolve`'s job.
//!
//! The grammar is a list of phrase patterns tried at every token; the longest
//! match wins. Each pattern states one regularity of English: a month name
//! with a day and maybe a year, a determiner and a unit ("last week"), a count
//! and a unit and a direction ("two years ago"), a count and a unit alone (a
//! duration), "every"/"each" and a unit (a set), and so on.
//!
//! The patterns live in three files: `calendar` (dates, years, quarters,
//! holidays), `relative` (deictic and anaphoric expressions, weekdays,
//! seasons) and `amounts` (durations, sets, vague references, clock times).

mod amounts;
mod calendar;
mod compose;
mod extent;
mod openers;
mod reader;
mod relative;
mod titles;

use amounts::{clock_times, counted, long_adjectives, references, sets, vague_plurals};
use calendar::{centuries, day_month_year, decade_words, decades, first_day, holidays, month_dates, numeric_dates, period_codes, quarters, second_day, year_end, years};
use relative::{anaphoric_periods, day_of_month, day_of_named_month, deictic_units, the_decade, deictic_words, named_relative, ordinal_days, the_month_part, the_year};

pub use amounts::duration_value;
pub use reader::{toks, Match, Part, Sem, Tok};
use reader::{Found, G};


/// Finds the time expressions in `text`, left to right, without overlaps.
pub fn recognise(t: &[Tok]) -> Vec<Match> {
    let g = G { t };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // Most words start no expression; skipping them saves trying every
        // pattern at every word (a third of the time on long texts).
        if !openers::might_start(&t[i]) {
            i += 1;
            continue;
        }
        // The longest match; on a tie, the pattern listed first.
        let best = PATTERNS.iter().filter_map(|p| p(&g, i)).fold(None, |best: Option<(usize, Sem)>, m| match &best {
            Some((end, _)) if *end >= m.0 => best,
            _ => Some(m),
        });
        // "the quarter-to-quarter comparison", "day-to-day work": a
        // compound of manner, not a time.
        let best = best.filter(|(end, _)| !(g.punct(*end, '-') && g.is(*end + 1, &["to"]) && g.punct(*end + 2, '-')));
        match best {
            Some((end, sem)) if end > i => {
                let (start, end) = extent::extent(&g, i, end, &sem);
                // Words taken on the left never reach into the last match.
                let start = start.max(out.last().map_or(0, |m: &Match| m.end));
                out.push(Match { start, end, sem });
                i = end;
            }
            _ => i += 1,
        }
    }
    let mut out = compose::compose(&g, out);
    out.retain(|m| !titles::is_quoted_title(t, m));
    out
}

/// Tried at every token; on equal length the one listed first wins.
const PATTERNS: &[fn(&G, usize) -> Found] = &[
    month_dates, day_month_year, years, decades, centuries, quarters, deictic_words, deictic_units,
    named_relative, sets, clock_times, holidays, the_month_part, anaphoric_periods, the_year, counted, vague_plurals,
    references, long_adjectives, year_end, decade_words, ordinal_days, first_day, second_day, numeric_dates, period_codes, day_of_month, day_of_named_month, the_decade,
];
