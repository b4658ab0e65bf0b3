//! The language files: complete, valid, and true to the seed.
#![cfg(not(target_arch = "wasm32"))]

mod schema {
    pub use startklar::content::schema::*;
}
#[path = "../src/content/validate.rs"]
mod validate;

use startklar::content::{Content, Lang};

fn parse(path: &str) -> Content {
    let text = std::fs::read_to_string(path).expect("language file exists");
    validate::parse_language_file(&text)
        .expect("language file parses")
        .content
}

#[test]
fn compiled_content_is_the_language_files() {
    assert_eq!(Lang::De.content(), &parse("content/de.toml"));
    assert_eq!(Lang::En.content(), &parse("content/en.toml"));
}

#[test]
fn both_languages_are_valid_and_complete() {
    for lang in Lang::ALL {
        let content = lang.content();
        assert_eq!(validate::validate(content), Ok(()), "{lang:?}");
        assert_eq!(content.lang, lang.code());
        assert_eq!(content.cases.len(), 8);
    }
}

#[test]
fn both_languages_have_the_same_cases_in_the_same_order() {
    let ids = |lang: Lang| -> Vec<String> {
        lang.content()
            .cases
            .iter()
            .map(|case| case.id.to_string())
            .collect()
    };
    assert_eq!(ids(Lang::De), ids(Lang::En));
    assert_eq!(
        ids(Lang::De),
        [
            "goal",
            "long-term",
            "outsourcing",
            "decision-latitude",
            "staff-time",
            "staff-size",
            "expertise",
            "speed"
        ]
    );
}

#[test]
fn the_seeds_words_are_recognisable() {
    let de = Lang::De.content();
    let chain = |index: usize| de.cases[index].chain.join(" = ");
    let table = [
        (0, "Keine Zielsetzung = keine Erwartungshaltung"),
        (1, "Keine Langzeitidee = keine Ausdauer"),
        (2, "Stillstand"),
        (3, "Empowerment"),
        (4, "mitspielen"),
        (6, "der Markt wird es schon richten"),
        (7, "Reaktionen"),
    ];
    for (index, expected) in table {
        assert!(
            chain(index).contains(expected),
            "case {}: {}",
            index + 1,
            chain(index)
        );
    }
    assert_eq!(de.intro.title, "Sind Sie startklar?");
    assert_eq!(Lang::En.content().intro.title, "Are you ready to start?");
    for lang in Lang::ALL {
        assert!(
            lang.content().intro.credit.contains("Röthlingshöfer"),
            "{lang:?}"
        );
        let conclusion = lang.content().conclusion.points.join(" ");
        assert!(
            conclusion.contains("Rom") || conclusion.contains("Rome"),
            "{lang:?}"
        );
        assert!(conclusion.to_lowercase().contains("marathon"), "{lang:?}");
    }
}

#[test]
fn validation_names_what_is_wrong() {
    let mut broken = Lang::En.content().clone();
    let mut cases = broken.cases.to_vec();
    cases[1].id = cases[0].id.clone();
    cases[2].question = "  ".into();
    cases.pop();
    broken.cases = cases.into();
    broken.ui.progress = "Question {n}".into();
    broken.lang = "fr".into();
    let problems = validate::validate(&broken).expect_err("broken content is invalid");
    for expected in [
        "lang: expected",
        "cases: expected 8 cases, found 7",
        "cases[1].id: \"goal\" is used twice",
        "cases[2].question: must not be empty",
        "ui.progress: must contain {total}",
    ] {
        assert!(
            problems.iter().any(|problem| problem.contains(expected)),
            "missing {expected:?} in {problems:#?}"
        );
    }
}

#[test]
fn progress_labels() {
    let table = [
        (Lang::De, 0, "Frage 1 von 8"),
        (Lang::De, 2, "Frage 3 von 8"),
        (Lang::En, 7, "Question 8 of 8"),
    ];
    for (lang, question, expected) in table {
        assert_eq!(lang.content().progress_label(question), expected);
    }
}

#[test]
fn fallback_texts_are_compiled_checked_and_strict() {
    for (lang, path) in [(Lang::De, "content/de.toml"), (Lang::En, "content/en.toml")] {
        let text = std::fs::read_to_string(path).expect("language file exists");
        let file = validate::parse_language_file(&text).expect("language file parses");
        assert_eq!(lang.fallback(), &file.fallback, "{path}");
        assert_eq!(validate::validate_fallback(lang.fallback()), Ok(()));
        // An unknown key is an error, at the top level and in [fallback].
        for (wrong, expected) in [
            (format!("typo = \"x\"\n{text}"), "unknown field `typo`"),
            (
                format!("{text}\ntypo = \"x\"\n"),
                "fallback: unknown field `typo`",
            ),
            (
                text.replace("[fallback]", "[other]"),
                "fallback: the section is missing",
            ),
        ] {
            let error = validate::parse_language_file(&wrong).expect_err(expected);
            assert!(error.contains(expected), "{error}");
        }
    }
    let mut blank = Lang::De.fallback().clone();
    blank.rule_train = " ".into();
    let problems = validate::validate_fallback(&blank).expect_err("a blank text is invalid");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("fallback.rule_train: must not be empty")),
        "{problems:?}"
    );
}
