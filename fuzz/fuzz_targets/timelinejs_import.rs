//! Any bytes as a TimelineJS file: no panic; what imports exports and imports again.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    if let Ok(imported) = datelines::interop::timelinejs::import(json) {
        let again = datelines::interop::export::timelinejs(&imported.story).to_string();
        let back = datelines::interop::timelinejs::import(&again).expect("an export reads back");
        assert_eq!(back.story.events.len(), imported.story.events.len());
        let _ = datelines::interop::export::csv(&imported.story);
    }
});
