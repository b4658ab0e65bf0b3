//! Checks on a language file that its types cannot express.
//!
//! Included by `build.rs` (an invalid file fails the build, naming the field)
//! and by the native content tests. Not part of the run-time crate.

use super::schema::{Content, Fallback, LanguageFile, CASE_COUNT};

/// Parses a language file: its `[fallback]` section and the rest, each
/// rejecting unknown keys.
pub fn parse_language_file(text: &str) -> Result<LanguageFile, String> {
    let mut table: toml::Table = toml::from_str(text).map_err(|error| error.to_string())?;
    let fallback = table
        .remove("fallback")
        .ok_or("fallback: the section is missing")?
        .try_into()
        .map_err(|error| format!("fallback: {error}"))?;
    let content = toml::Value::Table(table)
        .try_into()
        .map_err(|error| error.to_string())?;
    Ok(LanguageFile { content, fallback })
}

/// Every problem found in `content`, each naming the field; `Ok` when none.
pub fn validate(content: &Content) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if !matches!(content.lang.as_ref(), "de" | "en") {
        problems.push(format!(
            "lang: expected \"de\" or \"en\", found {:?}",
            content.lang
        ));
    }
    if content.cases.len() != CASE_COUNT {
        problems.push(format!(
            "cases: expected {CASE_COUNT} cases, found {}",
            content.cases.len()
        ));
    }
    let mut seen_ids: Vec<&str> = Vec::new();
    for (index, case) in content.cases.iter().enumerate() {
        let id = case.id.as_ref();
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            problems.push(format!(
                "cases[{index}].id: expected lowercase ASCII letters, digits and '-', found {id:?}"
            ));
        }
        if seen_ids.contains(&id) {
            problems.push(format!("cases[{index}].id: {id:?} is used twice"));
        }
        seen_ids.push(id);
        if case.chain.len() < 2 {
            problems.push(format!(
                "cases[{index}].chain: expected at least two links, found {}",
                case.chain.len()
            ));
        }
    }
    if content.conclusion.points.is_empty() {
        problems.push("conclusion.points: expected at least one point".into());
    }
    for (field, text, placeholders) in [
        ("ui.progress", &content.ui.progress, &["{n}", "{total}"][..]),
        ("ui.score", &content.ui.score, &["{score}", "{max}"][..]),
        (
            "ui.course_progress",
            &content.ui.course_progress,
            &["{n}", "{total}"][..],
        ),
        (
            "ui.course_result",
            &content.ui.course_result,
            &["{place}"][..],
        ),
    ] {
        for placeholder in placeholders {
            if !text.contains(placeholder) {
                problems.push(format!("{field}: must contain {placeholder}"));
            }
        }
    }
    empty_texts("", content, problems)
}

/// Every problem found in the fallback texts, each naming the field.
pub fn validate_fallback(fallback: &Fallback) -> Result<(), Vec<String>> {
    empty_texts("fallback", fallback, Vec::new())
}

/// `problems` plus one for every empty text in `value` (under `path`).
fn empty_texts<T: serde::Serialize>(
    path: &str,
    value: &T,
    mut problems: Vec<String>,
) -> Result<(), Vec<String>> {
    match toml::Value::try_from(value) {
        Ok(tree) => find_empty_texts(path, &tree, &mut problems),
        Err(error) => problems.push(format!("could not walk the texts: {error}")),
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Adds a problem for every string under `value` that is empty or blank.
fn find_empty_texts(path: &str, value: &toml::Value, problems: &mut Vec<String>) {
    match value {
        toml::Value::String(text) if text.trim().is_empty() => {
            problems.push(format!("{path}: must not be empty"));
        }
        toml::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                find_empty_texts(&format!("{path}[{index}]"), item, problems);
            }
        }
        toml::Value::Table(fields) => {
            for (name, field) in fields {
                let child = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                find_empty_texts(&child, field, problems);
            }
        }
        _ => {}
    }
}
