//! TempEval-3 Task A on the TBAQ training data, read in place from
//! ../shared/tempeval (present on CI; a test that needs it skips, with a
//! message, when it is absent, as on a user's clone). Needs python3 for the
//! shared stripping and scoring tools.
//!
//! It checks what `datelines timeml` promises: every output file parses and its
//! TEXT is unchanged (te3score.py stops with an error otherwise), and value F1
//! and strict (exact-extent) F1 stay at or above the floors below, so a change
//! that loses accuracy fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// (corpus, value F1 floor, strict F1 floor), a little under the figures in
/// docs/extraction.md.
const FLOORS: [(&str, f64, f64); 2] = [("TimeBank", 85.0, 91.5), ("AQUAINT", 79.1, 88.0)];

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let ok = dir.join("tempeval/tbaq").is_dir() && dir.join("tools/te3score.py").is_file();
    let python = Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok || !python {
        eprintln!("tempeval: ../shared/tempeval or python3 missing; skipped (CI has both)");
        return None;
    }
    Some(dir)
}

fn python(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let out = Command::new("python3").args(args).output().expect("python3 runs");
    assert!(out.status.success(), "python3 {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn timeml_output_keeps_the_text_and_scores_above_the_floor() {
    let Some(shared) = shared() else { return };
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tempeval");
    let _ = std::fs::remove_dir_all(&work);
    for (corpus, floor, strict_floor) in FLOORS {
        let gold = shared.join("tempeval/tbaq").join(corpus);
        let input = work.join("input").join(corpus);
        let system = work.join("system").join(corpus);
        std::fs::create_dir_all(&system).unwrap();
        python(&[shared.join("tools/te3strip.py").as_os_str(), gold.as_os_str(), "-o".as_ref(), input.as_os_str()]);
        let mut files = 0;
        for entry in std::fs::read_dir(&input).unwrap() {
            let path = entry.unwrap().path();
            let raw = std::fs::read_to_string(&path).unwrap();
            let doc = datelines::interop::timeml::TimeMl::parse(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let tags: Vec<_> = datelines::extract::tag_text(&doc.text, doc.dct)
                .into_iter()
                .map(|t| datelines::interop::timeml::Tag { start: t.start, end: t.end, kind: t.kind.name(), value: t.value })
                .collect();
            let out = doc.write(&tags);
            let again = datelines::interop::timeml::TimeMl::parse(&out).unwrap();
            assert_eq!(again.text, doc.text, "{}: TEXT changed", path.display());
            let name = format!("{}.tml", path.file_name().unwrap().to_string_lossy());
            std::fs::write(system.join(name), out).unwrap();
            files += 1;
        }
        assert!(files > 50, "{corpus}: only {files} files");
        let scored = python(&[shared.join("tools/te3score.py").as_os_str(), gold.as_os_str(), system.as_os_str(), "--json".as_ref()]);
        let json: serde_json::Value = serde_json::from_slice(&scored.stdout).expect("te3score prints JSON");
        assert_eq!(json["documents"]["missing_system_file"], serde_json::json!([]), "{corpus}");
        let value_f1 = json["scores"]["value"]["F1"].as_f64().expect("a value F1");
        let strict_f1 = json["scores"]["strict"]["F1"].as_f64().expect("a strict F1");
        eprintln!("tempeval: {corpus} value F1 {value_f1:.2} (floor {floor}), strict F1 {strict_f1:.2} (floor {strict_floor})");
        assert!(value_f1 >= floor, "{corpus}: value F1 {value_f1:.2} fell below {floor}");
        assert!(strict_f1 >= strict_floor, "{corpus}: strict F1 {strict_f1:.2} fell below {strict_floor}");
    }
}
