//! `datelines events ARTICLE.txt [--published YYYY-MM-DD]`: prints the article's
//! events as TimelineJS3 JSON.
//! `datelines timeml IN.tml`: prints the TempEval-3 file with TIMEX3 tags added.
//! Errors go to stderr with exit status 1 (2 for usage). A reader that closes
//! stdout early (`datelines events … | head`) ends the run quietly, status 0.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Write;
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(out) => {
            // `println!` panics on a closed pipe; a reader that has seen
            // enough is not an error.
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("datelines: cannot write the output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(cli::Failure::Usage(msg)) => {
            eprintln!("datelines: {msg}\n\n{}", cli::USAGE);
            ExitCode::from(2)
        }
        Err(cli::Failure::Input(msg)) => {
            eprintln!("datelines: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Article files as users have them: UTF-8, UTF-8 with a byte-order mark,
/// or a legacy single-byte encoding.
#[cfg(not(target_arch = "wasm32"))]
mod decode {
    /// The text of an article file and, when it was not plain UTF-8, a note
    /// for stderr. A byte-order mark becomes three spaces, so that byte
    /// offsets still point into the file and the headline does not carry it.
    pub fn article_text(mut bytes: Vec<u8>) -> (String, Option<String>) {
        let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
        if bom {
            bytes[..3].copy_from_slice(b"   ");
        }
        match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => {
                let text = datelines::interop::text::windows_1252(&e.into_bytes());
                let note = "not UTF-8; read as Latin-1 (Windows-1252), so byte offsets refer to the text re-encoded as UTF-8".to_string();
                (text, Some(note))
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::article_text;

        #[test]
        fn utf8_passes_unchanged() {
            assert_eq!(article_text("Caf\u{e9}".as_bytes().to_vec()), ("Caf\u{e9}".to_string(), None));
        }

        #[test]
        fn a_byte_order_mark_becomes_spaces_of_the_same_length() {
            let (text, note) = article_text(b"\xEF\xBB\xBFTitle\n".to_vec());
            assert_eq!((text.as_str(), note), ("   Title\n", None));
        }

        #[test]
        fn latin1_and_windows_quotes_are_decoded_with_a_note() {
            let (text, note) = article_text(b"Caf\xE9 \x93quoted\x94 \x96 z\x81".to_vec());
            assert_eq!(text, "Caf\u{e9} \u{201c}quoted\u{201d} \u{2013} z\u{81}");
            assert!(note.unwrap().contains("Latin-1"));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use datelines::{interop::export, pipeline::read_story};

    pub const USAGE: &str = "usage: datelines events ARTICLE.txt [--published YYYY-MM-DD]\n       datelines timeml IN.tml > OUT.tml";

    pub enum Failure {
        Usage(String),
        Input(String),
    }

    pub fn run(args: &[String]) -> Result<String, Failure> {
        match args.first().map(String::as_str) {
            Some("events") => events(&args[1..]),
            Some("timeml") => timeml(&args[1..]),
            Some("-h" | "--help") | None => Err(Failure::Usage("no command given".into())),
            Some(other) => Err(Failure::Usage(format!("unknown command {other:?}"))),
        }
    }

    fn timeml(args: &[String]) -> Result<String, Failure> {
        use datelines::extract::tag_text;
        use datelines::interop::timeml::{Tag, TimeMl};
        let [path] = args else {
            return Err(Failure::Usage("timeml takes one file".into()));
        };
        let raw = std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
        let doc = TimeMl::parse(&raw).map_err(|e| Failure::Input(format!("{path}: {e}")))?;
        if doc.dct.is_none() {
            eprintln!("datelines: {path}: no DCT; relative expressions keep X placeholders");
        }
        let tags: Vec<Tag> = tag_text(&doc.text, doc.dct)
            .into_iter()
            .map(|t| Tag { start: t.start, end: t.end, kind: t.kind.name(), value: t.value })
            .collect();
        let out = doc.write(&tags);
        Ok(out.strip_suffix('\n').unwrap_or(&out).to_string())
    }

    fn events(args: &[String]) -> Result<String, Failure> {
        let mut path = None;
        let mut published = None;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--published" => {
                    let v = it.next().ok_or_else(|| Failure::Usage("--published needs a date".into()))?;
                    let d = datelines::calendar::parse_iso_date(v)
                        .ok_or_else(|| Failure::Usage(format!("--published {v:?} is not a YYYY-MM-DD date")))?;
                    published = Some(d);
                }
                _ if path.is_none() => path = Some(a),
                _ => return Err(Failure::Usage(format!("unexpected argument {a:?}"))),
            }
        }
        let path = path.ok_or_else(|| Failure::Usage("no article file given".into()))?;
        let bytes = std::fs::read(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
        let (text, note) = super::decode::article_text(bytes);
        if let Some(note) = note {
            eprintln!("datelines: {path}: {note}");
        }
        let story = read_story(&text, published).map_err(|e| Failure::Input(format!("{path}: {e}")))?;
        if story.article.as_ref().is_some_and(|a| a.published.is_none()) {
            eprintln!("datelines: {path}: no publication date found; dates without a year are skipped (use --published)");
        }
        if story.events.is_empty() {
            eprintln!("datelines: {path}: no dated events found");
        }
        Ok(export::timelinejs(&story).to_string_pretty())
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
