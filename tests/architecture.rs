//! Invariants from ARCHITECTURE.md that a grep can check.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn rust_files(path: &Path, found: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("readable folder").flatten() {
            rust_files(&entry.path(), found);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        found.push(path.to_path_buf());
    }
}

#[test]
fn the_pure_core_imports_no_framework() {
    let mut files = Vec::new();
    for path in [
        "src/model",
        "src/content",
        "src/attributes.rs",
        "src/export.rs",
        "src/widget/precedence.rs",
    ] {
        rust_files(Path::new(path), &mut files);
    }
    assert!(files.len() >= 10, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable file");
        for framework in ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            assert!(
                !text.contains(&format!("{framework}::")),
                "{} uses {framework}",
                file.display()
            );
        }
    }
}

/// The model is the ground floor: it imports nothing from the rest of the
/// crate (no `crate::` path outside `crate::model`, no way up past
/// `src/model/` through `super::super`) and no framework.
#[test]
fn the_model_imports_nothing_from_outside_the_model() {
    let mut files = Vec::new();
    rust_files(Path::new("src/model"), &mut files);
    assert!(files.len() >= 8, "found {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable file");
        let name = file.display();
        assert_eq!(
            outside_model_paths(&text),
            Vec::<String>::new(),
            "{name} imports from outside src/model"
        );
        assert!(
            !text.contains("super::super"),
            "{name} reaches past src/model"
        );
        // `model/mod.rs` is the module itself: its `super` is the crate root.
        if file.ends_with("src/model/mod.rs") {
            assert!(!text.contains("super::"), "{name} reaches the crate root");
        }
        for framework in ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            assert!(
                !text.contains(&format!("{framework}::")),
                "{name} uses {framework}"
            );
        }
    }
}

/// Every `crate::…` path in `text` that does not start with `crate::model`.
fn outside_model_paths(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            text[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect::<String>()
        })
        .filter(|path| path != "crate::model" && !path.starts_with("crate::model::"))
        .collect()
}

/// The check above can fail: it sees each way out of the model.
#[test]
fn the_model_check_sees_an_import_from_outside() {
    fn check(text: &str, expected: &[&str]) {
        assert_eq!(outside_model_paths(text), expected, "{text}");
    }
    check("use crate::model::Answer;", &[]);
    check("use crate::model;", &[]);
    check("use crate::content::Lang;", &["crate::content::Lang"]);
    check(
        "x: [u8; crate::content::schema::CASE_COUNT]",
        &["crate::content::schema::CASE_COUNT"],
    );
    check("use crate::modeling::X;", &["crate::modeling::X"]);
    check("use crate::{model::A, content::B};", &["crate::"]);
}

#[test]
fn no_inline_styles_or_scripts_in_markup() {
    let mut files = Vec::new();
    rust_files(Path::new("src/components"), &mut files);
    for file in files {
        let text = fs::read_to_string(&file).expect("readable file");
        assert!(
            !text.contains("style="),
            "{} sets a style attribute",
            file.display()
        );
        assert!(
            !text.contains("<style"),
            "{} has a style element",
            file.display()
        );
        assert!(!text.contains("<script"), "{} has a script", file.display());
    }
}
