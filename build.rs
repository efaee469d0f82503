//! Embeds every `corpus/*.txt` into the library at compile time, so adding an
//! article is adding a file. A missing, empty or unreadable corpus stops the
//! build with a message that names the path, rather than shipping an empty app.
use std::{env, fs, path::Path};

fn main() {
    // Read at run time, not baked in with env!: a build script compiled for
    // one checkout can be reused by another that shares the target folder.
    let root = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR for build scripts");
    let dir = Path::new(&root).join("corpus");
    println!("cargo::rerun-if-changed={}", dir.display());

    let entries = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("corpus folder {} cannot be read: {e}", dir.display()));
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap_or_else(|e| panic!("corpus folder {}: {e}", dir.display())).path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        panic!("corpus folder {} has no .txt article", dir.display());
    }

    let mut out = String::from("pub static EMBEDDED: &[EmbeddedText] = &[\n");
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read(path).unwrap_or_else(|e| panic!("corpus file {} cannot be read: {e}", path.display()));
        if let Err(e) = std::str::from_utf8(&text) {
            panic!("corpus file {} is not UTF-8: {e}", path.display());
        }
        if text.iter().all(u8::is_ascii_whitespace) {
            panic!("corpus file {} is empty", path.display());
        }
        let name = path.file_stem().and_then(|s| s.to_str()).expect("corpus file name is UTF-8");
        out.push_str(&format!(
            "    EmbeddedText {{ name: {name:?}, text: include_str!({:?}) }},\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
