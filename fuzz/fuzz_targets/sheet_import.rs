//! Any text as a sheet template CSV: no panic; what imports is written and
//! read back with the same events.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(imported) = datelines::interop::sheet::import_csv(text, Some("https://desk.example/a/sheet.csv")) {
        let again = datelines::interop::sheet::write_csv(&imported.story);
        let back = datelines::interop::sheet::import_csv(&again, None).expect("a written sheet reads back");
        assert_eq!(back.story, imported.story);
    }
});
