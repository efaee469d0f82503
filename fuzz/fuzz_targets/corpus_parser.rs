//! Any text through the article parser and the event builder: no panic, and
//! every span it returns lies on character boundaries inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(article) = datelines::corpus::parse_article(text) {
        for s in &article.sentences {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end) && s.span.start <= s.span.end);
        }
        for e in datelines::extract::extract_events(&article) {
            for src in &e.sources {
                let _ = &text[src.timex_span.start..src.timex_span.end];
            }
        }
    }
});
