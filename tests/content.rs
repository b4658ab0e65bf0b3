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

/// The seed's key words of each case (German) and their agreed English
/// equivalents, as they must appear in the case's chain.
const SEED_WORDS: [(&[&str], &[&str]); 8] = [
    (
        &[
            "Keine Zielsetzung",
            "keine Erwartungshaltung",
            "nix Konkretes",
        ],
        &["No goal", "no expectations", "nothing concrete"],
    ),
    (
        &[
            "Keine Langzeitidee",
            "keine Ausdauer",
            "Game over",
            "Startlinie",
            "Imageschaden",
        ],
        &[
            "No long-term plan",
            "no stamina",
            "game over",
            "start line",
            "image",
        ],
    ),
    (
        &["Outsourcing", "keine eigene Kulturanpassung", "Stillstand"],
        &["outsourced", "culture", "standstill"],
    ),
    (
        &[
            "Kein Entscheidungsspielraum",
            "zu wenig Vertrauen",
            "Mitarbeiter",
            "Spielregeln",
            "Empowerment",
            "Old School",
        ],
        &[
            "No room to decide",
            "too little trust",
            "staff",
            "ground rules",
            "empowerment",
            "old school",
        ],
    ),
    (
        &[
            "keine Zeit",
            "Bedeutung von Social Media noch nicht erkannt",
            "Kunden nicht ernst genug genommen",
            "noch nicht mitspielen",
        ],
        &[
            "no time",
            "importance of social media not yet recognised",
            "customers not taken seriously enough",
            "want to play yet",
        ],
    ),
    (
        &[
            "Zu wenig Personal",
            "Bedeutung von Social Media noch nicht erkannt",
            "noch nicht mitspielen",
        ],
        &[
            "Too few people",
            "importance of social media not yet recognised",
            "want to play yet",
        ],
    ),
    (
        &[
            "Zu wenig Sachkenntnis",
            "Bedeutung von Social Media noch nicht erkannt",
            "noch keine Lust",
            "auch gut",
            "der Markt wird es schon richten",
        ],
        &[
            "Too little expertise",
            "importance of social media not yet recognised",
            "feel like it yet",
            "so be it",
            "the market will sort it out",
        ],
    ),
    (
        &["Zu wenig Tempo", "langsame Reaktionen", "Kunden", "leisten"],
        &["Too slow", "slow", "customers", "afford"],
    ),
];

#[test]
fn the_seeds_words_are_recognisable_in_every_case() {
    for (index, (german, english)) in SEED_WORDS.iter().enumerate() {
        for (lang, words) in [(Lang::De, german), (Lang::En, english)] {
            let chain = lang.content().cases[index].chain.join(" = ");
            let lowered = chain.to_lowercase();
            for word in words.iter() {
                assert!(
                    lowered.contains(&word.to_lowercase()),
                    "{lang:?} case {}: {word:?} not in {chain:?}",
                    index + 1
                );
            }
        }
    }
    assert_eq!(Lang::De.content().intro.title, "Sind Sie startklar?");
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
fn both_languages_have_the_same_shape() {
    let (de, en) = (Lang::De.content(), Lang::En.content());
    for (index, (german, english)) in de.cases.iter().zip(en.cases.iter()).enumerate() {
        assert_eq!(
            german.chain.len(),
            english.chain.len(),
            "case {}: chain links {:?} and {:?}",
            index + 1,
            german.chain,
            english.chain
        );
    }
    assert_eq!(de.conclusion.points.len(), en.conclusion.points.len());
}

/// Every text of a language file with its field path.
fn texts(content: &Content) -> Vec<(String, String)> {
    validate::texts(content).expect("content is plain data")
}

#[test]
fn terms_are_used_one_way() {
    // (language, phrase that must not appear, the term used instead)
    let avoided = [
        (Lang::De, "—", "a spaced en dash \"–\""),
        (Lang::De, " - ", "a spaced en dash \"–\""),
        (Lang::De, "Punkte unten", "Schritte"),
        (
            Lang::De,
            "Ihre Seite",
            "the rest of the page (it is the author's page)",
        ),
        (Lang::En, "start number", "race bib"),
        (Lang::En, "long-term idea", "long-term plan"),
        (Lang::En, "rules of the game", "ground rules"),
        (Lang::En, "clear rules", "ground rules"),
        (Lang::En, "half-measures", "half-hearted"),
        (Lang::En, "go back to", "are based on"),
        (Lang::En, "points below", "steps"),
    ];
    for (lang, phrase, instead) in avoided {
        for (path, text) in texts(lang.content()) {
            assert!(
                !text.to_lowercase().contains(&phrase.to_lowercase()),
                "{lang:?} {path}: {phrase:?} in {text:?}; use {instead}"
            );
        }
    }
    // German dashes are spaced en dashes.
    for (path, text) in texts(Lang::De.content()) {
        for (at, _) in text.match_indices('–') {
            let spaced = text[..at].ends_with(' ') && text[at..].starts_with("– ");
            assert!(spaced, "de {path}: unspaced dash in {text:?}");
        }
    }
    // English: the spectators sit in "the stands", never in "a stand".
    for (path, text) in texts(Lang::En.content()) {
        let singular = text
            .split(|c: char| !c.is_alphabetic())
            .any(|word| word.eq_ignore_ascii_case("stand"));
        assert!(
            !singular,
            "en {path}: \"stand\" in {text:?}; use \"the stands\""
        );
    }
}

#[test]
fn no_text_points_at_a_case_by_number() {
    // Only some cases are shown, and plan steps are numbered too.
    for lang in Lang::ALL {
        for (path, text) in texts(lang.content()) {
            let words: Vec<&str> = text.split_whitespace().collect();
            for pair in words.windows(2) {
                let by_number = matches!(pair[0], "Fall" | "Fälle" | "Fällen" | "case" | "cases")
                    && pair[1].starts_with(|c: char| c.is_ascii_digit());
                assert!(!by_number, "{lang:?} {path}: {text:?}");
            }
        }
    }
}

#[test]
fn the_cases_speak_to_a_team_of_one_too() {
    // Cases 4 to 7 ask about the people who do the work; case 8 says how fast.
    let table = [
        (Lang::De, 3, "Sie oder Ihr Team"),
        (Lang::De, 4, "Sie oder Ihr Team"),
        (Lang::De, 5, "Sie selbst eingeschlossen"),
        (Lang::De, 6, "Sie oder Ihr Team"),
        (Lang::De, 7, "innerhalb eines Tages"),
        (Lang::En, 3, "you or your team"),
        (Lang::En, 4, "you or your team"),
        (Lang::En, 5, "yourself included"),
        (Lang::En, 6, "you or your team"),
        (Lang::En, 7, "within a day"),
    ];
    for (lang, index, phrase) in table {
        let question = &lang.content().cases[index].question;
        assert!(
            question.to_lowercase().contains(&phrase.to_lowercase()),
            "{lang:?} case {}: {question:?}",
            index + 1
        );
    }
}

/// Sets one text field of a language file.
type SetText = fn(&mut Content, String);

#[test]
fn texts_on_the_card_have_a_length_limit() {
    for lang in Lang::ALL {
        // (field, make the field this long, expected limit in the message)
        let table: [(&str, SetText, usize); 5] = [
            (
                "intro.title",
                |c, t| c.intro.title = t.into(),
                validate::CARD_TITLE_MAX,
            ),
            (
                "ui.card_points",
                |c, t| c.ui.card_points = t.into(),
                validate::CARD_POINTS_MAX,
            ),
            (
                "verdicts.hands_off.title",
                |c, t| c.verdicts.hands_off.title = t.into(),
                validate::CARD_VERDICT_TITLE_MAX,
            ),
            (
                "verdicts.ready.place",
                |c, t| c.verdicts.ready.place = t.into(),
                validate::CARD_LINE_MAX,
            ),
            (
                "verdicts.routes.too_many_no",
                |c, t| c.verdicts.routes.too_many_no = t.into(),
                validate::CARD_LINE_MAX,
            ),
        ];
        for (field, set, limit) in table {
            let mut content = lang.content().clone();
            set(&mut content, "ü".repeat(limit));
            assert_eq!(
                validate::validate(&content),
                Ok(()),
                "{lang:?} {field} at its limit"
            );
            set(&mut content, "ü".repeat(limit + 1));
            let problems = validate::validate(&content).expect_err("over-long text is rejected");
            assert_eq!(
                problems,
                [format!(
                    "{field}: drawn on the result card, at most {limit} characters, found {}",
                    limit + 1
                )],
                "{lang:?}"
            );
        }
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
