//! The quiz's steps: forward, back, change, restart, and stale actions
//! (double clicks) that must neither skip a question nor record twice.
#![cfg(not(target_arch = "wasm32"))]

use startklar::model::{Answer, AnswerSet, Notice, Quiz, QuizAction, ResumeError, Step, Verdict};

/// Applies `actions` in order, keeping the quiz unchanged for ignored ones;
/// returns the quiz and every notice.
fn run(actions: &[QuizAction]) -> (Quiz, Vec<Notice>) {
    let mut quiz = Quiz::new();
    let mut notices = Vec::new();
    for action in actions {
        if let Some((next, mut new)) = quiz.apply(*action) {
            quiz = next;
            notices.append(&mut new);
        }
    }
    (quiz, notices)
}

fn answer_all(answers: [Answer; 8]) -> Vec<QuizAction> {
    let mut actions = vec![QuizAction::Start];
    for (question, answer) in answers.into_iter().enumerate() {
        actions.push(QuizAction::Choose { question, answer });
        actions.push(QuizAction::Continue { from: question });
    }
    actions
}

#[test]
fn a_full_run_reaches_the_result_with_one_notice_per_answer() {
    let (quiz, notices) = run(&answer_all([Answer::Yes; 8]));
    assert_eq!(quiz.step(), Step::Result);
    let answered = notices
        .iter()
        .filter(|n| matches!(n, Notice::Answered { .. }))
        .count();
    assert_eq!(answered, 8);
    match notices.last() {
        Some(Notice::Completed(assessment)) => {
            assert_eq!(assessment.verdict, Verdict::Ready);
            assert_eq!(assessment.score, 16);
        }
        other => panic!("expected a completion last, got {other:?}"),
    }
}

#[test]
fn stale_actions_are_ignored() {
    use QuizAction::*;
    let table: [(&str, Vec<QuizAction>, Step); 6] = [
        ("double start", vec![Start, Start], Step::Question(0)),
        (
            "double continue",
            vec![
                Start,
                Choose {
                    question: 0,
                    answer: Answer::Yes,
                },
                Continue { from: 0 },
                Continue { from: 0 },
            ],
            Step::Question(1),
        ),
        (
            "choose for a question not on screen",
            vec![
                Start,
                Choose {
                    question: 3,
                    answer: Answer::No,
                },
                Continue { from: 0 },
            ],
            Step::Question(0),
        ),
        (
            "double back",
            vec![
                Start,
                Choose {
                    question: 0,
                    answer: Answer::Yes,
                },
                Continue { from: 0 },
                Back {
                    from: Step::Question(1),
                },
                Back {
                    from: Step::Question(1),
                },
            ],
            Step::Question(0),
        ),
        (
            "back on the intro",
            vec![Back { from: Step::Intro }],
            Step::Intro,
        ),
        (
            "continue without an answer",
            vec![Start, Continue { from: 0 }],
            Step::Question(0),
        ),
    ];
    for (name, actions, expected) in table {
        assert_eq!(run(&actions).0.step(), expected, "{name}");
    }
    let (quiz, notices) = run(&[
        Start,
        Choose {
            question: 0,
            answer: Answer::Yes,
        },
        Continue { from: 0 },
        Continue { from: 0 },
    ]);
    assert_eq!(notices.len(), 1, "one answer, one notice: {notices:?}");
    assert!(!quiz.missing_answer());
}

#[test]
fn continue_without_an_answer_asks_for_one() {
    let (quiz, notices) = run(&[QuizAction::Start, QuizAction::Continue { from: 0 }]);
    assert!(quiz.missing_answer());
    assert!(notices.is_empty());
    let (quiz, _) = run(&[
        QuizAction::Start,
        QuizAction::Continue { from: 0 },
        QuizAction::Choose {
            question: 0,
            answer: Answer::No,
        },
    ]);
    assert!(!quiz.missing_answer(), "choosing clears the error");
}

#[test]
fn back_keeps_answers_and_they_can_be_changed() {
    use QuizAction::*;
    let mut actions = answer_all([Answer::Yes; 8]);
    actions.extend([
        Back { from: Step::Result },
        Back {
            from: Step::Question(7),
        },
    ]);
    let (quiz, _) = run(&actions);
    assert_eq!(quiz.step(), Step::Question(6));
    assert_eq!(quiz.answers().get(6), Some(Answer::Yes));
    let quiz = quiz
        .apply(Choose {
            question: 6,
            answer: Answer::No,
        })
        .map(|(quiz, _)| quiz)
        .expect("choosing on screen applies");
    assert_eq!(quiz.answers().get(6), Some(Answer::No));
    assert_eq!(
        quiz.answers().get(7),
        Some(Answer::Yes),
        "later answers stay"
    );
}

#[test]
fn restart_clears_everything() {
    let mut actions = answer_all([Answer::Partly; 8]);
    actions.push(QuizAction::Restart);
    let (quiz, _) = run(&actions);
    assert_eq!(quiz, Quiz::new());
}

#[test]
fn resume_accepts_only_reachable_steps() {
    let mut some = AnswerSet::default();
    some.set(0, Answer::Yes);
    some.set(1, Answer::No);
    let all = AnswerSet::complete([Answer::Yes; 8]);
    let table = [
        (Step::Intro, AnswerSet::default(), true),
        (Step::Question(0), AnswerSet::default(), true),
        (Step::Question(1), AnswerSet::default(), false),
        (Step::Question(2), some, true),
        (Step::Question(3), some, false),
        (Step::Question(8), all, false),
        (Step::Result, some, false),
        (Step::Result, all, true),
    ];
    for (step, answers, ok) in table {
        let resumed = Quiz::resume(step, answers);
        assert_eq!(resumed.is_ok(), ok, "{step:?} with {answers:?}");
        if !ok {
            assert_eq!(resumed, Err(ResumeError::StepAheadOfAnswers));
        }
    }
}
