//! Any text as a page's story data: no panic; what decodes encodes to data
//! that decodes to the same story.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(story) = datelines::interop::story_data::decode(text) {
        let again = datelines::interop::story_data::encode(&story);
        assert_eq!(datelines::interop::story_data::decode(&again).as_ref(), Ok(&story));
    }
});
