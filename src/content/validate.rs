//! Checks on a language file that its types cannot express.
//!
//! Included by `build.rs` (an invalid file fails the build, naming the field)
//! and by the native content tests. Not part of the run-time crate. Each
//! includer provides the modules `schema` and `case` (`src/model/case.rs`).

use super::case::CASE_COUNT;
use super::schema::{Content, Fallback, LanguageFile};

// The longest texts, in characters, that fit their line on the result card
// (`export::card_svg`: 600 px wide, one line each, never wrapped).
/// Longest quiz title on the card (30 px bold).
pub const CARD_TITLE_MAX: usize = 26;
/// Longest verdict title on the card (26 px bold).
pub const CARD_VERDICT_TITLE_MAX: usize = 36;
/// Longest place or route line on the card (18 px).
pub const CARD_LINE_MAX: usize = 48;
/// Longest points label on the card (22 px, after "/ 16 ").
pub const CARD_POINTS_MAX: usize = 16;

/// Every text drawn on the card with its field name and longest length.
fn card_texts(content: &Content) -> Vec<(String, &str, usize)> {
    let verdicts = &content.verdicts;
    let mut texts = vec![
        (
            "intro.title".to_string(),
            content.intro.title.as_ref(),
            CARD_TITLE_MAX,
        ),
        (
            "ui.card_points".to_string(),
            content.ui.card_points.as_ref(),
            CARD_POINTS_MAX,
        ),
        (
            "verdicts.routes.knock_out".to_string(),
            verdicts.routes.knock_out.as_ref(),
            CARD_LINE_MAX,
        ),
        (
            "verdicts.routes.too_many_no".to_string(),
            verdicts.routes.too_many_no.as_ref(),
            CARD_LINE_MAX,
        ),
    ];
    for (name, verdict) in [
        ("ready", &verdicts.ready),
        ("train", &verdicts.train),
        ("hands_off", &verdicts.hands_off),
    ] {
        texts.push((
            format!("verdicts.{name}.title"),
            &verdict.title,
            CARD_VERDICT_TITLE_MAX,
        ));
        texts.push((
            format!("verdicts.{name}.place"),
            &verdict.place,
            CARD_LINE_MAX,
        ));
    }
    texts
}

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
    for (field, text, limit) in card_texts(content) {
        let length = text.chars().count();
        if length > limit {
            problems.push(format!(
                "{field}: drawn on the result card, at most {limit} characters, found {length}"
            ));
        }
    }
    empty_texts(texts(content), problems)
}

/// Every problem found in the fallback texts, each naming the field.
pub fn validate_fallback(fallback: &Fallback) -> Result<(), Vec<String>> {
    empty_texts(texts_under("fallback", fallback), Vec::new())
}

/// `problems` plus one for every empty text among `texts`.
fn empty_texts(
    texts: Result<Vec<(String, String)>, toml::ser::Error>,
    mut problems: Vec<String>,
) -> Result<(), Vec<String>> {
    match texts {
        Ok(texts) => {
            for (path, text) in texts {
                if text.trim().is_empty() {
                    problems.push(format!("{path}: must not be empty"));
                }
            }
        }
        Err(error) => problems.push(format!("could not walk the texts: {error}")),
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Every text in `content` with its field path, e.g. `cases[2].question`.
pub fn texts(content: &Content) -> Result<Vec<(String, String)>, toml::ser::Error> {
    texts_under("", content)
}

/// Every text in `value` with its field path below `prefix`.
fn texts_under<T: serde::Serialize>(
    prefix: &str,
    value: &T,
) -> Result<Vec<(String, String)>, toml::ser::Error> {
    fn walk(path: String, value: &toml::Value, out: &mut Vec<(String, String)>) {
        match value {
            toml::Value::String(text) => out.push((path, text.clone())),
            toml::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(format!("{path}[{index}]"), item, out);
                }
            }
            toml::Value::Table(fields) => {
                for (name, field) in fields {
                    let child = if path.is_empty() {
                        name.clone()
                    } else {
                        format!("{path}.{name}")
                    };
                    walk(child, field, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(prefix.to_string(), &toml::Value::try_from(value)?, &mut out);
    Ok(out)
}
