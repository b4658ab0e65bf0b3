//! The widget's one reducer: every change of state goes through [`Action`].
//!
//! Effects (events to the host, focus, storage) read what the reducer
//! recorded; the reducer itself touches nothing outside.

use std::rc::Rc;

use yew::Reducible;

use crate::content::Lang;
use crate::model::{Notice, Quiz, QuizAction, Step};

/// How many notices are kept for effects that have not seen them yet.
const NOTICE_BACKLOG: usize = 16;

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// The quiz itself.
    pub quiz: Quiz,
    /// The language shown.
    pub lang: Lang,
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
}

impl WidgetState {
    /// A widget showing `quiz` in `lang`.
    pub fn new(quiz: Quiz, lang: Lang) -> Self {
        WidgetState {
            quiz,
            lang,
            notices: Vec::new(),
            last_notice: 0,
            moves: 0,
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
            Action::Quiz(action) => {
                let (quiz, notices) = self.quiz.apply(action)?;
                if quiz.step() != self.quiz.step() {
                    next.moves += 1;
                }
                next.quiz = quiz;
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
