//! Every hostile string in every field: what the importer keeps is plain
//! text, allowlisted elements and safe links only. (tests/e2e_data.rs loads
//! the same file in the browser and checks that nothing runs.)
#![cfg(not(target_arch = "wasm32"))]

mod support;

use datelines::interop::sanitize::{safe_href, Node, Tag};
use datelines::interop::timelinejs::import;

fn check_tree(nodes: &[Node]) {
    for n in nodes {
        if let Node::Element { tag, href, children } = n {
            if let Some(h) = href {
                assert_eq!(*tag, Tag::A);
                assert!(safe_href(h).as_deref() == Some(h.as_str()), "unsafe href {h:?}");
            }
            check_tree(children);
        }
    }
}

#[test]
fn there_are_at_least_fifty_payloads() {
    assert!(support::xss::PAYLOADS.len() >= 50, "{}", support::xss::PAYLOADS.len());
}

#[test]
fn nothing_unsafe_survives_import() {
    let json = support::xss::timeline().to_string();
    let imported = import(&json).expect("the file is valid TimelineJS");
    let story = imported.story;
    assert_eq!(story.events.len(), support::xss::PAYLOADS.len(), "{:?}", imported.skipped);
    for e in &story.events {
        // Plain fields (title, group, dates, captions) are rendered as text
        // nodes by the UI, whatever they hold; rich text must be allowlisted.
        check_tree(&e.rich);
        if let Some(m) = &e.media {
            assert_eq!(safe_href(&m.url).as_deref(), Some(m.url.as_str()), "{:?}", m.url);
            if let Some(l) = &m.link {
                assert_eq!(safe_href(l).as_deref(), Some(l.as_str()));
            }
        }
    }
    // A real script element goes with its content; an escaped one is text.
    let first = story.events.iter().find(|e| e.id == format!("{}-0", support::xss::PAYLOADS[0])).unwrap();
    assert_eq!(first.title, "");
}
