//! Decoders of outside data: share codes and stored state. Every valid
//! value round-trips; malformed and tampered input is rejected with a
//! typed error, never a wrong result.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use startklar::content::Lang;
use startklar::model::saved_state::{SavedState, SavedStateError};
use startklar::model::share_code::{self, ShareCodeError};
use startklar::model::{Answer, AnswerSet, CaseNumber, Quiz, Step};

use support::all_answer_sets;

#[test]
fn share_codes_round_trip_for_all_answer_sets() {
    let mut seen = std::collections::HashSet::new();
    for answers in all_answer_sets() {
        let code = share_code::encode(&answers);
        assert_eq!(code.len(), share_code::CODE_LENGTH);
        assert_eq!(share_code::decode(&code), Ok(answers), "{code}");
        assert_eq!(
            share_code::from_fragment(&format!("#r={code}")),
            Some(Ok(answers))
        );
        assert!(seen.insert(code));
    }
}

#[test]
fn every_single_change_to_a_share_code_is_detected() {
    for answers in all_answer_sets() {
        let code = share_code::encode(&answers);
        for position in 0..code.len() {
            for replacement in ['y', 'p', 'n', '0', '1', '5', '9'] {
                let mut tampered: Vec<char> = code.chars().collect();
                if tampered[position] == replacement {
                    continue;
                }
                tampered[position] = replacement;
                let tampered: String = tampered.into_iter().collect();
                assert!(
                    share_code::decode(&tampered).is_err(),
                    "{code} -> {tampered}"
                );
            }
        }
    }
}

#[test]
fn malformed_share_codes_are_rejected_with_a_typed_error() {
    let long = "y".repeat(100_000);
    let table: [(&str, ShareCodeError); 9] = [
        ("", ShareCodeError::Empty),
        ("yyyyyyyy", ShareCodeError::WrongLength { found: 8 }),
        ("yyyyyyyy00", ShareCodeError::WrongLength { found: 10 }),
        (&long, ShareCodeError::WrongLength { found: 100_000 }),
        ("yyyyyyyYx", ShareCodeError::BadCharacter { position: 7 }),
        ("yyyyyyyyx", ShareCodeError::BadCharacter { position: 8 }),
        ("ÿyyyyyyy", ShareCodeError::BadCharacter { position: 0 }),
        ("<script>0", ShareCodeError::BadCharacter { position: 0 }),
        ("yyyyyyyy1", ShareCodeError::BadChecksum),
    ];
    for (code, expected) in table {
        assert_eq!(share_code::decode(code), Err(expected), "{code:?}");
        assert!(!expected.to_string().is_empty());
    }
    assert_eq!(
        share_code::decode("yyyyyyyy0").map(|a| a[0]),
        Ok(Answer::Yes)
    );
    assert_eq!(share_code::from_fragment("#top"), None);
    assert_eq!(share_code::from_fragment(""), None);
    assert!(matches!(
        share_code::from_fragment("#r="),
        Some(Err(ShareCodeError::Empty))
    ));
}

/// The question of case `number`; stored 0-based, so case 4 is `q3`.
fn question(number: u8) -> Step {
    Step::Question(CaseNumber::from_number(number).expect("a case number"))
}

fn saved(step: Step, answers: &str, lang: Lang, ticked: &str) -> SavedState {
    let mut set = AnswerSet::default();
    for (case, c) in CaseNumber::ALL.into_iter().zip(answers.chars()) {
        if let Some(answer) = Answer::from_code(c) {
            set.set(case, answer);
        }
    }
    SavedState {
        quiz: Quiz::resume(step, set).expect("test states are reachable"),
        lang,
        ticked: std::array::from_fn(|i| ticked.as_bytes()[i] == b'1'),
    }
}

#[test]
fn stored_state_round_trips() {
    let table = [
        (
            saved(Step::Intro, "--------", Lang::DE, "00000000"),
            "1|i|--------|de|00000000",
        ),
        (
            saved(question(4), "yyp-----", Lang::EN, "00000000"),
            "1|q3|yyp-----|en|00000000",
        ),
        (
            saved(question(8), "yypnyyp-", Lang::DE, "00000000"),
            "1|q7|yypnyyp-|de|00000000",
        ),
        (
            saved(Step::Result, "nnnnpppp", Lang::EN, "10100001"),
            "1|r|nnnnpppp|en|10100001",
        ),
    ];
    for (state, text) in table {
        assert_eq!(state.encode(), text);
        assert_eq!(
            SavedState::decode(text, &Lang::BUILT_IN),
            Ok(state),
            "{text}"
        );
    }
}

#[test]
fn a_content_packs_language_is_kept_where_the_pack_loads_and_the_answers_anyway() {
    let fr = Lang::from_interned("fr").expect("a well-formed tag");
    let text = "1|q3|yyp-----|fr|00000000";
    let with_pack = SavedState::decode(text, &[Lang::DE, Lang::EN, fr]).expect("valid");
    assert_eq!(with_pack.lang, fr);
    assert_eq!(with_pack.encode(), text);
    let without = SavedState::decode(text, &Lang::BUILT_IN).expect("valid");
    assert_eq!((without.lang, without.quiz), (Lang::EN, with_pack.quiz));
    let german =
        SavedState::decode("1|q3|yyp-----|de-at|00000000", &Lang::BUILT_IN).expect("valid");
    assert_eq!(german.lang, Lang::DE);
}

#[test]
fn corrupt_old_or_tampered_stored_state_is_rejected() {
    use SavedStateError::*;
    let long = format!("1|i|--------|de|00000000{}", "0".repeat(100));
    let table: [(&str, SavedStateError); 14] = [
        ("", OtherVersion),
        ("0|i|--------|de|00000000", OtherVersion),
        ("2|i|--------|de|00000000", OtherVersion),
        ("{\"step\":3}", OtherVersion),
        (&long, TooLong),
        ("1", Malformed { field: "step" }),
        ("1|q8|yyyyyyyy|de|00000000", Malformed { field: "step" }),
        ("1|q-1|--------|de|00000000", Malformed { field: "step" }),
        ("1|q3|yyp|de|00000000", Malformed { field: "answers" }),
        ("1|q3|yyx-----|de|00000000", Malformed { field: "answers" }),
        ("1|q3|yyp-----|f!|00000000", Malformed { field: "lang" }),
        ("1|q3|yyp-----|de|0000000", Malformed { field: "ticked" }),
        ("1|q3|yyp-----|de|00000000|x", Malformed { field: "end" }),
        ("1|r|yyp-----|de|00000000", Unreachable),
    ];
    for (text, expected) in table {
        assert_eq!(
            SavedState::decode(text, &Lang::BUILT_IN),
            Err(expected.clone()),
            "{text:?}"
        );
        assert!(!expected.to_string().is_empty());
    }
}

#[test]
fn the_share_url_opens_the_standalone_page_pre_rendered_in_the_sharers_language() {
    fn check(page_url: &str, lang: Lang, code: &str, expected: &str) {
        let answers = share_code::decode(code).expect("a valid code");
        assert_eq!(
            share_code::share_url(page_url, lang, None, &answers),
            expected
        );
    }
    check(
        "https://example.org/quiz/index.html",
        Lang::DE,
        "yyyyyyyy0",
        "https://example.org/quiz/index.html?lang=de#r=yyyyyyyy0",
    );
    let code = share_code::encode(&[Answer::No; 8]);
    check(
        "https://example.org/index.html?lang=de&persist=off#r=old",
        Lang::EN,
        &code,
        &format!("https://example.org/index.en.html?lang=en#r={code}"),
    );
    // The English page sits beside the German one, whatever the folder.
    check(
        "https://example.org/startklar/index.html",
        Lang::EN,
        &code,
        &format!("https://example.org/startklar/index.en.html?lang=en#r={code}"),
    );
    check(
        "index.html",
        Lang::EN,
        &code,
        &format!("index.en.html?lang=en#r={code}"),
    );
    check("", Lang::DE, &code, &format!("index.html?lang=de#r={code}"));
}
