//! Any text through the temporal tagger, with and without a DCT: no panic,
//! and spans inside the text, in order, not overlapping.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for dct in [None, Some(jiff::civil::date(2024, 10, 26)), Some(jiff::civil::date(-9999, 1, 1))] {
        let tags = datelines::extract::tag_text(text, dct);
        let mut at = 0;
        for t in tags {
            assert!(t.start >= at && t.start < t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            at = t.end;
        }
    }
});
