//! Any address through the option parser and any id through the link writer.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let (search, hash) = input.split_at(input.char_indices().nth(input.chars().count() / 2).map_or(0, |(i, _)| i));
    let p = datelines::params::Params::parse(search, hash);
    if let Some(id) = p.event {
        let link = datelines::params::event_hash(&id);
        assert_eq!(datelines::params::Params::parse("", &link).event.as_deref(), Some(id.as_str()).filter(|i| !i.trim().is_empty()));
    }
});
