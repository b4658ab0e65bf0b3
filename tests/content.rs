//! The language files: complete, valid, and true to the seed.
#![cfg(not(target_arch = "wasm32"))]

mod schema {
    pub use startklar::content::schema::*;
}
mod case {
    pub use startklar::model::CASE_COUNT;
}
#[path = "../src/content/validate.rs"]
mod validate;

use startklar::content::{Content, Lang};
use startklar::model::{CaseNumber, Severity};

fn parse(path: &str) -> Content {
    let text = std::fs::read_to_string(path).expect("language file exists");
    toml::from_str(&text).expect("language file parses")
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
        (Lang::De, 1, "Frage 1 von 8"),
        (Lang::De, 3, "Frage 3 von 8"),
        (Lang::En, 8, "Question 8 of 8"),
    ];
    for (lang, number, expected) in table {
        let question = CaseNumber::from_number(number).expect("a case number");
        assert_eq!(lang.content().progress_label(question), expected);
    }
}

#[test]
fn score_and_severity_labels() {
    let de = Lang::De.content();
    assert_eq!(
        de.score_label(11),
        de.ui.score.replace("{score}", "11").replace("{max}", "16")
    );
    assert!(de.score_label(0).contains('0') && de.score_label(0).contains("16"));
    for lang in Lang::ALL {
        let content = lang.content();
        assert_eq!(
            content.severity_label(Severity::Applies),
            content.ui.applies
        );
        assert_eq!(
            content.severity_label(Severity::AppliesInPart),
            content.ui.applies_in_part
        );
    }
}

#[test]
fn a_case_is_looked_up_by_its_number() {
    for lang in Lang::ALL {
        let content = lang.content();
        for (case, texts) in CaseNumber::ALL.into_iter().zip(content.cases.iter()) {
            assert_eq!(content.case(case), texts, "{lang:?} case {case}");
        }
    }
    assert_eq!(Lang::En.content().case(CaseNumber::FIRST).id, "goal");
}
