//! Line classes that need more than a look at the line itself: pull quotes
//! (a line printed again inside a longer one) and undotted lines that carry
//! dates, so are paragraphs, not headings.

use super::lines::{strip_end_punctuation, words, Line};

/// Pull quotes are found through an index of word shingles, so the check is
/// linear in the text: every line is looked up by its runs of [`SHINGLE`]
/// normalised words, and only the lines holding its rarest run are compared
/// in full. (Comparing every line with every other took minutes on a page of
/// 150,000 short lines.)
const SHINGLE: usize = 4;

pub(super) struct PullQuotes {
    /// The hash of a run of `SHINGLE` normalised words → the lines it occurs
    /// in (a collision only costs one more full comparison).
    runs: std::collections::HashMap<u64, Vec<usize>, std::hash::BuildHasherDefault<Prehashed>>,
    /// The run hashes of each line, computed once.
    keys: Vec<Vec<u64>>,
}

/// The keys are hashes already: hashing them again is wasted work.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, b| h.rotate_left(8) ^ *b as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A hash per word, lower-cased and trimmed of punctuation, without
/// allocating (FNV-1a).
fn word_hashes(text: &str) -> Vec<u64> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ c as u64).wrapping_mul(0x100_0000_01b3)))
        .collect()
}

fn run_key(run: &[u64]) -> u64 {
    run.iter().fold(17u64, |h, w| h.rotate_left(13) ^ w.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

impl PullQuotes {
    pub(super) fn index(body: &[Line]) -> PullQuotes {
        let mut runs: std::collections::HashMap<u64, Vec<usize>, std::hash::BuildHasherDefault<Prehashed>> = Default::default();
        let mut keys = Vec::with_capacity(body.len());
        for (i, line) in body.iter().enumerate() {
            let k: Vec<u64> = word_hashes(line.text).windows(SHINGLE).map(run_key).collect();
            for &key in &k {
                let lines = runs.entry(key).or_default();
                if lines.last() != Some(&i) {
                    lines.push(i);
                }
            }
            keys.push(k);
        }
        PullQuotes { runs, keys }
    }

    /// Whether line `i` (of at least four words) is printed again inside a
    /// longer line. (Its runs are those of the line without its closing
    /// punctuation, which word hashing ignores anyway.)
    pub(super) fn is_pull_quote(&self, body: &[Line], i: usize) -> bool {
        let line = &body[i];
        let needle = strip_end_punctuation(line.text);
        if self.keys[i].is_empty() || words(needle) < SHINGLE {
            return false;
        }
        // The rarest run of the line: the fewest lines to compare in full.
        let rarest = self.keys[i].iter().filter_map(|key| self.runs.get(key)).min_by_key(|lines| lines.len());
        rarest.is_some_and(|lines| {
            lines.iter().any(|&o| {
                let o = &body[o];
                o.span != line.span && o.text.len() > line.text.len() && o.text.contains(needle)
            })
        })
    }
}

/// Lines without closing punctuation that are not headings but carry dates
/// a reader needs: list items ("- Vote on the bill: 12 May"), schedule lines
/// ("Debate and vote: Tuesday, 27 April"), and any line naming a day of a
/// month or a weekday. A heading that states a date is rare; a lost date in a
/// schedule is a lost event.
pub(super) fn keeps_its_dates(text: &str) -> bool {
    let list_item = text.starts_with(['-', '•', '*', '–', '—', '·'])
        || text.split_once(['.', ')']).is_some_and(|(n, rest)| !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' '));
    let label_and_value = text.split_once(": ").is_some_and(|(label, value)| !label.is_empty() && !value.trim().is_empty());
    let w: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let weekday = w.iter().any(|w| crate::calendar::weekday_number(w).is_some());
    let number = |w: &str| w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
    let day_of_month = w.windows(2).any(|p| {
        let month = |x: &str| crate::calendar::month_number(x).is_some_and(|m| crate::calendar::month_name(m).eq_ignore_ascii_case(x));
        (month(p[0]) && number(p[1])) || (number(p[0]) && month(p[1]))
    });
    list_item || label_and_value || weekday || day_of_month
}

/// A heading stands over what follows it: a line with no paragraph after it
/// (the last line, or one followed only by other heading-like lines) is a
/// paragraph that lacks its full stop. `heading_like[i]` says whether line
/// `i` looks like a heading; the answer for every line, in one pass from the end.
pub(super) fn paragraph_follows(heading_like: &[bool]) -> Vec<bool> {
    let mut out = vec![false; heading_like.len()];
    let mut seen = false;
    for i in (0..heading_like.len()).rev() {
        out[i] = seen;
        seen |= !heading_like[i];
    }
    out
}
