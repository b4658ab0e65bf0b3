//! What the widget says, in German (the original) and English.
//!
//! The texts live in `content/de.toml` and `content/en.toml`; `build.rs`
//! validates them and compiles them in as the statics below.

pub mod schema;

pub use schema::{
    Case, Conclusion, Content, Fallback, Intro, RouteTexts, Ui, VerdictText, Verdicts,
};

// The language is a model value; re-exported here, beside its texts.
pub use crate::model::Lang;
use crate::model::{
    CaseNumber, Severity, Verdict, VerdictRoute, Warning, MAX_SCORE, QUESTION_COUNT,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Lang {
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
}

impl Content {
    /// The texts of `case`: the one place a case is looked up. `build.rs`
    /// checked that every language has all of them.
    pub fn case(&self, case: CaseNumber) -> &Case {
        &self.cases[case.index()]
    }

    /// "Frage 3 von 8" on the question of case 3.
    pub fn progress_label(&self, question: CaseNumber) -> String {
        fill(
            &self.ui.progress,
            &[
                ("n", &question.to_string()),
                ("total", &QUESTION_COUNT.to_string()),
            ],
        )
    }

    /// "11 von 16 Punkten" for a score of 11.
    pub fn score_label(&self, score: u8) -> String {
        fill(
            &self.ui.score,
            &[
                ("score", &score.to_string()),
                ("max", &MAX_SCORE.to_string()),
            ],
        )
    }

    /// The badge of a warning: "trifft zu" or "trifft teilweise zu".
    pub fn severity_label(&self, severity: Severity) -> &str {
        match severity {
            Severity::Applies => &self.ui.applies,
            Severity::AppliesInPart => &self.ui.applies_in_part,
        }
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
        let has = |case: CaseNumber| plan.iter().any(|warning| warning.case == case);
        match (has(CaseNumber::GOAL), has(CaseNumber::LONG_TERM_PLAN)) {
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
