//! `datelines events ARTICLE.txt [--published YYYY-MM-DD]`: prints the article's
//! events as TimelineJS3 JSON.
//! `datelines timeml IN.tml`: prints the TempEval-3 file with TIMEX3 tags added.
//! Errors go to stderr with exit status 1 (2 for usage).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
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
        let text = std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
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
