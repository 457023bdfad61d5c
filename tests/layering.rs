#![cfg(not(target_arch = "wasm32"))]
//! Data flows one way: bytes -> import -> Case <- form <- drafts; Case -> engine -> Report ->
//! export (bytes) and app (views). Each layer may use the ones before it, never the ones after
//! it, and none but `app` may touch a browser crate, so everything below the UI is tested natively.

use std::fs;
use std::path::{Path, PathBuf};

const WEB_CRATES: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "serde_wasm_bindgen",
];

/// (folder under src/, the crate modules it must not use). A folder that does not exist yet
/// (a layer still to come) has nothing to check.
const LAYERS: [(&str, &[&str]); 5] = [
    ("engine", &["import", "export", "form", "drafts", "app"]),
    ("import", &["export", "form", "drafts", "app"]),
    ("export", &["import", "form", "drafts", "app"]),
    ("form", &["drafts", "app"]),
    ("drafts", &["app"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The identifiers used as path roots in a line of code: `a` in `a::b`, `use a;`, `a as b`.
fn path_roots(code: &str) -> Vec<&str> {
    let mut roots = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic() || c == '_') {
        let tail = &rest[start..];
        let len = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(tail.len());
        let (ident, after) = tail.split_at(len);
        let preceded_by_path = rest[..start].ends_with("::");
        if !preceded_by_path
            && (after.starts_with("::") || after.starts_with(';') || after.starts_with(" as "))
        {
            roots.push(ident);
        }
        rest = after;
    }
    roots
}

/// The crate modules a line names: `crate::form::X`, `crate::{form, engine}`.
fn crate_modules(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            found.extend(inner.split(',').filter_map(|item| {
                let name = item.trim().split("::").next()?.trim();
                (!name.is_empty()).then(|| name.to_string())
            }));
        } else {
            let len = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            found.push(after[..len].to_string());
        }
        rest = after;
    }
    found
}

/// Lines of `source` that use a web crate or one of the `forbidden` crate modules.
fn offending_lines(source: &str, forbidden: &[&str]) -> Vec<String> {
    source
        .lines()
        .filter(|line| {
            let code = line.split("//").next().unwrap_or("");
            let web = path_roots(code)
                .iter()
                .any(|r| WEB_CRATES.contains(r) || r.starts_with("gloo_"));
            let layer = crate_modules(code)
                .iter()
                .any(|m| forbidden.contains(&m.as_str()));
            web || layer
        })
        .map(str::to_string)
        .collect()
}

fn violations(folder: &str, forbidden: &[&str]) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    rust_files(&root, &mut files);
    let mut bad = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("readable");
        for line in offending_lines(&source, forbidden) {
            bad.push(format!("{}: {}", file.display(), line.trim()));
        }
    }
    (files.len(), bad)
}

#[test]
fn every_layer_uses_only_the_layers_before_it() {
    let mut bad = Vec::new();
    for (folder, forbidden) in LAYERS {
        bad.extend(violations(folder, forbidden).1);
    }
    assert!(
        bad.is_empty(),
        "imports against the flow:\n{}",
        bad.join("\n")
    );
}

/// The stored case sits below the rest of the engine: of the engine's modules, files under
/// `src/engine/case/` may name only `locale` (and `case` itself), so the schema never depends on
/// the rules that read it.
const CASE_MAY_USE: [&str; 2] = ["locale", "case"];

/// The engine modules a source file of `engine/case` names, with their lines: through
/// `crate::engine::…` or through a `super::` chain that climbs out of the case folder. `depth`
/// is how far the file's module sits below `case` (0 for `case/mod.rs`); inline `mod x { … }`
/// blocks add one while they are open.
fn engine_modules_named(source: &str, depth: usize) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut braces = 0usize;
    let mut open_mods: Vec<usize> = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let nesting = depth + open_mods.len();
        let mut rest = code;
        while let Some(at) = rest.find("crate::engine::") {
            let after = &rest[at + "crate::engine::".len()..];
            found.extend(
                crate_modules(&format!("crate::{after}"))
                    .into_iter()
                    .map(|m| (m, line.to_string())),
            );
            rest = after;
        }
        let mut rest = code;
        while let Some(at) = rest.find("super::") {
            let start_of_chain = !rest[..at].ends_with("::");
            let mut after = &rest[at..];
            let mut climbs = 0;
            while let Some(next) = after.strip_prefix("super::") {
                climbs += 1;
                after = next;
            }
            if start_of_chain && climbs > nesting {
                // One step past `case` lands in the engine; more leaves the engine altogether.
                let name = if climbs == nesting + 1 {
                    crate_modules(&format!("crate::{after}")).into_iter().next()
                } else {
                    Some("crate".to_string())
                };
                found.extend(name.map(|m| (m, line.to_string())));
            }
            rest = after;
        }
        let trimmed = code.trim_start();
        let opens_mod = (trimmed.starts_with("mod ") || trimmed.starts_with("pub mod "))
            && code.trim_end().ends_with('{');
        for c in code.chars() {
            match c {
                '{' => braces += 1,
                '}' => {
                    braces = braces.saturating_sub(1);
                    if open_mods.last() == Some(&braces) {
                        open_mods.pop();
                    }
                }
                _ => {}
            }
        }
        if opens_mod {
            open_mods.push(braces - 1);
        }
    }
    found
}

#[test]
fn the_case_uses_no_engine_module_but_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/case");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("mod.rs")) && files.len() > 1,
        "src/engine/case/ is a folder holding the case and its parts"
    );
    let mut bad = Vec::new();
    for file in &files {
        // case/mod.rs is `case` itself; case/x.rs and case/x/mod.rs sit one below it.
        let depth = file
            .strip_prefix(&root)
            .expect("below root")
            .components()
            .count()
            - usize::from(file.ends_with("mod.rs"));
        let source = fs::read_to_string(file).expect("readable");
        for (module, line) in engine_modules_named(&source, depth) {
            if !CASE_MAY_USE.contains(&module.as_str()) {
                bad.push(format!("{}: {module}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "the case names engine modules other than locale:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_layers_exist() {
    for folder in ["engine", "export", "form", "drafts"] {
        let (files, _) = violations(folder, &[]);
        assert!(files > 0, "src/{folder} has sources");
    }
}

#[test]
fn the_check_itself_catches_imports() {
    let web = |line: &str| offending_lines(line, &[]).len();
    assert_eq!(web("use leptos::prelude::*;"), 1);
    assert_eq!(web("    let w = web_sys::window();"), 1);
    assert_eq!(web("use gloo_storage::LocalStorage;"), 1);
    assert_eq!(web("use gloo::storage;"), 1);
    assert_eq!(web("extern crate wasm_bindgen;"), 1);
    assert_eq!(web("// leptos:: in a comment"), 0);
    assert_eq!(web("let leptos_like = 1;"), 0);
    assert_eq!(web("use crate::engine::leptos_free::x;"), 0);

    let engine = |line: &str| offending_lines(line, LAYERS[0].1).len();
    assert_eq!(engine("use crate::form::CaseForm;"), 1);
    assert_eq!(engine("use crate::{engine::case::Case, drafts};"), 1);
    assert_eq!(engine("    let x = crate::app::store::today();"), 1);
    assert_eq!(engine("use crate::engine::money::format_amount;"), 0);
    assert_eq!(engine("use crate::formula::X;"), 0);
    assert_eq!(engine("// crate::app in a comment"), 0);

    let named = |source: &str, depth: usize| -> Vec<String> {
        engine_modules_named(source, depth)
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    };
    assert_eq!(named("use crate::engine::locale::Lang;", 0), ["locale"]);
    assert_eq!(
        named("use crate::engine::{interest::X, locale};", 1),
        ["interest", "locale"]
    );
    assert_eq!(
        named("use super::interest::InterestOptions;", 0),
        ["interest"]
    );
    assert_eq!(named("use super::Claim;", 1), Vec::<String>::new());
    assert_eq!(named("use super::super::plan::PlanOptions;", 1), ["plan"]);
    assert_eq!(named("use super::super::super::form::X;", 1), ["crate"]);
    assert_eq!(
        named("mod tests {\n    use super::*;\n}\nuse super::rates;", 0),
        ["rates"]
    );
    assert_eq!(named("// use super::rates;", 0), Vec::<String>::new());
}
