//! The widget's one reducer (`WidgetState::apply`): ticks, feedback,
//! language, moves between screens, the notice backlog, and stale actions.
//! Table-driven: each row runs actions from a fresh state and compares a
//! summary of what the view and the effects read.
#![cfg(not(target_arch = "wasm32"))]

use startklar::model::saved_state::SavedState;
use startklar::model::{Answer, CaseNumber, Lang, Notice, Quiz, QuizAction, Step};
use startklar::state::{Action, Feedback, WidgetState};

/// The case numbered `number` (1 to 8).
fn q(number: u8) -> CaseNumber {
    CaseNumber::from_number(number).expect("a case number from 1 to 8")
}

/// What a row expects after its actions.
#[derive(Debug, Clone, PartialEq)]
struct Summary {
    step: Step,
    lang: Lang,
    /// The ticked cases, by number.
    ticked: Vec<u8>,
    feedback: Option<Feedback>,
    invalid_share_link: bool,
    moves: u64,
    last_notice: u64,
    /// How many actions were ignored (`apply` returned `None`).
    ignored: usize,
}

impl Default for Summary {
    fn default() -> Self {
        Summary {
            step: Step::Intro,
            lang: Lang::DE,
            ticked: Vec::new(),
            feedback: None,
            invalid_share_link: false,
            moves: 0,
            last_notice: 0,
            ignored: 0,
        }
    }
}

fn fresh(invalid_share_link: bool) -> WidgetState {
    let saved = SavedState {
        quiz: Quiz::new(),
        lang: Lang::DE,
        ticked: [false; 8],
    };
    WidgetState::new(saved, invalid_share_link)
}

/// Applies `actions` to `state`, counting the ignored ones.
fn run(mut state: WidgetState, actions: &[Action]) -> (WidgetState, usize) {
    let mut ignored = 0;
    for action in actions {
        match state.apply(action.clone()) {
            Some(next) => state = next,
            None => ignored += 1,
        }
    }
    (state, ignored)
}

fn summary(state: &WidgetState, ignored: usize) -> Summary {
    Summary {
        step: state.step(),
        lang: state.lang,
        ticked: CaseNumber::ALL
            .into_iter()
            .filter(|&case| state.ticked[case])
            .map(CaseNumber::number)
            .collect(),
        feedback: state.feedback,
        invalid_share_link: state.invalid_share_link,
        moves: state.moves,
        last_notice: state.last_notice,
        ignored,
    }
}

fn check(actions: &[Action], expected: Summary) {
    check_from(fresh(false), actions, expected);
}

fn check_from(state: WidgetState, actions: &[Action], expected: Summary) {
    let (state, ignored) = run(state, actions);
    assert_eq!(summary(&state, ignored), expected, "after {actions:#?}");
}

fn quiz(action: QuizAction) -> Action {
    Action::Quiz(action)
}

fn start() -> Action {
    quiz(QuizAction::Start)
}

/// Answers the question of `case` with `answer` and goes on.
fn answer(case: CaseNumber, answer: Answer) -> [Action; 2] {
    [
        quiz(QuizAction::Choose {
            question: case,
            answer,
        }),
        quiz(QuizAction::Continue { from: case }),
    ]
}

/// Start, then every question answered `with`: on the result.
fn complete(with: Answer) -> Vec<Action> {
    let mut actions = vec![start()];
    for case in CaseNumber::ALL {
        actions.extend(answer(case, with));
    }
    actions
}

#[test]
fn moves_count_changes_of_screen_only() {
    check(
        &[start()],
        Summary {
            step: Step::Question(q(1)),
            moves: 1,
            ..Summary::default()
        },
    );
    check(
        &[
            start(),
            quiz(QuizAction::Choose {
                question: q(1),
                answer: Answer::Yes,
            }),
        ],
        Summary {
            step: Step::Question(q(1)),
            moves: 1,
            ..Summary::default()
        },
    );
    check(
        &[start(), quiz(QuizAction::Continue { from: q(1) })],
        Summary {
            step: Step::Question(q(1)),
            moves: 1,
            ..Summary::default()
        },
    );
    let mut actions = vec![start()];
    actions.extend(answer(q(1), Answer::No));
    check(
        &actions,
        Summary {
            step: Step::Question(q(2)),
            moves: 2,
            last_notice: 1,
            ..Summary::default()
        },
    );
    actions.push(quiz(QuizAction::Back {
        from: Step::Question(q(2)),
    }));
    check(
        &actions,
        Summary {
            step: Step::Question(q(1)),
            moves: 3,
            last_notice: 1,
            ..Summary::default()
        },
    );
    check(
        &complete(Answer::Yes),
        Summary {
            step: Step::Result,
            moves: 9,
            last_notice: 9,
            ..Summary::default()
        },
    );
}

#[test]
fn stale_actions_change_nothing() {
    let on_result = complete(Answer::Partly);
    let result = Summary {
        step: Step::Result,
        moves: 9,
        last_notice: 9,
        ..Summary::default()
    };
    let stale = [
        quiz(QuizAction::Start),
        quiz(QuizAction::Continue { from: q(8) }),
        quiz(QuizAction::Choose {
            question: q(8),
            answer: Answer::No,
        }),
        quiz(QuizAction::Back {
            from: Step::Question(q(8)),
        }),
    ];
    for action in stale {
        let mut actions = on_result.clone();
        actions.push(action);
        check(
            &actions,
            Summary {
                ignored: 1,
                ..result.clone()
            },
        );
    }
    check(
        &[
            quiz(QuizAction::Restart),
            quiz(QuizAction::Back { from: Step::Intro }),
        ],
        Summary {
            ignored: 2,
            ..Summary::default()
        },
    );
    check(
        &[start(), start()],
        Summary {
            step: Step::Question(q(1)),
            moves: 1,
            ignored: 1,
            ..Summary::default()
        },
    );
}

#[test]
fn ticks_toggle_per_case_and_restart_clears_them() {
    let mut actions = complete(Answer::No);
    actions.extend([
        Action::ToggleStep(q(3)),
        Action::ToggleStep(q(8)),
        Action::ToggleStep(q(1)),
    ]);
    let ticked = Summary {
        step: Step::Result,
        ticked: vec![1, 3, 8],
        moves: 9,
        last_notice: 9,
        ..Summary::default()
    };
    check(&actions, ticked.clone());
    actions.push(Action::ToggleStep(q(3)));
    check(
        &actions,
        Summary {
            ticked: vec![1, 8],
            ..ticked.clone()
        },
    );
    actions.push(quiz(QuizAction::Back { from: Step::Result }));
    check(
        &actions,
        Summary {
            step: Step::Question(q(8)),
            ticked: vec![1, 8],
            moves: 10,
            ..ticked.clone()
        },
    );
    let mut restarted = complete(Answer::No);
    restarted.extend([Action::ToggleStep(q(2)), quiz(QuizAction::Restart)]);
    check(
        &restarted,
        Summary {
            step: Step::Intro,
            moves: 10,
            last_notice: 9,
            ..Summary::default()
        },
    );
}

#[test]
fn feedback_shows_until_the_next_change() {
    let copied = Action::Feedback(Some(Feedback::PlanCopied));
    let on_result = complete(Answer::Yes);
    let result = Summary {
        step: Step::Result,
        moves: 9,
        last_notice: 9,
        ..Summary::default()
    };
    let table: [(Vec<Action>, Summary); 5] = [
        (
            vec![copied.clone()],
            Summary {
                feedback: Some(Feedback::PlanCopied),
                ..result.clone()
            },
        ),
        (
            vec![copied.clone(), copied.clone()],
            Summary {
                feedback: Some(Feedback::PlanCopied),
                ignored: 1,
                ..result.clone()
            },
        ),
        (
            vec![
                copied.clone(),
                Action::Feedback(Some(Feedback::DownloadFailed)),
            ],
            Summary {
                feedback: Some(Feedback::DownloadFailed),
                ..result.clone()
            },
        ),
        (
            vec![copied.clone(), Action::ToggleStep(q(1))],
            Summary {
                ticked: vec![1],
                ..result.clone()
            },
        ),
        (
            vec![
                copied.clone(),
                quiz(QuizAction::Back { from: Step::Result }),
            ],
            Summary {
                step: Step::Question(q(8)),
                moves: 10,
                ..result.clone()
            },
        ),
    ];
    for (more, expected) in table {
        let mut actions = on_result.clone();
        actions.extend(more);
        check(&actions, expected);
    }
    check(
        &[Action::Feedback(None)],
        Summary {
            ignored: 1,
            ..Summary::default()
        },
    );
}

#[test]
fn set_lang_keeps_everything_else() {
    let mut actions = vec![start()];
    actions.extend(answer(q(1), Answer::Partly));
    actions.push(Action::SetLang(Lang::EN));
    let switched = Summary {
        step: Step::Question(q(2)),
        lang: Lang::EN,
        moves: 2,
        last_notice: 1,
        ..Summary::default()
    };
    check(&actions, switched.clone());
    let (state, _) = run(fresh(false), &actions);
    assert_eq!(state.quiz.answers().get(q(1)), Some(Answer::Partly));
    actions.push(Action::SetLang(Lang::EN));
    check(
        &actions,
        Summary {
            ignored: 1,
            ..switched
        },
    );
    check(
        &[Action::SetLang(Lang::DE)],
        Summary {
            ignored: 1,
            ..Summary::default()
        },
    );
}

#[test]
fn the_invalid_share_link_note_stays_until_the_visitor_acts_in_the_quiz() {
    let note = Summary {
        invalid_share_link: true,
        ..Summary::default()
    };
    check_from(fresh(true), &[], note.clone());
    check_from(
        fresh(true),
        &[Action::SetLang(Lang::EN)],
        Summary {
            lang: Lang::EN,
            ..note
        },
    );
    check_from(
        fresh(true),
        &[start()],
        Summary {
            step: Step::Question(q(1)),
            moves: 1,
            ..Summary::default()
        },
    );
}

#[test]
fn the_notice_backlog_keeps_the_newest_and_numbers_them_all() {
    // Three full runs: 27 notices (8 answers and a completion each).
    let mut actions = Vec::new();
    for _ in 0..3 {
        actions.extend(complete(Answer::Yes));
        actions.push(quiz(QuizAction::Restart));
    }
    let (state, ignored) = run(fresh(false), &actions);
    assert_eq!((state.last_notice, ignored), (27, 0));
    assert_eq!(state.notices.len(), 16, "the backlog is bounded");
    let numbers: Vec<u64> = state.notices.iter().map(|(number, _)| *number).collect();
    assert_eq!(numbers, (12..=27).collect::<Vec<_>>());
    // An effect that has seen 25 gets the last two: question 8's answer, the completion.
    let unseen: Vec<&Notice> = state.notices_after(25).collect();
    assert!(
        matches!(
            unseen.as_slice(),
            [Notice::Answered { question, answer: Answer::Yes }, Notice::Completed(_)] if *question == q(8)
        ),
        "{unseen:?}"
    );
    assert_eq!(state.notices_after(27).count(), 0);
}
