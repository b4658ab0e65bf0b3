//! The pure core: answers, scoring, verdict and the quiz's steps.
//!
//! Plain Rust with no yew or web-sys imports, so it is tested natively and
//! shared by every front end (the widget, the share link, stored state). It
//! is the ground floor: nothing here imports from the rest of the crate.

mod answer;
mod assessment;
mod case;
mod lang;
mod quiz;
pub mod saved_state;
pub mod share_code;
mod training_plan;
mod verdict;

pub use answer::{Answer, AnswerSet};
pub use assessment::{assess, Assessment, Severity, Warning, MAX_SCORE};
pub use case::{CaseNumber, CASE_COUNT};
pub use lang::{is_well_formed_tag, Lang, UnknownLang};
pub use quiz::{Notice, Quiz, QuizAction, ResumeError, Screen, Step};
pub use training_plan::training_plan;
pub use verdict::{Verdict, VerdictRoute};

/// The number of questions, one per case of the seed post.
pub const QUESTION_COUNT: usize = CASE_COUNT;
