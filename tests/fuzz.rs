//! Property tests (fuzzing) of every decoder of outside data: share codes
//! (`share_code::decode`, `from_fragment`), stored state
//! (`SavedState::decode`), attributes and URL parameters (`parse_lang`,
//! `parse_theme`, `parse_persist`, `query_param`) and language tags
//! (`Lang::from_tag`, `Lang::parse`).
//!
//! Each property gets arbitrary strings, near-valid mutations of valid
//! values (one character replaced, inserted or deleted, neighbours swapped,
//! cut short, fields repeated) and huge inputs (up to 2 MB). None may panic,
//! and every valid value round-trips (encode, then decode).
//!
//! `cargo test --test fuzz` runs a bounded, seeded pass (a few thousand
//! inputs, well under a second in release). `bash scripts/fuzz.sh` runs the
//! ignored test `million_inputs`: a million or more inputs with a fresh seed
//! (printed; `FUZZ_SEED=… bash scripts/fuzz.sh` repeats a run).
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;
use std::fmt::Debug;
use std::time::Instant;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{RngSeed, TestCaseError, TestRunner};

use startklar::attributes::{
    parse_lang, parse_persist, parse_theme, query_param, InvalidAttribute, Persist, Theme,
};
use startklar::content::Lang;
use startklar::model::is_well_formed_tag;
use startklar::model::saved_state::{SavedState, SavedStateError, MAX_LENGTH};
use startklar::model::share_code::{self, ShareCodeError, CODE_LENGTH};
use startklar::model::{Answer, AnswerSet, CaseNumber, Quiz, Step, QUESTION_COUNT};

/// Inputs per property in the bounded pass of `cargo test`.
const BOUNDED_CASES: u32 = 400;
/// The bounded pass is repeatable: the same inputs on every machine.
const BOUNDED_SEED: u64 = 0x5741_5254_4b4c_4152; // "STARTKLAR"-ish

// ---- the runner ----

/// Runs `test` on `cases` inputs drawn from `strategy` (seeded), shrinking
/// a failure to a small example; returns how many inputs it checked.
fn check<S>(
    name: &str,
    cases: u32,
    seed: u64,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u64
where
    S: Strategy,
    S::Value: Debug,
{
    let config = ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        // Failures are reported with their seed; no files are written.
        failure_persistence: None,
        max_shrink_iters: 10_000,
        ..ProptestConfig::default()
    };
    let count = Cell::new(0u64);
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        count.set(count.get() + 1);
        test(value)
    });
    if let Err(error) = result {
        panic!("{name} (seed {seed}): {error}");
    }
    count.get()
}

// ---- strategies ----

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::Partly), Just(Answer::No)]
}

fn answers() -> impl Strategy<Value = [Answer; QUESTION_COUNT]> {
    prop::array::uniform8(answer())
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::DE), Just(Lang::EN)]
}

/// Every state the widget can store: answers with an answered prefix and
/// anything after it, and one of the steps reachable with them.
fn saved_state() -> impl Strategy<Value = SavedState> {
    (
        0..=QUESTION_COUNT,
        prop::array::uniform8(prop::option::of(answer())),
        prop::array::uniform8(answer()),
        any::<prop::sample::Index>(),
        lang(),
        prop::array::uniform8(any::<bool>()),
    )
        .prop_map(|(prefix, tail, head, pick, lang, ticked)| {
            let mut slots = tail;
            for (slot, answer) in slots.iter_mut().zip(head).take(prefix) {
                *slot = Some(answer);
            }
            let answers = AnswerSet::from_slots(slots);
            let mut steps = vec![Step::Intro];
            let last_question = answers.answered_prefix().min(QUESTION_COUNT - 1);
            steps.extend(
                CaseNumber::ALL[..=last_question]
                    .iter()
                    .map(|&case| Step::Question(case)),
            );
            if answers.all().is_some() {
                steps.push(Step::Result);
            }
            let step = *pick.get(&steps);
            let quiz = Quiz::resume(step, answers).expect("a reachable step");
            SavedState { quiz, lang, ticked }
        })
}

/// Characters of the formats (and their neighbours), and any character.
fn format_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            "1|iqr0123456789ypnx-deDEenENr=#&?_ \t\u{a0}\u{0}é🙂"
                .chars()
                .collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ]
}

/// Short strings over the formats' characters: near misses by chance.
fn format_string() -> impl Strategy<Value = String> {
    prop::collection::vec(format_char(), 0..48).prop_map(|chars| chars.into_iter().collect())
}

/// Arbitrary text: any Unicode, format-like text, raw bytes read as Latin-1.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        3 => format_string(),
        1 => prop::collection::vec(any::<u8>(), 0..40)
            .prop_map(|bytes| bytes.into_iter().map(char::from).collect()),
    ]
}

/// A huge input: a short pattern repeated up to 2 MB, possibly around a
/// valid value.
fn huge_text() -> impl Strategy<Value = String> {
    (format_string(), 1usize..=(2 << 20), any::<bool>()).prop_map(|(pattern, len, prefix)| {
        let pattern = if pattern.is_empty() {
            "y".to_string()
        } else {
            pattern
        };
        let mut text = if prefix {
            "1|q3|yyp-----|de|00000000".to_string()
        } else {
            String::new()
        };
        while text.len() < len {
            text.push_str(&pattern);
        }
        text
    })
}

/// One small change to a text.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(prop::sample::Index, char),
    Insert(prop::sample::Index, char),
    Delete(prop::sample::Index),
    SwapNeighbours(prop::sample::Index),
    CutAt(prop::sample::Index),
    RepeatField(prop::sample::Index),
    Append(String),
    Prepend(String),
    ChangeCase,
    Pad,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        6 => (any::<prop::sample::Index>(), format_char()).prop_map(|(i, c)| Mutation::Replace(i, c)),
        2 => (any::<prop::sample::Index>(), format_char()).prop_map(|(i, c)| Mutation::Insert(i, c)),
        2 => any::<prop::sample::Index>().prop_map(Mutation::Delete),
        2 => any::<prop::sample::Index>().prop_map(Mutation::SwapNeighbours),
        1 => any::<prop::sample::Index>().prop_map(Mutation::CutAt),
        1 => any::<prop::sample::Index>().prop_map(Mutation::RepeatField),
        1 => format_string().prop_map(Mutation::Append),
        1 => format_string().prop_map(Mutation::Prepend),
        1 => Just(Mutation::ChangeCase),
        1 => Just(Mutation::Pad),
    ]
}

fn mutate(text: &str, mutation: &Mutation) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    match mutation {
        Mutation::Replace(i, c) if n > 0 => chars[i.index(n)] = *c,
        Mutation::Insert(i, c) => chars.insert(i.index(n + 1), *c),
        Mutation::Delete(i) if n > 0 => {
            chars.remove(i.index(n));
        }
        Mutation::SwapNeighbours(i) if n > 1 => chars.swap(i.index(n - 1), i.index(n - 1) + 1),
        Mutation::CutAt(i) => chars.truncate(i.index(n + 1)),
        Mutation::RepeatField(i) => {
            let fields: Vec<&str> = text.split('|').collect();
            let pick = i.index(fields.len());
            let mut out = fields.clone();
            out.insert(pick, fields[pick]);
            return out.join("|");
        }
        Mutation::Append(s) => return format!("{text}{s}"),
        Mutation::Prepend(s) => return format!("{s}{text}"),
        Mutation::ChangeCase => return text.to_uppercase(),
        Mutation::Pad => return format!(" {text}\t"),
        _ => {}
    }
    chars.into_iter().collect()
}

// ---- properties: share codes ----

/// Decoding never panics, and only exact encodings are accepted.
fn share_code_accepts_only_encodings(text: &str) -> Result<(), TestCaseError> {
    if let Ok(answers) = share_code::decode(text) {
        prop_assert_eq!(share_code::encode(&answers), text);
    }
    if let Err(ShareCodeError::WrongLength { found }) = share_code::decode(text) {
        prop_assert_eq!(found, text.len());
        prop_assert!(found != CODE_LENGTH);
    }
    let fragment = share_code::from_fragment(text);
    let body = text.strip_prefix('#').unwrap_or(text);
    match body.strip_prefix("r=") {
        None => prop_assert!(fragment.is_none()),
        Some(code) => prop_assert_eq!(fragment, Some(share_code::decode(code))),
    }
    // The messages for the console never panic either, and stay short.
    if let Err(error) = share_code::decode(text) {
        prop_assert!(error.to_string().len() < 200);
    }
    Ok(())
}

fn share_code_round_trips(answers: [Answer; QUESTION_COUNT]) -> Result<(), TestCaseError> {
    let code = share_code::encode(&answers);
    prop_assert_eq!(code.len(), CODE_LENGTH);
    prop_assert_eq!(share_code::decode(&code), Ok(answers));
    prop_assert_eq!(
        share_code::from_fragment(&format!("#r={code}")),
        Some(Ok(answers))
    );
    prop_assert_eq!(
        share_code::from_fragment(&format!("r={code}")),
        Some(Ok(answers))
    );
    Ok(())
}

/// Any one change to a valid code is detected: rejected, never a wrong result.
fn share_code_detects_changes(
    (answers, mutation): ([Answer; QUESTION_COUNT], Mutation),
) -> Result<(), TestCaseError> {
    let code = share_code::encode(&answers);
    let changed = mutate(&code, &mutation);
    let decoded = share_code::decode(&changed);
    if changed == code {
        prop_assert_eq!(decoded, Ok(answers));
    } else {
        prop_assert!(decoded.is_err(), "{changed:?} (from {code:?}) was accepted");
    }
    share_code_accepts_only_encodings(&changed)?;
    share_code_accepts_only_encodings(&format!("#r={changed}"))
}

// ---- properties: stored state ----

/// Decoding never panics; whatever is accepted is short, re-encodes to a
/// value that decodes to the same state, and can be resumed.
fn saved_state_decodes_safely(text: &str) -> Result<(), TestCaseError> {
    match SavedState::decode(text, &Lang::BUILT_IN) {
        Ok(state) => {
            prop_assert!(text.len() <= MAX_LENGTH);
            let again = state.encode();
            prop_assert!(again.len() <= MAX_LENGTH);
            prop_assert_eq!(SavedState::decode(&again, &Lang::BUILT_IN), Ok(state));
            prop_assert!(Quiz::resume(state.quiz.step(), state.quiz.answers()).is_ok());
        }
        Err(error) => {
            if text.len() > MAX_LENGTH {
                prop_assert_eq!(error.clone(), SavedStateError::TooLong);
            }
            prop_assert!(error.to_string().len() < 200);
        }
    }
    Ok(())
}

fn saved_state_round_trips(state: SavedState) -> Result<(), TestCaseError> {
    let text = state.encode();
    prop_assert!(text.len() <= MAX_LENGTH, "{text} is too long to store");
    prop_assert_eq!(SavedState::decode(&text, &Lang::BUILT_IN), Ok(state));
    Ok(())
}

fn saved_state_survives_changes(
    (state, mutation): (SavedState, Mutation),
) -> Result<(), TestCaseError> {
    let changed = mutate(&state.encode(), &mutation);
    saved_state_decodes_safely(&changed)
}

// ---- properties: attributes, URL parameters, language tags ----

/// A parser's verdict on `value` agrees with its allowed values: accepted
/// exactly when the trimmed, lower-cased value is one of them; a rejection
/// names the attribute, keeps the value and prints it shortened.
fn attribute_verdict<T: Debug>(
    name: &str,
    allowed: &[&str],
    value: &str,
    result: Result<T, InvalidAttribute>,
) -> Result<(), TestCaseError> {
    // `lang` also takes a region (`de-AT`, `en_GB`): only its first part
    // counts, in a well-formed language tag.
    let tag = value.trim().replace('_', "-");
    let relevant = if name != "lang" {
        value
    } else if is_well_formed_tag(&tag) {
        tag.split('-').next().unwrap_or_default()
    } else {
        "not a language tag"
    };
    let normal = relevant.trim().to_ascii_lowercase();
    match result {
        Ok(_) => prop_assert!(
            allowed.contains(&normal.as_str()),
            "{name}={value:?} accepted"
        ),
        Err(invalid) => {
            prop_assert!(
                !allowed.contains(&normal.as_str()),
                "{name}={value:?} rejected"
            );
            prop_assert_eq!(invalid.name, name);
            prop_assert_eq!(&invalid.value, value);
            prop_assert_eq!(&invalid.allowed[..], allowed);
            // Shortened to 40 characters, each escaped in at most 10.
            let message = invalid.to_string();
            prop_assert!(message.len() < 600, "{} bytes", message.len());
            prop_assert!(message.starts_with("<startklar-quiz>: invalid "));
        }
    }
    Ok(())
}

fn attributes_decode_safely(value: &str) -> Result<(), TestCaseError> {
    let lang = parse_lang(Some(value), &Lang::BUILT_IN);
    let primary = value.trim().split(['-', '_']).next().unwrap_or_default();
    if let Ok(Some(lang)) = &lang {
        prop_assert!(primary.trim().eq_ignore_ascii_case(lang.code()));
    }
    prop_assert_ne!(&lang, &Ok(None));
    attribute_verdict("lang", &["de", "en"], value, lang)?;
    attribute_verdict(
        "theme",
        &["auto", "light", "dark"],
        value,
        parse_theme(Some(value)),
    )?;
    attribute_verdict(
        "persist",
        &["session", "local", "off"],
        value,
        parse_persist(Some(value)),
    )?;
    if let Ok(lang) = Lang::parse(value, &Lang::BUILT_IN) {
        prop_assert_eq!(parse_lang(Some(value), &Lang::BUILT_IN), Ok(Some(lang)));
    }
    // A language tag always gives a language: German for a well-formed `de`
    // tag and its regions, else English.
    let tag = value.trim().replace('_', "-");
    let expected = if is_well_formed_tag(&tag) && primary.eq_ignore_ascii_case("de") {
        Lang::DE
    } else {
        Lang::EN
    };
    prop_assert_eq!(Lang::nearest(value, &Lang::BUILT_IN), expected);
    // Any text as a query: a found value is a slice of it without `&`.
    for name in ["lang", "persist", ""] {
        if let Some(found) = query_param(value, name).filter(|found| !found.is_empty()) {
            prop_assert!(!found.contains('&'));
            let start = (found.as_ptr() as usize).checked_sub(value.as_ptr() as usize);
            prop_assert!(start.is_some_and(|start| start + found.len() <= value.len()));
        }
    }
    Ok(())
}

/// Noise a valid value may carry: case and surrounding white space.
fn noisy(value: &str, case: &[bool], left: &str, right: &str) -> String {
    let inner: String = value
        .chars()
        .zip(case.iter().cycle())
        .map(|(c, &upper)| if upper { c.to_ascii_uppercase() } else { c })
        .collect();
    format!("{left}{inner}{right}")
}

fn white_space() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![' ', '\t', '\n', '\r', '\u{a0}', '\u{2003}']),
        0..3,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Every valid value, with any case and surrounding white space, is read.
fn attributes_read_valid_values(
    (pick, case, left, right, region): (prop::sample::Index, Vec<bool>, String, String, String),
) -> Result<(), TestCaseError> {
    let langs = [("de", Lang::DE), ("en", Lang::EN)];
    let (code, lang) = *pick.get(&langs);
    prop_assert_eq!(
        parse_lang(Some(&noisy(code, &case, &left, &right)), &Lang::BUILT_IN),
        Ok(Some(lang))
    );
    let tag = format!("{left}{}{region}{right}", noisy(code, &case, "", ""));
    prop_assert_eq!(
        parse_lang(Some(&tag), &Lang::BUILT_IN),
        Ok(Some(lang)),
        "{}",
        tag
    );
    prop_assert_eq!(Lang::parse(lang.code(), &Lang::BUILT_IN), Ok(lang));
    prop_assert_eq!(Lang::nearest(lang.code(), &Lang::BUILT_IN), lang);
    prop_assert_eq!(
        Lang::nearest(
            &format!("{left}{}{region}", noisy(code, &case, "", "")),
            &Lang::BUILT_IN
        ),
        lang
    );
    prop_assert_eq!(parse_lang(None, &Lang::BUILT_IN), Ok(None));

    let themes = [
        ("auto", Theme::Auto),
        ("light", Theme::Light),
        ("dark", Theme::Dark),
    ];
    let (value, theme) = *pick.get(&themes);
    prop_assert_eq!(
        parse_theme(Some(&noisy(value, &case, &left, &right))),
        Ok(theme)
    );
    prop_assert_eq!(parse_theme(None), Ok(Theme::Auto));

    let persists = [
        ("session", Persist::Session),
        ("local", Persist::Local),
        ("off", Persist::Off),
    ];
    let (value, persist) = *pick.get(&persists);
    prop_assert_eq!(
        parse_persist(Some(&noisy(value, &case, &left, &right))),
        Ok(persist)
    );
    prop_assert_eq!(parse_persist(None), Ok(Persist::Session));
    Ok(())
}

fn region() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[-_][A-Za-z0-9]{1,8}",
        "-[A-Za-z]{2}-[a-z0-9]{1,8}",
    ]
}

/// A query built from pairs: the first pair of a name gives its value.
fn query_param_finds_values(
    (pairs, leading): (Vec<(String, Option<String>)>, bool),
) -> Result<(), TestCaseError> {
    let query: String = pairs
        .iter()
        .map(|(key, value)| match value {
            Some(value) => format!("{key}={value}"),
            None => key.clone(),
        })
        .collect::<Vec<_>>()
        .join("&");
    let query = if leading { format!("?{query}") } else { query };
    for (key, _) in &pairs {
        let expected = pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_deref().unwrap_or(""));
        prop_assert_eq!(query_param(&query, key), expected, "{} in {}", key, query);
    }
    prop_assert_eq!(query_param(&query, "absent-name"), None);
    Ok(())
}

fn query_pairs() -> impl Strategy<Value = (Vec<(String, Option<String>)>, bool)> {
    (
        prop::collection::vec(
            (
                prop_oneof![
                    3 => prop::sample::select(vec!["lang", "persist", "embed", "r"]).prop_map(str::to_string),
                    1 => "[^&=?#]{1,6}",
                ],
                prop::option::of("[^&]{0,8}"),
            ),
            0..6,
        ),
        any::<bool>(),
    )
}

// ---- the properties, with their inputs ----

/// Runs every property with `cases` inputs each (huge inputs: fewer);
/// returns the number of inputs per property.
fn run_all(cases: u32, seed: u64) -> Vec<(&'static str, u64)> {
    let huge_cases = (cases / 500).max(8);
    let mut counts = Vec::new();
    let mut seed = seed;
    let mut next_seed = || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        seed
    };
    macro_rules! run {
        ($name:literal, $cases:expr, $strategy:expr, $test:expr) => {
            counts.push(($name, check($name, $cases, next_seed(), $strategy, $test)))
        };
    }
    run!(
        "share code: arbitrary text",
        cases,
        arbitrary_text(),
        |text| {
            share_code_accepts_only_encodings(&text)?;
            share_code_accepts_only_encodings(&format!("#r={text}"))
        }
    );
    run!(
        "share code: round trip",
        cases,
        answers(),
        share_code_round_trips
    );
    run!(
        "share code: one change",
        cases,
        (answers(), mutation()),
        share_code_detects_changes
    );
    run!("share code: huge", huge_cases, huge_text(), |text| {
        prop_assert!(share_code::decode(&text).is_err());
        let fragment = format!("#r={text}");
        prop_assert!(share_code::from_fragment(&fragment).is_some_and(|result| result.is_err()));
        Ok(())
    });
    run!(
        "stored state: arbitrary text",
        cases,
        arbitrary_text(),
        |text| saved_state_decodes_safely(&text)
    );
    run!(
        "stored state: round trip",
        cases,
        saved_state(),
        saved_state_round_trips
    );
    run!(
        "stored state: one change",
        cases,
        (saved_state(), mutation()),
        saved_state_survives_changes
    );
    run!("stored state: huge", huge_cases, huge_text(), |text| {
        prop_assert_eq!(
            SavedState::decode(&text, &Lang::BUILT_IN),
            Err(SavedStateError::TooLong)
        );
        Ok(())
    });
    run!(
        "attributes: arbitrary text",
        cases,
        arbitrary_text(),
        |text| attributes_decode_safely(&text)
    );
    run!(
        "attributes: one change to a valid value",
        cases,
        (
            prop::sample::select(vec![
                "de", "en", "auto", "light", "dark", "session", "local", "off", "de-AT"
            ]),
            mutation()
        ),
        |(value, mutation)| attributes_decode_safely(&mutate(value, &mutation))
    );
    run!(
        "attributes: valid values round trip",
        cases,
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(any::<bool>(), 1..8),
            white_space(),
            white_space(),
            region()
        ),
        attributes_read_valid_values
    );
    run!("attributes: huge", huge_cases, huge_text(), |text| {
        attributes_decode_safely(&text)
    });
    run!(
        "query parameters: built from pairs",
        cases,
        query_pairs(),
        query_param_finds_values
    );
    counts
}

// ---- the bounded pass (cargo test) ----

#[test]
fn decoders_never_panic_and_valid_values_round_trip() {
    let counts = run_all(BOUNDED_CASES, BOUNDED_SEED);
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    assert!(total >= 3_000, "{total} inputs: {counts:?}");
}

#[test]
fn the_mutations_reach_the_decoders_errors() {
    // The generators are no good if they never produce the interesting
    // cases: each error of the share code and the stored state is hit.
    let code = share_code::encode(&[Answer::Yes; QUESTION_COUNT]);
    let mut slots = [None; QUESTION_COUNT];
    slots[..3].fill(Some(Answer::Partly));
    let state = SavedState {
        quiz: Quiz::resume(
            Step::Question(CaseNumber::ALL[3]),
            AnswerSet::from_slots(slots),
        )
        .unwrap(),
        lang: Lang::DE,
        ticked: [false; QUESTION_COUNT],
    }
    .encode();
    let (mut share_errors, mut state_errors) = (Vec::new(), Vec::new());
    let mut runner = TestRunner::new(ProptestConfig {
        rng_seed: RngSeed::Fixed(BOUNDED_SEED),
        ..ProptestConfig::default()
    });
    let strategy = (mutation(), mutation());
    for _ in 0..4_000 {
        let (first, second) = strategy.new_tree(&mut runner).unwrap().current();
        let changed = mutate(&mutate(&code, &first), &second);
        if let Err(error) = share_code::decode(&changed) {
            let kind = format!("{error:?}")
                .split([' ', '{'])
                .next()
                .unwrap()
                .to_string();
            if !share_errors.contains(&kind) {
                share_errors.push(kind);
            }
        }
        let changed = mutate(&state, &first);
        if let Err(error) = SavedState::decode(&changed, &Lang::BUILT_IN) {
            let kind = format!("{error:?}");
            if !state_errors.contains(&kind) {
                state_errors.push(kind);
            }
        }
    }
    share_errors.sort();
    assert_eq!(
        share_errors,
        ["BadCharacter", "BadChecksum", "Empty", "WrongLength"]
    );
    for expected in [
        "OtherVersion",
        "Malformed { field: \"step\" }",
        "Malformed { field: \"answers\" }",
        "Malformed { field: \"lang\" }",
        "Malformed { field: \"ticked\" }",
        "Malformed { field: \"end\" }",
        "Unreachable",
    ] {
        assert!(
            state_errors.iter().any(|e| e == expected),
            "{expected} never reached: {state_errors:?}"
        );
    }
}

// ---- the long run (bash scripts/fuzz.sh) ----

/// At least a million generated inputs: `FUZZ_CASES` per property (default
/// 100 000 for each of the 13 properties, fewer for the huge inputs),
/// `FUZZ_SEED` to repeat a run (default: a fresh seed, printed).
#[test]
#[ignore = "long: run with bash scripts/fuzz.sh"]
fn million_inputs() {
    let cases: u32 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        });
    println!("fuzz: seed {seed} (repeat with FUZZ_SEED={seed}), {cases} inputs per property");
    let start = Instant::now();
    let counts = run_all(cases, seed);
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    for (name, n) in &counts {
        println!("fuzz: {n:>9} {name}");
    }
    println!(
        "fuzz: {total} inputs in {:.1} s, no panic, every valid value round-tripped",
        start.elapsed().as_secs_f64()
    );
    if std::env::var("FUZZ_CASES").is_err() {
        assert!(total >= 1_000_000, "only {total} inputs");
    }
}
