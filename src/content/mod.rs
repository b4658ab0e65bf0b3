//! What the widget says, in German (the original) and English.
//!
//! The texts live in `content/de.toml` and `content/en.toml`; `build.rs`
//! validates them and compiles them in as the statics below.

pub mod schema;

pub use schema::{Case, Conclusion, Content, Intro, RouteTexts, Ui, VerdictText, Verdicts};

use crate::model::{Verdict, VerdictRoute, Warning};

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

    /// The summary that is true for the answers that took `route`: "ready"
    /// with "partly" left does not claim what only all "yes" shows.
    pub fn summary(&self, route: VerdictRoute) -> &str {
        match route {
            VerdictRoute::ReadyWithPartly => &self.verdicts.routes.ready_with_partly,
            route => &self.verdict(route.verdict()).summary,
        }
    }

    /// The short line that names why the visitor is kept off the start:
    /// the hands-off route that applied; `None` for the other verdicts.
    pub fn route_reason(&self, route: VerdictRoute) -> Option<&str> {
        match route {
            VerdictRoute::KnockOut => Some(&self.verdicts.routes.knock_out),
            VerdictRoute::TooManyNo => Some(&self.verdicts.routes.too_many_no),
            _ => None,
        }
    }

    /// The text above the training plan `plan`: it names goal and long-term
    /// plan (cases 1 and 2) first only when they are among its steps.
    pub fn plan_intro(&self, plan: &[Warning]) -> &str {
        let has = |case: u8| plan.iter().any(|warning| warning.case == case);
        match (has(1), has(2)) {
            (true, true) => &self.ui.plan_intro_goal_and_long_term,
            (true, false) => &self.ui.plan_intro_goal,
            (false, true) => &self.ui.plan_intro_long_term,
            (false, false) => &self.ui.plan_intro,
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
