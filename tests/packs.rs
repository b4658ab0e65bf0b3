//! The content-pack decoder on the table of test packs in `tests/packs/`:
//! every good pack (and both built-in ones) decodes, every bad pack is
//! rejected whole with its one problem named by the pointer in
//! `tests/packs/bad/expected.json`, and no input makes the JSON parser or
//! the decoder panic or point outside the text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

use startklar::content::json::literal as json_literal;
use startklar::content::json::{self, line_column, Kind, Value};
use startklar::content::pack::{self, decode, is_safe_href, Problem, Rejected, MAX_PACK_BYTES};
use startklar::content::Dir;

fn english() -> String {
    std::fs::read_to_string("content/en.json").expect("content/en.json")
}

fn rejected(text: &str) -> Rejected {
    decode(text).expect_err("the pack is rejected")
}

/// The `.json` files of `dir`, sorted, without `expected.json`.
fn packs_in(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{dir}: {error}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| !path.ends_with("expected.json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no packs in {dir}");
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Each problem as the console shows it, for failure messages.
fn described(problems: &[Problem], text: &str) -> Vec<String> {
    problems.iter().map(|p| p.describe(text)).collect()
}

fn assert_within(problems: &[Problem], text: &str, what: &str) {
    for problem in problems {
        assert!(
            problem.offset <= text.len(),
            "{what}: offset {} past the end ({} bytes): {}",
            problem.offset,
            text.len(),
            problem.describe(text)
        );
    }
}

#[test]
fn every_good_pack_and_both_built_in_packs_decode() {
    let mut files = packs_in("tests/packs/good");
    files.extend([
        PathBuf::from("content/de.json"),
        PathBuf::from("content/en.json"),
    ]);
    for path in &files {
        let text = read(path);
        let (content, _) = pack::decode_with_fallback(&text).unwrap_or_else(|rejected| {
            panic!(
                "{}: {:#?}",
                path.display(),
                described(&rejected.problems, &text)
            )
        });
        assert_eq!(
            content.cases.len(),
            startklar::model::CASE_COUNT,
            "{}",
            path.display()
        );
        if path.ends_with("right-to-left.json") || content.lang == "ar" {
            assert_eq!(content.dir, Dir::Rtl, "{}", path.display());
        }
    }
}

/// `tests/packs/bad/expected.json`: file name, pointer (`None` for a syntax
/// error) and a fragment of the message.
fn expected_problems() -> Vec<(String, Option<String>, String)> {
    let text = read(Path::new("tests/packs/bad/expected.json"));
    let root = json::parse(&text).expect("expected.json is JSON");
    let Kind::Object(files) = root.kind else {
        panic!("expected.json holds an object")
    };
    files
        .into_iter()
        .map(|(file, _, entry)| {
            let field = |key: &str| match &entry.kind {
                Kind::Object(members) => members
                    .iter()
                    .find(|(name, _, _)| name == key)
                    .map(|(_, _, value)| value.kind.clone()),
                _ => None,
            };
            let pointer = match field("pointer") {
                Some(Kind::String(pointer)) => Some(pointer),
                Some(Kind::Null) => None,
                other => panic!("{file}: pointer must be a string or null, found {other:?}"),
            };
            let Some(Kind::String(message)) = field("message") else {
                panic!("{file}: message must be a string")
            };
            (file, pointer, message)
        })
        .collect()
}

#[test]
fn every_bad_pack_is_rejected_with_its_expected_pointer() {
    let expected = expected_problems();
    let files: Vec<String> = packs_in("tests/packs/bad")
        .iter()
        .map(|path| {
            path.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let listed: Vec<String> = {
        let mut names: Vec<String> = expected.iter().map(|(file, _, _)| file.clone()).collect();
        names.sort();
        names
    };
    assert_eq!(
        files, listed,
        "tests/packs/bad/ and expected.json list the same packs"
    );
    assert!(files.len() >= 20, "{} bad packs", files.len());

    for (file, pointer, message) in expected {
        let text = read(&Path::new("tests/packs/bad").join(&file));
        let problems = rejected(&text).problems;
        let shown = described(&problems, &text);
        assert_eq!(
            problems.len(),
            1,
            "{file}: one problem each, found {shown:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.pointer == pointer && p.message.contains(&message)),
            "{file}: expected {pointer:?} with {message:?} among {shown:#?}"
        );
        assert_within(&problems, &text, &file);
    }
}

#[test]
fn problems_have_a_place_in_the_file() {
    let text = read(Path::new("tests/packs/bad/syntax-error.json"));
    let problem = &rejected(&text).problems[0];
    assert_eq!(problem.pointer, None);
    assert_eq!(line_column(&text, problem.offset), (5, 3));
    assert_eq!(
        problem.describe(&text),
        "line 5, column 3: expected ',' or '}'"
    );

    let text = read(Path::new("tests/packs/bad/number-for-text.json"));
    let problem = &rejected(&text).problems[0];
    let (line, column) = line_column(&text, problem.offset);
    let line_text = text.lines().nth(line - 1).expect("the line");
    assert_eq!(line_text.trim(), "\"back\": 3,");
    assert_eq!(line_text.chars().nth(column - 1), Some('3'));
    assert_eq!(
        problem.describe(&text),
        "/ui/back: must be a string, found a number"
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let en = english();
    let both = en.replacen(
        "\"question\": \"Do you have a concrete",
        "\"question\": \"\", \"x\": \"",
        1,
    );
    let pointers: Vec<_> = rejected(&both)
        .problems
        .into_iter()
        .map(|problem| problem.pointer)
        .collect();
    assert_eq!(
        pointers,
        [Some("/cases/0/question".into()), Some("/cases/0/x".into())]
    );
}

#[test]
fn a_pack_over_64_kb_is_not_even_parsed() {
    let text = format!("{{\"x\": \"{}\"}}", "y".repeat(MAX_PACK_BYTES));
    let rejected = rejected(&text);
    assert_eq!(rejected.problems.len(), 1);
    assert!(rejected.problems[0].message.contains("64 KB"));
    assert_within(&rejected.problems, &text, "over 64 KB");
}

#[test]
fn the_rejected_packs_language_is_kept_for_the_nearest_built_in_one() {
    let text = english().replacen("\"lang\": \"en\",", "\"lang\": \"de-AT\", \"typo\": 1,", 1);
    assert_eq!(rejected(&text).lang.as_deref(), Some("de-AT"));
}

#[test]
fn link_targets() {
    for good in [
        "https://example.org/",
        "HTTP://x",
        "hTtPs://x",
        "#goal",
        "/blog/post#a",
        "./x",
        "../y",
        "post?a=b:c",
        "a/b:c",
        "?q",
        "x#y:z",
    ] {
        assert!(is_safe_href(good), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:x",
        "data:text/html,x",
        "mailto:a@b",
        " https://x",
        "https://x ",
        "https://x\u{7}",
        "https://x\u{85}",
        "\u{3000}https://x",
        "vbscript:x",
        "ftp://x",
        ":x",
        "java script:x",
    ] {
        assert!(!is_safe_href(bad), "{bad:?}");
    }
}

#[test]
fn json_strings_unescape_and_keys_are_unique() {
    let value = json::parse(r#"{"a": "\u00fc\n\"\\\/\ud83d\ude42", "b": [1, -2.5e3, true, null]}"#)
        .expect("valid JSON");
    let Kind::Object(members) = value.kind else {
        panic!("an object")
    };
    assert_eq!(members[0].2.kind, Kind::String("ü\n\"\\/🙂".to_string()));
    for bad in [
        r#"{"a": 1, "a": 2}"#,
        r#""\ud800""#,
        r#""\ude42""#,
        "\"\u{1}\"",
        "01",
        "[1,]",
        "{\"a\" 1}",
        "tru",
        "\"abc",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ] {
        assert!(json::parse(bad).is_err(), "{bad}");
    }
}

// ---- properties ----

/// A fixed budget and seed: the same inputs on every run, well under a
/// second (`tests/fuzz.rs` has the long runs).
fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 512,
        rng_seed: RngSeed::Fixed(0x7061_636b_7321),
        failure_persistence: None,
        ..Config::default()
    })
}

/// `text` as a JSON string literal, written here rather than by the crate:
/// `ways[i]` picks how the i-th character is written (as itself where
/// JSON allows, as a short escape such as `\n` or `\/`, or as `\uXXXX`,
/// a surrogate pair above U+FFFF, in upper or lower case hex).
fn escaped(text: &str, ways: &[u8]) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        let way = ways.get(i % ways.len().max(1)).copied().unwrap_or(0) % 4;
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '/' => Some("\\/"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            _ => None,
        };
        let must_escape = c == '"' || c == '\\' || u32::from(c) < 0x20;
        match (way, short) {
            (0, _) if !must_escape => out.push(c),
            (1, Some(short)) => out.push_str(short),
            _ => {
                let mut units = [0; 2];
                for unit in c.encode_utf16(&mut units) {
                    if way == 3 {
                        out.push_str(&format!("\\u{unit:04X}"));
                    } else {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
            }
        }
    }
    out.push('"');
    out
}

#[test]
fn the_parser_never_panics_on_arbitrary_text() {
    let strategy = prop_oneof![
        any::<String>(),
        // Near-JSON: the characters JSON is made of, in any order.
        proptest::collection::vec(
            prop_oneof![
                Just("{"),
                Just("}"),
                Just("["),
                Just("]"),
                Just(","),
                Just(":"),
                Just("\""),
                Just("\\"),
                Just("\\u"),
                Just("d83d"),
                Just("1"),
                Just("-"),
                Just("e"),
                Just("."),
                Just("true"),
                Just("null"),
                Just(" "),
                Just("\n"),
            ],
            0..64,
        )
        .prop_map(|parts| parts.concat()),
    ];
    runner()
        .run(&strategy, |text| {
            match json::parse(&text) {
                Ok(value) => prop_assert!(value.offset <= text.len()),
                Err(error) => prop_assert!(error.offset <= text.len()),
            }
            if let Err(rejected) = decode(&text) {
                for problem in &rejected.problems {
                    prop_assert!(problem.offset <= text.len());
                }
            }
            Ok(())
        })
        .expect("property holds");
}

#[test]
fn any_string_round_trips_through_a_json_string_literal() {
    let strategy = (
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 1..16),
    );
    runner()
        .run(&strategy, |(text, ways)| {
            let literal = escaped(&text, &ways);
            let parsed = json::parse(&literal);
            prop_assert_eq!(
                parsed.map(|value| value.kind),
                Ok(Kind::String(text.clone())),
                "{}",
                literal
            );
            // The writer of exported packs (json::literal) reads back too.
            let parsed = json::parse(&json_literal(&text)).map(|value: Value| value.kind);
            prop_assert_eq!(parsed, Ok(Kind::String(text)));
            Ok(())
        })
        .expect("property holds");
}

#[test]
fn mutated_and_truncated_packs_never_panic_and_problems_point_into_the_text() {
    let en = english();
    let chars: Vec<char> = en.chars().collect();
    let strategy = (0..chars.len(), any::<char>(), 0..=chars.len());
    runner()
        .run(&strategy, |(at, with, cut)| {
            let mut changed = chars.clone();
            changed[at] = with;
            for text in [
                changed.iter().collect::<String>(),
                chars[..cut].iter().collect(),
            ] {
                if let Err(rejected) = decode(&text) {
                    prop_assert!(!rejected.problems.is_empty());
                    for problem in &rejected.problems {
                        prop_assert!(problem.offset <= text.len());
                        let _ = problem.describe(&text);
                    }
                }
            }
            Ok(())
        })
        .expect("property holds");
}
