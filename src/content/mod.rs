//! What the widget says: the built-in German (the original) and English
//! packs, and an author's content pack installed at run time.
//!
//! The built-in texts live in `content/de.json` and `content/en.json`;
//! `build.rs` checks them with the same decoder as any pack (`pack`) and
//! compiles them in as the statics below, so they cost no request and no
//! parsing.

pub mod json;
pub mod pack;
pub mod schema;

use std::cell::Cell;

pub use schema::{
    Case, Conclusion, Content, Dir, Fallback, Intro, Link, RouteTexts, Ui, VerdictText, Verdicts,
};

// The language is a model value; re-exported here, beside its texts.
pub use crate::model::{is_well_formed_tag, Lang};
use crate::model::{
    CaseNumber, Severity, Verdict, VerdictRoute, Warning, CASE_COUNT, MAX_SCORE, QUESTION_COUNT,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

thread_local! {
    /// The content pack this wasm instance shows, if one is installed.
    /// Leaked on purpose: components hold `&'static Content`, an instance
    /// serves one element at a time, and a pack is at most 64 KB.
    static PACK: Cell<Option<(Lang, &'static Content)>> = const { Cell::new(None) };
}

/// Makes a decoded content pack the texts of its language for this wasm
/// instance, replacing a built-in language with the same primary subtag
/// and any pack installed before. Returns the pack's language; `None` when
/// its `lang` is not a well-formed tag (the decoder already rejects those).
pub fn install_pack(pack: Content) -> Option<Lang> {
    let tag: &'static str = Box::leak(pack.lang.to_ascii_lowercase().into_boxed_str());
    let lang = Lang::from_interned(tag)?;
    let pack: &'static Content = Box::leak(Box::new(pack));
    PACK.with(|slot| slot.set(Some((lang, pack))));
    Some(lang)
}

/// Shows only the built-in languages again.
pub fn remove_pack() {
    PACK.with(|slot| slot.set(None));
}

/// The languages on offer, in the order the switch shows them: the
/// built-in ones, each replaced by an installed pack of the same primary
/// language, then the pack's language if no built-in one has it.
pub fn languages() -> Vec<Lang> {
    let pack = PACK.with(Cell::get).map(|(lang, _)| lang);
    let mut languages: Vec<Lang> = Lang::BUILT_IN
        .into_iter()
        .map(|built_in| match pack {
            Some(pack) if pack.primary() == built_in.primary() => pack,
            _ => built_in,
        })
        .collect();
    if let Some(pack) = pack.filter(|pack| !languages.contains(pack)) {
        languages.push(pack);
    }
    languages
}

impl Lang {
    /// All texts in this language: the installed pack's when it is this
    /// language, else the nearest built-in language's.
    pub fn content(self) -> &'static Content {
        match PACK.with(Cell::get) {
            Some((lang, pack)) if lang == self => pack,
            _ if self.primary() == "de" => &DE,
            _ => &EN,
        }
    }

    /// The pre-rendered fallback's own texts in the nearest built-in
    /// language (build time only; the widget never shows them).
    pub fn fallback(self) -> &'static Fallback {
        if self.primary() == "de" {
            &DE_FALLBACK
        } else {
            &EN_FALLBACK
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
