//! What the widget says, in German (the original) and English.
//!
//! The texts live in `content/de.toml` and `content/en.toml`; `build.rs`
//! validates them and compiles them in as the statics below.

pub mod schema;

pub use schema::{Case, Conclusion, Content, Intro, Ui, VerdictText, Verdicts};

// The language is a model value; re-exported here, beside its texts.
pub use crate::model::Lang;
use crate::model::{Verdict, QUESTION_COUNT};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Lang {
    /// All texts in this language.
    pub fn content(self) -> &'static Content {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

impl Content {
    /// "Frage 3 von 8" for question index 2 (0-based).
    pub fn progress_label(&self, question: usize) -> String {
        fill(
            &self.ui.progress,
            &[
                ("n", &(question + 1).to_string()),
                ("total", &QUESTION_COUNT.to_string()),
            ],
        )
    }

    /// The texts of `verdict`.
    pub fn verdict(&self, verdict: Verdict) -> &VerdictText {
        match verdict {
            Verdict::Ready => &self.verdicts.ready,
            Verdict::Train => &self.verdicts.train,
            Verdict::HandsOff => &self.verdicts.hands_off,
        }
    }
}

/// Fills `{name}` placeholders in `template` with `values`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
