#![cfg(not(target_arch = "wasm32"))]
//! The engine must stay pure Rust so it is natively testable: no browser or UI crate inside it.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "serde_wasm_bindgen",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_forbidden(ident: &str) -> bool {
    FORBIDDEN.contains(&ident) || ident.starts_with("gloo_")
}

/// Finds a forbidden crate used as a path root (`leptos::`, `use web_sys`, `extern crate gloo`).
fn offending_lines(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(start) = rest.find(|c: char| c.is_alphabetic() || c == '_') {
                let tail = &rest[start..];
                let len = tail
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(tail.len());
                let (ident, after) = tail.split_at(len);
                let is_path =
                    after.starts_with("::") || after.starts_with(';') || after.starts_with(" as ");
                if is_forbidden(ident) && is_path {
                    return true;
                }
                rest = after;
            }
            false
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn engine_imports_no_web_crate() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine")),
        &mut files,
    );
    assert!(files.len() > 5, "engine sources found");
    let mut bad = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable");
        for line in offending_lines(&source) {
            bad.push(format!("{}: {}", file.display(), line.trim()));
        }
    }
    assert!(
        bad.is_empty(),
        "web imports in the engine:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_itself_catches_imports() {
    assert_eq!(offending_lines("use leptos::prelude::*;").len(), 1);
    assert_eq!(offending_lines("    let w = web_sys::window();").len(), 1);
    assert_eq!(offending_lines("use gloo_storage::LocalStorage;").len(), 1);
    assert_eq!(offending_lines("use gloo::storage;").len(), 1);
    assert_eq!(offending_lines("extern crate wasm_bindgen;").len(), 1);
    assert_eq!(offending_lines("// leptos:: in a comment").len(), 0);
    assert_eq!(offending_lines("let leptos_like = 1;").len(), 0);
}
