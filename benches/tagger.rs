//! Native throughput of the temporal tagger and the event builder:
//! `cargo bench --bench tagger`. Reads the TimeBank texts in place from
//! ../shared/tempeval (skipped with a message when absent) and the embedded
//! seed article. Prints MB/s; asserts nothing, times nothing in a test.
use datelines::corpus::embedded;
use datelines::extract::tag_text;
use datelines::interop::timeml::TimeMl;
use std::time::{Duration, Instant};

/// Runs `f` until at least `min` has passed; returns the mean seconds per run.
fn measure(min: Duration, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let mut runs = 0;
    let mut sink = 0;
    let start = Instant::now();
    while start.elapsed() < min || runs < 3 {
        sink += f();
        runs += 1;
    }
    (start.elapsed().as_secs_f64() / runs as f64, sink)
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tempeval/tbaq/TimeBank");
    match std::fs::read_dir(&dir) {
        Err(_) => eprintln!("tagger bench: {} not found; TimeBank throughput skipped", dir.display()),
        Ok(entries) => {
            let raws: Vec<String> = entries
                .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect();
            let docs: Vec<(String, Option<jiff::civil::Date>)> = raws
                .iter()
                .filter_map(|r| TimeMl::parse(r).ok().map(|d| (d.text.clone(), d.dct)))
                .collect();
            let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
            let per_pass: usize = docs.iter().map(|(t, dct)| tag_text(t, *dct).len()).sum();
            let (secs, _) = measure(Duration::from_secs(3), || docs.iter().map(|(t, dct)| tag_text(t, *dct).len()).sum());
            println!(
                "tagger: TimeBank, {} documents, {:.2} MB of text: {:.1} ms per pass, {:.1} MB/s ({per_pass} timexes)",
                docs.len(),
                bytes as f64 / 1e6,
                secs * 1e3,
                bytes as f64 / 1e6 / secs,
            );
        }
    }
    let seed = embedded()[0].text;
    let (secs, _) = measure(Duration::from_secs(2), || datelines::pipeline::read_story(seed, None).map_or(0, |s| s.events.len()));
    println!(
        "events: seed article ({} bytes, parse + tag + build): {:.3} ms, {:.1} MB/s",
        seed.len(),
        secs * 1e3,
        seed.len() as f64 / 1e6 / secs
    );
}
