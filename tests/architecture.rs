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
