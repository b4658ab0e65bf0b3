use super::{assess, Answer, AnswerSet, Assessment, CaseNumber, QUESTION_COUNT};

/// The screen the visitor is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// The intro, before the first question.
    Intro,
    /// The question of a case.
    Question(CaseNumber),
    /// The verdict.
    Result,
}

/// What the visitor did. Every action names the screen it was issued on, so
/// a stale one (a double click, a key held down) is ignored instead of
/// skipping a question or recording an answer twice: `Choose`, `Continue`
/// and `Back` carry it, `Start` is only ever issued on the intro and
/// `Restart` only on the result, so their kind names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// On the intro: go to the first question.
    Start,
    /// Choose (or change) the answer to `question`, shown on screen.
    Choose {
        /// The question on screen.
        question: CaseNumber,
        /// The chosen answer.
        answer: Answer,
    },
    /// Go on from question `from` to the next question or the result.
    Continue {
        /// The question on screen.
        from: CaseNumber,
    },
    /// Go back from step `from` to the previous one, keeping every answer.
    Back {
        /// The step on screen.
        from: Step,
    },
    /// On the result: clear all answers and show the intro.
    Restart,
}

/// Something the outside world may want to hear about after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// An answer was confirmed by going on from its question.
    Answered {
        /// The question answered.
        question: CaseNumber,
        /// The confirmed answer.
        answer: Answer,
    },
    /// The result is shown.
    Completed(Assessment),
}

/// Why stored or shared state cannot be resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeError {
    /// The step lies beyond the questions answered so far.
    StepAheadOfAnswers,
}

/// The quiz: which screen is shown and what has been answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Quiz {
    step: StepState,
    answers: AnswerSet,
    missing_answer: bool,
}

// `Step` has no sensible `Default`, so the field wraps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct StepState(Step);

impl Default for StepState {
    fn default() -> Self {
        StepState(Step::Intro)
    }
}

impl Quiz {
    /// A fresh quiz on the intro screen.
    pub fn new() -> Self {
        Quiz::default()
    }

    /// A quiz at `step` with `answers`, as stored or shared. Fails when the
    /// step could not have been reached with those answers.
    pub fn resume(step: Step, answers: AnswerSet) -> Result<Self, ResumeError> {
        let reachable = match step {
            Step::Intro => true,
            Step::Question(case) => answers.answered_prefix() >= case.index(),
            Step::Result => answers.all().is_some(),
        };
        if reachable {
            Ok(Quiz {
                step: StepState(step),
                answers,
                missing_answer: false,
            })
        } else {
            Err(ResumeError::StepAheadOfAnswers)
        }
    }

    /// A quiz on the result with every question answered, as a share link
    /// gives it.
    pub fn completed(answers: [Answer; QUESTION_COUNT]) -> Self {
        Quiz {
            step: StepState(Step::Result),
            answers: AnswerSet::complete(answers),
            missing_answer: false,
        }
    }

    /// The screen to show.
    pub fn step(&self) -> Step {
        self.step.0
    }

    /// The answers given so far.
    pub fn answers(&self) -> AnswerSet {
        self.answers
    }

    /// True right after the visitor tried to go on without choosing an answer.
    pub fn missing_answer(&self) -> bool {
        self.missing_answer
    }

    /// The assessment, once every question is answered.
    pub fn assessment(&self) -> Option<Assessment> {
        self.answers.all().map(|answers| assess(&answers))
    }

    /// The quiz after `action`, with notices for the outside world, or
    /// `None` when the action does not fit the current screen (it is stale).
    pub fn apply(&self, action: QuizAction) -> Option<(Quiz, Vec<Notice>)> {
        let mut next = *self;
        next.missing_answer = false;
        let mut notices = Vec::new();
        match (self.step(), action) {
            (Step::Intro, QuizAction::Start) => {
                next.step = StepState(Step::Question(CaseNumber::FIRST))
            }
            (Step::Question(on), QuizAction::Choose { question, answer }) if on == question => {
                next.answers.set(question, answer);
            }
            (Step::Question(on), QuizAction::Continue { from }) if on == from => {
                match self.answers.get(on) {
                    None => next.missing_answer = true,
                    Some(answer) => {
                        notices.push(Notice::Answered {
                            question: on,
                            answer,
                        });
                        if let Some(following) = on.next() {
                            next.step = StepState(Step::Question(following));
                        } else if let Some(assessment) = self.assessment() {
                            next.step = StepState(Step::Result);
                            notices.push(Notice::Completed(assessment));
                        }
                    }
                }
            }
            (on, QuizAction::Back { from }) if on == from => {
                next.step = StepState(match on {
                    Step::Intro => return None,
                    Step::Question(case) => case.previous().map_or(Step::Intro, Step::Question),
                    Step::Result => Step::Question(CaseNumber::LAST),
                });
            }
            (Step::Result, QuizAction::Restart) => next = Quiz::new(),
            _ => return None,
        }
        Some((next, notices))
    }
}
