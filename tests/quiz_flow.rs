//! The quiz's steps: forward, back, change, restart, and stale actions
//! (double clicks) that must neither skip a question nor record twice.
#![cfg(not(target_arch = "wasm32"))]

use startklar::model::{
    assess, Answer, AnswerSet, CaseNumber, Notice, Quiz, QuizAction, ResumeError, Screen, Step,
    Verdict,
};

/// The case numbered `number` (1 to 8).
fn q(number: u8) -> CaseNumber {
    CaseNumber::from_number(number).expect("a case number from 1 to 8")
}

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
    for (question, answer) in CaseNumber::ALL.into_iter().zip(answers) {
        actions.push(QuizAction::Choose { question, answer });
        actions.push(QuizAction::Continue { from: question });
    }
    actions
}

#[test]
fn a_full_run_reaches_the_result_with_one_notice_per_answer() {
    let (quiz, notices) = run(&answer_all([Answer::Yes; 8]));
    assert_eq!(quiz.step(), Step::Result);
    assert_eq!(
        quiz.screen(),
        Screen::Result(assess(&[Answer::Yes; 8])),
        "the result comes with its assessment"
    );
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
    let table: [(&str, Vec<QuizAction>, Step); 7] = [
        ("double start", vec![Start, Start], Step::Question(q(1))),
        (
            "double continue",
            vec![
                Start,
                Choose {
                    question: q(1),
                    answer: Answer::Yes,
                },
                Continue { from: q(1) },
                Continue { from: q(1) },
            ],
            Step::Question(q(2)),
        ),
        (
            "choose for a question not on screen",
            vec![
                Start,
                Choose {
                    question: q(4),
                    answer: Answer::No,
                },
                Continue { from: q(1) },
            ],
            Step::Question(q(1)),
        ),
        (
            "double back",
            vec![
                Start,
                Choose {
                    question: q(1),
                    answer: Answer::Yes,
                },
                Continue { from: q(1) },
                Back {
                    from: Step::Question(q(2)),
                },
                Back {
                    from: Step::Question(q(2)),
                },
            ],
            Step::Question(q(1)),
        ),
        (
            "restart on a question (only the result restarts)",
            vec![Start, Restart],
            Step::Question(q(1)),
        ),
        (
            "back on the intro",
            vec![Back { from: Step::Intro }],
            Step::Intro,
        ),
        (
            "continue without an answer",
            vec![Start, Continue { from: q(1) }],
            Step::Question(q(1)),
        ),
    ];
    for (name, actions, expected) in table {
        assert_eq!(run(&actions).0.step(), expected, "{name}");
    }
    let (quiz, notices) = run(&[
        Start,
        Choose {
            question: q(1),
            answer: Answer::Yes,
        },
        Continue { from: q(1) },
        Continue { from: q(1) },
    ]);
    assert_eq!(notices.len(), 1, "one answer, one notice: {notices:?}");
    assert!(!quiz.missing_answer());
}

#[test]
fn continue_without_an_answer_asks_for_one() {
    let (quiz, notices) = run(&[QuizAction::Start, QuizAction::Continue { from: q(1) }]);
    assert!(quiz.missing_answer());
    assert!(notices.is_empty());
    let (quiz, _) = run(&[
        QuizAction::Start,
        QuizAction::Continue { from: q(1) },
        QuizAction::Choose {
            question: q(1),
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
            from: Step::Question(q(8)),
        },
    ]);
    let (quiz, _) = run(&actions);
    assert_eq!(quiz.step(), Step::Question(q(7)));
    assert_eq!(quiz.answers().get(q(7)), Some(Answer::Yes));
    let quiz = quiz
        .apply(Choose {
            question: q(7),
            answer: Answer::No,
        })
        .map(|(quiz, _)| quiz)
        .expect("choosing on screen applies");
    assert_eq!(quiz.answers().get(q(7)), Some(Answer::No));
    assert_eq!(
        quiz.answers().get(q(8)),
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
    some.set(q(1), Answer::Yes);
    some.set(q(2), Answer::No);
    let all = AnswerSet::complete([Answer::Yes; 8]);
    let table = [
        (Step::Intro, AnswerSet::default(), true),
        (Step::Question(q(1)), AnswerSet::default(), true),
        (Step::Question(q(2)), AnswerSet::default(), false),
        (Step::Question(q(3)), some, true),
        (Step::Question(q(4)), some, false),
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

#[test]
fn case_numbers_count_from_one_and_index_from_zero() {
    fn check(number: u8, expected: Option<usize>) {
        let case = CaseNumber::from_number(number);
        assert_eq!(case.map(CaseNumber::index), expected, "case {number}");
        if let Some(case) = case {
            assert_eq!(case.number(), number);
            assert_eq!(CaseNumber::from_index(case.index()), Some(case));
            assert_eq!(case.to_string(), number.to_string());
        }
    }
    check(0, None);
    check(1, Some(0));
    check(3, Some(2));
    check(8, Some(7));
    check(9, None);
    check(u8::MAX, None);
    assert_eq!(CaseNumber::from_index(8), None);
    assert_eq!(
        CaseNumber::ALL.map(CaseNumber::number),
        [1, 2, 3, 4, 5, 6, 7, 8]
    );
    assert_eq!(
        (CaseNumber::FIRST.previous(), CaseNumber::LAST.next()),
        (None, None)
    );
    assert_eq!(q(3).next(), Some(q(4)));
    assert_eq!(q(3).previous(), Some(q(2)));
    let mut ticked = [false; 8];
    ticked[q(3)] = true;
    assert_eq!(
        ticked,
        [false, false, true, false, false, false, false, false]
    );
}

#[test]
fn each_step_has_its_screen() {
    let (quiz, _) = run(&[QuizAction::Start]);
    assert_eq!(quiz.screen(), Screen::Question(q(1)));
    assert_eq!(Quiz::new().screen(), Screen::Intro);
    let answers = [Answer::No; 8];
    assert_eq!(
        Quiz::completed(answers).screen(),
        Screen::Result(assess(&answers))
    );
    let resumed = Quiz::resume(Step::Result, AnswerSet::complete(answers));
    assert_eq!(resumed, Ok(Quiz::completed(answers)));
}
