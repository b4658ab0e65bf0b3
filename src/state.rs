//! The widget's one reducer: every change of state goes through [`Action`].
//!
//! Effects (events to the host, focus, storage, clipboard) read what the
//! reducer recorded or report back through an action; the reducer itself
//! touches nothing outside.

use std::rc::Rc;

use yew::Reducible;

use crate::model::saved_state::SavedState;
use crate::model::{CaseNumber, Lang, Notice, Quiz, QuizAction, Step, QUESTION_COUNT};

/// How many notices are kept for effects that have not seen them yet.
const NOTICE_BACKLOG: usize = 16;

/// Feedback after the visitor copied, shared or downloaded something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    /// The plan is on the clipboard.
    PlanCopied,
    /// Copying the plan failed; its text is selected instead.
    PlanSelected,
    /// The link was shared or is on the clipboard.
    LinkCopied,
    /// Copying the link failed; it is selected instead.
    LinkSelected,
    /// A download could not be made.
    DownloadFailed,
}

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// The quiz itself.
    pub quiz: Quiz,
    /// The language shown.
    pub lang: Lang,
    /// Ticked steps of the training plan, one per case (`ticked[case]`).
    pub ticked: [bool; QUESTION_COUNT],
    /// Feedback to show after copy, share or download.
    pub feedback: Option<Feedback>,
    /// True while the intro should say that a share link was invalid.
    pub invalid_share_link: bool,
    /// Recent notices for the host page, each with a running number.
    pub notices: Vec<(u64, Notice)>,
    /// The running number of the latest notice; 0 before the first.
    pub last_notice: u64,
    /// Counts the visitor's moves between screens, so that focus follows a
    /// move but not the first render (the host page keeps its focus on load).
    pub moves: u64,
}

/// A change to the widget's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Something the visitor did in the quiz.
    Quiz(QuizAction),
    /// Show the widget in another language, keeping every answer.
    SetLang(Lang),
    /// Tick or untick the training plan's step for a case.
    ToggleStep(CaseNumber),
    /// Show (or clear) feedback after copy, share or download.
    Feedback(Option<Feedback>),
}

impl WidgetState {
    /// A widget resuming `saved`; `invalid_share_link` when a share link
    /// was rejected on the way.
    pub fn new(saved: SavedState, invalid_share_link: bool) -> Self {
        WidgetState {
            quiz: saved.quiz,
            lang: saved.lang,
            ticked: saved.ticked,
            feedback: None,
            invalid_share_link,
            notices: Vec::new(),
            last_notice: 0,
            moves: 0,
        }
    }

    /// What is stored between reloads.
    pub fn saved(&self) -> SavedState {
        SavedState {
            quiz: self.quiz,
            lang: self.lang,
            ticked: self.ticked,
        }
    }

    /// The notices newer than `seen`, oldest first.
    pub fn notices_after(&self, seen: u64) -> impl Iterator<Item = &Notice> {
        self.notices
            .iter()
            .filter(move |(number, _)| *number > seen)
            .map(|(_, notice)| notice)
    }

    /// The state after `action`, or `None` when nothing changes.
    pub fn apply(&self, action: Action) -> Option<WidgetState> {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) if lang != self.lang => next.lang = lang,
            Action::SetLang(_) => return None,
            Action::ToggleStep(case) => {
                next.ticked[case] = !next.ticked[case];
                next.feedback = None;
            }
            Action::Feedback(feedback) if feedback != self.feedback => next.feedback = feedback,
            Action::Feedback(_) => return None,
            Action::Quiz(action) => {
                let (quiz, notices) = self.quiz.apply(action)?;
                if quiz.step() != self.quiz.step() {
                    next.moves += 1;
                }
                if action == QuizAction::Restart {
                    next.ticked = [false; QUESTION_COUNT];
                }
                next.quiz = quiz;
                next.feedback = None;
                next.invalid_share_link = false;
                for notice in notices {
                    next.last_notice += 1;
                    next.notices.push((next.last_notice, notice));
                }
                let overflow = next.notices.len().saturating_sub(NOTICE_BACKLOG);
                next.notices.drain(..overflow);
            }
        }
        Some(next)
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.quiz.step()
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
