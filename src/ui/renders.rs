//! How many times each component has rendered, counted by the components
//! whose re-renders cost the most (the whole article, the tracker). The
//! browser tests read it to prove that a zoom or a pan leaves them alone.
//! A counter is one integer add per render; the page never shows it.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static COUNTS: RefCell<HashMap<&'static str, usize>> = RefCell::new(HashMap::new());
}

/// Counts one render of component `name`.
pub fn count(name: &'static str) {
    COUNTS.with(|c| *c.borrow_mut().entry(name).or_default() += 1);
}

/// Renders of component `name` so far.
pub fn renders(name: &str) -> usize {
    COUNTS.with(|c| c.borrow().get(name).copied().unwrap_or(0))
}
