//! What the widget says, in German (the original) and English.
//!
//! The texts live in `content/de.toml` and `content/en.toml`; `build.rs`
//! validates them and compiles them in as the statics below.

pub mod schema;

pub use schema::{Case, Conclusion, Content, Fallback, Intro, Ui, VerdictText, Verdicts};

use crate::model::Verdict;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German, the original.
    De,
    /// English.
    En,
}

/// A language value that is neither `de` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language code: `de` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Parses an explicit choice (`lang` attribute, `?lang=`): `de` or `en`,
    /// ignoring case and surrounding space.
    pub fn parse(value: &str) -> Result<Lang, UnknownLang> {
        match value.trim().to_ascii_lowercase().as_str() {
            "de" => Ok(Lang::De),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(value.to_string())),
        }
    }

    /// The language for a BCP 47 tag such as a page's `lang` or the
    /// browser's language: German for `de` and its regional forms, else English.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else {
            Lang::En
        }
    }

    /// All texts in this language.
    pub fn content(self) -> &'static Content {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }

    /// The pre-rendered fallback's own texts in this language (build time
    /// only; the widget never shows them).
    pub fn fallback(self) -> &'static Fallback {
        match self {
            Lang::De => &DE_FALLBACK,
            Lang::En => &EN_FALLBACK,
        }
    }

    /// The file name of the standalone page pre-rendered in this language,
    /// beside `index.html` (German, the original).
    pub fn standalone_page(self) -> &'static str {
        match self {
            Lang::De => "index.html",
            Lang::En => "index.en.html",
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
                ("total", &crate::model::QUESTION_COUNT.to_string()),
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
