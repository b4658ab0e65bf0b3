//! The built-in content packs: complete, valid, and true to the seed.
#![cfg(not(target_arch = "wasm32"))]

use startklar::content::json;
use startklar::content::json::literal as json_literal;
use startklar::content::pack::{
    self, CARD_LINE_MAX, CARD_POINTS_MAX, CARD_TITLE_MAX, CARD_VERDICT_TITLE_MAX,
};
use startklar::content::{Content, Fallback, Lang};
use startklar::model::{CaseNumber, Severity};
use startklar::studio::draft;

fn pack_file(lang: Lang) -> String {
    let path = format!("content/{}.json", lang.code());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(lang: Lang) -> (Content, Option<Fallback>) {
    pack::decode_with_fallback(&pack_file(lang)).expect("the built-in pack is valid")
}

#[test]
fn compiled_content_is_the_content_packs() {
    for lang in Lang::BUILT_IN {
        let (content, fallback) = parse(lang);
        assert_eq!(lang.content(), &content);
        assert_eq!(Some(lang.fallback()), fallback.as_ref());
    }
}

#[test]
fn both_languages_are_valid_and_complete() {
    for lang in Lang::BUILT_IN {
        let content = lang.content();
        assert_eq!(content.lang, lang.code());
        assert_eq!(content.cases.len(), 8);
    }
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
        for (lang, words) in [(Lang::DE, german), (Lang::EN, english)] {
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
    assert_eq!(Lang::DE.content().intro.title, "Sind Sie startklar?");
    assert_eq!(Lang::EN.content().intro.title, "Are you ready to start?");
    for lang in Lang::BUILT_IN {
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
    let (de, en) = (Lang::DE.content(), Lang::EN.content());
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

/// Every text of a built-in pack (not its fallback) with its JSON pointer.
fn texts(content: &Content) -> Vec<(String, String)> {
    let lang = Lang::BUILT_IN
        .into_iter()
        .find(|lang| lang.code() == content.lang)
        .expect("a built-in language");
    let root = json::parse(&pack_file(lang)).expect("valid JSON");
    draft::texts(&root)
        .into_iter()
        .filter(|(pointer, _)| pointer != "/lang")
        .collect()
}

#[test]
fn terms_are_used_one_way() {
    // (language, phrase that must not appear, the term used instead)
    let avoided = [
        (Lang::DE, "—", "a spaced en dash \"–\""),
        (Lang::DE, " - ", "a spaced en dash \"–\""),
        (Lang::DE, "Punkte unten", "Schritte"),
        (
            Lang::DE,
            "Ihre Seite",
            "the rest of the page (it is the author's page)",
        ),
        (Lang::EN, "start number", "race bib"),
        (Lang::EN, "long-term idea", "long-term plan"),
        (Lang::EN, "rules of the game", "ground rules"),
        (Lang::EN, "clear rules", "ground rules"),
        (Lang::EN, "half-measures", "half-hearted"),
        (Lang::EN, "go back to", "are based on"),
        (Lang::EN, "points below", "steps"),
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
    for (path, text) in texts(Lang::DE.content()) {
        for (at, _) in text.match_indices('–') {
            let spaced = text[..at].ends_with(' ') && text[at..].starts_with("– ");
            assert!(spaced, "de {path}: unspaced dash in {text:?}");
        }
    }
    // English: the spectators sit in "the stands", never in "a stand".
    for (path, text) in texts(Lang::EN.content()) {
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
    for lang in Lang::BUILT_IN {
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
        (Lang::DE, 3, "Sie oder Ihr Team"),
        (Lang::DE, 4, "Sie oder Ihr Team"),
        (Lang::DE, 5, "Sie selbst eingeschlossen"),
        (Lang::DE, 6, "Sie oder Ihr Team"),
        (Lang::DE, 7, "innerhalb eines Tages"),
        (Lang::EN, 3, "you or your team"),
        (Lang::EN, 4, "you or your team"),
        (Lang::EN, 5, "yourself included"),
        (Lang::EN, 6, "you or your team"),
        (Lang::EN, 7, "within a day"),
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

#[test]
fn texts_on_the_card_have_a_length_limit() {
    for lang in Lang::BUILT_IN {
        // (field, expected limit in the message)
        let table = [
            ("intro.title", CARD_TITLE_MAX),
            ("ui.card_points", CARD_POINTS_MAX),
            ("verdicts.hands_off.title", CARD_VERDICT_TITLE_MAX),
            ("verdicts.ready.place", CARD_LINE_MAX),
            ("verdicts.routes.too_many_no", CARD_LINE_MAX),
        ];
        for (field, limit) in table {
            let text = with_text(lang, field, &"ü".repeat(limit));
            assert!(pack::decode(&text).is_ok(), "{lang:?} {field} at its limit");
            let text = with_text(lang, field, &"ü".repeat(limit + 1));
            let rejected = pack::decode(&text).expect_err("over-long text is rejected");
            let pointer = format!("/{}", field.replace('.', "/"));
            assert_eq!(
                rejected
                    .problems
                    .iter()
                    .map(|p| p.describe(&text))
                    .collect::<Vec<_>>(),
                [format!(
                    "{pointer}: at most {limit} characters (found {})",
                    limit + 1
                )],
                "{lang:?}"
            );
        }
    }
}

/// The built-in pack of `lang` with the text at `field` (dotted) set to `value`.
fn with_text(lang: Lang, field: &str, value: &str) -> String {
    let file = pack_file(lang);
    let key = field.rsplit('.').next().expect("a field");
    let current = texts(lang.content())
        .into_iter()
        .find(|(pointer, _)| *pointer == format!("/{}", field.replace('.', "/")))
        .map(|(_, text)| text)
        .expect("the field exists");
    let old = format!("\"{key}\": {}", json_literal(&current));
    assert_eq!(file.matches(&old).count(), 1, "{old} once in the pack");
    file.replace(&old, &format!("\"{key}\": {}", json_literal(value)))
}

#[test]
fn validation_names_what_is_wrong() {
    let file = pack_file(Lang::EN);
    let broken = file
        .replacen("\"lang\": \"en\"", "\"lang\": \"english!\"", 1)
        .replacen("Question {n} of {total}", "Question {n}", 1);
    let rejected = pack::decode(&broken).expect_err("a broken pack is rejected");
    let problems: Vec<String> = rejected
        .problems
        .iter()
        .map(|p| p.describe(&broken))
        .collect();
    for expected in [
        "/lang: must be a language tag",
        "/ui/progress: must contain {total}",
    ] {
        assert!(
            problems.iter().any(|problem| problem.starts_with(expected)),
            "missing {expected:?} in {problems:#?}"
        );
    }
    assert_eq!(rejected.lang.as_deref(), Some("english!"));
}

#[test]
fn progress_labels() {
    let table = [
        (Lang::DE, 1, "Frage 1 von 8"),
        (Lang::DE, 3, "Frage 3 von 8"),
        (Lang::EN, 8, "Question 8 of 8"),
    ];
    for (lang, number, expected) in table {
        let question = CaseNumber::from_number(number).expect("a case number");
        assert_eq!(lang.content().progress_label(question), expected);
    }
}

#[test]
fn score_and_severity_labels() {
    let de = Lang::DE.content();
    assert_eq!(
        de.score_label(11),
        de.ui.score.replace("{score}", "11").replace("{max}", "16")
    );
    assert!(de.score_label(0).contains('0') && de.score_label(0).contains("16"));
    for lang in Lang::BUILT_IN {
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
    for lang in Lang::BUILT_IN {
        let content = lang.content();
        for (case, texts) in CaseNumber::ALL.into_iter().zip(content.cases.iter()) {
            assert_eq!(content.case(case), texts, "{lang:?} case {case}");
        }
    }
    assert_eq!(Lang::EN.content().case(CaseNumber::FIRST).title, "No goal");
}

#[test]
fn fallback_texts_are_compiled_checked_and_strict() {
    for lang in Lang::BUILT_IN {
        let file = pack_file(lang);
        // An unknown key is an error, in the pack and in its fallback section.
        let typo = file.replacen(
            "\"fallback\": {",
            "\"fallback\": {\n    \"typo\": \"x\",",
            1,
        );
        let rejected = pack::decode_with_fallback(&typo).expect_err("an unknown fallback key");
        assert_eq!(
            rejected.problems[0].pointer.as_deref(),
            Some("/fallback/typo")
        );
        assert_eq!(rejected.problems[0].message, "unknown field");
        let blank = file.replacen(
            &format!(
                "\"rule_train\": {}",
                json_literal(&lang.fallback().rule_train)
            ),
            "\"rule_train\": \" \"",
            1,
        );
        let rejected = pack::decode_with_fallback(&blank).expect_err("a blank fallback text");
        assert_eq!(
            rejected.problems[0].describe(&blank),
            "/fallback/rule_train: must not be empty"
        );
    }
}
