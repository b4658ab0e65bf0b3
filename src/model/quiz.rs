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

/// What a screen shows, as the view needs it: the result always comes with
/// its assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The intro, before the first question.
    Intro,
    /// The question of a case.
    Question(CaseNumber),
    /// The verdict of the answers given.
    Result(Assessment),
}

/// The quiz: which screen is shown and what has been answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Quiz {
    position: Position,
    answers: AnswerSet,
    missing_answer: bool,
}

// The step, with the result carrying its answers: the result cannot be
// reached without every answer, and the type says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
enum Position {
    #[default]
    Intro,
    Question(CaseNumber),
    Result([Answer; QUESTION_COUNT]),
}

impl Quiz {
    /// A fresh quiz on the intro screen.
    pub fn new() -> Self {
        Quiz::default()
    }

    /// A quiz at `step` with `answers`, as stored or shared. Fails when the
    /// step could not have been reached with those answers.
    pub fn resume(step: Step, answers: AnswerSet) -> Result<Self, ResumeError> {
        let position = match step {
            Step::Intro => Some(Position::Intro),
            Step::Question(case) => {
                (answers.answered_prefix() >= case.index()).then_some(Position::Question(case))
            }
            Step::Result => answers.all().map(Position::Result),
        };
        let position = position.ok_or(ResumeError::StepAheadOfAnswers)?;
        Ok(Quiz {
            position,
            answers,
            missing_answer: false,
        })
    }

    /// A quiz on the result with every question answered, as a share link
    /// gives it.
    pub fn completed(answers: [Answer; QUESTION_COUNT]) -> Self {
        Quiz {
            position: Position::Result(answers),
            answers: AnswerSet::complete(answers),
            missing_answer: false,
        }
    }

    /// The screen to show.
    pub fn step(&self) -> Step {
        match self.position {
            Position::Intro => Step::Intro,
            Position::Question(case) => Step::Question(case),
            Position::Result(_) => Step::Result,
        }
    }

    /// The screen to show, with what it needs.
    pub fn screen(&self) -> Screen {
        match self.position {
            Position::Intro => Screen::Intro,
            Position::Question(case) => Screen::Question(case),
            Position::Result(answers) => Screen::Result(assess(&answers)),
        }
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
        match (self.position, action) {
            (Position::Intro, QuizAction::Start) => {
                next.position = Position::Question(CaseNumber::FIRST)
            }
            (Position::Question(on), QuizAction::Choose { question, answer }) if on == question => {
                next.answers.set(question, answer);
            }
            (Position::Question(on), QuizAction::Continue { from }) if on == from => {
                match self.answers.get(on) {
                    None => next.missing_answer = true,
                    Some(answer) => {
                        notices.push(Notice::Answered {
                            question: on,
                            answer,
                        });
                        if let Some(following) = on.next() {
                            next.position = Position::Question(following);
                        } else if let Some(all) = self.answers.all() {
                            next.position = Position::Result(all);
                            notices.push(Notice::Completed(assess(&all)));
                        }
                    }
                }
            }
            (_, QuizAction::Back { from }) if self.step() == from => {
                next.position = match self.position {
                    Position::Intro => return None,
                    Position::Question(case) => {
                        case.previous().map_or(Position::Intro, Position::Question)
                    }
                    Position::Result(_) => Position::Question(CaseNumber::LAST),
                };
            }
            (Position::Result(_), QuizAction::Restart) => next = Quiz::new(),
            _ => return None,
        }
        Some((next, notices))
    }
}
