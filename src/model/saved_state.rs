//! What the widget stores between reloads (`persist="session"` or
//! `"local"`): a short, versioned text, never parsed with `unwrap`.
//!
//! Format, version 1: `1|<step>|<answers>|<lang>|<ticked>`, e.g.
//! `1|q3|yyp-----|de|00000000`: step `i` (intro), `q0`–`q7` (question,
//! 0-based) or `r` (result); one character per question, `y`, `p`, `n` or
//! `-` (not answered); the language tag (`de`, `en` or a content pack's,
//! such as `fr`); one `0`/`1` per case for the training
//! plan's ticked steps.

use std::fmt;

use super::lang::is_well_formed_tag;
use super::{Answer, AnswerSet, CaseNumber, Lang, Quiz, Step, QUESTION_COUNT};

/// The current format version, the first field.
pub const VERSION: &str = "1";

/// Longer stored values are rejected before they are read.
pub const MAX_LENGTH: usize = 64;

/// The widget's state as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedState {
    /// Screen and answers.
    pub quiz: Quiz,
    /// The language shown.
    pub lang: Lang,
    /// Ticked steps of the training plan, one per case (`ticked[case]`).
    pub ticked: [bool; QUESTION_COUNT],
}

/// Why a stored value was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedStateError {
    /// Longer than [`MAX_LENGTH`] bytes.
    TooLong,
    /// Written by another version of the widget.
    OtherVersion,
    /// A field is missing or not of its form.
    Malformed {
        /// The field's name.
        field: &'static str,
    },
    /// The step could not have been reached with those answers.
    Unreachable,
}

impl fmt::Display for SavedStateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedStateError::TooLong => write!(f, "the stored value is too long"),
            SavedStateError::OtherVersion => {
                write!(
                    f,
                    "the stored value is from another version (expected {VERSION})"
                )
            }
            SavedStateError::Malformed { field } => {
                write!(f, "the stored value's field `{field}` is malformed")
            }
            SavedStateError::Unreachable => {
                write!(f, "the stored step does not fit the stored answers")
            }
        }
    }
}

impl SavedState {
    /// The stored text for this state.
    pub fn encode(&self) -> String {
        let step = match self.quiz.step() {
            Step::Intro => "i".to_string(),
            Step::Question(case) => format!("q{}", case.index()),
            Step::Result => "r".to_string(),
        };
        let answers: String = self
            .quiz
            .answers()
            .slots()
            .iter()
            .map(|slot| slot.map_or('-', Answer::code))
            .collect();
        let ticked: String = self
            .ticked
            .iter()
            .map(|&t| if t { '1' } else { '0' })
            .collect();
        format!("{VERSION}|{step}|{answers}|{}|{ticked}", self.lang.code())
    }

    /// The state a stored text stands for, in the language of `available`
    /// nearest to the stored one (a pack that no longer loads leaves its
    /// answers in a built-in language).
    pub fn decode(text: &str, available: &[Lang]) -> Result<SavedState, SavedStateError> {
        if text.len() > MAX_LENGTH {
            return Err(SavedStateError::TooLong);
        }
        let mut fields = text.split('|');
        if fields.next() != Some(VERSION) {
            return Err(SavedStateError::OtherVersion);
        }
        let mut field = |name: &'static str| {
            fields
                .next()
                .ok_or(SavedStateError::Malformed { field: name })
        };
        let malformed = |field| SavedStateError::Malformed { field };
        let step = match field("step")? {
            "i" => Step::Intro,
            "r" => Step::Result,
            question => {
                let case = question
                    .strip_prefix('q')
                    .filter(|digits| digits.len() == 1)
                    .and_then(|digits| digits.parse::<usize>().ok())
                    .and_then(CaseNumber::from_index)
                    .ok_or(malformed("step"))?;
                Step::Question(case)
            }
        };
        let answers = parse_slots(field("answers")?, |c| match c {
            '-' => Some(None),
            c => Answer::from_code(c).map(Some),
        })
        .ok_or(malformed("answers"))?;
        let lang = Some(field("lang")?)
            .filter(|tag| is_well_formed_tag(tag))
            .map(|tag| Lang::nearest(tag, available))
            .ok_or(malformed("lang"))?;
        let ticked = parse_slots(field("ticked")?, |c| match c {
            '0' => Some(false),
            '1' => Some(true),
            _ => None,
        })
        .ok_or(malformed("ticked"))?;
        if fields.next().is_some() {
            return Err(malformed("end"));
        }
        let quiz = Quiz::resume(step, AnswerSet::from_slots(answers))
            .map_err(|_| SavedStateError::Unreachable)?;
        Ok(SavedState { quiz, lang, ticked })
    }
}

/// Exactly one parsed value per question, or `None`.
fn parse_slots<T: Copy + Default>(
    text: &str,
    parse: impl Fn(char) -> Option<T>,
) -> Option<[T; QUESTION_COUNT]> {
    let mut slots = [T::default(); QUESTION_COUNT];
    let mut chars = text.chars();
    for slot in slots.iter_mut() {
        *slot = parse(chars.next()?)?;
    }
    chars.next().is_none().then_some(slots)
}
