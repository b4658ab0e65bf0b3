//! The content-pack decoder: good packs decode, bad ones are rejected whole
//! with the problem named by its JSON pointer and place, and no input makes
//! the JSON parser or the decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use startklar::content::json::{self, line_column, Kind};
use startklar::content::pack::{self, is_safe_href, Rejected, MAX_PACK_BYTES};
use startklar::content::Dir;
use startklar::studio::draft::literal as json_literal;

fn english() -> String {
    std::fs::read_to_string("content/en.json").expect("content/en.json")
}

fn rejected(text: &str) -> Rejected {
    pack::decode(text).expect_err("the pack is rejected")
}

/// The pointers of every problem of `text`.
fn pointers(text: &str) -> Vec<Option<String>> {
    rejected(text)
        .problems
        .into_iter()
        .map(|problem| problem.pointer)
        .collect()
}

#[test]
fn the_test_packs_decode() {
    let dir = std::path::Path::new("tests/packs/good");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/packs/good") {
        let path = entry.expect("a directory entry").path();
        let text = std::fs::read_to_string(&path).expect("a readable pack");
        let content = pack::decode(&text).unwrap_or_else(|rejected| {
            let problems: Vec<String> = rejected
                .problems
                .iter()
                .map(|p| p.describe(&text))
                .collect();
            panic!("{}: {problems:#?}", path.display())
        });
        assert_eq!(content.cases.len(), 8);
        names.push(content.lang.to_string());
        if content.lang == "ar" {
            assert_eq!(content.dir, Dir::Rtl);
        }
    }
    names.sort();
    assert_eq!(names, ["ar", "fr"]);
}

#[test]
fn each_bad_pack_names_its_problem_by_pointer() {
    let en = english();
    // (what, the pack, the pointer of its one problem)
    let table: Vec<(&str, String, &str)> = vec![
        ("unknown field", en.replacen("{", "{\n  \"surpriseField\": 1,", 1), "/surpriseField"),
        ("empty question", en.replacen("\"question\": \"Do you have a concrete", "\"question\": \"\", \"x\": \"", 1), "/cases/0/question"),
        ("wrong format", en.replacen("startklar-content/1", "startklar-content/9", 1), "/format"),
        ("bad lang", en.replacen("\"lang\": \"en\"", "\"lang\": \"e\"", 1), "/lang"),
        ("bad dir", en.replacen("\"lang\": \"en\",", "\"lang\": \"en\", \"dir\": \"down\",", 1), "/dir"),
        ("a number", en.replacen("\"back\": \"Back\"", "\"back\": 7", 1), "/ui/back"),
        ("missing text", en.replacen("\"back\": \"Back\",", "", 1), "/ui/back"),
        ("javascript link", en.replacen("\"next_step\": \"Write down one", "\"link\": {\"href\": \"javascript:alert(1)\", \"label\": \"x\"}, \"next_step\": \"Write down one", 1), "/cases/0/link/href"),
        ("over the card limit", en.replacen("\"card_points\": \"points\"", "\"card_points\": \"points points points\"", 1), "/ui/card_points"),
    ];
    for (what, text, pointer) in table {
        let found = pointers(&text);
        assert!(
            found.contains(&Some(pointer.to_string())),
            "{what}: expected {pointer} in {found:?}"
        );
    }
    // The empty-question row also has an unknown field "x" beside it: every
    // problem is reported, not only the first.
    let both = en.replacen(
        "\"question\": \"Do you have a concrete",
        "\"question\": \"\", \"x\": \"",
        1,
    );
    assert_eq!(pointers(&both).len(), 2);
}

#[test]
fn problems_have_a_place_in_the_file() {
    let text = "{\n  \"format\": \"startklar-content/1\",\n  \"lang\": \"en\"\n  \"ui\": {}\n}\n";
    let problem = &rejected(text).problems[0];
    assert_eq!(problem.pointer, None);
    assert_eq!(line_column(text, problem.offset), (4, 3));
    assert_eq!(
        problem.describe(text),
        "line 4, column 3: expected ',' or '}'"
    );

    let en = english().replacen("\"back\": \"Back\"", "\"back\": \"\"", 1);
    let problem = &rejected(&en).problems[0];
    let line = en[..problem.offset].matches('\n').count() + 1;
    assert!(en
        .lines()
        .nth(line - 1)
        .expect("the line")
        .contains("\"back\""));
    assert_eq!(problem.describe(&en), "/ui/back: must not be empty");
}

#[test]
fn a_pack_over_64_kb_is_not_even_parsed() {
    let text = format!("{{\"x\": \"{}\"}}", "y".repeat(MAX_PACK_BYTES));
    let rejected = rejected(&text);
    assert_eq!(rejected.problems.len(), 1);
    assert!(rejected.problems[0].message.contains("64 KB"));
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
        "#goal",
        "/blog/post#a",
        "./x",
        "../y",
        "post?a=b:c",
        "a/b:c",
        "?q",
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
        "vbscript:x",
        "ftp://x",
    ] {
        assert!(!is_safe_href(bad), "{bad}");
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

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn the_parser_never_panics_and_strings_round_trip() {
    runner()
        .run(&any::<String>(), |text| {
            let _ = json::parse(&text);
            let parsed = json::parse(&json_literal(&text)).expect("an escaped string parses");
            prop_assert_eq!(parsed.kind, Kind::String(text));
            Ok(())
        })
        .expect("property holds");
}

#[test]
fn mutated_packs_never_panic_and_problems_point_into_the_text() {
    let en = english();
    let chars: Vec<char> = en.chars().collect();
    let strategy = (0..chars.len(), any::<char>(), 0..chars.len());
    runner()
        .run(&strategy, |(at, with, cut)| {
            let mut changed = chars.clone();
            changed[at] = with;
            for text in [
                changed.iter().collect::<String>(),
                chars[..cut].iter().collect(),
            ] {
                if let Err(rejected) = pack::decode(&text) {
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
