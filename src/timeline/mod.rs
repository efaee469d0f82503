//! Pure timeline logic the views render: the time axis with its breaks
//! ([`scale`]), the visible window and its ticks ([`viewport`]), where each
//! marker, cluster and label goes ([`layout`]), what a search matches
//! ([`query`]) and which events a filter keeps ([`filter`]), moving the
//! selection ([`step_among`]), windows over long lists ([`window`]), and the
//! shared view state with its reducer ([`view`]). No web-sys here: all of it
//! is tested natively.

pub mod filter;
pub mod layout;
pub mod query;
pub mod scale;
pub mod view;
pub mod viewport;

/// A move through the events, as keys and buttons ask for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

/// The index selected after `s` from `selected`, among the events a filter
/// `shown` keeps (one flag per event, events in time order). With nothing
/// selected, Next starts at the first event and Previous at the last; with
/// nothing to move to, the selection stays.
pub fn step_among(selected: Option<usize>, shown: &[bool], s: Step) -> Option<usize> {
    let kept = |i: &usize| shown.get(*i).copied().unwrap_or(false);
    let mut all = 0..shown.len();
    let found = match (s, selected) {
        (Step::First, _) | (Step::Next, None) => all.find(kept),
        (Step::Last, _) | (Step::Previous, None) => all.rev().find(kept),
        (Step::Next, Some(i)) => (i + 1..shown.len()).find(kept),
        (Step::Previous, Some(i)) => (0..i.min(shown.len())).rev().find(kept),
    };
    found.or(selected.filter(|i| kept(i)))
}

// Long lists render a window of items around the selection.

/// Windows move in steps of this many items, so that stepping through events
/// re-renders the window's edges once every so often, not at every step.
const WINDOW_STEP: usize = 20;

/// The start of a `size` window over `n` items that keeps item `at` well inside.
fn window_start(n: usize, at: usize, size: usize) -> usize {
    let block = at / WINDOW_STEP * WINDOW_STEP;
    (block + WINDOW_STEP / 2).saturating_sub(size / 2).min(n.saturating_sub(size))
}

/// The range of `kept` to render: about `size` items around the selection.
pub fn window(kept: &[usize], selected: Option<usize>, size: usize) -> (usize, usize) {
    if kept.len() <= size {
        return (0, kept.len());
    }
    let at = selected.map_or(0, |s| kept.partition_point(|&i| i < s));
    let from = window_start(kept.len(), at, size);
    (from, from + size)
}

/// [`window`] over all of `0..n`.
pub fn window_of(n: usize, selected: Option<usize>, size: usize) -> (usize, usize) {
    if n <= size {
        return (0, n);
    }
    let from = window_start(n, selected.unwrap_or(0), size);
    (from, from + size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_move_in_steps_and_keep_the_selection_inside() {
        assert_eq!(window_of(50, Some(40), 60), (0, 50));
        let mut starts = std::collections::HashSet::new();
        for sel in 0..10_000 {
            let (from, to) = window_of(10_000, Some(sel), 60);
            assert!(from <= sel && sel < to && to - from == 60, "{sel}: {from}..{to}");
            starts.insert(from);
        }
        assert!(starts.len() <= 10_000 / WINDOW_STEP + 1, "{} distinct windows", starts.len());
        let kept: Vec<usize> = (0..1000).map(|i| i * 3).collect();
        let (from, to) = window(&kept, Some(1500), 100);
        assert!(kept[from] <= 1500 && 1500 <= kept[to - 1]);
    }

    #[test]
    fn steps_skip_filtered_events() {
        let shown = [true, false, false, true, false];
        assert_eq!(step_among(None, &shown, Step::Next), Some(0));
        assert_eq!(step_among(Some(0), &shown, Step::Next), Some(3));
        assert_eq!(step_among(Some(3), &shown, Step::Next), Some(3));
        assert_eq!(step_among(Some(3), &shown, Step::Previous), Some(0));
        assert_eq!(step_among(None, &shown, Step::Last), Some(3));
        assert_eq!(step_among(Some(1), &shown, Step::Next), Some(3), "from a hidden event to the next shown");
        assert_eq!(step_among(Some(4), &[false; 5], Step::Next), None);
    }
}
