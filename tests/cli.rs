//! The `datelines` command line: output on stdout, clear errors on stderr.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn datelines(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datelines")).args(args).output().expect("the binary runs")
}

fn scratch(name: &str, text: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn events_prints_timelinejs_json_with_provenance() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/russia-dprk-treaty-ratification.txt");
    let out = datelines(&["events", path]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let events = json["events"].as_array().unwrap();
    assert!(events.len() >= 6);
    let text = std::fs::read_to_string(path).unwrap();
    for e in events {
        let src = &e["datelines"]["sources"][0];
        let (s, t) = (src["timex"][0].as_u64().unwrap() as usize, src["timex"][1].as_u64().unwrap() as usize);
        assert_eq!(&text[s..t], src["timex_text"].as_str().unwrap(), "spans are byte offsets into the file");
    }
    let signing = events.iter().find(|e| e["unique_id"].as_str().unwrap().starts_with("2024-06-19")).unwrap();
    assert_eq!(signing["datelines"]["kind"], "signing");
    assert_eq!(signing["start_date"], serde_json::json!({"year": 2024, "month": 6, "day": 19}));
}

#[test]
fn published_overrides_the_byline_date() {
    let path = scratch("undated.txt", "A title\n\nThe vote is on October 24. It was delayed.\n");
    let out = datelines(&["events", &path, "--published", "2023-10-01"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["events"][0]["datelines"]["value"], "2023-10-24");
    let without = datelines(&["events", &path]);
    assert!(String::from_utf8_lossy(&without.stderr).contains("no publication date"));
}

#[test]
fn a_text_without_dates_says_so_and_prints_no_events() {
    let path = scratch("nodates.txt", "Quiet\n\nNothing happened here.\n");
    let out = datelines(&["events", &path]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no dated events"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["events"], serde_json::json!([]));
}

#[test]
fn bad_input_fails_with_a_message() {
    let missing = datelines(&["events", "/nonexistent/article.txt"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /nonexistent/article.txt"));
    let usage = datelines(&["frobnicate"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("usage: datelines"));
    let date = datelines(&["events", "x.txt", "--published", "26/10/2024"]);
    assert_eq!(date.status.code(), Some(2));
    let empty = datelines(&["events", &scratch("empty.txt", "  \n")]);
    assert_eq!(empty.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("no text"));
    let not_timeml = datelines(&["timeml", &scratch("plain.tml", "no markup")]);
    assert_eq!(not_timeml.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&not_timeml.stderr).contains("no <TEXT>"));
}

#[test]
fn timeml_inserts_tags_and_keeps_everything_else() {
    let doc = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3></DCT>\n<TEXT>\nProfits fell &amp; rose last week, and will rise next year.\n</TEXT>\n</TimeML>\n";
    let out = datelines(&["timeml", &scratch("doc.tml", doc)]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = doc
        .replace("last week", r#"<TIMEX3 tid="t1" type="DATE" value="1998-W01">last week</TIMEX3>"#)
        .replace("next year", r#"<TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3>"#);
    assert_eq!(text, expected, "only the two tags are added");
}

fn scratch_bytes(name: &str, bytes: &[u8]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn latin1_input_is_decoded_with_a_note() {
    let path = scratch_bytes("latin1.txt", b"Caf\xE9 owners vote\n\nThe caf\xE9 council voted on March 3.\n");
    let out = datelines(&["events", &path, "--published", "2021-03-10"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Latin-1"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"]["text"]["headline"], "Café owners vote");
    assert_eq!(json["events"][0]["datelines"]["value"], "2021-03-03");
}

#[test]
fn a_byte_order_mark_stays_out_of_the_headline_and_offsets_still_fit() {
    let text = "\u{feff}Council vote\n\nThe council voted on March 3.\n";
    let path = scratch("bom.txt", text);
    let out = datelines(&["events", &path, "--published", "2021-03-10"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"]["text"]["headline"], "Council vote");
    let src = &json["events"][0]["datelines"]["sources"][0];
    let (s, e) = (src["timex"][0].as_u64().unwrap() as usize, src["timex"][1].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "March 3");
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_run_quietly() {
    use std::io::Read;
    let mut text = String::from("Many votes\n\n");
    // Far more than a pipe buffer holds, so the write meets the closed pipe.
    for y in 1700..2100 {
        text.push_str(&format!("The council voted on item {y} on February 3, {y}.\n"));
    }
    let path = scratch("many.txt", &text);
    let mut child = Command::new(env!("CARGO_BIN_EXE_datelines"))
        .args(["events", &path])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read a few bytes, then close our end, as `head -c 10` would.
    let mut first = [0u8; 10];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.success() || status.code().is_none(), "{status:?}: {err}");
}
