//! The shape of `src/`, checked: no file imports a file that imports it back
//! (directly or around a longer loop), no top-level module does either, and
//! the domain (`story`) imports nothing of the crate but the calendar.
//!
//! Imports are read from the text: every `crate::…` and `super::…` path (in
//! `use` lines and inline), resolved to the file that defines the module it
//! names; a parent's `pub use child::…` counts as the parent importing the
//! child. Run alone with `cargo test --test architecture`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Module path (e.g. ["ui", "hooks", "view"]) of every library file.
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, &[prefix, &[name]].concat(), out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let module = match name.as_str() {
                    "mod" | "lib" => prefix.to_vec(),
                    _ => [prefix, &[name]].concat(),
                };
                out.insert(module, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&src(), &[], &mut out);
    out
}

/// The text without comments and string literals, which may mention paths.
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Paths like `crate::a::b::{c, d::e}`, expanded one level of braces.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let at_word = i == 0 || !is_ident(bytes[i - 1]);
        let rest = &bytes[i..];
        let head = [b"crate::", b"super::"].into_iter().find(|h| rest.starts_with(*h));
        let (Some(_), true) = (head, at_word) else {
            i += 1;
            continue;
        };
        // Read idents separated by `::`.
        let mut segs = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < bytes.len() && is_ident(bytes[j]) {
                j += 1;
            }
            segs.push(code[start..j].to_string());
            if bytes[j..].starts_with(b"::") && j + 2 < bytes.len() && (is_ident(bytes[j + 2]) || bytes[j + 2] == b'{') {
                j += 2;
                if bytes[j] == b'{' {
                    let close = bytes[j..].iter().position(|b| *b == b'}').map_or(bytes.len(), |c| j + c);
                    for item in code[j + 1..close].split(',') {
                        let item: Vec<String> = item.trim().split("::").map(|s| s.trim().to_string()).collect();
                        out.push([segs.clone(), item].concat());
                    }
                    j = close;
                    segs.clear();
                    break;
                }
            } else {
                break;
            }
        }
        if !segs.is_empty() {
            out.push(segs);
        }
        i = j.max(i + 1);
    }
    out
}

/// The files (module paths) that `module`'s file imports.
fn imports(module: &[String], all: &BTreeMap<Vec<String>, PathBuf>) -> BTreeSet<Vec<String>> {
    let text = std::fs::read_to_string(&all[module]).unwrap();
    // Unit tests sit at the end of a file, in an inline module whose `super`
    // is the file itself: they are not part of the shape.
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    let code = code_of(text);
    let mut out = BTreeSet::new();
    for path in paths_in(&code) {
        let mut base: Vec<String> = Vec::new();
        let mut rest = path.as_slice();
        match rest.first().map(String::as_str) {
            Some("crate") => rest = &rest[1..],
            Some("super") => {
                base = module.to_vec();
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            _ => continue,
        }
        let mut target = base.clone();
        let mut best = None;
        for seg in rest {
            target.push(seg.clone());
            if all.contains_key(&target) {
                best = Some(target.clone());
            }
        }
        // `super::item`: an item of the parent file itself (the crate root holds none).
        let best = best.or_else(|| (!base.is_empty() && all.contains_key(&base)).then_some(base));
        if let Some(b) = best.filter(|b| b != module) {
            out.insert(b);
        }
    }
    // `pub use child::X` / `mod child` + `use child::X` inside a mod.rs.
    for line in code.lines() {
        let line = line.trim();
        for prefix in ["pub use ", "use ", "pub(crate) use "] {
            if let Some(rest) = line.strip_prefix(prefix) {
                let first = rest.split("::").next().unwrap_or("").trim();
                let child = [module, &[first.to_string()]].concat();
                if all.contains_key(&child) {
                    out.insert(child);
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let all = modules();
    all.keys().map(|m| (m.clone(), imports(m, &all))).collect()
}

/// One cycle in `g`, if there is any.
fn find_cycle<N: Ord + Clone>(g: &BTreeMap<N, BTreeSet<N>>) -> Option<Vec<N>> {
    fn visit<N: Ord + Clone>(n: &N, g: &BTreeMap<N, BTreeSet<N>>, state: &mut BTreeMap<N, u8>, stack: &mut Vec<N>) -> Option<Vec<N>> {
        state.insert(n.clone(), 1);
        stack.push(n.clone());
        for m in g.get(n).into_iter().flatten() {
            match state.get(m) {
                Some(1) => {
                    let at = stack.iter().position(|x| x == m).unwrap();
                    return Some([&stack[at..], &[m.clone()]].concat());
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(m, g, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(n.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if !state.contains_key(n) {
            if let Some(c) = visit(n, g, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

fn show(cycle: &[Vec<String>]) -> String {
    cycle.iter().map(|m| if m.is_empty() { "lib".to_string() } else { m.join("::") }).collect::<Vec<_>>().join(" -> ")
}

#[test]
fn no_file_imports_a_file_that_imports_it() {
    let g = graph();
    assert!(g.len() > 40, "read {} files", g.len());
    if let Some(c) = find_cycle(&g) {
        panic!("import cycle between files: {}", show(&c));
    }
}

#[test]
fn no_top_level_module_imports_one_that_imports_it() {
    let mut top: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in graph() {
        let Some(a) = from.first() else { continue };
        for to in tos {
            if let Some(b) = to.first().filter(|b| *b != a) {
                top.entry(a.clone()).or_default().insert(b.clone());
            }
        }
    }
    if let Some(c) = find_cycle(&top) {
        panic!("import cycle between modules: {}", c.join(" -> "));
    }
}

#[test]
fn the_domain_imports_only_the_calendar() {
    for (from, tos) in graph() {
        if from.first().map(String::as_str) != Some("story") {
            continue;
        }
        for to in tos {
            let top = to.first().map(String::as_str);
            assert!(matches!(top, Some("story") | Some("calendar")), "{} imports {}", from.join("::"), to.join("::"));
        }
    }
}

#[test]
fn the_checker_sees_paths_and_cycles() {
    let code = code_of("use crate::a::{b::C, d};\nlet x = super::e::f(); // crate::ignored\nlet s = \"crate::no\";");
    assert_eq!(paths_in(&code), [vec!["crate", "a", "b", "C"], vec!["crate", "a", "d"], vec!["super", "e", "f"]]);
    let g: BTreeMap<u8, BTreeSet<u8>> = [(1, [2].into()), (2, [3].into()), (3, [1].into())].into();
    assert_eq!(find_cycle(&g), Some(vec![1, 2, 3, 1]));
    let dag: BTreeMap<u8, BTreeSet<u8>> = [(1, [2, 3].into()), (2, [3].into()), (3, [].into())].into();
    assert_eq!(find_cycle(&dag), None);
}
